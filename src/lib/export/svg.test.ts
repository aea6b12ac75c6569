import { describe, expect, it } from 'vitest';
import { LANGS } from '$lib/data/schema';
import { windowToDomain } from '$lib/state/window';
import type { Domain } from '$lib/layout/types';
import { exportGeometry } from './geometry';
import { buildSvg, viewSvg } from './svg';
import { exportTexts } from './texts';
import { dataset, events, MESSAGES, xmlProblems } from '../../../tests/helpers/exportData';
import { escapeXml } from './xml';
import { PALETTES } from './palette';

const today = { y: 2026, m: 12, d: 1 };
const WINDOWS: [string, Domain][] = [
	['the whole history', windowToDomain('1886', '2012')!],
	['1996–2004', windowToDomain('1996', '2004')!],
	['1999', windowToDomain('1999-01', '1999-12')!]
];

describe.each(LANGS)('the SVG export in %s', (lang) => {
	const messages = MESSAGES[lang];

	describe.each(WINDOWS)('of %s', (_name, domain) => {
		const input = { dataset, events, domain, lang, messages, today };
		const geometry = exportGeometry(input);
		const texts = exportTexts(input);
		const { svg, width, height } = buildSvg({ geometry, texts });

		it('is one well-formed standalone <svg> with its size and view box', () => {
			expect(xmlProblems(svg)).toEqual([]);
			expect(svg).toMatch(
				/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /
			);
			expect(svg).toContain(`width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`);
			expect(width).toBe(1200);
			expect(svg).toContain(`xml:lang="${lang}"`);
			expect(svg).toContain(`<title>${escapeXml(texts.title)}</title>`);
			// Plain text: the isolation marks of the page's sentences stay on the page.
			expect(svg).not.toMatch(/[\u2068\u2069]/);
			expect(texts.legend.map((e) => e.text).join('')).not.toMatch(/[\u2068\u2069]/);
		});

		it('holds every visible label, lane name, tick, legend text and the source line', () => {
			const expected = [
				...geometry.labels.filter((l) => l.visible).map((l) => l.text),
				...geometry.delayLabels.map((l) => l.text),
				...geometry.laneLabels.flatMap((l) => l.lines),
				...geometry.ticks.filter((t) => t.label).map((t) => t.label),
				texts.legendTitle,
				...texts.legend.map((e) => e.text),
				texts.subtitle
			];
			for (const text of expected) expect(svg).toContain(`>${escapeXml(text)}<`);
			// The footer wraps to the width: compare its words.
			const words = (s: string) => escapeXml(s).split(/\s+/);
			for (const w of [...words(texts.source), ...words(texts.exported)]) expect(svg).toContain(w);
		});

		it('uses literal colours and no external reference of any kind', () => {
			const body = svg.replace('xmlns="http://www.w3.org/2000/svg"', '');
			for (const bad of [
				'var(',
				'http',
				'<image',
				'foreignObject',
				'url(',
				'href',
				'light-dark',
				'<script',
				'<style'
			]) {
				expect(body).not.toContain(bad);
			}
			expect(svg).toMatch(/fill="#[0-9a-f]{6}"/);
		});

		it('draws every marker in the window, hollow and dashed when it is not a record', () => {
			const inWindow = geometry.markers.filter((m) => m.x >= 0 && m.x <= geometry.plotWidth);
			const uncertain = inWindow.filter((m) => m.evidence !== 'record').length;
			const dashed = svg.match(/stroke-dasharray="3 2"/g)?.length ?? 0;
			// Plus one: the legend's sample of the uncertain mark.
			expect(dashed).toBe(uncertain + 1);
			expect(svg.match(/<path /g)?.length).toBe(inWindow.length + 9);
		});
	});
});

describe('the SVG export', () => {
	const domain = windowToDomain('1886', '2012')!;
	const input = { dataset, events, domain, lang: 'en' as const, messages: MESSAGES.en, today };

	it('states the source, data version, check date, licence and export date', () => {
		const texts = exportTexts(input);
		expect(texts.source).toBe(
			'Source: WIPO copyright and related-rights treaties and Kazakhstan, 1886–2012, data version 1.1.0, checked as of 6 December 2026; CC BY 4.0'
		);
		expect(texts.exported).toBe('Exported on 1 December 2026');
		expect(texts.subtitle).toBe('Visible window: 1886 to 2012');
	});

	it('has the legend of the page: eight kinds, the uncertain mark, the ≤/≈ note and the delay bar', () => {
		const { legend } = exportTexts(input);
		expect(legend.map((e) => e.mark)).toEqual([
			'adoption',
			'entry-into-force',
			'revision',
			'party-signature',
			'party-instrument',
			'party-entry-into-force',
			'domestic-act',
			'context',
			'uncertain',
			null,
			'delay'
		]);
		expect(legend[9]?.text).toBe('≤ on or before; ≈ about');
	});

	it('escapes a hostile label, title and lane name instead of letting markup in', () => {
		const hostile = '<img src=x onerror=alert(1)>';
		const geometry = exportGeometry(input);
		const label = geometry.labels.find((l) => l.visible)!;
		label.text = hostile;
		geometry.laneLabels[0]!.lines = [`"Berne" & 'Co' ${hostile}`];
		const texts = { ...exportTexts(input), title: hostile };
		const { svg } = buildSvg({ geometry, texts });
		expect(xmlProblems(svg)).toEqual([]);
		expect(svg).not.toContain('<img');
		expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(svg).toContain('&quot;Berne&quot; &amp; &apos;Co&apos;');
	});

	it('builds the same image in one call from the view', () => {
		expect(viewSvg(input).svg).toBe(
			buildSvg({ geometry: exportGeometry(input), texts: exportTexts(input) }).svg
		);
	});

	it('draws in the page’s theme: only the colours of its palette, the theme’s own', () => {
		const colours = (svg: string) =>
			new Set([...svg.matchAll(/(?:fill|stroke)="(#[0-9a-f]+)"/g)].map((m) => m[1]!));
		const values = ({ kinds, ...tokens }: (typeof PALETTES)['light']) => [
			...Object.values(tokens),
			...Object.values(kinds)
		];
		expect(viewSvg(input).svg).toBe(viewSvg({ ...input, scheme: 'light' }).svg);
		for (const scheme of ['light', 'dark'] as const) {
			const used = colours(viewSvg({ ...input, scheme }).svg);
			const own = values(PALETTES[scheme]);
			expect(
				[...used].filter((c) => !own.includes(c)),
				scheme
			).toEqual([]);
			expect(used).toContain(PALETTES[scheme].bg);
			expect(used).toContain(PALETTES[scheme].kinds['party-entry-into-force']);
		}
	});

	it('grows taller, never wider, when a title or source line needs more than one line', () => {
		const long = { ...dataset, title: { en: 'A very long title '.repeat(20).trim() } };
		const a = viewSvg(input);
		const b = viewSvg({ ...input, dataset: long });
		expect(b.width).toBe(a.width);
		expect(b.height).toBeGreaterThan(a.height);
	});
});

describe('xmlProblems (the test’s own checker)', () => {
	it.each([
		['<a><b></a>', '</a> closes <b>'],
		['<a>1 < 2</a>', 'raw < at: < 2</a>'],
		['<a>A & B</a>', 'bare & in text: A & B'],
		['<a x="1" x="2"/>', 'repeated attribute x on <a>'],
		['<a><b>', 'unclosed: a > b']
	])('finds the problem in %s', (xml, problem) => {
		expect(xmlProblems(xml)).toContain(problem);
	});

	it('accepts well-formed XML with entities', () => {
		expect(xmlProblems('<?xml version="1.0"?>\n<a x="&quot;"><b/>A &amp; B &#169;</a>\n')).toEqual(
			[]
		);
	});
});
