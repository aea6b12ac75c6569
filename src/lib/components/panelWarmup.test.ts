import { waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import raw from '../../../data/kazakhstan.json';
import en from '../i18n/messages/en.json';
import { orderEvents } from '$lib/data/events';
import type { Dataset } from '$lib/data/schema';
import type { Messages } from '$lib/i18n';
import { I18n } from '$lib/state/i18n.svelte';
import { createKnown } from '$lib/state/known';
import { parseUrlState } from '$lib/state/url';
import { ViewState } from '$lib/state/viewState.svelte';
import { warmPanel } from './panelWarmup';

const dataset = raw as unknown as Dataset;
const events = orderEvents(dataset);
const data = () => ({ dataset, events, byId: new Map(events.map((e) => [e.id, e])) });
const pageHistory = { push: () => {}, replace: () => {} };
const setup = () => ({
	view: new ViewState(createKnown(dataset), pageHistory),
	data,
	i18n: new I18n('en', en as Messages),
	query: parseUrlState('', '').query
});
const idle = window as { requestIdleCallback?: unknown };

describe('warmPanel', () => {
	afterEach(() => delete idle.requestIdleCallback);

	it('renders a party step’s panel off screen, hidden and inert, then removes it', async () => {
		idle.requestIdleCallback = () => 0;
		const props = setup();
		const before = document.body.children.length;
		warmPanel(props);
		const box = document.body.lastElementChild as HTMLElement;
		expect(document.body.children.length).toBe(before + 1);
		expect(box.hasAttribute('inert')).toBe(true);
		expect(box.style.visibility).toBe('hidden');
		expect(box.style.position).toBe('fixed');
		const heading = await waitFor(() => {
			const h = box.querySelector('aside h2');
			if (!h) throw new Error('no panel yet');
			return h;
		});
		expect(heading.textContent).toMatch(/Kazakhstan/);
		await waitFor(() => expect(box.isConnected).toBe(false));
		// The page's own view state is untouched.
		expect(props.view.selected).toBeNull();
	});

	it('does nothing while a panel or a lecture is open, or without idle callbacks', () => {
		const before = document.body.children.length;
		warmPanel(setup());
		idle.requestIdleCallback = () => 0;
		const open = setup();
		open.view.select(events[0]!.id);
		warmPanel(open);
		expect(document.body.children.length).toBe(before);
	});
});
