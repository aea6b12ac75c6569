/* global d3 */
// The lean bound the benchmark compares the app with: a plain D3 SVG swimlane of the same dataset
// (`?data=<url>`, the app's format), one <circle> per event, lanes with their names, a d3-axis, and
// d3-zoom. No culling, clustering, labels, accessibility or i18n: the least a browser has to do to
// show the same marks. Like the app it
// - sets performance.mark('timeline-drawn') in a requestAnimationFrame after the first drawing;
// - follows the URL hash (`#from=YYYY-MM-DD&to=YYYY-MM-DD`, both ends inclusive) on `hashchange`
//   by setting the x-domain and moving every circle;
// - shows a details panel (<aside>, role complementary) when a circle is clicked.
(async function main() {
	const DAY = 86_400_000;
	const LANE = 54;
	const CONTEXT_LANE = 44;
	const PAD = 14;
	const GUTTER = 110;
	const COLOURS = {
		adoption: '#1f6fb2',
		'entry-into-force': '#2b8a3e',
		revision: '#7048e8',
		'party-signature': '#e8590c',
		'party-instrument': '#c2255c',
		'party-entry-into-force': '#a61e4d',
		'domestic-act': '#5c940d',
		context: '#495057'
	};
	const status = document.getElementById('status');

	/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` → ms at the start of that period (UTC). */
	const startMs = (s) =>
		Date.UTC(
			+s.slice(0, 4),
			s.length > 4 ? +s.slice(5, 7) - 1 : 0,
			s.length > 7 ? +s.slice(8, 10) : 1
		);
	/** The end of that period (exclusive). */
	const endMs = (s) =>
		s.length > 7
			? startMs(s) + DAY
			: s.length > 4
				? Date.UTC(+s.slice(0, 4), +s.slice(5, 7), 1)
				: Date.UTC(+s.slice(0, 4) + 1, 0, 1);

	const url = new URLSearchParams(location.search).get('data');
	if (!url) {
		status.textContent = 'Add ?data=<dataset URL>.';
		return;
	}
	const ds = await (await fetch(url)).json();

	const lanes = ds.treaties.map((t) => ({ name: t.shortName.en, height: LANE }));
	const events = [];
	ds.treaties.forEach((t, lane) => {
		for (const e of t.events) events.push({ e, lane, treaty: t.name.en, ms: startMs(e.date) });
	});
	if (ds.context?.length) {
		lanes.push({ name: 'Context', height: CONTEXT_LANE });
		for (const e of ds.context) {
			events.push({ e, lane: lanes.length - 1, treaty: 'Context', ms: startMs(e.date) });
		}
	}
	let y = 0;
	for (const l of lanes) {
		l.y = y;
		y += l.height;
	}
	const lanesBottom = y;
	const width = document.documentElement.clientWidth - 32;
	const plotWidth = width - GUTTER;
	const home = [startMs(ds.range.from), endMs(ds.range.to)];
	const x0 = d3
		.scaleUtc()
		.domain(home)
		.range([PAD, plotWidth - PAD]);
	let x = x0;

	status.remove();
	const svg = d3
		.select(document.body)
		.insert('svg', ':first-child')
		.attr('width', width)
		.attr('height', lanesBottom + 30);
	const bands = svg.append('g');
	bands
		.selectAll('rect')
		.data(lanes)
		.join('rect')
		.attr('class', 'band')
		.attr('y', (l) => l.y)
		.attr('width', width)
		.attr('height', (l) => l.height);
	bands
		.selectAll('text')
		.data(lanes)
		.join('text')
		.attr('class', 'lane-name')
		.attr('x', 8)
		.attr('y', (l) => l.y + l.height / 2)
		.text((l) => l.name);
	svg
		.append('clipPath')
		.attr('id', 'clip')
		.append('rect')
		.attr('width', plotWidth)
		.attr('height', lanesBottom + 30);
	const plot = svg
		.append('g')
		.attr('transform', `translate(${GUTTER},0)`)
		.attr('clip-path', 'url(#clip)');
	const axis = d3.axisBottom(x).ticks(Math.max(2, Math.floor(plotWidth / 80)));
	const axisG = plot.append('g').attr('transform', `translate(0,${lanesBottom})`);
	const circles = plot
		.append('g')
		.selectAll('circle')
		.data(events)
		.join('circle')
		.attr('data-id', (d) => d.e.id)
		.attr('r', 6)
		.attr('cy', (d) => lanes[d.lane].y + lanes[d.lane].height / 2)
		.attr('fill', (d) => COLOURS[d.e.kind]);

	function redraw() {
		circles.attr('cx', (d) => x(d.ms));
		axisG.call(axis.scale(x));
	}
	redraw();
	requestAnimationFrame(() => performance.mark('timeline-drawn'));

	// d3-zoom for gestures; programmatic changes (the hash) are pushed back without a sourceEvent.
	const zoom = d3
		.zoom()
		.scaleExtent([1, ((home[1] - home[0]) / (31 * DAY)) | 0])
		.translateExtent([
			[0, 0],
			[plotWidth, lanesBottom]
		])
		.extent([
			[0, 0],
			[plotWidth, lanesBottom]
		])
		.filter((ev) => (ev.type === 'wheel' ? ev.ctrlKey || ev.metaKey : !ev.button))
		.on('zoom', (ev) => {
			if (!ev.sourceEvent) return;
			x = ev.transform.rescaleX(x0);
			redraw();
		});
	svg.call(zoom);

	function fromHash() {
		const p = new URLSearchParams(location.hash.slice(1));
		const from = p.get('from');
		const to = p.get('to');
		const domain = from && to ? [startMs(from), endMs(to)] : home;
		x = x0.copy().domain(domain);
		redraw();
		const [r0, r1] = x0.range();
		const k = (r1 - r0) / (x0(domain[1]) - x0(domain[0]));
		svg.call(zoom.transform, d3.zoomIdentity.translate(r0 - k * x0(domain[0]), 0).scale(k));
	}
	window.addEventListener('hashchange', fromHash);
	if (location.hash) fromHash();

	svg.on('click', (ev) => {
		const id = ev.target.closest?.('[data-id]')?.getAttribute('data-id');
		const d = id && events.find((v) => v.e.id === id);
		if (!d) return;
		document.querySelector('aside')?.remove();
		const aside = d3.select(document.body).append('aside').attr('aria-label', 'Details');
		aside.append('h2').text(`${d.e.kind} — ${d.e.date}`);
		aside.append('p').text(d.treaty);
		aside.append('p').text(`Evidence: ${d.e.evidence}. Sources: ${d.e.sources.join(', ')}.`);
	});
})();
