/**
 * The zoom and pan gesture, as one attachment that draws nothing (STYLE.md B3). It turns pointer
 * input into a new window through `onzoom`; the math is lib/layout's (zoomAround, pinchDomain).
 * The wheel zooms only with Ctrl or ⌘ held (trackpad pinch sends that too); a plain wheel scrolls
 * the page and asks for a hint; mouse drag pans; one finger scrolls, two fingers pan and pinch.
 */
import type { Attachment } from 'svelte/attachments';
import { pinchDomain } from '$lib/layout/pinch';
import { zoomAround } from '$lib/layout/zoom';
import type { Domain } from '$lib/layout/types';

interface ZoomableOptions {
	/** The current window. */
	domain: () => Domain;
	/** The dataset's whole range (the window's bounds). */
	bounds: () => Domain;
	/** Plot width in px. */
	width: () => number;
	/** x of the scale's range start inside the element's box, px. */
	offset: () => number;
	onzoom: (domain: Domain) => void;
	/** A plain wheel over the plot: show the "Ctrl + scroll to zoom" hint. */
	onplainwheel?: () => void;
	/** No interaction at all (static embeds). */
	disabled?: boolean;
}

/** A drag shorter than this is a click, not a pan (px). */
const CLICK_SLOP = 4;

export function zoomable(opts: ZoomableOptions): Attachment<Element> {
	return (node) => {
		if (opts.disabled) return;
		const localX = (clientX: number) => clientX - node.getBoundingClientRect().left - opts.offset();
		const msAt = (x: number) => {
			const [d0, d1] = opts.domain();
			return d0 + (x / opts.width()) * (d1 - d0);
		};

		const wheel = (e: Event) => {
			const w = e as WheelEvent;
			if (!w.ctrlKey && !w.metaKey) return opts.onplainwheel?.();
			e.preventDefault();
			const lines = w.deltaMode === 1 ? 20 : w.deltaMode === 2 ? 400 : 1;
			const factor = Math.pow(2, (-w.deltaY * lines) / 300);
			opts.onzoom(zoomAround(opts.domain(), factor, msAt(localX(w.clientX)), opts.bounds()));
		};

		let drag: { id: number; x: number; domain: Domain; moved: boolean } | null = null;
		const down = (e: Event) => {
			const p = e as PointerEvent;
			if (p.pointerType !== 'mouse' || p.button !== 0 || localX(p.clientX) < -8) return;
			drag = { id: p.pointerId, x: p.clientX, domain: opts.domain(), moved: false };
		};
		const move = (e: Event) => {
			const p = e as PointerEvent;
			if (!drag || p.pointerId !== drag.id) return;
			const dx = p.clientX - drag.x;
			if (!drag.moved && Math.abs(dx) < CLICK_SLOP) return;
			if (!drag.moved) (node as Element).setPointerCapture?.(p.pointerId);
			drag.moved = true;
			const shift = (dx / opts.width()) * (drag.domain[1] - drag.domain[0]);
			opts.onzoom([drag.domain[0] - shift, drag.domain[1] - shift]);
		};
		const up = (e: Event) => {
			const p = e as PointerEvent;
			if (!drag || p.pointerId !== drag.id) return;
			// A pan that ends over a marker must not also select it.
			if (drag.moved) node.addEventListener('click', swallow, { capture: true, once: true });
			drag = null;
		};
		const swallow = (e: Event) => {
			e.preventDefault();
			e.stopPropagation();
		};

		let pinch: { domain: Domain; from: [number, number] } | null = null;
		const xs = (e: TouchEvent): [number, number] => [
			localX(e.touches[0]?.clientX ?? 0),
			localX(e.touches[1]?.clientX ?? 0)
		];
		const touch = (e: Event) => {
			const t = e as TouchEvent;
			pinch = t.touches.length === 2 ? { domain: opts.domain(), from: xs(t) } : null;
		};
		const touchmove = (e: Event) => {
			const t = e as TouchEvent;
			if (!pinch || t.touches.length !== 2) return;
			// Not cancelable once the browser is scrolling (a fling still running): it then ignores
			// the call and says so on the console.
			if (e.cancelable) e.preventDefault();
			opts.onzoom(pinchDomain(pinch.domain, opts.width(), pinch.from, xs(t)));
		};

		const on: [string, EventListener, AddEventListenerOptions][] = [
			['wheel', wheel, { passive: false }],
			['pointerdown', down, {}],
			['pointermove', move, {}],
			['pointerup', up, {}],
			['pointercancel', up, {}],
			['touchstart', touch, { passive: true }],
			['touchend', touch, { passive: true }],
			['touchmove', touchmove, { passive: false }]
		];
		for (const [type, fn, o] of on) node.addEventListener(type, fn, o);
		return () => {
			for (const [type, fn, o] of on) node.removeEventListener(type, fn, o);
		};
	};
}
