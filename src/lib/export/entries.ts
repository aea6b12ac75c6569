/**
 * The Download menu's entries, in order. Deliberately light (no builder imported), so the menu adds
 * almost nothing to the first view; the builders load on first use (`actions.ts`).
 */
import type { MessageKey, Params } from '$lib/i18n';

export type ExportId = 'svg' | 'png-1x' | 'png-2x' | 'png-3x' | 'csv' | 'json';

interface ExportEntry {
	id: ExportId;
	/** The entry's label. */
	key: MessageKey;
	params?: Params;
}

export const EXPORT_ENTRIES: readonly ExportEntry[] = [
	{ id: 'svg', key: 'export.svg' },
	{ id: 'png-1x', key: 'export.png', params: { scale: 1 } },
	{ id: 'png-2x', key: 'export.png', params: { scale: 2 } },
	{ id: 'png-3x', key: 'export.png', params: { scale: 3 } },
	{ id: 'csv', key: 'export.csv' },
	{ id: 'json', key: 'export.json' }
];
