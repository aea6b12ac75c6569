/**
 * ViewState: the live mirror of the URL hash and the only writer of it (STYLE.md C). Selections
 * and steps push a history entry (Back undoes them); zoom and pan replace it, throttled. How its
 * fields and the URL map onto each other is in viewUrl.ts.
 */
import type { Lang } from '$lib/data/schema';
import type { Domain } from '$lib/layout/types';
import { formatHash, type NavState, type Rejected, type View } from './url';
import { readUrl, toNav, type Known } from './viewUrl';
import { clampStep, type Step } from './deck';

interface HistoryLike {
	push(hash: string): void;
	replace(hash: string): void;
}

export class ViewState {
	selected = $state<string | null>(null);
	treaty = $state<string | null>(null);
	domain = $state.raw<Domain>([0, 1]);
	view = $state<View>('timeline');
	lang = $state<Lang | null>(null);
	present = $state(false);
	step = $state<number | null>(null);
	kinds = $state.raw<string[] | null>(null);
	cats = $state.raw<string[] | null>(null);
	/** Treaty filter chosen by the reader (hash); the page author's `?treaties=` is applied before. */
	treaties = $state.raw<string[] | null>(null);
	q = $state<string | null>(null);
	context = $state<boolean | null>(null);
	/** Compare view: focus country and peer group (hash keys `focus`, `peers`; null: defaults). */
	focus = $state<string | null>(null);
	peers = $state.raw<string[] | null>(null);
	/** Link settings that were dropped, for a small non-blocking notice. */
	rejected = $state.raw<Rejected[]>([]);

	#known = $state.raw() as unknown as Known;
	#history: HistoryLike;
	#timer: ReturnType<typeof setTimeout> | null = null;

	constructor(known: Known, history: HistoryLike) {
		this.#known = known;
		this.#history = history;
		this.domain = known.home;
	}

	/** Another dataset was loaded: new ids and range; the selection and window start afresh. */
	setKnown(known: Known) {
		this.#known = known;
		this.selected = null;
		this.treaty = null;
		this.step = null;
		this.present = false;
		this.domain = known.home;
		this.#write('replace');
	}

	/** The default window: the dataset's whole range. */
	get home(): Domain {
		return this.#known.home;
	}

	/** The shareable navigation state. */
	get nav(): NavState {
		return toNav(this);
	}

	get hash(): string {
		return formatHash(this.nav);
	}

	/** Writes the hash now, as a new history entry or in place; a pending throttled write is dropped. */
	#write(how: 'push' | 'replace') {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		this.#history[how](this.hash);
	}

	/** Selects an event (or clears with null); pushes a history entry. */
	select(id: string | null) {
		if (id !== null && !this.#known.events.has(id)) return;
		if (id === this.selected && this.treaty === null) return;
		this.selected = id;
		this.treaty = null;
		this.#write('push');
	}

	/** Opens a treaty's details. */
	openTreaty(id: string | null) {
		if (id !== null && !this.#known.treaties.has(id)) return;
		this.treaty = id;
		this.selected = null;
		this.#write('push');
	}

	/** Closes the details, of an event or a treaty. */
	clear() {
		this.select(null);
	}

	/** Moves the window (clamped); continuous changes replace the history entry, throttled. */
	zoomTo(domain: Domain, opts: { replace?: boolean } = {}) {
		const next = this.#known.clamp(domain);
		if (next[0] === this.domain[0] && next[1] === this.domain[1]) return;
		this.domain = next;
		if (opts.replace === false) return this.#write('push');
		if (!this.#timer) {
			this.#timer = setTimeout(() => {
				this.#timer = null;
				this.#history.replace(this.hash);
			}, 150);
		}
	}

	/** Number of lecture steps (the title screen is step 0, not counted). */
	get steps(): number {
		return this.#known.deck.length;
	}

	/** The current lecture step, or null on the title screen. */
	get currentStep(): Step | null {
		return this.step ? (this.#known.deck[this.step - 1] ?? null) : null;
	}

	/** Enters presentation mode at the current step (the title screen at first). */
	startPresenting() {
		this.present = true;
		this.goStep(this.step ?? 0);
	}

	/** Moves to lecture step `n` (clamped; 0 = title); pushes, so Back steps back. */
	goStep(n: number) {
		this.#applyStep(clampStep(n, this.steps));
		this.#write('push');
	}

	stopPresenting() {
		if (!this.present) return;
		this.present = false;
		this.step = null;
		this.#write('push');
	}

	#applyStep(n: number) {
		this.step = n === 0 ? null : n;
		const step = this.currentStep;
		if (!step) return;
		this.selected = step.event;
		this.treaty = step.event ? null : step.treaty;
		this.domain = this.#known.clamp(step.domain);
	}

	/**
	 * Changes the explore filters and the search query (hash keys `kinds`, `cats`, `treaties`,
	 * `context`, `q`); null restores a key's default. Replaces the history entry: typing in the
	 * search box must not flood Back.
	 */
	setFilters(f: Partial<Pick<NavState, 'kinds' | 'cats' | 'treaties' | 'context' | 'q'>>) {
		Object.assign(this, f);
		this.#write('replace');
	}

	/** Changes the compare view's focus country or peer group; pushes, so Back undoes it. */
	setCompare(c: Partial<Pick<NavState, 'focus' | 'peers'>>) {
		if ('focus' in c) this.focus = c.focus ?? null;
		if ('peers' in c) this.peers = c.peers?.length ? c.peers : null;
		this.#write('push');
	}

	setView(view: View) {
		if (view === this.view) return;
		this.view = view;
		this.#write('push');
	}

	setLang(lang: Lang) {
		this.lang = lang;
		this.#write('replace');
	}

	/** Applies the URL (on load, hashchange and popstate). Bad values are dropped and reported. */
	fromUrl(search: string, hash: string) {
		const { nav, domain, rejected } = readUrl(search, hash, this.#known);
		this.selected = nav.event;
		this.treaty = nav.treaty;
		// Same window: keep the array, so nothing downstream recomputes.
		if (domain[0] !== this.domain[0] || domain[1] !== this.domain[1]) this.domain = domain;
		this.view = nav.view;
		this.present = nav.present;
		// The step wins over `event` when both are given; out-of-range steps are clamped.
		if (this.present) this.#applyStep(clampStep(nav.step ?? 0, this.steps));
		else this.step = null;
		if (nav.lang) this.lang = nav.lang;
		this.kinds = nav.kinds;
		this.cats = nav.cats;
		this.treaties = nav.treaties;
		this.q = nav.q;
		this.context = nav.context;
		this.focus = nav.focus;
		this.peers = nav.peers;
		if (rejected.length || this.rejected.length) this.rejected = rejected;
		// An out-of-range step was clamped: the address shows the step actually shown.
		if (this.present && nav.step !== null && nav.step !== this.step)
			this.#history.replace(this.hash);
	}

	dismissNotices() {
		this.rejected = [];
	}
}
