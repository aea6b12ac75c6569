/**
 * Saving a file in the browser: an `<a download>` on an object URL, clicked, removed, and the URL
 * revoked once the browser has had time to start the download.
 */

/** How long the object URL lives after the click, ms (some browsers read it asynchronously). */
const REVOKE_AFTER = 30_000;

/**
 * @example downloadBlob('treaty-timeline-events.csv', new Blob([csv], { type: 'text/csv' }))
 */
export function downloadBlob(name: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.rel = 'noopener';
	a.style.display = 'none';
	document.body.append(a);
	try {
		a.click();
	} finally {
		a.remove();
		setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER);
	}
}

/** MIME types of the exported formats. */
export const MIME = {
	svg: 'image/svg+xml;charset=utf-8',
	csv: 'text/csv;charset=utf-8',
	json: 'application/json;charset=utf-8'
} as const;

/**
 * @example downloadText('treaty-timeline-data.json', json, MIME.json)
 */
export function downloadText(name: string, text: string, type: string): void {
	downloadBlob(name, new Blob([text], { type }));
}
