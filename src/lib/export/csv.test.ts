import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '$lib/data/events';
import { CSV_COLUMNS, CSV_SEPARATOR, csvCell, eventsCsv, eventsRows, toCsv } from './csv';
import { dataset, events, MESSAGES } from '../../../tests/helpers/exportData';
import { parseCsv } from '../../../tests/helpers/wipoTable';

const csvOf = (lang: 'en' | 'ru' | 'kk', evs: readonly TimelineEvent[] = events) =>
	eventsCsv({ dataset, events: evs, lang, messages: MESSAGES[lang] });

describe('eventsCsv', () => {
	const csv = csvOf('en');
	const rows = parseCsv(csv.slice(1));
	const at = (id: string) => {
		const row = rows.find((r) => r[2] === id);
		if (!row) throw new Error(`no row ${id}`);
		return Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row[i]]));
	};

	it('starts with a BOM and the header, exactly as specified', () => {
		expect(
			csv.startsWith(
				'\uFEFFtreaty,treaty_id,event_id,kind,event,date,qualifier,precision,date_text,evidence,instrument,sources,adoption_to_force,force_to_instrument,force_to_party_force,instrument_to_party_force,act_to_party_force,adoption_to_force_days,force_to_instrument_days,force_to_party_force_days,instrument_to_party_force_days,act_to_party_force_days\r\n'
			)
		).toBe(true);
	});

	it('is plain text in every language: no bidi isolation marks from the page', () => {
		for (const lang of ['en', 'ru', 'kk'] as const)
			expect(csvOf(lang)).not.toMatch(/[\u2068\u2069]/);
		expect(csv).toContain(',"Entered into force for Kazakhstan",');
	});

	it('gives every delay in words and as a bare number of days (negative when retroactive)', () => {
		const col = (name: string) => CSV_COLUMNS.indexOf(name as (typeof CSV_COLUMNS)[number]);
		const berne = rows.find((r) => r[2] === 'berne-party-entry-into-force')!;
		expect(berne[col('force_to_party_force')]).toBe('111 years');
		expect(berne[col('force_to_party_force_days')]).toBe('40670');
		// Counted from Kazakhstan's independence (the dataset's party.canActFrom).
		expect(berne[col('act_to_party_force')]).toBe('7 years');
		const wipo = rows.find((r) => r[2] === 'wipo-party-entry-into-force')!;
		expect(Number(wipo[col('instrument_to_party_force_days')])).toBeLessThan(0);
		// Bare numbers in the file: no quote, no formula guard on the minus sign.
		expect(csv).toMatch(/,-\d+(,|\r\n)/);
		expect(csvCell(-26)).toBe('-26');
		// Text that looks like a number is still text.
		expect(csvCell('-26')).toBe('"\'-26"');
	});

	it('writes one row per event, in time order, every row as wide as the header', () => {
		expect(rows.length).toBe(events.length + 1);
		expect(rows.slice(1).map((r) => r[2])).toEqual(events.map((e) => e.id));
		for (const r of rows) expect(r.length).toBe(CSV_COLUMNS.length);
	});

	it('ends every record with CRLF and has no bare LF or CR outside quotes', () => {
		expect(csv.endsWith('\r\n')).toBe(true);
		const outside = csv.replace(/"(?:[^"]|"")*"/g, '');
		expect(outside.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
	});

	it('describes an event: names, ISO date, qualifier, precision, words, evidence, instrument, sources', () => {
		const r = at('berne-party-instrument');
		expect(r).toMatchObject({
			treaty: 'Berne Convention',
			treaty_id: 'berne',
			kind: 'party-instrument',
			event: 'Instrument of accession deposited by Kazakhstan',
			date: '1999-01-12',
			qualifier: '',
			precision: 'day',
			date_text: '12 January 1999',
			evidence: 'record',
			instrument: 'accession'
		});
		const ev = events.find((e) => e.id === 'berne-party-instrument')!;
		expect(r.sources).toBe(ev.event.sources.join('; '));
	});

	it('puts each delay on the row of the event where it ends, in words', () => {
		expect(at('berne-party-entry-into-force')).toMatchObject({
			force_to_party_force: '111 years',
			instrument_to_party_force: '3 months',
			adoption_to_force: '',
			force_to_instrument: ''
		});
		expect(at('berne-party-instrument').force_to_instrument).toBe('111 years');
		expect(at('berne-entry-into-force').adoption_to_force).toBe('14 months');
		const context = rows.slice(1).filter((r) => r[1] === '');
		expect(context.length).toBe(dataset.context.length);
		for (const r of context) expect(r[0]).toBe('Context');
	});

	it('keeps Cyrillic, including the Kazakh letters, as it is (UTF-8)', () => {
		expect(csvOf('ru')).toContain('Бернская конвенция');
		expect(csvOf('ru')).toContain('12 апреля 1999 г.');
		expect(csvOf('kk')).toContain('1999 жылғы 12 сәуір');
		expect(
			new TextDecoder('utf-8', { ignoreBOM: true }).decode(new TextEncoder().encode(csvOf('kk')))
		).toBe(csvOf('kk'));
	});
});

describe('csvCell and toCsv', () => {
	it.each([
		['plain', '"plain"'],
		['Berne, 1886', '"Berne, 1886"'],
		['Berne; 1886', '"Berne; 1886"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['cr\rhere', '"cr\rhere"'],
		['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
		['+1', '"\'+1"'],
		['-2+3', '"\'-2+3"'],
		['@SUM(A1)', '"\'@SUM(A1)"'],
		['\t=1', '"\'\t=1"'],
		['\r=1', '"\'\r=1"'],
		['\tplain', '"\'\tplain"'],
		['  =1+1', '"\'  =1+1"'],
		['\u00a0\u3000@SUM(1;1)', '"\'\u00a0\u3000@SUM(1;1)"'],
		['\n-1', '"\'\n-1"'],
		['＝1+1', '"\'＝1+1"'],
		['a=1', '"a=1"'],
		['x;@SUM(1;1)', '"x;@SUM(1;1)"'],
		['nul\u0000here\u0008\u001b\u007f\u0085', '"nulhere"'],
		['\u0000=1', '"\'=1"'],
		['for \u2068Kazakhstan\u2069', '"for Kazakhstan"'],
		['\u2068=1\u2069', '"\'=1"'],
		['', '""']
	])('writes the text %j as %j', (value, cell) => {
		expect(csvCell(value)).toBe(cell);
	});

	it.each([
		[40670, '40670'],
		[-26, '-26'],
		[0, '0'],
		[NaN, '']
	])('writes the number %j bare, as %j', (value, cell) => {
		expect(csvCell(value)).toBe(cell);
	});

	it.each([',', ';'] as const)(
		'keeps every hostile text in its own cell when split on %j',
		(sep) => {
			const values = [
				'a,b',
				'a;b',
				'"q"',
				'x\r\ny',
				'=1',
				"Ratification;=cmd|' /C calc'!A0",
				'x;@SUM(1;1)',
				' -1',
				'Қазақстан',
				'<img src=x onerror=alert(1)>'
			];
			const csv = toCsv(['h'], [[...values, -3]], sep);
			expect(csv.startsWith('\uFEFFh\r\n')).toBe(true);
			const back = parseCsv(csv.slice(1), sep)[1]!;
			const guarded = (v: string) => (/^\s*[=+\-@]|^[\t\r]/.test(v) ? `'${v}` : v);
			expect(back).toEqual([...values.map(guarded), '-3']);
			// Every text field of the record is quoted: no separator inside one can start a cell.
			const record = csv.slice(csv.indexOf('\r\n') + 2);
			expect(record).toMatch(new RegExp(`^(?:"(?:[^"]|"")*"${sep})+-3\\r\\n$`));
		}
	);

	it('uses `;` for Russian and Kazakh (Excel in ru-RU, kk-KZ), `,` for English', () => {
		expect(CSV_SEPARATOR).toEqual({ en: ',', ru: ';', kk: ';' });
		const ru = csvOf('ru');
		expect(ru.startsWith('\uFEFFtreaty;treaty_id;event_id;')).toBe(true);
		const rows = parseCsv(ru.slice(1), ';');
		for (const r of rows) expect(r.length).toBe(CSV_COLUMNS.length);
		expect(rows[1]?.[0]).toBe('Бернская конвенция');
	});

	it('neutralises formula-like headlines that come from the data, and drops their controls', () => {
		const ev = events[0]!;
		const hostile = {
			...ev,
			event: { ...ev.event, label: { en: ' =cmd|" /C calc"!A0\u0000' }, kind: 'context' as const }
		};
		const rows = eventsRows({ dataset, events: [hostile], lang: 'en', messages: MESSAGES.en });
		expect(rows[0]?.[4]).toBe(' =cmd|" /C calc"!A0\u0000');
		expect(csvOf('en', [hostile])).toContain(',"\' =cmd|"" /C calc""!A0",');
	});
});
