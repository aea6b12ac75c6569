/**
 * The timeline's keymap as a pure function: a key press and the current event give an action.
 * Left/Right: previous/next in time order; Up/Down: nearest event in the lane above/below;
 * Home/End; Enter/Space open; Esc closes; + and - zoom; Shift+Left/Right pan.
 */
import type { TimelineEvent } from '$lib/data/events';
import { laneNeighbour, nextEvent } from '$lib/layout/navigation';

type KeyAction =
	| { type: 'focus'; id: string }
	| { type: 'open' }
	| { type: 'close' }
	| { type: 'zoom'; factor: number }
	| { type: 'pan'; fraction: number };

type KeyLike = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>;

/**
 * @example keyTarget({key: 'ArrowRight', …}, events, 'berne-adoption', 7) // {type: 'focus', id: 'berne-entry-into-force'}
 */
export function keyTarget(
	e: KeyLike,
	events: readonly TimelineEvent[],
	activeId: string | null,
	laneCount: number
): KeyAction | null {
	if (e.ctrlKey || e.metaKey || e.altKey) return null;
	const focus = (ev: TimelineEvent | null): KeyAction | null =>
		ev ? { type: 'focus', id: ev.id } : null;
	switch (e.key) {
		case 'ArrowRight':
			return e.shiftKey ? { type: 'pan', fraction: 0.2 } : focus(nextEvent(events, activeId, 1));
		case 'ArrowLeft':
			return e.shiftKey ? { type: 'pan', fraction: -0.2 } : focus(nextEvent(events, activeId, -1));
		case 'ArrowUp':
			return activeId ? focus(laneNeighbour(events, activeId, -1, laneCount)) : null;
		case 'ArrowDown':
			return activeId ? focus(laneNeighbour(events, activeId, 1, laneCount)) : null;
		case 'Home':
			return focus(events[0] ?? null);
		case 'End':
			return focus(events.at(-1) ?? null);
		case 'Enter':
		case ' ':
			return activeId ? { type: 'open' } : null;
		case 'Escape':
			return { type: 'close' };
		case '+':
		case '=':
			return { type: 'zoom', factor: 2 };
		case '-':
		case '_':
			return { type: 'zoom', factor: 0.5 };
		default:
			return null;
	}
}
