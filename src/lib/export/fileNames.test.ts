import { describe, expect, it } from 'vitest';
import { windowToDomain } from '$lib/state/window';
import { exportFileName } from './fileNames';

describe('exportFileName', () => {
	const all = windowToDomain('1886', '2012')!;
	it.each([
		['svg', all, 1, 'treaty-timeline-1886-2012.svg'],
		['png', all, 1, 'treaty-timeline-1886-2012.png'],
		['png', all, 2, 'treaty-timeline-1886-2012@2x.png'],
		['png', windowToDomain('1999-03', '1999-10')!, 3, 'treaty-timeline-1999-03-1999-10@3x.png'],
		['csv', undefined, 1, 'treaty-timeline-events.csv'],
		['json', undefined, 1, 'treaty-timeline-data.json']
	] as const)('names a %s file', (format, domain, scale, name) => {
		expect(exportFileName(format, domain, scale)).toBe(name);
	});
});
