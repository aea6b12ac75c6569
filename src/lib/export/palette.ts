/**
 * Literal colours and the font stack for exported images, in the light and the dark theme: a
 * standalone SVG cannot see the page's CSS variables. Each value is one half of the token's
 * `light-dark()` pair in `src/app.css` (the first for light, the second for dark);
 * `palette.test.ts` fails when they drift apart.
 */
import type { EventKind } from '$lib/data/schema';

/** The two colour schemes an image can be drawn in. */
export type PaletteScheme = 'light' | 'dark';

export interface Palette {
	bg: string;
	surface: string;
	'surface-2': string;
	text: string;
	muted: string;
	border: string;
	grid: string;
	delay: string;
	/** Marker colour per event kind (`--k-<kind>`). */
	kinds: Record<EventKind, string>;
}

export const PALETTES: Record<PaletteScheme, Palette> = {
	light: {
		bg: '#ffffff',
		surface: '#f5f7fa',
		'surface-2': '#e9edf2',
		text: '#1a1f26',
		muted: '#4d5866',
		border: '#c3cbd5',
		grid: '#dde3ea',
		delay: '#7a8696',
		kinds: {
			adoption: '#1f5fbf',
			'entry-into-force': '#1e7b34',
			revision: '#7b3fb8',
			'party-signature': '#00756f',
			'party-instrument': '#b04a00',
			'party-entry-into-force': '#c0162b',
			'domestic-act': '#7a5500',
			context: '#5b6673'
		}
	},
	dark: {
		bg: '#111418',
		surface: '#1a1f26',
		'surface-2': '#242b34',
		text: '#e8ecf1',
		muted: '#a9b4c2',
		border: '#46505c',
		grid: '#2c343e',
		delay: '#8d99a8',
		kinds: {
			adoption: '#6fa4ff',
			'entry-into-force': '#4cc26a',
			revision: '#c49bff',
			'party-signature': '#2fc4b9',
			'party-instrument': '#ff9d52',
			'party-entry-into-force': '#ff6b7d',
			'domestic-act': '#d9a93f',
			context: '#9aa6b4'
		}
	}
};

/**
 * The app's system font stack, written without quotes so it sits in an XML attribute as it is
 * (unquoted multi-word family names are valid CSS).
 */
export const FONT_STACK =
	'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, Helvetica Neue, Arial, sans-serif';
