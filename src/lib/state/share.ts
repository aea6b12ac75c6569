/**
 * Links to a view: the page's public address when the build sets one (PUBLIC_URL), else the
 * current address, with the view's hash. The query (embed settings, data URL) is kept, except the
 * embed-only keys, so a shared link opens the full page.
 */
const EMBED_ONLY = new Set(['mode', 'height', 'plain', 'static', 'controls', 'title', 'legend']);

/**
 * @example shareUrl('', 'https://x.org/tt/?mode=embed&lang=kk#a', '#event=rome-adoption')
 * // 'https://x.org/tt/?lang=kk#event=rome-adoption'
 */
export function shareUrl(publicUrl: string, current: string, hash: string): string {
	let url: URL;
	try {
		url = new URL(publicUrl || current);
	} catch {
		return hash;
	}
	const params = new URLSearchParams(url.search);
	for (const key of [...params.keys()]) if (EMBED_ONLY.has(key)) params.delete(key);
	const search = params.toString();
	return `${url.origin}${url.pathname}${search ? '?' + search : ''}${hash}`;
}
