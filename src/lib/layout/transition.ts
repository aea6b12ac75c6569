/**
 * Animated moves between two windows (presentation steps): d3's smooth zoom path (van Wijk and
 * Nuij, "Smooth and efficient zooming and panning") in one dimension. A step from the whole range
 * to a two-year window zooms in around its target; a step between two distant narrow windows
 * zooms out, pans and zooms back in, so the reader sees where the view went.
 */
import type { Domain } from './types';

const RHO = Math.SQRT2;

/**
 * d3-interpolate's `interpolateZoom` (ISC, Mike Bostock) restricted to one axis: the centre and
 * width of the view at progress t, and the path length (d3's `duration` in seconds).
 */
function smoothZoom(c0: number, w0: number, c1: number, w1: number) {
	const d = Math.abs(c1 - c0);
	const dir = Math.sign(c1 - c0);
	if (d < 1e-6 * Math.max(w0, w1)) {
		const S = Math.log(w1 / w0) / RHO;
		return {
			at: (t: number): [number, number] => [c0 + t * (c1 - c0), w0 * Math.exp(RHO * t * S)],
			length: Math.abs(S)
		};
	}
	const rho2 = RHO * RHO;
	const b0 = (w1 * w1 - w0 * w0 + rho2 * rho2 * d * d) / (2 * w0 * rho2 * d);
	const b1 = (w1 * w1 - w0 * w0 - rho2 * rho2 * d * d) / (2 * w1 * rho2 * d);
	const r0 = Math.log(Math.sqrt(b0 * b0 + 1) - b0);
	const r1 = Math.log(Math.sqrt(b1 * b1 + 1) - b1);
	const S = (r1 - r0) / RHO;
	return {
		at(t: number): [number, number] {
			const s = t * S;
			const u = (w0 / (rho2 * d)) * (Math.cosh(r0) * Math.tanh(RHO * s + r0) - Math.sinh(r0));
			return [c0 + dir * u * d, (w0 * Math.cosh(r0)) / Math.cosh(RHO * s + r0)];
		},
		length: S
	};
}

interface DomainTransition {
	/** The window at progress t in [0, 1]: exactly `from` at 0 and `to` at 1. */
	at: (t: number) => Domain;
	/** A comfortable duration in ms for this move (longer for longer paths), 350–1400 ms. */
	duration: number;
}

/**
 * @example domainTransition([0, 100], [40, 60]).at(1) // [40, 60]
 */
export function domainTransition(from: Domain, to: Domain): DomainTransition {
	const w0 = Math.max(from[1] - from[0], 1);
	const w1 = Math.max(to[1] - to[0], 1);
	const zoom = smoothZoom((from[0] + from[1]) / 2, w0, (to[0] + to[1]) / 2, w1);
	const same = from[0] === to[0] && from[1] === to[1];
	return {
		at(t) {
			if (t <= 0) return from;
			if (t >= 1) return to;
			const [cx, w] = zoom.at(t);
			return [cx - w / 2, cx + w / 2];
		},
		// d3's duration (1 s per unit of path length) shortened, and kept within bounds.
		duration: same ? 0 : Math.min(1400, Math.max(350, zoom.length * 600))
	};
}

/** Cubic ease-in-out: slow start and end, for the presenter's moves. */
export const easeInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);
