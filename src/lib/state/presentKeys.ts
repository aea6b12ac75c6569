/**
 * Presentation keys (clickers send PageUp/PageDown). Pure: a key and the digits typed so far give
 * an action and the new digit buffer.
 */
export type PresentAction =
	| { type: 'next' | 'prev' | 'first' | 'last' | 'blank' | 'help' | 'leave' | 'digit' }
	| { type: 'go'; step: number };

/**
 * @example presentKey('PageDown', '') // {action: {type: 'next'}, digits: ''}
 * @example presentKey('Enter', '12') // {action: {type: 'go', step: 12}, digits: ''}
 */
export function presentKey(
	key: string,
	digits: string
): { action: PresentAction | null; digits: string } {
	if (/^[0-9]$/.test(key)) return { action: { type: 'digit' }, digits: (digits + key).slice(-4) };
	if (key === 'Enter' && digits)
		return { action: { type: 'go', step: Number(digits) }, digits: '' };
	const map: Record<string, PresentAction> = {
		ArrowRight: { type: 'next' },
		ArrowDown: { type: 'next' },
		PageDown: { type: 'next' },
		' ': { type: 'next' },
		Enter: { type: 'next' },
		ArrowLeft: { type: 'prev' },
		ArrowUp: { type: 'prev' },
		PageUp: { type: 'prev' },
		Backspace: { type: 'prev' },
		Home: { type: 'first' },
		End: { type: 'last' },
		b: { type: 'blank' },
		B: { type: 'blank' },
		'.': { type: 'blank' },
		'?': { type: 'help' },
		Escape: { type: 'leave' }
	};
	return { action: map[key] ?? null, digits: '' };
}
