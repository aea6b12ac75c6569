import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import raw from '../../data/kazakhstan.json';
import en from '../../src/lib/i18n/messages/en.json';
import type { Dataset, TreatyEvent } from '../../src/lib/data/schema';
import type { Messages } from '../../src/lib/i18n';
import Harness from './harness/Explore.svelte';

const shipped = raw as unknown as Dataset;

function mount(dataset = shipped) {
	history.replaceState(null, '', '/');
	render(Harness, { props: { dataset, lang: 'en', messages: en as Messages } });
	return screen.getByRole('combobox', { name: 'Search' });
}
afterEach(() => history.replaceState(null, '', '/'));

describe('the search list', () => {
	it('groups results under treaty headings that are not options, the party’s events first', async () => {
		const user = userEvent.setup();
		const box = mount();
		await user.type(box, 'Rome');
		await waitFor(() => expect(box).toHaveAttribute('aria-expanded', 'true'));
		const list = screen.getByRole('listbox', { name: 'Search results' });
		const rome = within(list).getByRole('group', { name: 'Rome Convention' });
		const options = within(rome).getAllByRole('option');
		expect(options[0]).toHaveTextContent('Law on ratification');
		expect(options[2]).toHaveTextContent('Entered into force for Kazakhstan');
		expect(within(list).getAllByRole('option')[0]).toBe(options[0]);
		const all = within(list).getAllByRole('option');
		expect(screen.getByRole('status')).toHaveTextContent(`${all.length} results`);
		// The query's words are <mark>ed, built from text: no markup from the data.
		expect(within(options[3]!).getByText('Rome', { selector: 'mark' })).toBeInTheDocument();
	});

	it('quotes a match in the source article’s words as the article’s', async () => {
		const user = userEvent.setup();
		const box = mount();
		await user.type(box, 'adaption measures');
		const option = await screen.findByRole('option', { name: /WCT · Art\. 14/ });
		expect(option).toHaveTextContent(/The article says: “.*adaption of all necessary measures.*”/);
	});

	it('lists every result of a long list, a page at a time, and the arrows reach the last', async () => {
		// 400 of the party's events in one treaty: more than one page of the list.
		const many: TreatyEvent[] = Array.from({ length: 400 }, (_, i) => ({
			id: `many-${i}`,
			kind: 'domestic-act',
			date: `${1900 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
			evidence: 'record',
			label: { en: `Decree number ${i}` },
			sources: []
		}));
		const [berne, ...rest] = shipped.treaties;
		const big = {
			...shipped,
			treaties: [{ ...berne!, events: [...berne!.events, ...many] }, ...rest]
		};
		const user = userEvent.setup();
		const box = mount(big);
		await user.type(box, 'decree');
		await waitFor(() => expect(box).toHaveAttribute('aria-expanded', 'true'));
		expect(screen.getByRole('status')).toHaveTextContent('400 results');
		const first = screen.getAllByRole('option');
		expect(first.length).toBeLessThan(400);
		expect(first[0]).toHaveAttribute('aria-setsize', '400');
		await user.keyboard('{ArrowUp}');
		const last = screen.getAllByRole('option').at(-1)!;
		expect(screen.getAllByRole('option')).toHaveLength(400);
		expect(last).toHaveTextContent('Decree number 399');
		expect(last).toHaveAttribute('aria-posinset', '400');
		expect(box).toHaveAttribute('aria-activedescendant', last.id);
	});
});
