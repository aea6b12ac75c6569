/**
 * Text width in the browser: a canvas `measureText` with the page's font at a weight, cached (the
 * cache holds the last few thousand texts: a page that measures many long texts does not keep them
 * all); falls back to the width table where there is no canvas (jsdom).
 */
import { estimateTextWidth } from '$lib/layout/textWidth';
import type { Measure } from '$lib/layout/types';

const CACHED = 2000;

export function createMeasure(fontFamily: string, weight = 400): Measure {
	let ctx: CanvasRenderingContext2D | null = null;
	try {
		ctx =
			typeof document !== 'undefined' ? document.createElement('canvas').getContext('2d') : null;
	} catch {
		ctx = null;
	}
	if (!ctx) return (text, px) => estimateTextWidth(text, px) * (weight > 500 ? 1.08 : 1);
	const cache = new Map<string, number>();
	const c = ctx;
	return (text, px) => {
		const key = `${px}|${text}`;
		let w = cache.get(key);
		if (w === undefined) {
			c.font = `${weight} ${px}px ${fontFamily}`;
			// A little slack for sub-pixel rounding between canvas and SVG text.
			w = Math.ceil(c.measureText(text).width) + 1;
			if (cache.size >= CACHED) cache.delete(cache.keys().next().value as string);
			cache.set(key, w);
		}
		return w;
	};
}
