/**
 * Wording in Russian and Kazakh ("Data and wording: Wording in Russian and Kazakh"): each point of
 * the review is pinned here, read from the catalogues, the glossary and data/kazakhstan.json, so
 * that it cannot drift back.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/data/schema';
import { GLOSSARY } from '../../src/lib/i18n/glossary';
import { plural } from '../../src/lib/i18n/index';
import enMessages from '../../src/lib/i18n/messages/en.json';
import ruMessages from '../../src/lib/i18n/messages/ru.json';
import kkMessages from '../../src/lib/i18n/messages/kk.json';
import enIssues from '../../src/lib/i18n/issues/en.json';
import ruIssues from '../../src/lib/i18n/issues/ru.json';
import kkIssues from '../../src/lib/i18n/issues/kk.json';
import enCompare from '../../src/lib/i18n/compare/en.json';
import enPresent from '../../src/lib/i18n/present/en.json';
import enEmbed from '../../src/lib/i18n/embed/en.json';
import enAbout from '../../src/lib/i18n/about/en.json';
import ruCompare from '../../src/lib/i18n/compare/ru.json';
import ruPresent from '../../src/lib/i18n/present/ru.json';
import ruEmbed from '../../src/lib/i18n/embed/ru.json';
import ruAbout from '../../src/lib/i18n/about/ru.json';
import kkCompare from '../../src/lib/i18n/compare/kk.json';
import kkPresent from '../../src/lib/i18n/present/kk.json';
import kkEmbed from '../../src/lib/i18n/embed/kk.json';
import kkAbout from '../../src/lib/i18n/about/kk.json';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dataset = JSON.parse(readFileSync(join(root, 'data/kazakhstan.json'), 'utf8')) as Dataset;

type Catalogue = Record<string, string>;
const en: Catalogue = {
	...enMessages,
	...enIssues,
	...enCompare,
	...enPresent,
	...enEmbed,
	...enAbout
};
const ru: Catalogue = {
	...ruMessages,
	...ruIssues,
	...ruCompare,
	...ruPresent,
	...ruEmbed,
	...ruAbout
};
const kk: Catalogue = {
	...kkMessages,
	...kkIssues,
	...kkCompare,
	...kkPresent,
	...kkEmbed,
	...kkAbout
};

/** Every Text of the dataset (an object with an `en` string), with its path. */
function* texts(node: unknown, path = ''): Generator<[string, Record<string, unknown>]> {
	if (Array.isArray(node)) {
		for (const [i, item] of node.entries()) yield* texts(item, `${path}[${i}]`);
	} else if (node !== null && typeof node === 'object') {
		const obj = node as Record<string, unknown>;
		if (typeof obj.en === 'string') yield [path, obj];
		else for (const [k, v] of Object.entries(obj)) yield* texts(v, path ? `${path}.${k}` : k);
	}
}
const dataTexts = [...texts(dataset)];

/** Every string a reader sees in `lang` (ru or kk), with where it comes from. */
function strings(lang: 'ru' | 'kk'): [string, string][] {
	const catalogue = lang === 'ru' ? ru : kk;
	return [
		...Object.entries(catalogue).map(([k, v]): [string, string] => [`catalogue ${k}`, v]),
		...GLOSSARY.flatMap((g): [string, string][] => [
			[`glossary ${g.id}.term`, g.term[lang]],
			[`glossary ${g.id}.def`, g.def[lang]]
		]),
		...dataTexts
			.filter(([, t]) => typeof t[lang] === 'string')
			.map(([p, t]): [string, string] => [`data ${p}`, t[lang] as string])
	];
}

describe('Russian headings are nouns, not verbs with gender placeholders', () => {
	it('no Russian message has «(а)», «(о)», «(и)» or «(ы)»', () => {
		for (const [key, value] of Object.entries(ru)) expect(value, key).not.toMatch(/\((а|о|и|ы)\)/);
	});

	it.each([
		['kind.adoption', 'Принятие'],
		['kind.entry-into-force', 'Вступление в силу'],
		['kind.party-signature', 'Подписание от имени {party}'],
		['kind.party-entry-into-force', 'Вступление в силу для {party}'],
		['legend.party-signature', 'Подписание от имени {party}']
	])('ru %s is «%s»', (key, value) => {
		expect(ru[key]).toBe(value);
	});

	it('the Kazakh legend names the party’s signature as a noun', () => {
		expect(kk['legend.party-signature']).toBe('{party} қол қоюы');
	});
});

describe('every source a reader sees is names only, not English prose', () => {
	// Titles are given in their original language (marked with `lang`); publishers are names, shown
	// unchanged in every language, so descriptive English words must not creep into them.
	const prose = /\b(via|mirror|copy|copies|unknown|untitled|text read|snapshot)\b/i;

	it.each(dataset.sources.map((s) => [s.id, s] as const))('%s', (_, s) => {
		expect(s.publisher).not.toMatch(prose);
		expect(s.title).not.toMatch(prose);
	});

	it('the seed article: a supplied title in brackets, no publisher’s name, and why in its note', () => {
		const seed = dataset.sources.find((s) => s.id === 'seed-article')!;
		expect(seed.title).toMatch(/^\[.+\]$/);
		expect(seed.publisher).toBe('[s. n.]');
		expect(seed.note!.en).toContain('untitled in our copy, publisher unknown');
		expect(seed.note!.ru).toContain('без названия и издателя');
		expect(seed.note!.kk).toContain('атауы мен баспасы жоқ');
	});
});

describe('the seed article’s note names the claims section as the app heads it', () => {
	it.each([
		['en', en, '“', '”'],
		['ru', ru, '«', '»'],
		['kk', kk, '«', '»']
	] as const)('%s', (lang, catalogue, open, close) => {
		const note = dataset.sources.find((s) => s.id === 'seed-article')!.note!;
		expect(note[lang]).toContain(`${open}${catalogue['panel.claims']}${close}`);
	});

	it('and the headings are the ones the review asked for', () => {
		expect(ru['panel.claims']).toBe('Расхождения с исходной статьёй');
		expect(kk['panel.claims']).toBe('Бастапқы мақаладан айырмашылықтар');
	});
});

describe('Berne’s note: the Paris Act was open for signature until 31 January 1972', () => {
	const note = dataset.treaties.find((t) => t.id === 'berne')!.note!;

	it('in Russian and Kazakh, without the calque «подписание закрылось» / «қол қою … жабылды»', () => {
		expect(note.ru).toContain('был открыт для подписания до 31 января 1972 г.');
		expect(note.kk).toContain('1972 жылғы 31 қаңтарға дейін қол қою үшін ашық болды');
		expect(note.ru).not.toMatch(/закрыл/);
		expect(note.kk).not.toMatch(/жабылды/);
	});
});

describe('Kazakh suffixes after a Latin abbreviation (data/README.md, editorial rule 6)', () => {
	// A hyphen, then the suffix of the last letter as read aloud: W-C-T and W-P-P-T end in «ти», a
	// front vowel, so «-нің», «-ге», «-дегі», never «-ның», «-ға», «-дағы».
	const suffixed = /\b(WCT|WPPT)(-?)(\p{L}+)/gu;

	it('every WCT/WPPT with a suffix has a hyphen and a front-vowel suffix', () => {
		const found: string[] = [];
		for (const [where, s] of strings('kk')) {
			for (const [whole, , hyphen, suffix] of s.matchAll(suffixed)) {
				found.push(whole);
				expect(hyphen, `${where}: ${whole}`).toBe('-');
				expect(suffix, `${where}: ${whole}`).not.toMatch(/[аоұы]/);
			}
		}
		expect(found).toEqual(expect.arrayContaining(['WCT-нің', 'WPPT-ге', 'WPPT-нің', 'WPPT-дегі']));
	});
});

describe('a quoted term in mid-sentence starts in lower case', () => {
	// Titles keep their capital: laws, and the app's own section headings.
	const TITLES = [
		'О ратификации',
		'Об авторском праве и смежных правах',
		'О государственной независимости Республики Казахстан',
		'Авторлық құқық және сабақтас құқықтар туралы',
		'Қазақстан Республикасының мемлекеттік тәуелсіздігі туралы',
		'Расхождения с исходной статьёй',
		'Бастапқы мақаладан айырмашылықтар'
	];

	it.each(['ru', 'kk'] as const)('%s', (lang) => {
		for (const [where, s] of strings(lang)) {
			for (const m of s.matchAll(/«([^»]*)»/g)) {
				const before = s.slice(0, m.index);
				const sentenceStart = before.trim() === '' || /[.!?]\s*$/.test(before);
				if (sentenceStart || !/^[А-ЯЁӘҒҚҢӨҰҮҺІ]/.test(m[1]!)) continue;
				expect(TITLES, `${where}: ${m[0]}`).toContain(m[1]);
			}
		}
	});

	it('the quoted terms the review named', () => {
		const caption = (id: string) => dataset.story!.find((s) => s.event === id)!.caption!;
		const rome = caption('rome-domestic-act');
		expect(rome.ru).toContain('закон «о ратификации»');
		expect(rome.kk).toContain('«ратификациялау туралы» заң');
		const wipo = caption('wipo-party-instrument');
		expect(wipo.ru).toContain('«присоединение»');
		expect(wipo.kk).toContain('«қосылу»');
	});
});

describe('one Kazakh term each for "photographic works" and "the public"', () => {
	// The article's own words (articleSays: "photographic images") are translated as they stand.
	const ours = strings('kk').filter(([where]) => !where.includes('.articleSays'));

	it('«фотографиялық туындылар», never «фотосурет…»', () => {
		for (const [where, s] of ours) expect(s, where).not.toMatch(/фотосурет/i);
		const uses = ours.filter(([, s]) => /фотографиялық туынды/i.test(s));
		expect(uses.length).toBeGreaterThanOrEqual(4);
	});

	it('«жұртшылық», never «жалпы жұрт» or «көпшілік»', () => {
		for (const [where, s] of ours) expect(s, where).not.toMatch(/жалпы жұрт|көпшілік/i);
		const uses = ours.filter(([, s]) => /жұртшылық/.test(s));
		expect(uses.length).toBeGreaterThanOrEqual(5);
	});
});

describe('our own Kazakh prose is flagged unverified (data/README.md, Text)', () => {
	it('the notes of context events 2, 6, 9 and 12', () => {
		for (const i of [2, 6, 9, 12]) {
			const note = dataset.context[i]!.note;
			expect(note, `context[${i}]`).toBeDefined();
			expect(note!.unverified, `context[${i}].note`).toContain('kk');
		}
	});

	it('every note, correction, caption, summary and quote of the article', () => {
		const prose = /\.(note|correction|caption|summary|articleSays|minimumTerm|description)$/;
		for (const [path, t] of dataTexts) {
			if (!prose.test(path) || typeof t.kk !== 'string') continue;
			expect(t.unverified, path).toContain('kk');
		}
	});
});

/** A key ending in a CLDR plural category: `delay.years.few` → base `delay.years`. */
const PLURAL = /^(.+)\.(zero|one|two|few|many|other)$/;

describe('counts agree in number in Russian and Kazakh', () => {
	/** The count stands alone: after a colon, in parentheses, or at the end of a phrase. */
	const alone = /:\s*\{count\}|\(\{count\}\)|\{count\}\)|\{count\}\s*([.;:]|$)/;
	/** Kazakh puts a noun after a numeral in the singular: no plural suffix on the next word. */
	const kkSingularAfter = /\{count\}\s+(?!\S*(лар|лер|дар|дер|тар|тер))\S/;

	it.each([
		['ru', ru, ['one', 'few', 'many', 'other']],
		['kk', kk, ['one', 'other']]
	] as const)(
		'%s: every {count} message is a plural form or is phrased so the number agrees',
		(lang, catalogue, categories) => {
			for (const [key, value] of Object.entries(catalogue)) {
				if (!value.includes('{count}')) continue;
				const m = PLURAL.exec(key);
				if (m) {
					for (const c of categories)
						expect(catalogue[`${m[1]}.${c}`], `${m[1]}.${c}`).toBeDefined();
					continue;
				}
				const agrees = alone.test(value) || (lang === 'kk' && kkSingularAfter.test(value));
				expect(agrees, `${lang} ${key}: ${value}`).toBe(true);
			}
		}
	);

	it.each([
		[1, 'Рядом 1 событие: {names}'],
		[2, 'Рядом 2 события: {names}'],
		[5, 'Рядом 5 событий: {names}'],
		[21, 'Рядом 21 событие: {names}'],
		[24, 'Рядом 24 события: {names}']
	])('ru a11y.cluster with %i events: «%s…»', (n, start) => {
		expect(plural(ru, 'ru', 'a11y.cluster', n).startsWith(start)).toBe(true);
	});

	it.each([1, 2, 5])('kk a11y.cluster with %i events: «Қатар тұрған N оқиға: …»', (n) => {
		expect(plural(kk, 'kk', 'a11y.cluster', n).startsWith(`Қатар тұрған ${n} оқиға: {names}`)).toBe(
			true
		);
	});

	it('a11y.cluster keeps the count outside parentheses (the bubble shows it; axe wants it named)', () => {
		for (const catalogue of [en, ru, kk])
			for (const [key, value] of Object.entries(catalogue))
				if (key.startsWith('a11y.cluster')) expect(value, key).not.toContain('({count})');
	});

	it('the code renders plural messages with plural(), never t() or translate() on a plural key', () => {
		const bases = new Set(
			Object.keys(en)
				.map((k) => PLURAL.exec(k)?.[1])
				.filter((b): b is string => !!b)
		);
		const files = (dir: string): string[] =>
			readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
				d.isDirectory()
					? files(join(dir, d.name))
					: /\.(ts|svelte)$/.test(d.name) && !d.name.includes('.test.')
						? [join(dir, d.name)]
						: []
			);
		const call = /\b(?:t|translate\([^,()]+,)\s*\(?\s*['`]([\w.-]+)['`]/g;
		for (const file of files(join(root, 'src'))) {
			for (const [, key] of readFileSync(file, 'utf8').matchAll(call)) {
				const base = PLURAL.exec(key!)?.[1] ?? key!;
				expect(bases.has(base), `${file}: ${key}`).toBe(false);
			}
		}
	});
});

describe('the terms the review asked for', () => {
	it.each([
		['ru', 'evidence.label', 'Степень подтверждения'],
		['ru', 'table.evidence', 'Степень подтверждения'],
		['ru', 'evidence.inferred', 'выведено'],
		['kk', 'evidence.inferred', 'тұжырымдалған'],
		['kk', 'table.shown', 'Көрсетілген оқиғалар: {shown} / {total}.'],
		['kk', 'about.version', 'Деректер нұсқасы {version}, тексерілген күні: {date}'],
		['kk', 'export.json', 'Деректер жиыны (JSON)']
	] as const)('%s %s is «%s»', (lang, key, value) => {
		expect((lang === 'ru' ? ru : kk)[key]).toBe(value);
	});

	it('no Russian text says «доказательность» or «по расчёту»; no Kazakh one «есептелген» for inferred', () => {
		for (const [where, s] of strings('ru'))
			expect(s, where).not.toMatch(/доказательност|по расч[её]ту/i);
		for (const [where, s] of strings('kk')) expect(s, where).not.toMatch(/есептелген/i);
	});

	it('kk: one word for the data set, «деректер жиыны», never «жиынтығы»', () => {
		for (const [where, s] of strings('kk')) expect(s, where).not.toMatch(/жиынтығ/i);
	});

	it('kk glossary: the three-step test is a «талап», not a «шарт» (which also means treaty)', () => {
		const def = GLOSSARY.find((g) => g.id === 'three-step-test')!.def.kk;
		expect(def).toContain('жол берілетіні туралы талап');
		expect(def).not.toMatch(/туралы шарт(?!\p{L})/u);
	});
});
