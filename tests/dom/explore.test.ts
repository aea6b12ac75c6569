import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import raw from '../../data/kazakhstan.json';
import en from '../../src/lib/i18n/messages/en.json';
import kk from '../../src/lib/i18n/messages/kk.json';
import { orderEvents } from '../../src/lib/data/events';
import type { Dataset } from '../../src/lib/data/schema';
import type { Messages } from '../../src/lib/i18n';
import Harness from './harness/Explore.svelte';

const dataset = raw as unknown as Dataset;
const all = orderEvents(dataset);

function mount(hash = '', lang: 'en' | 'kk' = 'en') {
	history.replaceState(null, '', '/' + hash);
	return render(Harness, {
		props: { dataset, lang, messages: (lang === 'en' ? en : kk) as Messages }
	});
}
const bodyRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

beforeEach(() => history.replaceState(null, '', '/'));
afterEach(() => history.replaceState(null, '', '/'));

describe('the sortable table', () => {
	it('sorts by a column with its header button, by mouse and by keyboard', async () => {
		const user = userEvent.setup();
		mount();
		const header = screen.getByRole('columnheader', { name: 'Delay' });
		expect(header).toHaveAttribute('aria-sort', 'none');
		expect(screen.getByRole('columnheader', { name: 'Date' })).toHaveAttribute(
			'aria-sort',
			'ascending'
		);
		await user.click(within(header).getByRole('button', { name: 'Delay' }));
		expect(header).toHaveAttribute('aria-sort', 'ascending');
		expect(screen.getByRole('columnheader', { name: 'Date' })).toHaveAttribute('aria-sort', 'none');
		within(header).getByRole('button').focus();
		await user.keyboard('{Enter}');
		expect(header).toHaveAttribute('aria-sort', 'descending');
		expect(bodyRows()[0]).toHaveTextContent('+111 years');
		expect(screen.getByRole('table')).toHaveAccessibleName(/sorted by “Delay”, descending/);
	});
});

describe('the filters', () => {
	it('narrow the table through the hash, and reset', async () => {
		const user = userEvent.setup();
		mount();
		await user.click(screen.getByText('Filters'));
		// The choices are a chunk of their own, fetched when the page is idle or on opening.
		await user.click(await screen.findByRole('checkbox', { name: 'Copyright' }));
		expect(location.hash).toBe('#cats=institutional,related-rights');
		expect(screen.getByText('Filters (1 active)')).toBeInTheDocument();
		const treaties = new Set(bodyRows().map((r) => r.querySelector('td')?.textContent));
		expect(treaties.has('Berne Convention')).toBe(false);
		expect(treaties.has('WCT')).toBe(false);
		expect(treaties.has('Rome Convention')).toBe(true);

		await user.click(screen.getByRole('checkbox', { name: 'Show context events' }));
		expect(location.hash).toBe('#cats=institutional,related-rights&context=0');
		expect([...bodyRows()].some((r) => r.textContent?.startsWith('Context'))).toBe(false);

		await user.click(screen.getByRole('button', { name: 'Reset filters' }));
		expect(location.hash).toBe('');
		expect(bodyRows()).toHaveLength(all.length);
	});

	it('filter by kind, and never let the last choice of a group go', async () => {
		const user = userEvent.setup();
		mount('#treaties=berne&kinds=party-entry-into-force&context=0');
		expect(bodyRows()).toHaveLength(1);
		await user.click(screen.getByText('Filters (3 active)'));
		expect(await screen.findByRole('checkbox', { name: 'In force for Kazakhstan' })).toBeDisabled();
		expect(screen.getByRole('checkbox', { name: 'Berne Convention' })).toBeDisabled();
		expect(screen.getByRole('checkbox', { name: 'WCT' })).not.toBeChecked();
	});
});

describe('the search box', () => {
	it('is a combobox: lists hits, moves with the arrows, opens the chosen treaty', async () => {
		const user = userEvent.setup();
		mount();
		const box = screen.getByRole('combobox', { name: 'Search' });
		expect(box).toHaveAttribute('aria-expanded', 'false');
		await user.type(box, 'technological measures');
		// The engine and the three catalogues it searches are chunks of their own.
		await waitFor(() => expect(box).toHaveAttribute('aria-expanded', 'true'));
		const list = screen.getByRole('listbox', { name: 'Search results' });
		expect(box).toHaveAttribute('aria-controls', list.id);
		const options = within(list).getAllByRole('option');
		expect(options[0]).toHaveTextContent('WCT · Art. 11');
		expect(screen.getByRole('status')).toHaveTextContent('2 results');

		await user.keyboard('{ArrowDown}');
		expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id);
		expect(options[0]).toHaveAttribute('aria-selected', 'true');
		await user.keyboard('{ArrowDown}{ArrowDown}');
		expect(box).toHaveAttribute('aria-activedescendant', options[0]!.id);
		await user.keyboard('{ArrowUp}');
		expect(box).toHaveAttribute('aria-activedescendant', options[1]!.id);
		await user.keyboard('{ArrowDown}{Enter}');
		expect(box).toHaveAttribute('aria-expanded', 'false');
		expect(location.hash).toBe('#treaty=wct&q=technological%20measures');
	});

	it('selects an event hit (Enter takes the first) and closes with Escape', async () => {
		const user = userEvent.setup();
		mount();
		const box = screen.getByRole('combobox', { name: 'Search' });
		await user.type(box, 'signed at berne');
		await user.keyboard('{Escape}');
		expect(box).toHaveAttribute('aria-expanded', 'false');
		expect(box).toHaveValue('signed at berne');
		await user.keyboard('{ArrowDown}');
		expect(box).toHaveAttribute('aria-expanded', 'true');
		await user.keyboard('{Enter}');
		expect(location.hash).toMatch(/^#event=berne-adoption&/);
		expect(screen.getByRole('row', { name: /Signed at Berne/ })).toHaveClass('selected');
	});

	it('takes the query from the hash and folds Kazakh letters', async () => {
		const user = userEvent.setup();
		mount('#q=косылу', 'kk');
		const box = screen.getByRole('combobox');
		expect(box).toHaveValue('косылу');
		box.focus();
		await waitFor(() => expect(box).toHaveAttribute('aria-expanded', 'true'));
		expect(within(screen.getByRole('listbox')).getAllByRole('option')[0]).toHaveTextContent(
			/қосылу/i
		);
		await user.keyboard('{Escape}{Escape}');
		expect(box).toHaveValue('');
		await waitFor(() => expect(location.hash).toBe(''));
	});
});

describe('the delay chart', () => {
	it('has a title, one readable row per treaty, and says retroactive in words', async () => {
		const user = userEvent.setup();
		mount();
		const chart = screen.getByRole('figure', { name: 'Delays compared, per treaty' });
		const list = within(chart).getByRole('list');
		const items = within(list).getAllByRole('listitem');
		expect(items).toHaveLength(dataset.treaties.length);
		// Ranked by the delay from when Kazakhstan could act (independence, or a later adoption),
		// the delay from the treaty's entry into force beside it.
		expect(items[0]).toHaveTextContent(
			/^Rome Convention\s*\+20 years\s*· \+48 years after the treaty’s entry into force$/
		);
		const berne = items.find((li) => li.textContent?.includes('Berne'));
		expect(berne).toHaveTextContent(
			/\+7 years\s*· \+111 years after the treaty’s entry into force/
		);
		// The WIPO Convention's entry into force for Kazakhstan is inferred: an uncertain bar.
		expect(chart.querySelectorAll('rect.uncertain').length).toBeGreaterThan(0);
		await user.click(within(chart).getByRole('radio', { name: /^Instrument → in force/ }));
		const after = within(chart).getAllByRole('listitem');
		expect(after.at(-1)).toHaveTextContent(/WIPO Convention.*retroactive \(13 months earlier\)/);
		expect(after.at(-1)!.querySelector('rect')).toBeNull();
	});

	it('compares only the treaties the filters keep', () => {
		mount('#cats=copyright');
		const chart = screen.getByRole('figure');
		expect(
			within(chart)
				.getAllByRole('listitem')
				.map((li) => li.id || li.textContent)
		).toHaveLength(2);
	});
});
