import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getal, tijd } from '../../src/islands/storage/format';
import { count, datumLang } from '../../src/lib/tekst';

describe('Dutch text helpers', () => {
	it('write dates as Intl does for nl-NL, without loading Intl', () => {
		fc.assert(
			fc.property(
				fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
				(date) => {
					expect(datumLang(date)).toBe(
						date.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }),
					);
					expect(datumLang(date, true)).toBe(
						date.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
					);
					expect(tijd(date)).toBe(date.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' }));
				},
			),
		);
	});

	it('write numbers with a decimal comma and a thousands point', () => {
		expect(getal(0.44, 1)).toBe('0,4');
		expect(getal(3.0, 1)).toBe('3');
		expect(getal(12.6, 0)).toBe('13');
		expect(getal(1234.4, 0)).toBe('1.234');
		fc.assert(
			fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), fc.constantFrom(0, 1), (value, decimals) => {
				expect(getal(value, decimals)).toBe(
					value.toLocaleString('nl-NL', { maximumFractionDigits: decimals, minimumFractionDigits: 0 }),
				);
			}),
		);
	});

	it('choose singular or plural', () => {
		expect(count(1, 'stelling', 'stellingen')).toBe('1 stelling');
		expect(count(0, 'stelling', 'stellingen')).toBe('0 stellingen');
	});
});
