/**
 * A loaded dataset's texts made safe to show, after the validator has warned about what is taken
 * out: bidi controls (`text.control`) and the combining marks beyond `MAX_MARKS` on one letter
 * (`text.marks`). A U+202E in a treaty name must not reverse the words of the sentence it is shown
 * in, and a letter under 20 000 accents must not cost the layout seconds.
 */
import { MAX_MARKS } from './limits';

/** Bidi embeddings, overrides, isolates and marks: in data they can only mislead. */
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** A run of combining marks longer than MAX_MARKS: the first MAX_MARKS are kept. */
const MARK_RUN = new RegExp(`(\\p{M}{${MAX_MARKS}})\\p{M}+`, 'gu');

/**
 * One string cleaned.
 * @example cleanText('a\u0301\u0301\u0301\u0301\u0301\u0301') // 'a' + 4 × U+0301
 */
const cleanText = (text: string): string => text.replace(BIDI_CONTROLS, '').replace(MARK_RUN, '$1');

/** Every string of a value cleaned (a copy; the value is plain JSON data). */
export function cleanTexts<T>(value: T): T {
	if (typeof value === 'string') return cleanText(value) as T;
	if (Array.isArray(value)) return value.map(cleanTexts) as T;
	if (value && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [k, x] of Object.entries(value)) out[k] = cleanTexts(x);
		return out as T;
	}
	return value;
}
