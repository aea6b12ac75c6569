/**
 * Lane names in the gutter: at most two lines each, cut with "…" where they must be.
 */
import type { Measure } from './types';

/**
 * Breaks a lane name into at most two lines of at most `max` px, cutting with "…" if it must.
 * @example fitLaneLabel('Phonograms Convention', 80, estimateTextWidth, 12) // ['Phonograms', 'Convention']
 */
export function fitLaneLabel(text: string, max: number, measure: Measure, px: number): string[] {
	if (measure(text, px) <= max) return [text];
	const words = text.split(/\s+/);
	let first = '';
	let i = 0;
	for (; i < words.length; i++) {
		const next = first ? `${first} ${words[i]}` : (words[i] as string);
		if (first && measure(next, px) > max) break;
		first = next;
	}
	const rest = words.slice(i).join(' ');
	const cut = (s: string) => {
		if (measure(s, px) <= max) return s;
		let t = s;
		while (t.length > 1 && measure(t + '…', px) > max) t = t.slice(0, -1);
		return t + '…';
	};
	return rest ? [cut(first), cut(rest)] : [cut(first)];
}
