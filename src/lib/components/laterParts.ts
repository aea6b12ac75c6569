/**
 * What the timeline draws once its lanes are painted (Timeline.svelte, `painted`): the overview
 * strip and the legend, as one chunk requested then, after the first frame.
 */
export { default as legend } from './Legend.svelte';
export { default as overview } from './Overview.svelte';
