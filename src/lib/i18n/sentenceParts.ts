/**
 * A sentence cut at the data values `isolate` (bidi.ts) marked, for Sentence.svelte to render each
 * as a <bdi>.
 */

interface SentencePart {
	text: string;
	/** An isolated value (its FSI and PDI removed; nested pairs kept in `text`). */
	isolated: boolean;
}

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * The text between the outermost FSI…PDI pairs and the values inside them, in order, empty parts
 * left out. As in the Unicode bidi algorithm, an FSI without its PDI isolates to the end of the
 * text and a PDI without an FSI does nothing (it is kept as text).
 * @example splitIsolates('for \u2068Kazakhstan\u2069.') // [{text: 'for ', isolated: false}, {text: 'Kazakhstan', isolated: true}, {text: '.', isolated: false}]
 */
export function splitIsolates(text: string): SentencePart[] {
	if (!text.includes(FSI)) return text ? [{ text, isolated: false }] : [];
	const parts: SentencePart[] = [];
	const push = (s: string, isolated: boolean) => {
		if (s) parts.push({ text: s, isolated });
	};
	let depth = 0;
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === FSI && depth++ === 0) {
			push(text.slice(start, i), false);
			start = i + 1;
		} else if (c === PDI && depth > 0 && --depth === 0) {
			push(text.slice(start, i), true);
			start = i + 1;
		}
	}
	push(text.slice(start), depth > 0);
	return parts;
}
