/**
 * Literal light-theme colours and the font stack for exported images: a standalone SVG cannot see
 * the page's CSS variables. Each value is the first half of the token's `light-dark()` pair in
 * `src/app.css`; `palette.test.ts` fails when the two drift apart.
 */
import type { EventKind } from '$lib/data/schema';

export const PALETTE = {
	bg: '#ffffff',
	surface: '#f5f7fa',
	'surface-2': '#e9edf2',
	text: '#1a1f26',
	muted: '#4d5866',
	border: '#c3cbd5',
	grid: '#dde3ea',
	delay: '#7a8696'
} as const;

/** Marker colour per event kind (`--k-<kind>`). */
export const KIND_COLOURS: Record<EventKind, string> = {
	adoption: '#1f5fbf',
	'entry-into-force': '#1e7b34',
	revision: '#7b3fb8',
	'party-signature': '#00756f',
	'party-instrument': '#b04a00',
	'party-entry-into-force': '#c0162b',
	'domestic-act': '#7a5500',
	context: '#5b6673'
};

/**
 * The app's system font stack, written without quotes so it sits in an XML attribute as it is
 * (unquoted multi-word family names are valid CSS).
 */
export const FONT_STACK =
	'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, Helvetica Neue, Arial, sans-serif';
