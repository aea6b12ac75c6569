import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import raw from '../../data/kazakhstan.json';
import en from '../../src/lib/i18n/messages/en.json';
import type { Dataset } from '../../src/lib/data/schema';
import { orderEvents } from '../../src/lib/data/events';
import { parseUrlState } from '../../src/lib/state/url';
import { DatasetSource } from '../../src/lib/state/dataset.svelte';

const dataset = raw as unknown as Dataset;

function mount(hash = '', data: Dataset = dataset) {
	history.replaceState(null, '', '/' + hash);
	const source = new DatasetSource();
	source.dataset = data;
	return render(App, {
		props: {
			source,
			messages: en,
			lang: 'en',
			query: parseUrlState('', '').query
		}
	});
}

const marker = (name: RegExp) => screen.getByRole('link', { name });

describe('the timeline', () => {
	beforeEach(() => history.replaceState(null, '', '/'));
	afterEach(() => history.replaceState(null, '', '/'));

	it('draws every event as a mark (its own or a composite’s) or inside a cluster that names it', async () => {
		mount();
		await waitFor(() => expect(document.querySelectorAll('a[data-id]').length).toBeGreaterThan(0));
		const links = [...document.querySelectorAll('a[data-id]')];
		const clusters = [...document.querySelectorAll('[role=button][aria-label]')]
			.map((c) => c.getAttribute('aria-label'))
			.join(' | ');
		const names = orderEvents(dataset).map((e) => e.id);
		expect(names.length).toBe(52);
		for (const a of links) expect(a.getAttribute('aria-label')).toBeTruthy();
		// Every event is reachable: a mark of its own, a composite that holds it, or named by its cluster.
		const drawn = links.flatMap((a) => [
			a.getAttribute('data-id'),
			...(a.getAttribute('data-with')?.split(' ') ?? [])
		]);
		const inClusters = [...clusters.matchAll(/(\d+) events close together/g)].reduce(
			(n, m) => n + Number(m[1]),
			0
		);
		expect(new Set(drawn).size + inClusters).toBeGreaterThanOrEqual(names.length);
		// Kazakhstan's Berne accession is a composite, named for both of its events.
		const berne = links.find((a) => a.getAttribute('data-with') === 'berne-party-instrument');
		expect(berne?.getAttribute('aria-label')).toContain(
			'Berne Convention: instrument of accession deposited on 12 January 1999'
		);
	});

	it('names a marker with what, when and how certain', async () => {
		mount('#from=1991&to=1993');
		expect(
			await screen.findByRole('link', {
				name: /^WIPO Convention: entered into force for Kazakhstan on 25 December 1991 \(inferred\)$/
			})
		).toBeInTheDocument();
	});

	it('opens the details panel with the obligations and the article’s claims when a marker is clicked', async () => {
		const user = userEvent.setup();
		mount('#from=1998&to=1999');
		await user.click(
			await waitFor(() => marker(/^Berne Convention: entered into force for Kazakhstan/))
		);
		const panel = await screen.findByRole('complementary');
		expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent(
			'Entered into force for Kazakhstan'
		);
		expect(panel).toHaveTextContent('12 April 1999');
		// WIPO's own table records it (tier A), beside a tier C source.
		expect(panel).toHaveTextContent('An authoritative record confirms it.');
		expect(panel).not.toHaveTextContent(
			'Secondary sources cite the record; not yet checked against it.'
		);
		// The treaty's facts follow the panel's first paint.
		await waitFor(() => expect(panel).toHaveTextContent('Art. 2(6)'));
		expect(panel).toHaveTextContent('Art. 36(1)');
		// Among the treaty's dates, a date and its evidence note are two words, not one.
		expect(panel).toHaveTextContent(`19 November 1984 (${en['evidence.article-only']})`);
		await waitFor(() =>
			expect(location.hash).toBe('#event=berne-party-entry-into-force&from=1998&to=1999')
		);
	});

	it('shows the source article’s differing claim for the Berne instrument', async () => {
		mount('#event=berne-party-instrument');
		const panel = await screen.findByRole('complementary');
		expect(
			within(panel).getByRole('heading', { name: 'Where the source article differs' })
		).toBeInTheDocument();
		expect(panel).toHaveTextContent(/12 April 1999/);
		expect(panel).toHaveTextContent(/12 January 1999/);
		// A correction is headed so, not "Verified".
		expect(panel).toHaveTextContent('Correction:');
	});

	it('shows a point the sources do not settle as unresolved, not as a correction', async () => {
		const data = structuredClone(dataset);
		const ev = data.treaties[0]!.events.find((e) => e.id === 'berne-party-instrument')!;
		ev.claims = ev.claims!.map((c) => ({ ...c, unresolved: true }));
		mount('#event=berne-party-instrument', data);
		const panel = await screen.findByRole('complementary');
		await waitFor(() => expect(panel).toHaveTextContent('Unresolved:'));
		expect(panel).not.toHaveTextContent('Correction:');
	});

	it('closes the panel with Esc and returns focus to the marker', async () => {
		const user = userEvent.setup();
		mount('#from=2001&to=2003');
		const link = await waitFor(() => marker(/^WPPT: entered into force on 20 May 2002/));
		link.focus();
		await user.keyboard('{Enter}');
		const panel = await screen.findByRole('complementary');
		expect(panel).toHaveTextContent('force for Kazakhstan on 20 May 2002');
		// Sourced by WIPO itself (tier A).
		expect(panel).toHaveTextContent('An authoritative record confirms it.');
		await user.keyboard('{Escape}');
		await waitFor(() => expect(screen.queryByRole('complementary')).toBeNull());
		expect(document.activeElement).toBe(marker(/^WPPT: entered into force on 20 May 2002/));
		await waitFor(() => expect(location.hash).toBe('#from=2001&to=2003'));
	});

	it('moves focus through the events in time order with the arrow keys', async () => {
		const user = userEvent.setup();
		mount();
		const order = orderEvents(dataset).map((e) => e.id);
		// The lanes are drawn once the frame's size is known (a ResizeObserver callback).
		const first = await waitFor(() => {
			const el = document.querySelector<SVGElement>(
				`[data-id="${order[0]}"], [data-with~="${order[0]}"]`
			);
			if (!el) throw new Error('the first event is not drawn yet');
			return el;
		});
		expect(first.getAttribute('tabindex')).toBe('0');
		first.focus();
		// A composite mark stands for the event the keyboard is on.
		const at = () =>
			document.activeElement?.getAttribute('data-current') ??
			document.activeElement?.getAttribute('data-id');
		const seen = [at()];
		for (let i = 1; i < 8; i++) {
			await user.keyboard('{ArrowRight}');
			seen.push(at());
		}
		expect(seen).toEqual(order.slice(0, 8));
		await user.keyboard('{ArrowLeft}');
		expect(at()).toBe(order[6]);
		// One tab stop: only the focused marker is in the tab order.
		expect(document.querySelectorAll('a[data-id][tabindex="0"]').length).toBe(1);
	});

	it('lists one table row per event in the table view', async () => {
		mount('#view=table');
		const table = await screen.findByRole('table');
		const rows = within(table).getAllByRole('row');
		expect(rows.length - 1).toBe(orderEvents(dataset).length);
		expect(within(table).getByRole('columnheader', { name: 'Delay' })).toBeInTheDocument();
	});

	it("defines 'recorded' on the About page as the panel uses it: an authoritative record or secondary sources", async () => {
		mount('#view=about');
		const heading = await screen.findByRole('heading', { name: en['evidence.label'] });
		const item = within(heading.nextElementSibling as HTMLElement).getAllByRole('listitem')[0];
		expect(item).toHaveTextContent(/^recorded:/);
		expect(item).toHaveTextContent(en['evidence.record.long']);
		expect(item).toHaveTextContent(en['evidence.record.secondary.long']);
	});
});
