import { describe, expect, it } from 'vitest';
import ui from '$lib/i18n/messages/en.json';
import issues from '$lib/i18n/issues/en.json';

/** The interface catalogue with the dataset-issue messages. */
const en = { ...ui, ...issues };
import minimal from '../../../tests/fixtures/minimal.json';
import { loadDataset } from './load';
import type { Dataset } from './schema';
import { formatIssue, makeIssue, validate, type Issue } from './validate';

/** A fresh copy of the minimal fixture, typed so cases can edit it. */
const fresh = () => structuredClone(minimal) as unknown as Dataset;
const treaty = (d: Dataset) => d.treaties[0]!;
const event = (d: Dataset, i: number) => treaty(d).events[i]!;
const text = (en: string) => ({ en, ru: `${en} (ru)`, kk: `${en} (kk)` });
const item = (id: string) => ({ id, article: '5(1)', summary: text('Summary'), sources: [] });

const english = (issues: Issue[]) => issues.map((issue) => formatIssue(issue, en));

interface Case {
	name: string;
	edit: (d: Dataset) => void;
	/** The full list of issues, in English, in the order they are reported. */
	messages: string[];
	severity?: Issue['severity'];
}

const cases: Case[] = [
	{
		name: 'a 13th month is not a calendar date',
		edit: (d) => (event(d, 1).date = '2004-13-01'),
		messages: ['treaties[0].events[1].date: "2004-13-01" is not a calendar date']
	},
	{
		name: '30 February is not a calendar date',
		edit: (d) => (event(d, 1).date = '2012-02-30'),
		messages: ['treaties[0].events[1].date: "2012-02-30" is not a calendar date']
	},
	{
		name: 'year 0000 is out of range',
		edit: (d) => (d.context[0]!.date = '0000'),
		messages: ['context[0].date: "0000": years must be between 1 and 9999']
	},
	{
		name: 'an event id used twice in one treaty is a duplicate',
		edit: (d) => (event(d, 1).id = 'berne-adoption'),
		messages: [
			'treaties[0].events[1].id: the id "berne-adoption" is already used at treaties[0].events[0].id'
		]
	},
	{
		name: 'event ids are unique across treaties and context',
		edit: (d) => (d.context[0]!.id = 'berne-kz-in-force'),
		messages: [
			'context[0].id: the id "berne-kz-in-force" is already used at treaties[0].events[3].id'
		]
	},
	{
		name: 'treaty ids are unique',
		edit: (d) => d.treaties.push({ ...structuredClone(treaty(d)), events: [] }),
		messages: ['treaties[1].id: the id "berne" is already used at treaties[0].id']
	},
	{
		name: 'source ids are unique',
		edit: (d) => d.sources.push(structuredClone(d.sources[0]!)),
		messages: ['sources[1].id: the id "wipo-berne" is already used at sources[0].id']
	},
	{
		name: 'obligation ids are unique',
		edit: (d) =>
			(treaty(d).obligations = [item('berne-5'), item('berne-5')].map((o) => ({
				...o,
				bearer: 'party' as const
			}))),
		messages: [
			'treaties[0].obligations[1].id: the id "berne-5" is already used at treaties[0].obligations[0].id'
		]
	},
	{
		name: 'provision ids are unique',
		edit: (d) => (treaty(d).provisions = [item('berne-5'), item('berne-5')]),
		messages: [
			'treaties[0].provisions[1].id: the id "berne-5" is already used at treaties[0].provisions[0].id'
		]
	},
	{
		name: 'an event citing an unknown source is reported at that reference',
		edit: (d) => event(d, 2).sources.push('kz-gazette'),
		messages: ['treaties[0].events[2].sources[1]: the source "kz-gazette" is not in sources[]']
	},
	{
		name: 'a claim citing an unknown source is reported',
		edit: (d) =>
			(event(d, 0).claims = [
				{ field: 'date', articleSays: text('1887'), correction: text('1886'), sources: ['x'] }
			]),
		messages: ['treaties[0].events[0].claims[0].sources[0]: the source "x" is not in sources[]']
	},
	{
		name: "a party's entry into force before its accession is out of order",
		edit: (d) => (event(d, 3).date = '1998-12-01'),
		messages: [
			'treaties[0].events[3].date: the entry into force for the party (1998-12-01) is before its instrument (1999-01-12); only a declaration of continued application may take effect earlier'
		]
	},
	{
		name: 'a declaration of continued application may take effect before it is made',
		edit: (d) => {
			event(d, 2).instrument = 'continued-application';
			event(d, 3).date = '1991-12-16';
		},
		messages: []
	},
	{
		name: 'a month-precision entry into force in the month of the instrument is not early',
		edit: (d) => (event(d, 3).date = '1999-01'),
		messages: []
	},
	{
		name: 'a general entry into force before the adoption is out of order',
		edit: (d) => (event(d, 1).date = '1886-01'),
		messages: [
			'treaties[0].events[1].date: the general entry into force (1886-01) is before the adoption (1886-09-09)'
		]
	},
	{
		name: 'an event after the range is reported',
		edit: (d) => (d.context[0]!.date = '2030-05-01'),
		messages: ["context[0].date: 2030-05-01 is outside the dataset's range 1886–2025"]
	},
	{
		name: 'a story date before the range is reported',
		edit: (d) => (d.story![0]!.from = '1800'),
		messages: ["story[0].from: 1800 is outside the dataset's range 1886–2025"]
	},
	{
		name: 'a reversed range is reported once, and no date is then out of range',
		edit: (d) => (d.range = { from: '2025', to: '1886' }),
		messages: ['range: range.from 2025 is after range.to 1886']
	},
	{
		name: 'a context event needs a label',
		edit: (d) => delete d.context[0]!.label,
		messages: ['context[0].label: an event of kind "context" needs a label']
	},
	{
		name: 'a revision needs a label',
		edit: (d) =>
			treaty(d).events.push({
				id: 'berne-paris',
				kind: 'revision',
				date: '1971-07-24',
				evidence: 'record',
				sources: []
			}),
		messages: ['treaties[0].events[4].label: an event of kind "revision" needs a label']
	},
	{
		name: 'a party-instrument event needs an instrument',
		edit: (d) => delete event(d, 2).instrument,
		messages: [
			'treaties[0].events[2].instrument: a party-instrument event needs an instrument (accession, ratification or continued-application)'
		]
	},
	{
		name: 'a context event of a treaty kind is reported',
		edit: (d) => (d.context[0]!.kind = 'adoption'),
		messages: [
			'context[0].kind: a context event must have kind "context" or "domestic-act", not "adoption"'
		]
	},
	{
		name: 'a context event inside a treaty is reported',
		edit: (d) => (event(d, 0).kind = 'context'),
		messages: [
			'treaties[0].events[0].kind: kind "context" belongs in context[], not in a treaty',
			'treaties[0].events[0].label: an event of kind "context" needs a label'
		]
	},
	{
		name: 'a story step naming an unknown event is reported',
		edit: (d) => (d.story![0]!.event = 'berne-nope'),
		messages: [
			'story[0].event: the story refers to "berne-nope", which is not an event or treaty id'
		]
	},
	{
		name: 'a story step naming an unknown treaty is reported',
		edit: (d) => (d.story = [{ treaty: 'wct' }]),
		messages: ['story[0].treaty: the story refers to "wct", which is not an event or treaty id']
	},
	{
		name: 'a story step naming nothing is reported',
		edit: (d) => (d.story = [{ caption: text('Nothing') }]),
		messages: ['story[0]: a story step needs an event or a treaty']
	},
	{
		name: 'a source url that is not http(s) is a warning',
		edit: (d) => (d.sources[0]!.url = 'javascript:alert(1)'),
		messages: [
			'sources[0].url: "javascript:alert(1)" is not an http(s) address; it will be shown as plain text'
		],
		severity: 'warning'
	},
	{
		name: 'a text with no Kazakh is a warning at the text',
		edit: (d) => delete treaty(d).name.kk,
		messages: ['treaties[0].name: no kk text: English is shown instead'],
		severity: 'warning'
	},
	{
		name: 'a blank Russian text counts as missing',
		edit: (d) => (d.title.ru = ' '),
		messages: ['title: no ru text: English is shown instead'],
		severity: 'warning'
	},
	{
		name: 'a bidi override in a text is a warning',
		edit: (d) => (treaty(d).shortName.en = 'Berne\u202E'),
		messages: [
			'treaties[0].shortName.en: contains invisible control characters (bidi overrides or similar)'
		],
		severity: 'warning'
	},
	{
		name: 'a NUL in a plain string is a warning',
		edit: (d) => (d.sources[0]!.publisher = 'WI\u0000PO'),
		messages: [
			'sources[0].publisher: contains invisible control characters (bidi overrides or similar)'
		],
		severity: 'warning'
	},
	{
		name: 'newlines and tabs are not control characters',
		edit: (d) => (treaty(d).name.en = 'Berne\n\tConvention'),
		messages: []
	}
];

describe('validate', () => {
	it('finds nothing wrong with the minimal fixture', () => {
		expect(loadDataset(fresh()).issues).toEqual([]);
	});

	it.each(cases)('$name', ({ edit, messages, severity = 'error' }) => {
		const d = fresh();
		edit(d);
		const { issues, dataset } = loadDataset(d);
		expect(english(issues)).toEqual(messages);
		for (const issue of issues) expect(issue.severity).toBe(severity);
		expect(dataset === null).toBe(severity === 'error' && messages.length > 0);
	});

	it('reports every issue, not just the first', () => {
		const d = fresh();
		event(d, 1).date = '2004-13-01';
		d.sources.push(structuredClone(d.sources[0]!));
		d.context[0]!.kind = 'adoption';
		d.sources[0]!.url = 'http:no-slashes';
		treaty(d).id = 'Berne';
		d.story![0]!.treaty = 'berne';
		const codes = loadDataset(d).issues.map((i) => `${i.path} ${i.code}`);
		expect(codes.sort()).toEqual(
			[
				'treaties[0].id id.format',
				'sources[1].id id.duplicate',
				'treaties[0].events[1].date date.invalid',
				'context[0].kind kind.context',
				'story[0].treaty story.unknown',
				'sources[0].url url.scheme'
			].sort()
		);
	});

	it('runs on a typed dataset directly', () => {
		const dataset = loadDataset(fresh()).dataset!;
		expect(validate(dataset)).toEqual([]);
		dataset.checkedAsOf = '2025-02-29';
		expect(english(validate(dataset))).toEqual([
			'checkedAsOf: "2025-02-29" is not a calendar date'
		]);
	});
});

describe('formatIssue', () => {
	it('prefixes the path, and leaves a root issue unprefixed', () => {
		const issue = makeIssue('treaties[2].events[1].date', 'date.invalid', { value: '2004-13-01' });
		expect(formatIssue(issue, en)).toBe(
			'treaties[2].events[1].date: "2004-13-01" is not a calendar date'
		);
		expect(formatIssue(makeIssue('', 'json.parse', { detail: 'x' }), en)).toBe(
			'the file is not valid JSON (x)'
		);
	});

	it('shortens very long parameters', () => {
		const issue = makeIssue('sources[0].url', 'url.scheme', { value: 'x'.repeat(10_000) });
		expect(String(issue.params.value)).toHaveLength(201);
	});

	it.each([
		'json.parse',
		'type',
		'required',
		'enum',
		'unknown',
		'schema.version',
		'date.format',
		'date.invalid',
		'date.year',
		'date.range',
		'range.order',
		'id.format',
		'id.duplicate',
		'source.unknown',
		'story.unknown',
		'story.empty',
		'order.partyBeforeInstrument',
		'order.forceBeforeAdoption',
		'kind.context',
		'kind.treaty',
		'label.required',
		'instrument.required',
		'text.empty',
		'text.long',
		'text.missingLang',
		'text.control',
		'url.scheme',
		'lang.format',
		'array.empty',
		'array.long'
	])('has an English message for the code %s', (code) => {
		expect(en).toHaveProperty([`issue.${code}`]);
	});
});
