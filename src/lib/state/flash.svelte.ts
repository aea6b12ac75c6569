/**
 * A note shown for a moment (the wheel's zoom hint, "Link copied"): `show()` shows it, or keeps it
 * up, until `ms` after the last call.
 * @example const copied = new Flash(2500); copied.show(); … {#if copied.on}…{/if}
 */
export class Flash {
	on = $state(false);
	#ms: number;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(ms: number) {
		this.#ms = ms;
	}

	show() {
		this.on = true;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => (this.on = false), this.#ms);
	}
}
