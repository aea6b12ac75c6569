/**
 * Whether the first view is on screen. The first view's later parts (viewParts.ts: header
 * actions, source line, search box, filters) are requested only then, so that what the page
 * fetches before its first frame is what that frame draws (issue 9); until they are in, each
 * shows an inert outline of its own size (Header.svelte, App.svelte), as a server-rendered page
 * shows its buttons before its script has run.
 */
let painted = $state(false);

export const firstFrame = {
	get painted(): boolean {
		return painted;
	},
	/** The timeline's lanes are painted (or the app's first view is another one, or it is late). */
	done(): void {
		painted = true;
	}
};
