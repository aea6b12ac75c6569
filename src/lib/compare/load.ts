/**
 * The compare view's data, fetched on first use: compare.json is a chunk of its own (inlined like
 * every chunk in the single-file build), decoded from its compact form once and shared.
 */
import { decodeCompare, type EncodedCompare } from './codec';
import type { CompareData } from './types';

let loading: Promise<CompareData> | undefined;

/** The compare data; the same promise on every call (a failed load is tried again next time). */
export function loadCompare(): Promise<CompareData> {
	loading ??= import('./compare.json')
		.then((m) => decodeCompare(m.default as unknown as EncodedCompare))
		.catch((error: unknown) => {
			loading = undefined;
			throw error;
		});
	return loading;
}
