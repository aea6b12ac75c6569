/**
 * The reader's first click on an event used to take half as long again as the next ones: the
 * panel's code ran for the first time, and the browser laid out its kind of text (bold headings,
 * small print, other scripts) for the first time. When the page is idle, the panel for one event is
 * rendered where nobody sees it (off screen, `visibility: hidden`, inert: no focus, no reading),
 * laid out for three frames, then removed; the first click is then as quick as the next.
 */
import { mount, unmount } from 'svelte';
import type { AppData } from '$lib/state/context';
import type { I18n } from '$lib/state/i18n.svelte';
import type { QueryState } from '$lib/state/url';
import type { ViewState } from '$lib/state/viewState.svelte';
import PanelWarmup from './PanelWarmup.svelte';

/** The panel itself: App loads it through this module, when idle or on the first click. */
export { default } from './DetailsPanel.svelte';

/** Does it, unless a panel or a lecture is open already, or the browser has no idle time to give. */
export function warmPanel({
	view,
	...props
}: {
	view: ViewState;
	data: () => AppData;
	i18n: I18n;
	query: QueryState;
}): void {
	if (view.selected || view.treaty || view.present || !('requestIdleCallback' in window)) return;
	const events = props.data().events;
	// A party's step when there is one: the fullest panel (instrument, obligations, claims).
	const event = events.find((e) => e.event.kind.startsWith('party-')) ?? events[0];
	if (!event) return;
	const box = document.createElement('div');
	box.toggleAttribute('inert', true);
	Object.assign(box.style, {
		position: 'fixed',
		top: '0',
		left: '-10000px',
		width: '380px',
		visibility: 'hidden'
	});
	document.body.append(box);
	const panel = mount(PanelWarmup, { target: box, props: { ...props, id: event.id } });
	const after = (frames: number) => {
		if (frames) return void requestAnimationFrame(() => after(frames - 1));
		void unmount(panel);
		box.remove();
	};
	after(3);
}
