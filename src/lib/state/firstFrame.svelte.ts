/**
 * Whether the first view is on screen. The first view's later parts (viewParts.ts: header
 * actions, source line, search box, filters) are requested only then, so that what the page
 * fetches before its first frame is what that frame draws (issue 9); until they are in, each
 * shows an inert outline of its own size (Header.svelte, App.svelte), as a server-rendered page
 * shows its buttons before its script has run.
 */
let painted = $state(false);
let held = $state(false);
let settled = $state(false);

export const firstFrame = {
	get painted(): boolean {
		return painted;
	},
	/**
	 * The app is drawn unseen (a big `?data=` dataset whose rules a worker is still checking,
	 * App.svelte): the timeline does not count its frame as the first painted one until released.
	 */
	get held(): boolean {
		return held;
	},
	hold(): void {
		held = true;
	},
	release(): void {
		held = false;
	},
	/** The timeline's lanes are painted (or the app's first view is another one, or it is late). */
	done(): void {
		painted = true;
	},
	/**
	 * The first view is whole: the parts that follow the lanes (overview strip, legend) are in too.
	 * An embed tells its host page its height from then on, so that its frame is resized once as
	 * it loads, not once for the lanes and again for those parts (App.svelte).
	 */
	get settled(): boolean {
		return settled;
	},
	settle(): void {
		settled = true;
	}
};
