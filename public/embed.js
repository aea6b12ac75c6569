/*
 * Treaty Timeline host script: sizes each embedded timeline's iframe to its content.
 * Usage: <script src="https://YOUR-HOST/PATH/embed.js" defer></script> once per page.
 * It accepts only { source: 'treaty-timeline', type: 'height', height: <number> }, only from the
 * origin this script is served from, and only for the iframe on this page whose contentWindow sent
 * it (event.source), so several frames stay apart and any other message is ignored. No dependencies; nothing is sent back.
 */
(function () {
	'use strict';
	if (window.__treatyTimelineHost) return;
	window.__treatyTimelineHost = true;
	// Timelines are served from where this script is: messages from any other origin are ignored.
	var script = document.currentScript;
	var src = script && script.src ? new URL(script.src, location.href) : new URL(location.href);
	var expected = src.origin;
	// …and only frames that show a timeline from next to this script are resized.
	var base = src.href.replace(/[^/]*$/, '');
	window.addEventListener('message', function (event) {
		if (event.origin !== expected) return;
		var data = event.data;
		if (!data || typeof data !== 'object' || data.source !== 'treaty-timeline') return;
		if (data.type !== 'height' || typeof data.height !== 'number') return;
		if (!isFinite(data.height) || data.height <= 0 || data.height > 100000) return;
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			var frame = frames[i];
			if (frame.contentWindow === event.source) {
				if (frame.src.indexOf(base) !== 0) return;
				if (frame.getAttribute('data-height') === 'fixed') return;
				frame.style.height = Math.ceil(data.height) + 'px';
				return;
			}
		}
	});
})();
