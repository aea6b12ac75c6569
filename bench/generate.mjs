// Synthetic datasets for the benchmark, in exactly the shapes of data/kazakhstan.json (see
// data/README.md and src/lib/data/schema.ts), so that they pass the app's validator with no issue:
// every Text in en/ru/kk, treaties `t{i}`, events `t{i}-e{j}` with kinds cycling in time order
// through adoption → entry-into-force → party-instrument (with its instrument) →
// party-entry-into-force, evidence `record`, sources ["s1"], day-precision dates spread over
// 1886–2012 (seeded, so every run draws the same datasets).
//
//   node bench/generate.mjs <out-dir>     writes n1000.json, n5000.json, n5000-l200.json
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The generated datasets: events in how many treaties (lanes). */
export const SPECS = [
	{ name: 'n1000', events: 1000, treaties: 20 },
	{ name: 'n5000', events: 5000, treaties: 20 },
	{ name: 'n5000-l200', events: 5000, treaties: 200 }
];

const KINDS = ['adoption', 'entry-into-force', 'party-instrument', 'party-entry-into-force'];
const INSTRUMENTS = ['accession', 'ratification'];
const CATEGORIES = ['institutional', 'copyright', 'related-rights'];
const DAY = 86_400_000;
const FIRST = Date.UTC(1886, 0, 1);
const DAYS = Math.round((Date.UTC(2013, 0, 1) - FIRST) / DAY);

/** mulberry32: a small seeded PRNG, so the datasets are the same on every run. */
function random(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const iso = (day) => new Date(FIRST + day * DAY).toISOString().slice(0, 10);

/**
 * One dataset of `events` events spread evenly over `treaties` treaties.
 * @param {{events: number, treaties: number, seed?: number}} spec
 */
export function generateDataset({ events, treaties, seed = 1 }) {
	const rnd = random(seed * 7919 + events + treaties);
	const list = [];
	for (let i = 0; i < treaties; i++) {
		const count = Math.floor(events / treaties) + (i < events % treaties ? 1 : 0);
		const days = Array.from({ length: count }, () => Math.floor(rnd() * DAYS)).sort(
			(a, b) => a - b
		);
		const n = i + 1;
		list.push({
			id: `t${n}`,
			name: {
				en: `Benchmark Convention No. ${n}`,
				ru: `Конвенция для замеров № ${n}`,
				kk: `Өлшеуге арналған № ${n} конвенция`
			},
			shortName: { en: `Treaty ${n}`, ru: `Договор ${n}`, kk: `Шарт ${n}` },
			category: CATEGORIES[i % CATEGORIES.length],
			administeredBy: ['WIPO'],
			depositary: {
				en: 'Director General of WIPO',
				ru: 'Генеральный директор ВОИС',
				kk: 'ДЗМҰ Бас директоры'
			},
			events: days.map((day, j) => {
				const kind = KINDS[j % KINDS.length];
				return {
					id: `t${n}-e${j + 1}`,
					kind,
					date: iso(day),
					evidence: 'record',
					...(kind === 'party-instrument'
						? { instrument: INSTRUMENTS[Math.floor(j / KINDS.length) % INSTRUMENTS.length] }
						: {}),
					sources: ['s1']
				};
			})
		});
	}
	return {
		schemaVersion: 1,
		version: '1.0.0',
		checkedAsOf: '2026-11-28',
		title: {
			en: `Benchmark: ${events} events in ${treaties} treaties, 1886–2012`,
			ru: `Замер: ${events} событий в ${treaties} договорах, 1886–2012`,
			kk: `Өлшеу: ${treaties} шарттағы ${events} оқиға, 1886–2012`
		},
		description: {
			en: 'Generated data for the performance benchmark; not real treaty facts.',
			ru: 'Сгенерированные данные для замера производительности; не настоящие факты.',
			kk: 'Өнімділікті өлшеуге арналған жасанды деректер; нақты фактілер емес.'
		},
		license: 'CC BY 4.0',
		party: {
			id: 'KZ',
			name: { en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан' },
			nameGenitive: { en: 'Kazakhstan', ru: 'Казахстана', kk: 'Қазақстан' }
		},
		range: { from: '1886', to: '2012' },
		sources: [
			{
				id: 's1',
				title: 'Generated benchmark record',
				publisher: 'Treaty Timeline benchmark',
				tier: 'A'
			}
		],
		treaties: list,
		context: []
	};
}

/**
 * Writes every dataset of SPECS into `dir` (tab-indented like data/kazakhstan.json).
 * @returns {{name: string, file: string, events: number, treaties: number}[]}
 */
export function writeDatasets(dir) {
	mkdirSync(dir, { recursive: true });
	return SPECS.map((spec) => {
		const file = join(dir, `${spec.name}.json`);
		writeFileSync(file, JSON.stringify(generateDataset(spec), null, '\t') + '\n');
		return { ...spec, file };
	});
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const dir = process.argv[2];
	if (!dir) {
		console.error('usage: node bench/generate.mjs <out-dir>');
		process.exit(1);
	}
	for (const d of writeDatasets(dir))
		console.log(`${d.file}: ${d.events} events, ${d.treaties} treaties`);
}
