// Runs the date-sensitive tests under four time zones; any local-time use shows up as a failure.
import { spawnSync } from 'node:child_process';

const zones = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Almaty'];
const files = [
	'src/lib/data/dates.test.ts',
	'src/lib/data/events.test.ts',
	'src/lib/data/delays.test.ts',
	'src/lib/i18n/dates.test.ts',
	'src/lib/layout/ticks.test.ts',
	'src/lib/layout/zoom.test.ts',
	'src/lib/state/window.test.ts'
];
let failed = false;
for (const TZ of zones) {
	console.log(`\n== TZ=${TZ}`);
	const r = spawnSync('npx', ['vitest', 'run', ...files], {
		stdio: 'inherit',
		env: { ...process.env, TZ }
	});
	if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
