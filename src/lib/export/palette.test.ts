import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '$lib/data/schema';
import { KIND_COLOURS, PALETTE } from './palette';

/** `--name: light-dark(#light, #dark)` pairs of src/app.css: name → light value. */
function lightTokens(): Map<string, string> {
	const css = readFileSync(new URL('../../app.css', import.meta.url), 'utf8');
	const out = new Map<string, string>();
	for (const m of css.matchAll(/--([\w-]+):\s*light-dark\(\s*(#[0-9a-fA-F]{3,8})\s*,/g)) {
		out.set(m[1]!, m[2]!.toLowerCase());
	}
	return out;
}

describe('the export palette', () => {
	const tokens = lightTokens();

	it('matches the light theme of app.css for every token it uses', () => {
		for (const [name, value] of Object.entries(PALETTE)) expect(value, name).toBe(tokens.get(name));
	});

	it('has the light-theme colour of every event kind', () => {
		for (const kind of EVENT_KINDS) expect(KIND_COLOURS[kind], kind).toBe(tokens.get(`k-${kind}`));
	});
});
