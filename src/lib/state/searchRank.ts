/**
 * Matching and ranking a query against the search index (searchIndex.ts). Every word of the
 * query must start a word of the result's texts, in any language. The results come grouped by
 * treaty: the treaties the query names first; in a group, the party's events, then the treaty,
 * then its other events, then articles and the results found only in a claim; in a tier, those
 * matched in names before those matched in body text, then by date.
 */
import type { Lang } from '$lib/data/schema';
import { ROLES, type Field, type Role } from './searchFields';
import type { Doc, DocKind, SearchIndex } from './searchIndex';
import { markMatches, passage, queryTokens, type Segment } from './searchText';

export interface Hit {
	kind: DocKind;
	id: string;
	treatyId: string | null;
	/** Its name in the interface language, query words marked. */
	title: Segment[];
	/** A passage that matched, or the result's date or summary, query words marked. */
	snippet: Segment[];
	/** The snippet's language (it may be another than the interface's). */
	snippetLang: string;
	/** `says`: the snippet quotes the source article; `correction`/`unresolved`: the claim's answer. */
	from: 'says' | 'correction' | 'unresolved' | null;
	/** 0 the party's events, 1 the treaty, 2 its other events, 3 articles and claim-only matches. */
	tier: number;
}

export interface HitGroup {
	/** The treaty's id, or '' for context events. */
	id: string;
	heading: string;
	hits: Hit[];
}

const ROLE_RANK = new Map<Role, number>(ROLES.map((r, i) => [r, i]));
const CLAIM_FROM = new Set<Role>(['says', 'correction', 'unresolved']);
const TIER: Record<DocKind, number> = { event: 2, treaty: 1, obligation: 3, provision: 3 };

/** Where each token matches best in `doc` (own role first, then the interface language); null if one does not. */
function bestFields(doc: Doc, tokens: string[], lang: Lang): Field[] | null {
	const out: Field[] = [];
	for (const t of tokens) {
		if (!doc.all.includes(' ' + t)) return null;
		let best: Field | null = null;
		let rank = Infinity;
		// Fields come in role order: past the best's role, nothing can beat it.
		for (const f of doc.fields) {
			const role = ROLE_RANK.get(f.role)! * 2;
			if (role >= rank) break;
			const r = role + (f.lang === lang ? 0 : 1);
			if (r < rank && f.words.some((w) => w.startsWith(t))) [best, rank] = [f, r];
		}
		if (!best) return null;
		out.push(best);
	}
	return out;
}

interface Ranked {
	hit: Hit;
	time: number;
	/** How many query words matched only in body text or claims, not in a name. */
	inBody: number;
	/** A query word matched the treaty's own names. */
	named: boolean;
}

function rank(doc: Doc, fields: Field[], tokens: string[], lang: Lang): Ranked {
	// The article's own words first: they are what a reader must see quoted.
	const claim = fields.find((f) => f.role === 'says') ?? fields.find((f) => CLAIM_FROM.has(f.role));
	const body =
		claim ??
		fields.find((f) => f.role === 'text') ??
		fields.find((f) => f.lang !== lang && (f.role === 'name' || doc.kind === 'treaty'));
	// Marked when first read: a long list renders a page at a time, and most are never shown.
	let title: Segment[] | undefined;
	let snippet: Segment[] | undefined;
	const hit: Hit = {
		kind: doc.kind,
		id: doc.id,
		treatyId: doc.treatyId,
		get title() {
			return (title ??= markMatches(doc.title[lang], tokens));
		},
		get snippet() {
			return (snippet ??= markMatches(passage(body?.text ?? doc.detail[lang], tokens), tokens));
		},
		snippetLang: body?.lang ?? lang,
		from: claim ? (claim.role as Hit['from']) : null,
		tier: claim ? 3 : doc.party ? 0 : TIER[doc.kind]
	};
	return {
		hit,
		time: doc.time,
		inBody: fields.filter((f) => f.role !== 'treaty' && f.role !== 'name').length,
		named: fields.some((f) => f.role === 'treaty')
	};
}

const byRank = (a: Ranked, b: Ranked) =>
	a.hit.tier - b.hit.tier || a.inBody - b.inBody || a.time - b.time;

/**
 * The index's results for `query`, grouped by treaty, shown in `lang`. No limit: every result.
 * @example searchIndex(index, 'Rome', 'en')[0].hits[0].id // 'rome-domestic-act'
 */
export function searchIndex(index: SearchIndex, query: string, lang: Lang): HitGroup[] {
	const tokens = queryTokens(query);
	if (tokens.length === 0) return [];
	const groups = new Map<string, Ranked[]>();
	for (const doc of index.docs) {
		const fields = bestFields(doc, tokens, lang);
		if (!fields) continue;
		const key = doc.treatyId ?? '';
		const hits = groups.get(key) ?? [];
		if (!hits.length) groups.set(key, hits);
		hits.push(rank(doc, fields, tokens, lang));
	}
	const sorted = [...groups].map(([id, hits]) => {
		hits.sort(byRank);
		return { id, hits, named: hits.some((h) => h.named) };
	});
	sorted.sort((a, b) => +b.named - +a.named || byRank(a.hits[0]!, b.hits[0]!));
	return sorted.map(({ id, hits }) => ({
		id,
		heading: index.headings.get(id)?.[lang] ?? '',
		hits: hits.map((r) => r.hit)
	}));
}
