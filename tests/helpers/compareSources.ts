/** The tables the compare data is derived from, as the repository keeps them (data/). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CompareSources } from '../../src/lib/compare/derive';

export const readRepo = (path: string) =>
	readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');

export function readCompareSources(): CompareSources {
	return {
		wipo: readRepo('data/wipo-membership/membership-to-copyright-treaties.csv'),
		countries: readRepo('data/countries.csv'),
		independence: readRepo('data/ussr-independence.csv'),
		groups: JSON.parse(readRepo('data/peer-groups.json'))
	};
}
