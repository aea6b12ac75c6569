/**
 * Keyboard moves between the compare view's dots (one tab stop, roving): ←/→ to the previous or
 * next party in time on the same strip, ↑/↓ to the nearest dot of the strip above or below,
 * Home/End to a strip's first and last party.
 */
import type { Strip } from './compareGeometry';

export interface DotRef {
	treaty: string;
	iso: string;
}

/**
 * The dot a key moves to, or null when the key is not ours or there is nowhere to go.
 * @example stepDot(strips, { treaty: 'berne', iso: 'KZ' }, 'ArrowDown') // { treaty: 'rome', iso: … }
 */
export function stepDot(strips: readonly Strip[], at: DotRef, key: string): DotRef | null {
	const s = strips.findIndex((st) => st.treaty === at.treaty);
	const strip = strips[s];
	if (!strip) return null;
	// Dots in time order; a stack's dots from the bottom up.
	const dots = [...strip.dots].sort((a, b) => a.x - b.x || b.y - a.y);
	const i = dots.findIndex((d) => d.iso === at.iso);
	const here = dots[i];
	const ref = (st: Strip, iso: string | undefined) => (iso ? { treaty: st.treaty, iso } : null);
	switch (key) {
		case 'ArrowLeft':
			return i > 0 ? ref(strip, dots[i - 1]?.iso) : null;
		case 'ArrowRight':
			return i >= 0 && i < dots.length - 1 ? ref(strip, dots[i + 1]?.iso) : null;
		case 'Home':
			return ref(strip, dots[0]?.iso);
		case 'End':
			return ref(strip, dots.at(-1)?.iso);
		case 'ArrowUp':
		case 'ArrowDown': {
			const dir = key === 'ArrowUp' ? -1 : 1;
			// The next strip that has a dot in the window; the same country if it has one there.
			for (let j = s + dir; j >= 0 && j < strips.length; j += dir) {
				const next = strips[j]!;
				if (!next.dots.length) continue;
				const same = next.dots.find((d) => d.iso === at.iso);
				if (same) return ref(next, same.iso);
				const x = here?.x ?? 0;
				const near = next.dots.reduce((a, b) => (Math.abs(b.x - x) < Math.abs(a.x - x) ? b : a));
				return ref(next, near.iso);
			}
			return null;
		}
		default:
			return null;
	}
}
