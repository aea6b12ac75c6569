import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '$lib/data/schema';
import { PALETTES } from './palette';

/** `--name: light-dark(#light, #dark)` pairs of src/app.css: name → [light, dark]. */
function tokens(): Map<string, [string, string]> {
	const css = readFileSync(new URL('../../app.css', import.meta.url), 'utf8');
	const out = new Map<string, [string, string]>();
	const pair = /--([\w-]+):\s*light-dark\(\s*(#[0-9a-fA-F]{3,8})\s*,\s*(#[0-9a-fA-F]{3,8})\s*\)/g;
	for (const m of css.matchAll(pair)) out.set(m[1]!, [m[2]!.toLowerCase(), m[3]!.toLowerCase()]);
	return out;
}

describe('the export palettes', () => {
	const css = tokens();

	it.each([
		['light', 0],
		['dark', 1]
	] as const)('match the %s half of app.css for every token and kind', (scheme, half) => {
		const { kinds, ...rest } = PALETTES[scheme];
		for (const [name, value] of Object.entries(rest))
			expect(value, name).toBe(css.get(name)?.[half]);
		for (const kind of EVENT_KINDS) expect(kinds[kind], kind).toBe(css.get(`k-${kind}`)?.[half]);
	});

	it('differ between the themes in every colour', () => {
		const { kinds: lk, ...light } = PALETTES.light;
		const { kinds: dk, ...dark } = PALETTES.dark;
		for (const key of Object.keys(light) as (keyof typeof light)[])
			expect(dark[key], key).not.toBe(light[key]);
		for (const kind of EVENT_KINDS) expect(dk[kind], kind).not.toBe(lk[kind]);
	});
});
