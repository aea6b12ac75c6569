/**
 * The address the presenter's QR code encodes, so that students' phones can open it: the page's
 * public address (`?share=` in the address, else `PUBLIC_URL` at build time, else the page's own
 * address) with the view's hash. An address only this computer can open (`file:`, `localhost`,
 * 127.0.0.0/8, [::1], 0.0.0.0) is no use on a phone: then there is no link, and the title screen
 * says how to give one.
 */
import { shareUrl } from './share';

const IPV4_LOOPBACK = /^127(?:\.\d{1,3}){3}$/;
const LOCAL_HOSTS = new Set(['localhost', '[::1]', '[::]', '0.0.0.0', '[::ffff:7f00:1]']);

/**
 * Whether only this computer can open the address.
 * @example isLocalOnly(new URL('http://127.0.0.1:4173/')) // true
 */
export function isLocalOnly(url: URL): boolean {
	if (url.protocol === 'file:') return true;
	const host = url.hostname.toLowerCase().replace(/\.$/, '');
	return LOCAL_HOSTS.has(host) || host.endsWith('.localhost') || IPV4_LOOPBACK.test(host);
}

/**
 * The `?share=` value, strictly: an absolute `https:` address, or `http:` (a server in the lecture
 * hall's network, `http://192.168.1.10/tt/`), on a host other devices can reach, without user or
 * password; its own hash is dropped. Undefined for anything else.
 * @example parseShareBase('https://example.org/tt/#x') // 'https://example.org/tt/'
 */
export function parseShareBase(value: string): string | undefined {
	if (value.length > 2000 || !/^https?:\/\//i.test(value)) return undefined;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return undefined;
	}
	if (url.username || url.password || isLocalOnly(url)) return undefined;
	url.hash = '';
	return url.href;
}

interface QrLinkInput {
	/** The address's `?share=` (already checked by `parseShareBase`), or null. */
	share: string | null;
	/** The build's `PUBLIC_URL`, or ''. */
	publicUrl: string;
	/** The page's own address. */
	current: string;
	/** The view's hash (`#from=1990&to=2012&lang=kk`). */
	hash: string;
}

/**
 * The QR code's link, or null when no address a phone could open is known.
 * @example qrLink({ share: null, publicUrl: '', current: 'file:///media/usb/index.html', hash: '' }) // null
 */
export function qrLink({ share, publicUrl, current, hash }: QrLinkInput): string | null {
	const base = share || publicUrl || current;
	let url: URL;
	try {
		url = new URL(base);
	} catch {
		return null;
	}
	return isLocalOnly(url) ? null : shareUrl(base, current, hash);
}
