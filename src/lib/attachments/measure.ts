/**
 * Text width in the browser: a canvas `measureText` with the page's font, cached; falls back to
 * the width table where there is no canvas (jsdom).
 */
import { estimateTextWidth } from '$lib/layout/textWidth';
import type { Measure } from '$lib/layout/types';

export function createMeasure(fontFamily: string): Measure {
	let ctx: CanvasRenderingContext2D | null = null;
	try {
		ctx =
			typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
	} catch {
		ctx = null;
	}
	if (!ctx) return estimateTextWidth;
	const cache = new Map<string, number>();
	const c = ctx;
	return (text, px) => {
		const key = `${px}|${text}`;
		let w = cache.get(key);
		if (w === undefined) {
			c.font = `${px}px ${fontFamily}`;
			// A little slack for sub-pixel rounding between canvas and SVG text.
			w = Math.ceil(c.measureText(text).width) + 1;
			cache.set(key, w);
		}
		return w;
	};
}
