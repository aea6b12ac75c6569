// Journey 8: axe-core (WCAG 2.0/2.1 A and AA) finds nothing in the main views and modes.
import { test } from './lib/harness.mjs';
import { axeViolations, formatViolations, gotoApp, openPanel, timeline } from './lib/app.mjs';

const CASES = [
	{ name: 'initial view at 1280 px', ready: (p) => timeline(p).waitFor() },
	{
		name: 'panel open (#event=berne-party-entry-into-force)',
		hash: 'event=berne-party-entry-into-force',
		ready: (p) => openPanel(p)
	},
	{
		name: 'table view (#view=table)',
		hash: 'view=table',
		ready: (p) => p.getByRole('table').first().waitFor()
	},
	{
		name: 'dark mode (prefers-color-scheme: dark)',
		options: { colorScheme: 'dark' },
		ready: (p) => timeline(p).waitFor()
	},
	{
		name: 'dark mode with the panel open (?theme=dark)',
		query: 'theme=dark',
		hash: 'event=wppt-entry-into-force',
		ready: (p) => openPanel(p)
	},
	{
		name: '375 px with the panel open',
		options: { viewport: { width: 375, height: 667 } },
		hash: 'event=berne-party-instrument',
		ready: (p) => openPanel(p)
	},
	{
		name: '375 px initial view',
		options: { viewport: { width: 375, height: 667 } },
		ready: (p) => timeline(p).waitFor()
	}
];

for (const c of CASES)
	test(`J8 axe: no WCAG A/AA violations in the ${c.name}`, async (t) => {
		const page = await t.newPage(c.options);
		await gotoApp(page, { hash: c.hash, query: c.query });
		await c.ready(page);
		await page.mouse.move(0, 0);
		const vs = await axeViolations(page);
		if (vs.length) throw new Error(`${vs.length} axe violation(s):\n    ${formatViolations(vs)}`);
	});
