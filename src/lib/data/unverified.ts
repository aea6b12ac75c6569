/**
 * The dataset's texts whose wording in a language is a proposed translation not yet checked
 * against an official text (`unverified` on a Text), for the about view's list.
 */
import type { Lang } from './model';
import type { Dataset, Text } from './schema';

interface UnverifiedText {
	/** Where it is, e.g. `treaties[0].name`. */
	path: string;
	text: Text;
}

const isText = (v: unknown): v is Text =>
	typeof v === 'object' && v !== null && typeof (v as { en?: unknown }).en === 'string';

/**
 * @example unverifiedTexts(dataset, 'kk')[0] // { path: 'title', text: { en: …, kk: …, unverified: ['kk'] } }
 */
export function unverifiedTexts(dataset: Dataset, lang: Lang): UnverifiedText[] {
	const out: UnverifiedText[] = [];
	const walk = (v: unknown, path: string) => {
		if (isText(v)) {
			if (v.unverified?.includes(lang)) out.push({ path, text: v });
			return;
		}
		if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
		else if (typeof v === 'object' && v !== null)
			for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
	};
	walk(dataset, '');
	return out;
}
