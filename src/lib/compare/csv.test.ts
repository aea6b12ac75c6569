import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords, readTable, readWipoCsv, WIPO_COLUMNS } from './csv';

const HEADER = WIPO_COLUMNS.join(',');

describe('parseCsvRecords', () => {
	it('reads quoted fields with commas, doubled quotes and line breaks, with each line number', () => {
		const text = 'a,"b, c"\n"say ""hi""",x\r\n"two\nlines",y\nlast,z';
		expect(parseCsvRecords(text)).toEqual([
			{ line: 1, fields: ['a', 'b, c'] },
			{ line: 2, fields: ['say "hi"', 'x'] },
			{ line: 3, fields: ['two\nlines', 'y'] },
			{ line: 5, fields: ['last', 'z'] }
		]);
	});

	it('keeps empty fields', () => {
		expect(parseCsv('a,,\n,b,\n')).toEqual([
			['a', '', ''],
			['', 'b', '']
		]);
	});
});

describe('readWipoCsv', () => {
	it('reads quoted party names with commas and empty dates as null', () => {
		const text = `${HEADER}\n"Korea, Republic of",Berne,,Accession,1996-05-21,1996-08-21\nKazakhstan,WIPO Copyright Treaty (WCT),1997-02-28,,,\n`;
		const { rows, problems } = readWipoCsv(text);
		expect(problems).toEqual([]);
		expect(rows).toEqual([
			{
				line: 2,
				party: 'Korea, Republic of',
				treaty: 'Berne',
				signature: null,
				instrument: 'accession',
				instrumentDate: '1996-05-21',
				entryIntoForce: '1996-08-21'
			},
			{
				line: 3,
				party: 'Kazakhstan',
				treaty: 'WIPO Copyright Treaty (WCT)',
				signature: '1997-02-28',
				instrument: null,
				instrumentDate: null,
				entryIntoForce: null
			}
		]);
	});

	it('reports unknown instrument types and malformed rows with their line, and never throws', () => {
		const text = [
			HEADER,
			'A,Berne,,Adhesion,2000-01-01,2000-04-01',
			'B,Berne,,Accession,2000-01-01',
			'C,Berne,,Accession,2000-02-30,2000-05-30',
			'D,Berne,,Accession,,2000-05-30',
			',Berne,,,,2000-05-30',
			'E,Berne,,,,',
			'F,Berne,,Ratification,2001-01-01,2001-04-01'
		].join('\n');
		const { rows, problems } = readWipoCsv(text);
		expect(rows.map((r) => r.party)).toEqual(['F']);
		expect(problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 6, 7]);
		expect(problems[0]!.message).toContain('unknown instrument type "Adhesion"');
		expect(problems[1]!.message).toContain('5 fields');
		expect(problems[2]!.message).toContain('2000-02-30');
	});

	it('reports a wrong header', () => {
		expect(readWipoCsv('Party,Treaty\n').problems).toEqual([
			{ line: 1, message: `header is not ${HEADER}` }
		]);
	});

	it('reads every type WIPO uses', () => {
		const types = [
			'Accession',
			'Ratification',
			'Acceptance',
			'Declaration of Continued Application',
			'Declaration/Notification of Succession'
		];
		const text = [HEADER, ...types.map((t) => `X,Berne,,${t},2000-01-01,`)].join('\n');
		expect(readWipoCsv(text).rows.map((r) => r.instrument)).toEqual([
			'accession',
			'ratification',
			'acceptance',
			'continued-application',
			'succession'
		]);
	});
});

describe('readTable', () => {
	it('keys records by the header and reports a wrong field count', () => {
		expect(readTable('iso,en\nKZ,Kazakhstan\n"BO","Bolivia, P. S."\nXX\n')).toEqual({
			rows: [
				{ iso: 'KZ', en: 'Kazakhstan' },
				{ iso: 'BO', en: 'Bolivia, P. S.' }
			],
			problems: [{ line: 4, message: '1 fields, expected 2' }]
		});
	});
});
