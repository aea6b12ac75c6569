import { describe, expect, it } from 'vitest';
import { isolate, plain } from './bidi';

const FSI = '\u2068';
const PDI = '\u2069';

describe('isolate and plain', () => {
	it('wraps a value in FSI…PDI, and plain takes the marks away again', () => {
		expect(isolate('Kazakhstan')).toBe(`${FSI}Kazakhstan${PDI}`);
		expect(isolate(11)).toBe(`${FSI}11${PDI}`);
		expect(plain(`for ${isolate('Kazakhstan')}, ${isolate(isolate('x'))}`)).toBe(
			'for Kazakhstan, x'
		);
	});
});
