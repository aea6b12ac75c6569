/**
 * Text width without the DOM (Datawrapper's estimateTextWidth, Plot's defaultWidthMap): a table of
 * advance widths in thousandths of an em, taken from Helvetica/Arial metrics and rounded up, with
 * Cyrillic including the Kazakh letters. The sum is then scaled by OVERESTIMATE because system sans
 * fonts (SF Pro, Segoe UI, Roboto) run a little wider than Helvetica: for collision avoidance an
 * estimate that is slightly too wide is safe, one that is too narrow lets labels overlap.
 */

/** Safety factor over the Helvetica metrics. */
export const OVERESTIMATE = 1.1;
/** Width of a character the table does not know (CJK, emoji…): a full em, on the wide side. */
export const DEFAULT_EM = 1;

/**
 * Groups of characters sharing a width (1/1000 em, Helvetica/Arial advance widths rounded up to a
 * bin). Accented letters share their base letter's width.
 */
const GROUPS: [number, string][] = [
	[0, '\u0300\u0301\u0302\u0303\u0306\u0308\u030c\u200b\u200c\u200d\ufe0f'],
	[200, '\u2009\u202f\u200a'],
	[230, 'ijlı'],
	[260, '|¦'],
	[280, " !,./:;[\\]ftI\u00a0·'‘’‚ìíîïÌÍÎÏİІі"],
	[340, '()-`r{}¨¯´¸\u00ad¹²³¡‹›\u2010\u2011'],
	[360, '"“”„ªº•'],
	[370, 'г'],
	[390, '*'],
	[400, '°ғ'],
	[450, 'к'],
	[470, '^зтқ'],
	[500, 'ckstvxyzçýÿJсухүұ'],
	[520, 'чьэ'],
	[540, 'в¶'],
	[560, '0123456789#$_abdeghnopquL¢£¤¥§µàáâãäåèéêëðñòóôõöùúûüþаеёийнопряһәөГ€«»–'],
	[590, '+<=>~¬±×÷≤≥≈≠−бдлцңҒ'],
	[620, '?¿ßFTZøЗКТ'],
	[630, 'ъ'],
	[670, '&ABEKPSVXYÀÁÂÃÄÅÈÉÊËÝÞАБВЕЁЛРУХЧЬҚҰҮ'],
	[690, 'м'],
	[720, 'CDHNRUwÇÐÑÙÚÛÜДИЙНПСЭЯҺ'],
	[730, 'ы'],
	[780, 'GOQÒÓÔÕÖØ©®ОФЦюӘӨҢ'],
	[800, 'Ъ'],
	[830, 'Mmфшщ'],
	[890, '%æ¼½¾Ы'],
	[940, 'WЖШ'],
	[960, 'Щ'],
	[1000, '—…ÆŒœ™'],
	[1020, '@Ю'],
	[1100, '№']
];

const TABLE = new Map<string, number>();
for (const [width, chars] of GROUPS) for (const ch of chars) TABLE.set(ch, width / 1000);
// Latin Extended-A and Cyrillic letters not listed (Czech, Polish, Ukrainian, Belarusian…): a
// capital-sized upper bound, still narrower than the default kept for scripts we do not cover.
for (let c = 0x100; c <= 0x4ff; c++) {
	const ch = String.fromCharCode(c);
	if ((c <= 0x17f || c >= 0x400) && !TABLE.has(ch)) TABLE.set(ch, 0.78);
}

/**
 * Estimated width of `text` in CSS px at `px` font size; slightly over rather than under.
 * @example estimateTextWidth('1999', 12) // ≈ 29.6 (4 digits × 0.56 em × 12 px × 1.1)
 */
export function estimateTextWidth(text: string, px: number): number {
	let em = 0;
	// for…of walks code points, so an astral character counts once, at the default width.
	for (const ch of text) em += TABLE.get(ch) ?? DEFAULT_EM;
	return em * px * OVERESTIMATE;
}

/**
 * The em width the table gives one character; undefined when it falls to DEFAULT_EM.
 * @example charWidthEm('қ') // 0.47
 */
export function charWidthEm(ch: string): number | undefined {
	return TABLE.get(ch);
}
