import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '$lib/data/schema';
import en from './messages/en.json';
import kk from './messages/kk.json';
import ru from './messages/ru.json';
import enIssues from './issues/en.json';
import kkIssues from './issues/kk.json';
import ruIssues from './issues/ru.json';
import enCompare from './compare/en.json';
import enPresent from './present/en.json';
import enEmbed from './embed/en.json';
import enAbout from './about/en.json';
import kkCompare from './compare/kk.json';
import kkPresent from './present/kk.json';
import kkEmbed from './embed/kk.json';
import kkAbout from './about/kk.json';
import ruCompare from './compare/ru.json';
import ruPresent from './present/ru.json';
import ruEmbed from './embed/ru.json';
import ruAbout from './about/ru.json';
import dataset from '../../../data/kazakhstan.json';
import { GLOSSARY } from './glossary';

/** Each language's interface catalogue with its dataset-issue messages and the lazy views' words. */
const catalogues: Record<Lang, Record<string, string>> = {
	en: { ...en, ...enIssues, ...enCompare, ...enPresent, ...enEmbed, ...enAbout },
	ru: { ...ru, ...ruIssues, ...ruCompare, ...ruPresent, ...ruEmbed, ...ruAbout },
	kk: { ...kk, ...kkIssues, ...kkCompare, ...kkPresent, ...kkEmbed, ...kkAbout }
};

/** A key ending in a CLDR plural category: `delay.years.few` → base `delay.years`. */
const PLURAL = /^(.+)\.(zero|one|two|few|many|other)$/;

/** The key set with each plural group reduced to its base (`delay.years.*`). */
function baseKeys(messages: Record<string, string>): string[] {
	return [...new Set(Object.keys(messages).map((k) => k.replace(PLURAL, '$1.*')))].sort();
}

/** `{name}` placeholders of a message, sorted and deduplicated. */
const placeholders = (s: string) => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort();

/** Plural groups of a catalogue: base → categories present. */
function pluralGroups(messages: Record<string, string>): Map<string, string[]> {
	const groups = new Map<string, string[]>();
	for (const k of Object.keys(messages)) {
		const m = PLURAL.exec(k);
		if (m) groups.set(m[1]!, [...(groups.get(m[1]!) ?? []), m[2]!].sort());
	}
	return groups;
}

describe.each(LANGS)('the %s catalogue', (lang) => {
	const messages = catalogues[lang];

	it('has exactly the keys of en.json (plural groups counted once)', () => {
		expect(baseKeys(messages)).toEqual(baseKeys(catalogues.en));
	});

	it('has exactly the plural categories its language uses, for every plural group', () => {
		const categories = [...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort();
		const groups = pluralGroups(messages);
		expect([...groups.keys()].sort()).toEqual([...pluralGroups(catalogues.en).keys()].sort());
		for (const [base, present] of groups) expect(present, base).toEqual(categories);
	});

	it('uses the same {placeholders} as English in every message', () => {
		for (const [key, value] of Object.entries(messages)) {
			const enKey = key in catalogues.en ? key : key.replace(PLURAL, '$1.other');
			const english = catalogues.en[enKey];
			expect(english, `${key} has no English counterpart`).toBeDefined();
			expect(placeholders(value), key).toEqual(placeholders(english!));
		}
	});

	it('has no empty or untrimmed message', () => {
		for (const [key, value] of Object.entries(messages)) {
			expect(value.trim(), key).not.toBe('');
			expect(value, key).toBe(value.trim());
		}
	});

	it.skipIf(lang === 'en')(
		'writes Kazakh and Russian in Cyrillic, never with Latin look-alikes',
		() => {
			// A Latin c/o/e/a/p/x/y inside a Cyrillic word («cәуір») is a common copy error (NAMES.md §6.1).
			const mixed = /[а-яёәғқңөұүһі][a-z]|[a-z][а-яёәғқңөұүһі]/i;
			for (const [key, value] of Object.entries(messages)) {
				const text = value.replace(/\{\w+\}/g, ' ');
				expect(mixed.test(text), `${key}: ${value}`).toBe(false);
			}
		}
	);
});

describe('the catalogues use the official terms of NAMES.md', () => {
	it.each<[Lang, string, string]>([
		['ru', 'a11y.party-instrument.accession', 'документ о присоединении сдан на хранение'],
		['ru', 'instrument.ratification', 'Ратификационная грамота'],
		['ru', 'instrumentType.continued-application', 'заявление о продолжении применения'],
		['ru', 'kind.entry-into-force', 'Вступление в силу'],
		['ru', 'panel.obligations', 'Обязательства'],
		['ru', 'panel.depositary', 'Депозитарий'],
		['kk', 'a11y.party-instrument.accession', 'қосылу туралы құжат сақтауға тапсырылды'],
		['kk', 'instrumentType.continued-application', 'қолданылуын жалғастыру туралы мәлімдеме'],
		['kk', 'kind.entry-into-force', 'Күшіне енді'],
		['kk', 'panel.obligations', 'Міндеттемелер'],
		['kk', 'panel.depositary', 'Депозитарий'],
		['kk', 'panel.article', '-бап']
	])('%s %s contains «%s»', (lang, key, term) => {
		expect(catalogues[lang][key]).toContain(term);
	});

	it('puts the Russian party (genitive) after «для» and the Kazakh party before «үшін»', () => {
		expect(ru['kind.party-entry-into-force']).toBe('Вступление в силу для {party}');
		expect(kk['kind.party-entry-into-force']).toBe('{party} үшін күшіне енді');
	});
});

describe('GLOSSARY', () => {
	it('has unique ids and a term and definition in every language', () => {
		expect(new Set(GLOSSARY.map((g) => g.id)).size).toBe(GLOSSARY.length);
		for (const g of GLOSSARY) {
			for (const lang of LANGS) {
				expect(g.term[lang].trim(), `${g.id}.term.${lang}`).not.toBe('');
				expect(g.def[lang].trim(), `${g.id}.def.${lang}`).not.toBe('');
			}
		}
	});

	it('flags only Russian or Kazakh wording as unverified', () => {
		for (const g of GLOSSARY) expect(g.unverified ?? []).not.toContain('en');
	});

	it('covers the treaty-law terms the timeline uses', () => {
		expect(GLOSSARY.map((g) => g.id)).toEqual(
			expect.arrayContaining([
				'signature',
				'adoption',
				'accession',
				'ratification',
				'deposit',
				'depositary',
				'entry-into-force',
				'continued-application',
				'contracting-party',
				'reservation',
				'related-rights',
				'national-treatment',
				'three-step-test',
				'term-of-protection',
				'instrument'
			])
		);
	});
});

/** Every Text in a JSON tree (any object with an `en` string), with its path. */
function* texts(node: unknown, path = ''): Generator<[string, Record<string, unknown>]> {
	if (Array.isArray(node)) {
		for (const [i, item] of node.entries()) yield* texts(item, `${path}[${i}]`);
	} else if (node !== null && typeof node === 'object') {
		const obj = node as Record<string, unknown>;
		if (typeof obj.en === 'string') yield [path, obj];
		else for (const [k, v] of Object.entries(obj)) yield* texts(v, path ? `${path}.${k}` : k);
	}
}

describe('the shipped dataset data/kazakhstan.json', () => {
	const all = [...texts(dataset)];

	it('has texts to check', () => {
		expect(all.length).toBeGreaterThan(50);
	});

	it('has an English, Russian and Kazakh wording for every text', () => {
		const missing = all
			.filter(([, t]) => LANGS.some((l) => typeof t[l] !== 'string' || !(t[l] as string).trim()))
			.map(([path]) => path);
		expect(missing).toEqual([]);
	});

	it('flags only Russian or Kazakh wording as unverified', () => {
		for (const [path, t] of all) {
			if (t.unverified === undefined) continue;
			expect(Array.isArray(t.unverified), path).toBe(true);
			for (const lang of t.unverified as unknown[]) expect(['ru', 'kk'], path).toContain(lang);
		}
	});
});
