/**
 * Lane names in the gutter: broken at spaces into at most three lines, a line cut with "…" only
 * where a single word is wider than the gutter or the name needs more lines.
 */
import type { Measure } from './types';

/**
 * Breaks a lane name into at most `maxLines` lines of at most `max` px, cutting with "…" where it
 * must. Cutting finds the longest prefix that fits by binary search: a few measurements, however
 * long the name.
 * @example fitLaneLabel('Phonograms Convention', 80, estimateTextWidth, 12) // ['Phonograms', 'Convention']
 */
export function fitLaneLabel(
	text: string,
	max: number,
	measure: Measure,
	px: number,
	maxLines = 3
): string[] {
	if (measure(text, px) <= max) return [text];
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const [i, word] of words.entries()) {
		const next = line ? `${line} ${word}` : word;
		if (!line || measure(next, px) <= max) {
			line = next;
			continue;
		}
		lines.push(line);
		if (lines.length === maxLines - 1) {
			line = words.slice(i).join(' ');
			break;
		}
		line = word;
	}
	lines.push(line);
	return lines.map((l) => cut(l, max, measure, px));
}

/** The text, or its longest prefix that fits with "…" after it. */
function cut(text: string, max: number, measure: Measure, px: number): string {
	if (measure(text, px) <= max) return text;
	const chars = Array.from(text);
	let lo = 1;
	let hi = chars.length - 1;
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		if (measure(chars.slice(0, mid).join('') + '…', px) <= max) lo = mid;
		else hi = mid - 1;
	}
	return chars.slice(0, lo).join('').trimEnd() + '…';
}
