import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isolate, plain } from './bidi';
import { splitIsolates } from './sentenceParts';

const FSI = '\u2068';
const PDI = '\u2069';

describe('splitIsolates', () => {
	it.each([
		['', []],
		['plain text', [['plain text', false]]],
		[
			`Entered into force for ${isolate('Kazakhstan')}.`,
			[
				['Entered into force for ', false],
				['Kazakhstan', true],
				['.', false]
			]
		],
		[
			`${isolate('a')}${isolate('b')}`,
			[
				['a', true],
				['b', true]
			]
		],
		[
			`${isolate('WCT')}: ${isolate(`for ${isolate('Kazakhstan')}`)}`,
			[
				['WCT', true],
				[': ', false],
				[`for ${isolate('Kazakhstan')}`, true]
			]
		],
		[
			`x${FSI}unclosed`,
			[
				['x', false],
				['unclosed', true]
			]
		],
		[`stray${PDI} end`, [[`stray${PDI} end`, false]]],
		[`${isolate('')}empty`, [['empty', false]]]
	])('cuts %j', (text, parts) => {
		expect(splitIsolates(text)).toEqual(parts.map(([t, isolated]) => ({ text: t, isolated })));
	});

	it('loses nothing: the parts, re-isolated, give back the text (balanced pairs)', () => {
		const value = fc.string({ maxLength: 12 }).map((s) => s.replace(/[\u2068\u2069]/g, ''));
		const sentence = fc.array(fc.tuple(value, fc.boolean()), { maxLength: 6 });
		fc.assert(
			fc.property(sentence, (pieces) => {
				const text = pieces.map(([s, iso]) => (iso ? isolate(s) : s)).join('');
				const back = splitIsolates(text)
					.map((p) => (p.isolated ? isolate(p.text) : p.text))
					.join('');
				expect(plain(back)).toBe(plain(text));
				expect(splitIsolates(text).every((p) => p.text !== '')).toBe(true);
			})
		);
	});
});
