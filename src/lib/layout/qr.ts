/**
 * A QR code as one SVG path (module squares), computed in the app with qrcode-generator: no
 * network, no HTML strings. Loaded only when presenting.
 */
import qrcode from 'qrcode-generator';

export function qrPath(text: string): { size: number; d: string } {
	const qr = qrcode(0, 'M');
	qr.addData(text);
	qr.make();
	const size = qr.getModuleCount();
	let d = '';
	for (let r = 0; r < size; r++)
		for (let c = 0; c < size; c++) if (qr.isDark(r, c)) d += `M${c},${r}h1v1h-1z`;
	return { size, d };
}
