/**
 * The layout layer's public surface: pure functions from (data, size, view) to plain geometry that
 * components only loop over. D3 math modules only; no DOM, no Svelte.
 */
export type * from './types';
export { createTimeScale, pxPerMs, type TimeScale } from './timeScale';
export { englishDateFormat, formatDay, shortDateLabel, YEAR_LABEL_SPAN_MS } from './format';
export { timeTicks } from './ticks';
export { layoutLanes, lanesHeight, laneCentre, CONTEXT_LANE_ID, type LaneOptions } from './lanes';
export { layoutMarkers, isPartyKind, type MarkerOptions } from './markers';
export { clusterMarkers } from './clusters';
export { estimateTextWidth, charWidthEm, OVERESTIMATE, DEFAULT_EM } from './textWidth';
export { placeLabels, labelPriority, type PlaceLabelsOptions } from './labels';
export {
	MIN_SPAN_MS,
	domainOfDates,
	clampDomain,
	zoomAround,
	panBy,
	domainToTransform,
	transformToDomain,
	scaleExtentFor,
	type ZoomTransform
} from './zoom';
export { firstEvent, lastEvent, nextEvent, laneNeighbour } from './navigation';
export { layoutDelayBars, type FormatDelay } from './delayBars';
