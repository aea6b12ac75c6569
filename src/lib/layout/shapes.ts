/**
 * Marker shapes per event kind, as SVG path strings centred on (0, 0). Shape and colour both encode
 * the kind, so readers who cannot tell the colours apart still can tell the shapes.
 */
import type { EventKind } from '$lib/data/schema';

const f = (n: number) => Math.round(n * 100) / 100;
const poly = (pts: [number, number][]) =>
	'M' + pts.map(([x, y]) => `${f(x)},${f(y)}`).join('L') + 'Z';
const circle = (r: number) =>
	`M${f(r)},0A${f(r)},${f(r)},0,1,1,${f(-r)},0A${f(r)},${f(r)},0,1,1,${f(r)},0Z`;
/** Regular star or polygon: `n` points, alternating outer radius `r` and inner radius `ri`. */
const star = (n: number, r: number, ri: number) =>
	poly(
		Array.from({ length: n * 2 }, (_, i) => {
			const a = (Math.PI * i) / n - Math.PI / 2;
			const rr = i % 2 ? ri : r;
			return [rr * Math.cos(a), rr * Math.sin(a)];
		})
	);

const SHAPES: Record<EventKind, (r: number) => string> = {
	adoption: circle,
	'entry-into-force': (r) =>
		poly([
			[0, -r * 1.25],
			[r * 1.05, 0],
			[0, r * 1.25],
			[-r * 1.05, 0]
		]),
	revision: (r) =>
		poly([
			[-r * 0.85, -r * 0.85],
			[r * 0.85, -r * 0.85],
			[r * 0.85, r * 0.85],
			[-r * 0.85, r * 0.85]
		]),
	'party-signature': (r) => star(3, r * 1.2, r * 0.45),
	'party-instrument': (r) =>
		poly([
			[0, -r * 1.15],
			[r * 1.1, r * 0.8],
			[-r * 1.1, r * 0.8]
		]),
	'party-entry-into-force': (r) => star(5, r * 1.35, r * 0.6),
	'domestic-act': (r) => {
		const a = r * 0.38;
		const b = r * 1.05;
		return poly([
			[-a, -b],
			[a, -b],
			[a, -a],
			[b, -a],
			[b, a],
			[a, a],
			[a, b],
			[-a, b],
			[-a, a],
			[-b, a],
			[-b, -a],
			[-a, -a]
		]);
	},
	context: (r) => circle(r * 0.7)
};

const cache = new Map<string, string>();

/**
 * The path of a kind's marker at radius `r` (px; by default the timeline's: 7, a context mark 6).
 * @example markerPath('revision', 10) // 'M-8.5,-8.5L8.5,-8.5L8.5,8.5L-8.5,8.5Z'
 */
export function markerPath(kind: EventKind, r = kind === 'context' ? 6 : 7): string {
	const key = `${kind}:${r}`;
	if (!cache.has(key)) cache.set(key, SHAPES[kind](r));
	return cache.get(key)!;
}
