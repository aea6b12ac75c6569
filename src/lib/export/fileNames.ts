/**
 * Names of downloaded files: `treaty-timeline-1886-2012.svg`, `treaty-timeline-1886-2012@2x.png`,
 * `treaty-timeline-events.csv`, `treaty-timeline-data.json`. The window part uses the URL's
 * calendar values, so a file and a link to the same view name the same years.
 */
import type { Domain } from '$lib/layout/types';
import { domainToWindow } from '$lib/state/window';

export type ExportFormat = 'svg' | 'png' | 'csv' | 'json';

const BASE = 'treaty-timeline';

/**
 * @example exportFileName('png', domain, 2) // 'treaty-timeline-1886-2012@2x.png'
 * @example exportFileName('csv') // 'treaty-timeline-events.csv'
 */
export function exportFileName(format: ExportFormat, domain?: Domain, scale = 1): string {
	if (format === 'csv') return `${BASE}-events.csv`;
	if (format === 'json') return `${BASE}-data.json`;
	const win = domain ? domainToWindow(domain) : null;
	const span = win ? (win.from === win.to ? `-${win.from}` : `-${win.from}-${win.to}`) : '';
	const suffix = format === 'png' && scale !== 1 ? `@${scale}x` : '';
	return `${BASE}${span}${suffix}.${format}`;
}
