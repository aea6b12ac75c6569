import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LANGS } from '../../src/lib/data/schema';
import { downloadBlob } from '../../src/lib/export/download';
import { svgDataUrl } from '../../src/lib/export/png';
import { viewSvg } from '../../src/lib/export/svg';
import { dataset, events, MESSAGES } from '../helpers/exportData';
import { windowToDomain } from '../../src/lib/state/window';
import Harness from './harness/DownloadMenu.svelte';

const today = { y: 2026, m: 12, d: 1 };

/** A blob's text, BOM kept (jsdom's Blob has no text() or arrayBuffer()). */
function read(blob: Blob): Promise<string> {
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () =>
			resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer));
		reader.onerror = () => reject(reader.error);
		reader.readAsArrayBuffer(blob);
	});
}
const domain = windowToDomain('1886', '2012')!;

describe.each(LANGS)('the exported SVG in %s, parsed by DOMParser', (lang) => {
	const { svg, width, height } = viewSvg({
		dataset,
		events,
		domain,
		lang,
		messages: MESSAGES[lang],
		today
	});
	const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');

	it('is well-formed SVG with its size', () => {
		expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
		const root = doc.documentElement;
		expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
		expect(root.localName).toBe('svg');
		expect(root.getAttribute('width')).toBe(String(width));
		expect(root.getAttribute('height')).toBe(String(height));
		expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
	});

	it('has a title, text in the language, and no element that could reach out', () => {
		expect(doc.querySelector('svg > title')?.textContent).toBe(
			lang === 'en'
				? 'WIPO copyright and related-rights treaties and Kazakhstan, 1886–2012'
				: dataset.title[lang]
		);
		for (const tag of ['image', 'foreignObject', 'a', 'use', 'script', 'style']) {
			expect(doc.getElementsByTagName(tag), tag).toHaveLength(0);
		}
		const attrs = [...doc.querySelectorAll('*')].flatMap((e) => [...e.attributes]);
		expect(attrs.filter((a) => /href|^on/i.test(a.name))).toEqual([]);
	});

	it('round-trips through the data: URL the PNG export loads', () => {
		const url = svgDataUrl(svg);
		expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
		expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toBe(svg);
	});
});

describe('downloadBlob', () => {
	afterEach(() => vi.restoreAllMocks());

	it('clicks a temporary <a download> on an object URL and revokes the URL afterwards', () => {
		vi.useFakeTimers();
		const create = vi.fn(() => 'blob:test');
		const revoke = vi.fn();
		Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
		const clicked: HTMLAnchorElement[] = [];
		vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
			this: HTMLAnchorElement
		) {
			clicked.push(this);
		});
		downloadBlob('a.csv', new Blob(['x']));
		expect(clicked[0]?.download).toBe('a.csv');
		expect(clicked[0]?.getAttribute('href')).toBe('blob:test');
		expect(document.querySelector('a[download]')).toBeNull();
		expect(revoke).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(revoke).toHaveBeenCalledWith('blob:test');
		vi.useRealTimers();
	});
});

describe('DownloadMenu', () => {
	let saved: { name: string; blob: Blob }[];
	beforeEach(() => {
		saved = [];
		const blobs = new Map<string, Blob>();
		Object.assign(URL, {
			createObjectURL: (b: Blob) => {
				const url = `blob:${blobs.size}`;
				blobs.set(url, b);
				return url;
			},
			revokeObjectURL: () => {}
		});
		vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
			this: HTMLAnchorElement
		) {
			saved.push({ name: this.download, blob: blobs.get(this.getAttribute('href')!)! });
		});
	});
	afterEach(() => vi.restoreAllMocks());

	const mount = (lang: 'en' | 'ru' | 'kk' = 'en') =>
		render(Harness, { props: { dataset, lang, messages: MESSAGES[lang] } });

	it('opens a list of six formats, moves with the arrows and closes on Esc, back on its button', async () => {
		const user = userEvent.setup();
		mount();
		const button = screen.getByRole('button', { name: 'Download' });
		expect(button).toHaveAttribute('aria-expanded', 'false');
		await user.click(button);
		expect(button).toHaveAttribute('aria-expanded', 'true');
		const list = screen.getByRole('list', { name: 'Download the current view or the data' });
		const names = [...list.querySelectorAll('button')].map((b) => b.textContent);
		expect(names).toEqual([
			'SVG image',
			'PNG image, 1×',
			'PNG image, 2×',
			'PNG image, 3×',
			'Events (CSV)',
			'Dataset (JSON)'
		]);
		await waitFor(() => expect(screen.getByRole('button', { name: 'SVG image' })).toHaveFocus());
		await user.keyboard('{ArrowDown}');
		expect(screen.getByRole('button', { name: 'PNG image, 1×' })).toHaveFocus();
		await user.keyboard('{ArrowUp}{ArrowUp}');
		expect(screen.getByRole('button', { name: 'Dataset (JSON)' })).toHaveFocus();
		await user.keyboard('{Escape}');
		expect(screen.queryByRole('list')).toBeNull();
		expect(button).toHaveAttribute('aria-expanded', 'false');
		expect(button).toHaveFocus();
	});

	it('closes when the reader clicks elsewhere', async () => {
		const user = userEvent.setup();
		mount();
		await user.click(screen.getByRole('button', { name: 'Download' }));
		await user.click(screen.getByRole('button', { name: 'before' }));
		expect(screen.queryByRole('list')).toBeNull();
	});

	it('saves the view as SVG, named after the window', async () => {
		const user = userEvent.setup();
		mount();
		await user.click(screen.getByRole('button', { name: 'Download' }));
		await user.click(screen.getByRole('button', { name: 'SVG image' }));
		await waitFor(() =>
			expect(saved.map((s) => s.name)).toEqual(['treaty-timeline-1886-2012.svg'])
		);
		expect(saved[0]?.blob.type).toBe('image/svg+xml;charset=utf-8');
		expect(await read(saved[0]!.blob)).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
		expect(screen.getByRole('button', { name: 'Download' })).toHaveFocus();
	});

	it('saves the events as CSV and the dataset as JSON, in the current language', async () => {
		const user = userEvent.setup();
		mount('ru');
		const open = () => user.click(screen.getByRole('button', { name: 'Скачать' }));
		await open();
		await user.click(screen.getByRole('button', { name: 'События (CSV)' }));
		await waitFor(() => expect(saved).toHaveLength(1));
		await open();
		await user.click(screen.getByRole('button', { name: 'Набор данных (JSON)' }));
		await waitFor(() => expect(saved).toHaveLength(2));
		expect(saved.map((s) => s.name)).toEqual([
			'treaty-timeline-events.csv',
			'treaty-timeline-data.json'
		]);
		const csv = await read(saved[0]!.blob);
		expect(csv.startsWith('\uFEFFtreaty;treaty_id;')).toBe(true);
		expect(csv).toContain('Бернская конвенция');
		expect(JSON.parse(await read(saved[1]!.blob))).toEqual(dataset);
	});

	it('says so when a PNG cannot be made (no canvas here)', async () => {
		const user = userEvent.setup();
		mount();
		await user.click(screen.getByRole('button', { name: 'Download' }));
		await user.click(screen.getByRole('button', { name: 'PNG image, 2×' }));
		await waitFor(() =>
			expect(screen.getByRole('status')).toHaveTextContent(/^The download could not be made: /)
		);
		expect(saved).toEqual([]);
	});
});
