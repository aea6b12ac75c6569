/**
 * Helpers for the export tests: the shipped dataset with its catalogues, and a small
 * XML well-formedness check (node has no DOMParser; `tests/dom/export.test.ts` also parses the
 * SVG with jsdom's).
 */
import { orderEvents } from '../../src/lib/data/events';
import type { Dataset, Lang } from '../../src/lib/data/schema';
import type { Messages } from '../../src/lib/i18n';
import raw from '../../data/kazakhstan.json';
import en from '../../src/lib/i18n/messages/en.json';
import kk from '../../src/lib/i18n/messages/kk.json';
import ru from '../../src/lib/i18n/messages/ru.json';

export const dataset = raw as unknown as Dataset;
export const events = orderEvents(dataset);
export const MESSAGES: Record<Lang, Messages> = {
	en: en as Messages,
	ru: ru as Messages,
	kk: kk as Messages
};

const NAME = '[A-Za-z_][\\w.:-]*';
const ATTR = new RegExp(`^\\s+(${NAME})\\s*=\\s*("[^"<]*"|'[^'<]*')`);
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/;

/**
 * Problems that make `xml` ill-formed: unbalanced or crossed tags, a malformed or repeated
 * attribute, a raw `<` or a bare `&` in text or attributes. Empty when well-formed. Covers what
 * the exporter writes (a declaration, elements, attributes, text), not the whole of XML.
 * @example xmlProblems('<a><b></a>') // ['</a> closes <b>']
 */
export function xmlProblems(xml: string): string[] {
	const problems: string[] = [];
	const stack: string[] = [];
	let rest = xml.replace(/^\uFEFF?<\?xml[^?]*\?>\s*/, '');
	let roots = 0;
	while (rest.length) {
		const lt = rest.indexOf('<');
		const text = lt < 0 ? rest : rest.slice(0, lt);
		if (ENTITY.test(text)) problems.push(`bare & in text: ${text.slice(0, 40)}`);
		if (text.includes('>')) problems.push(`raw > in text: ${text.slice(0, 40)}`);
		if (!stack.length && text.trim()) problems.push(`text outside the root: ${text.slice(0, 40)}`);
		if (lt < 0) break;
		rest = rest.slice(lt);
		const close = new RegExp(`^</(${NAME})\\s*>`).exec(rest);
		if (close) {
			const open = stack.pop();
			if (open !== close[1]) problems.push(`</${close[1]}> closes <${open}>`);
			rest = rest.slice(close[0].length);
			continue;
		}
		const start = new RegExp(`^<(${NAME})`).exec(rest);
		if (!start) {
			problems.push(`raw < at: ${rest.slice(0, 40)}`);
			rest = rest.slice(1);
			continue;
		}
		let tail = rest.slice(start[0].length);
		const seen = new Set<string>();
		for (let m = ATTR.exec(tail); m; m = ATTR.exec(tail)) {
			if (seen.has(m[1]!)) problems.push(`repeated attribute ${m[1]} on <${start[1]}>`);
			seen.add(m[1]!);
			if (ENTITY.test(m[2]!)) problems.push(`bare & in attribute ${m[1]}`);
			tail = tail.slice(m[0].length);
		}
		const end = /^\s*(\/?)>/.exec(tail);
		if (!end) {
			problems.push(`malformed tag <${start[1]}: ${tail.slice(0, 40)}`);
			break;
		}
		if (!stack.length) roots += 1;
		if (!end[1]) stack.push(start[1]!);
		rest = tail.slice(end[0].length);
	}
	if (stack.length) problems.push(`unclosed: ${stack.join(' > ')}`);
	if (roots !== 1) problems.push(`${roots} root elements`);
	return problems;
}
