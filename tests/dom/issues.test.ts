// The issues panel of a load (issue #25, #26.1): it names the file or address, is red for a refused
// dataset and amber for one loaded with warnings only, shows a long list a page at a time, counts
// what the loader left out, and draws no warning while its list is collapsed.
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import minimal from '../fixtures/minimal.json';
import en from '../../src/lib/i18n/messages/en.json';
import { parseUrlState } from '../../src/lib/state/url';
import { DatasetSource } from '../../src/lib/state/dataset.svelte';

type Doc = { treaties: { events: unknown[] }[]; context: unknown[] };

async function mount(file: File) {
	history.replaceState(null, '', '/');
	const source = new DatasetSource();
	await source.start(null);
	render(App, { props: { source, messages: en, lang: 'en', query: parseUrlState('', '').query } });
	await source.loadFile(file);
	const heading = await screen.findByRole('heading', { level: 2, name: /file/ });
	return { source, panel: heading.closest('section')! };
}
const file = (doc: unknown, name: string) => new File([JSON.stringify(doc)], name);
const items = (panel: Element) => panel.querySelectorAll('li');

describe('the issues panel', () => {
	it('lists a refused file under its name, a page at a time, then what was left out', async () => {
		const doc = structuredClone(minimal) as unknown as Doc;
		doc.treaties[0]!.events = Array.from({ length: 300 }, () => ({}));
		const { panel } = await mount(file(doc, 'broken.json'));
		expect(panel.querySelector('h2')!.textContent).toBe('The file broken.json has problems');
		expect(panel.classList.contains('notes')).toBe(false);
		expect(items(panel)).toHaveLength(100);
		const user = userEvent.setup();
		for (let shown = 100; shown < 1_000; shown += 100) {
			await user.click(screen.getByRole('button', { name: 'Show 100 more' }));
			await waitFor(() => expect(items(panel).length).toBeGreaterThan(shown));
		}
		// 1 000 issues, then the rest counted: 300 × 5 required fields, and a few others.
		const last = [...items(panel)].at(-1)!.textContent!;
		expect(last).toMatch(
			/^…and \d+ more like this one: treaties\[0\]\.events\[\d+\]\.\w+: is required$/
		);
		expect(screen.queryByRole('button', { name: /^Show \d+ more$/ })).toBeNull();
	});

	it('is an amber note for a file with warnings only, and draws none of them until opened', async () => {
		const doc = structuredClone(minimal) as unknown as Doc;
		const source = (minimal.sources[0] as { id: string }).id;
		doc.context = Array.from({ length: 2_000 }, (_, i) => ({
			id: `ctx-${i}`,
			kind: 'context',
			date: '1990',
			evidence: 'record',
			label: { en: `Event ${i}` },
			sources: [source]
		}));
		const { panel } = await mount(file(doc, 'english.json'));
		expect(panel.querySelector('h2')!.textContent).toBe(
			'The file english.json is loaded, with notes'
		);
		expect(panel.classList.contains('notes')).toBe(true);
		expect(items(panel)).toHaveLength(0);
		await userEvent.setup().click(screen.getByText('1000 warning(s)'));
		await waitFor(() => expect(items(panel)).toHaveLength(100));
	});
});
