import { describe, expect, it } from 'vitest';
import en from './messages/en.json';
import kk from './messages/kk.json';
import ru from './messages/ru.json';
import { loadAllMessages, loadLaterMessages, loadMessages } from './index';
import { partOf, pickPart } from './parts';

const whole = { en, ru, kk } as Record<string, Record<string, string>>;

describe('catalogue parts', () => {
	it.each(['en', 'ru', 'kk'] as const)(
		'split %s into two disjoint parts that make the whole file',
		(lang) => {
			const first = pickPart(whole[lang]!, 'first');
			const later = pickPart(whole[lang]!, 'later');
			expect(Object.keys(first).filter((k) => k in later)).toEqual([]);
			expect({ ...first, ...later }).toEqual(whole[lang]);
			// Both parts carry real strings: the split is not all on one side.
			expect(Object.keys(first).length).toBeGreaterThan(50);
			expect(Object.keys(later).length).toBeGreaterThan(50);
		}
	);

	it('puts the first view’s exceptions first and the later views’ keys later', () => {
		expect(partOf('panel.fallback')).toBe('first');
		expect(partOf('panel.article')).toBe('first');
		expect(partOf('filter.title')).toBe('first');
		expect(partOf('panel.sources')).toBe('later');
		expect(partOf('present.next')).toBe('later');
		expect(partOf('zoom.overview')).toBe('later');
		expect(partOf('zoom.in')).toBe('first');
		// A key the lists do not know is a first-view key: it costs bytes, never a missing string.
		expect(partOf('brandNew.key')).toBe('first');
	});

	it('are what the loaders give (the build plugin in vite.config.ts)', async () => {
		expect(await loadMessages('ru')).toEqual(pickPart(ru, 'first'));
		expect(await loadLaterMessages('kk')).toEqual(pickPart(kk, 'later'));
		expect(await loadAllMessages('en')).toEqual(en);
	});
});
