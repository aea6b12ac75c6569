/**
 * Horizontal lanes, one per treaty, then one thinner lane for context events. A lane's `index` is
 * the `lane` that orderEvents gives its events (treaty order; context = number of treaties).
 */
import type { Lane } from './types';

/** The id of the context lane (a treaty id is a slug and could equal it; validation should forbid). */
export const CONTEXT_LANE_ID = 'context';

export interface LaneOptions {
	/** Add the context lane (default true); false when there are no context events to show. */
	context?: boolean;
	/** y of the first lane's top edge (default 0). */
	top?: number;
	laneHeight: number;
	contextHeight: number;
}

/**
 * Stacks treaty lanes top to bottom, then the context lane.
 * @example layoutLanes(['berne', 'rome'], { laneHeight: 40, contextHeight: 24 })
 * // [{id: 'berne', type: 'treaty', index: 0, y: 0, height: 40}, {id: 'rome', …, y: 40},
 * //  {id: 'context', type: 'context', index: 2, y: 80, height: 24}]
 */
export function layoutLanes(treatyIds: readonly string[], opts: LaneOptions): Lane[] {
	const { top = 0, laneHeight, contextHeight } = opts;
	const lanes: Lane[] = treatyIds.map((id, index) => ({
		id,
		type: 'treaty',
		index,
		y: top + index * laneHeight,
		height: laneHeight
	}));
	const index = treatyIds.length;
	if (opts.context === false) return lanes;
	lanes.push({
		id: CONTEXT_LANE_ID,
		type: 'context',
		index,
		y: top + index * laneHeight,
		height: contextHeight
	});
	return lanes;
}

/**
 * The y of the bottom edge of the lowest lane (so it includes `top`); 0 for no lanes.
 * @example lanesHeight(layoutLanes(['berne'], { top: 10, laneHeight: 40, contextHeight: 24 })) // 74
 */
export function lanesHeight(lanes: readonly Lane[]): number {
	let bottom = 0;
	for (const lane of lanes) bottom = Math.max(bottom, lane.y + lane.height);
	return bottom;
}

/**
 * A treaty lane has two rows: the treaty's own events above, the party's below (a context lane
 * has one, its middle). Returns a row's centre line, px.
 * @example rowY({ id: 'berne', type: 'treaty', index: 0, y: 0, height: 60 }, 'party') // 36
 */
export function rowY(lane: Lane, row: 'treaty' | 'party'): number {
	if (lane.type === 'context') return lane.y + lane.height / 2;
	// The party's row leaves room under it for a label (narrow screens put dates there).
	return Math.round(lane.y + lane.height * (row === 'treaty' ? 0.3 : 0.6));
}
