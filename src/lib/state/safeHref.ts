/** An address safe to put in `href`: only absolute http(s) URLs pass; everything else is null. */
export function safeHref(url: string | undefined): string | null {
	if (!url) return null;
	try {
		const u = new URL(url);
		return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
	} catch {
		return null;
	}
}
