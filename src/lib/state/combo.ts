/**
 * The search box's keys and where a chosen event moves the window: the part of search that the
 * first view carries (the index and matching, search.ts, load when the box is first used).
 */
import type { Domain } from '$lib/layout/types';

/**
 * The window moved (same span) to centre `ms`, or null when `ms` is already well inside it.
 * @example revealDomain([0, 100], 150) // [100, 200]
 */
export function revealDomain([a, b]: Domain, ms: number, margin = 0.05): Domain | null {
	const span = b - a;
	if (ms >= a + span * margin && ms <= b - span * margin) return null;
	return [ms - span / 2, ms + span / 2];
}

type ComboAction =
	| { type: 'move'; to: number }
	| { type: 'choose'; index: number }
	| { type: 'close' }
	| { type: 'clear' };

/**
 * The search combobox's keys (WAI-ARIA APG, list autocomplete): ↑/↓ move through the `count`
 * options from `active` (−1: none), wrapping; Enter chooses the active option, or the first;
 * Esc closes the list (`shown`: a list or a "nothing found" is showing), else clears the text.
 * @example comboKey('ArrowUp', { active: -1, count: 3, shown: true, text: true }) // { type: 'move', to: 2 }
 */
export function comboKey(
	key: string,
	s: { active: number; count: number; shown: boolean; text: boolean }
): ComboAction | null {
	const n = s.count;
	if (key === 'ArrowDown' && n) return { type: 'move', to: (s.active + 1) % n };
	if (key === 'ArrowUp' && n) return { type: 'move', to: s.active <= 0 ? n - 1 : s.active - 1 };
	if (key === 'Enter' && s.shown && n) return { type: 'choose', index: Math.max(0, s.active) };
	if (key === 'Escape') return s.shown ? { type: 'close' } : s.text ? { type: 'clear' } : null;
	return null;
}
