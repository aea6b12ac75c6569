import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import raw from '../../../data/kazakhstan.json';
import { orderEvents } from '$lib/data/events';
import { DatasetSchema, LANGS, type Lang } from '$lib/data/schema';
import { isolate } from './bidi';
import { formatDateWords } from './dates';
import { eventAccessibleName, eventHeadline, laneName, partyParams } from './describe';
import type { Messages } from './index';
import en from './messages/en.json';
import kk from './messages/kk.json';
import ru from './messages/ru.json';

const catalogues = { en, ru, kk } as unknown as Record<Lang, Messages>;
const dataset = v.parse(DatasetSchema, raw);
const events = orderEvents(dataset);
const byId = new Map(events.map((e) => [e.id, e]));
const event = (id: string) => {
	const ev = byId.get(id);
	if (!ev) throw new Error(`no event ${id} in the shipped dataset`);
	return ev;
};
const name = (id: string, lang: Lang) =>
	eventAccessibleName(event(id), dataset, lang, catalogues[lang]);

describe('eventAccessibleName', () => {
	it.each<[Lang, string]>([
		['en', 'Berne Convention: instrument of accession deposited on 12 January 1999'],
		['ru', 'Бернская конвенция: документ о присоединении сдан на хранение 12 января 1999 г.'],
		['kk', 'Берн конвенциясы: 1999 жылғы 12 қаңтар күні қосылу туралы құжат сақтауға тапсырылды']
	])(
		'%s: names the Berne instrument exactly (official wording; Kazakh date first)',
		(lang, expected) => {
			expect(name('berne-party-instrument', lang)).toBe(expected);
		}
	);

	it.each<[Lang, string]>([
		[
			'en',
			'Berne Convention: instrument of accession deposited on or before 12 January 1999 (inferred)'
		],
		[
			'ru',
			'Бернская конвенция: документ о присоединении сдан на хранение не позднее 12 января 1999 г. (выведено)'
		],
		[
			'kk',
			'Берн конвенциясы: 1999 жылғы 12 қаңтардан кешіктірмей қосылу туралы құжат сақтауға тапсырылды (тұжырымдалған)'
		]
	])('%s: says a date is inferred and "on or before" where it is', (lang, expected) => {
		const ev = event('berne-party-instrument');
		const inferred = {
			...ev,
			event: { ...ev.event, qualifier: 'on-or-before' as const, evidence: 'inferred' as const }
		};
		expect(eventAccessibleName(inferred, dataset, lang, catalogues[lang])).toBe(expected);
	});

	it.each<[Lang, string]>([
		['en', 'Berne Convention: entered into force for Kazakhstan on 12 April 1999'],
		['ru', 'Бернская конвенция: вступление в силу для Казахстана 12 апреля 1999 г.'],
		['kk', 'Берн конвенциясы: 1999 жылғы 12 сәуір күні Қазақстан үшін күшіне енді']
	])('%s: "for {party}" takes the right case and the date its phrase', (lang, expected) => {
		expect(name('berne-party-entry-into-force', lang)).toBe(expected);
	});

	describe.each(LANGS)('in %s, every event of the shipped dataset', (lang) => {
		it('has a complete name with its date in words', () => {
			for (const ev of events) {
				const s = name(ev.id, lang);
				expect(s, ev.id).not.toContain('⟦');
				expect(s, ev.id).not.toMatch(/[{}]/);
				expect(s, ev.id).toContain(formatDateWords(ev.date, lang, ev.event.qualifier));
				expect(s.startsWith(`${laneName(ev, lang, catalogues[lang])}: `), ev.id).toBe(true);
				// An attribute, not a sentence on the page: no isolation marks.
				expect(s, ev.id).not.toMatch(/[\u2068\u2069]/);
			}
		});

		it('has a complete headline', () => {
			for (const ev of events) {
				const s = eventHeadline(ev, dataset, lang, catalogues[lang]);
				expect(s.trim(), ev.id).not.toBe('');
				expect(s, ev.id).not.toContain('⟦');
				expect(s, ev.id).not.toMatch(/[{}]/);
			}
		});
	});
});

describe('partyParams', () => {
	it('passes the Russian genitive and the Kazakh and English nominative, isolated for bidi', () => {
		expect(partyParams(dataset, 'ru')).toEqual({ party: isolate('Казахстана') });
		expect(partyParams(dataset, 'kk')).toEqual({ party: isolate('Қазақстан') });
		expect(partyParams(dataset, 'en')).toEqual({ party: isolate('Kazakhstan') });
	});
});

describe('eventHeadline', () => {
	it('isolates the party inside a phrase from the kind', () => {
		const h = (id: string, lang: Lang) => eventHeadline(event(id), dataset, lang, catalogues[lang]);
		expect(h('berne-party-entry-into-force', 'en')).toBe(
			`Entered into force for ${isolate('Kazakhstan')}`
		);
		expect(h('berne-party-entry-into-force', 'ru')).toContain(isolate('Казахстана'));
	});
});
