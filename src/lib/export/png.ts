/**
 * A PNG of an exported SVG at 1×, 2× or 3×: the SVG goes into an `Image` through a `data:` URL
 * (not a `blob:` one, so a CSP with `img-src data:` allows it), is drawn on a canvas scaled by the
 * factor, and comes back from `canvas.toBlob`. The SVG holds no external reference, so the canvas
 * is not tainted and `toBlob` is allowed.
 */

/** The `data:` URL of an SVG document. */
export function svgDataUrl(svg: string): string {
	return 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
}

/** Give up on an image that neither loads nor fails (seen in engines without SVG images). */
const LOAD_TIMEOUT = 15_000;

function loadImage(src: string): Promise<HTMLImageElement> {
	return new Promise((resolve, reject) => {
		const img = new Image();
		const timer = setTimeout(
			() => reject(new Error('the SVG took too long to render')),
			LOAD_TIMEOUT
		);
		img.onload = () => {
			clearTimeout(timer);
			resolve(img);
		};
		img.onerror = () => {
			clearTimeout(timer);
			reject(new Error('the SVG could not be rendered'));
		};
		img.src = src;
	});
}

/**
 * @example const blob = await svgToPng(image.svg, image.width, image.height, 2)
 */
export async function svgToPng(
	svg: string,
	width: number,
	height: number,
	scale: number
): Promise<Blob> {
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	// Ask for the canvas first: without one there is no point in rendering the image.
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('no 2D canvas');
	const img = await loadImage(svgDataUrl(svg));
	ctx.scale(scale, scale);
	ctx.drawImage(img, 0, 0, width, height);
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))),
			'image/png'
		)
	);
}
