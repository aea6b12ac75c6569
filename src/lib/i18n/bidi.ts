/**
 * Bidi isolation of data values inside interface sentences. A value from the data passed into a
 * message is wrapped in FSI (U+2068) … PDI (U+2069), as Fluent's `useIsolating` does, so a
 * right-to-left or punctuation-heavy value cannot reorder the words around it
 * (https://www.w3.org/International/articles/inline-bidi-markup/). The loader strips every bidi
 * control from the data (data/load.ts), so each pair is the app's own: components turn it into a
 * <bdi> (Sentence.svelte), and `plain` drops it where text leaves the page (exports, names).
 */

/**
 * A data value isolated for a sentence.
 * @example translate(m, 'kind.party-entry-into-force', { party: isolate('Kazakhstan') })
 */
export const isolate = (value: string | number): string => `\u2068${value}\u2069`;

/**
 * The text without the isolation marks `isolate` added.
 * @example plain('for \u2068Kazakhstan\u2069') // 'for Kazakhstan'
 */
export const plain = (text: string): string => text.replace(/[\u2068\u2069]/g, '');
