/**
 * The timeline's geometry for an export: the same `layoutTimeline` the page uses, at a fixed
 * width, in the given language, measured with the width table plus a margin (the reader's fonts
 * are unknown, so the estimate errs on the wide side and labels do not collide in the file).
 */
import type { TimelineEvent } from '$lib/data/events';
import type { Dataset, Lang } from '$lib/data/schema';
import { localText, plural, translate, type Messages } from '$lib/i18n';
import { dateFormat, delayFormatter, pluraliser } from '$lib/i18n/format';
import { estimateTextWidth } from '$lib/layout/textWidth';
import { layoutTimeline, type TimelineGeometry } from '$lib/layout/timeline';
import type { Domain, Measure } from '$lib/layout/types';

/** Sizes of an exported chart, px: 1200 wide, the page's sizes below 1600 px. */
export const EXPORT_SIZES = {
	width: 1200,
	labelPx: 12,
	lanePx: 14,
	laneHeight: 60,
	contextHeight: 40
} as const;

/**
 * Text width for exports: the width table plus a margin, because the file may be opened where the
 * system font is wider than Helvetica (DejaVu Sans on Linux runs about 12% wider).
 * @example exportMeasure('Berne', 12) > estimateTextWidth('Berne', 12) // true
 */
export const exportMeasure: Measure = (text, px) => estimateTextWidth(text, px) * 1.12;

/** The view being exported. */
export interface ExportGeometryInput {
	dataset: Dataset;
	/** The events to draw, in time order. */
	events: readonly TimelineEvent[];
	domain: Domain;
	lang: Lang;
	messages: Messages;
}

/**
 * @example exportGeometry({ dataset, events, domain: view.domain, lang: 'ru', messages }).labels
 */
export function exportGeometry(input: ExportGeometryInput): TimelineGeometry {
	const { dataset, lang, messages } = input;
	return layoutTimeline({
		...EXPORT_SIZES,
		treaties: dataset.treaties,
		events: input.events,
		laneNames: [
			...dataset.treaties.map((t) => localText(t.shortName, lang).value),
			translate(messages, 'a11y.contextLane')
		],
		domain: input.domain,
		fmt: dateFormat(lang),
		fmtDelay: delayFormatter(pluraliser(messages, lang)),
		retroactiveNote: translate(messages, 'delay.retroactiveNote'),
		revisions: (n) => plural(messages, lang, 'group.revisions', n),
		measure: exportMeasure
	});
}
