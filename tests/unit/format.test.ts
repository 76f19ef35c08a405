import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { count, formatDate, formatDuration, isoDate } from '../../src/lib/format';
import { formatBereik, formatNumber } from '../../src/lib/number';
import { slugify } from '../../src/lib/slug';
import { formatDateTime, formatKilobytes, formatTime } from '../../src/lib/storage/format';

/** Intl's "maximumFractionDigits" with no minimum, as the site writes sizes. */
const getal = (value: number, decimals: number) => formatNumber(value, decimals, 0);

describe('Dutch number and date formats', () => {
	it('write dates as Intl does for nl-NL, without loading Intl', () => {
		fc.assert(
			fc.property(
				fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
				(date) => {
					expect(formatDate(date)).toBe(
						date.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }),
					);
					expect(formatDate(date, true)).toBe(
						date.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
					);
					expect(formatTime(date)).toBe(date.toLocaleTimeString('nl-NL', { hour: '2-digit', minute: '2-digit' }));
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

	it('write scores with a fixed number of decimals, as the results show them', () => {
		expect(formatNumber(2.7)).toBe('2,7');
		expect(formatNumber(3)).toBe('3,0');
		expect(formatNumber(1234.56, 1)).toBe('1.234,6');
		fc.assert(
			fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (value) => {
				expect(formatNumber(value)).toBe(
					value.toLocaleString('nl-NL', { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
				);
			}),
		);
	});

	it('read a calendar date (yyyy-mm-dd) as that day, wherever the browser is', () => {
		expect(formatDate('2026-12-01')).toBe('1 december 2026');
		expect(formatDate('2026-11-03T09:00:00.000Z')).toBe(formatDate(new Date('2026-11-03T09:00:00.000Z')));
		expect(formatDate('')).toBe('');
		expect(formatDate('geen datum')).toBe('');
		expect(isoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
	});

	it('write a moment with date and time, and nothing for no moment', () => {
		const at = new Date(2026, 10, 22, 14, 5);
		expect(formatDateTime(at.toISOString())).toBe('22 november 2026 om 14:05');
		expect(formatDateTime(null)).toBe('');
		expect(formatDateTime('kapot')).toBe('');
	});

	it('write sizes and durations', () => {
		expect(formatKilobytes(410)).toBe('0,4 KB');
		expect(formatKilobytes(0)).toBe('0 KB');
		expect(formatKilobytes(12.6 * 1024)).toBe('13 KB');
		expect(formatDuration(45)).toBe('45 minuten');
		expect(formatDuration(60)).toBe('1 uur');
		expect(formatDuration(90)).toBe('1 uur en 30 minuten');
	});

	it("write a group's lowest and highest score as a range, and a dash when nobody has one", () => {
		expect(formatBereik(1.5, 3)).toBe('1,5 tot 3,0');
		expect(formatBereik(2, 2)).toBe('2,0 tot 2,0');
		expect(formatBereik(null, null)).toBe('–');
		expect(formatBereik(1, null)).toBe('–');
	});

	it('make file names and URL parts of Dutch names', () => {
		expect(slugify('BIG-5-checklist')).toBe('big-5-checklist');
		expect(slugify('Fryslân')).toBe('fryslan');
		expect(slugify('  Zelfscans  ')).toBe('zelfscans');
		expect(slugify('!!!')).toBe('');
	});
});
