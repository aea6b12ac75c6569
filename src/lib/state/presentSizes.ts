/**
 * The presenter's chart sizes, from the screen's height: type that the back of a lecture hall can
 * read (no text under about 1.6 % of the height) and lanes tall enough that the chart takes about
 * half the screen.
 */

/** Share of the screen's height the chart (its lanes and axis) is sized to take. */
export const CHART_SHARE = 0.5;
/** The chart's height besides its lanes, px: the lanes' padding (4 + 4) and the axis (30). */
const CHROME = 38;

/**
 * @example presentSizes(1080, 6, true) // { labelPx: 18, lanePx: 20, laneHeight: 75, contextHeight: 52 }
 * @example presentSizes(720, 6, true) // { labelPx: 12, lanePx: 13, laneHeight: 48, contextHeight: 34 }
 */
export function presentSizes(height: number, treaties: number, context: boolean) {
	const lanes = Math.max(1, treaties) + (context ? 0.7 : 0);
	const lane = (height * CHART_SHARE - CHROME) / lanes;
	return {
		labelPx: Math.max(12, Math.round(height * 0.0167)),
		lanePx: Math.max(13, Math.round(height * 0.0185)),
		// Two rows a lane: never so flat that a row's marks and labels touch the other's.
		laneHeight: Math.max(48, Math.round(lane)),
		contextHeight: Math.max(34, Math.round(lane * 0.7))
	};
}
