import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	addMonths,
	formatMonth,
	fromMonthIndex,
	isYearMonth,
	monthIndex,
	monthOf,
	monthsBetween,
	yearMonth,
} from '../../../src/lib/werkmap/month';

const month = fc
	.record({ year: fc.integer({ min: 1990, max: 2100 }), month: fc.integer({ min: 1, max: 12 }) })
	.map(({ year, month }) => yearMonth(year, month));
/** The widest offsets the timeline uses: from 15 (−36) to 27 (108), and then some. */
const offset = fc.integer({ min: -240, max: 240 });

/** An independent reference: the same step done by the Date object (UTC, first of the month). */
function viaDate(m: string, n: number): string {
	const [y, mo] = m.split('-').map(Number);
	const d = new Date(Date.UTC(y!, mo! - 1 + n, 1));
	return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

describe('adding months', () => {
	it('crosses year boundaries forwards and backwards', () => {
		expect(addMonths('2026-11', 3)).toBe('2027-02');
		expect(addMonths('2027-01', -1)).toBe('2026-12');
		expect(addMonths('2026-12', 1)).toBe('2027-01');
		expect(addMonths('2027-03', -6)).toBe('2026-09');
		expect(addMonths('2027-03', 108)).toBe('2036-03');
		expect(addMonths('2027-03', -36)).toBe('2024-03');
		expect(addMonths('2026-01', -13)).toBe('2024-12');
	});

	it('agrees with the Date object for any month and offset', () => {
		fc.assert(fc.property(month, offset, (m, n) => addMonths(m, n) === viaDate(m, n)));
	});

	it('always gives a valid month', () => {
		fc.assert(fc.property(month, offset, (m, n) => isYearMonth(addMonths(m, n))));
	});

	it('adds up: (m + a) + b = m + (a + b), and m + n − n = m', () => {
		fc.assert(
			fc.property(month, offset, offset, (m, a, b) => {
				expect(addMonths(addMonths(m, a), b)).toBe(addMonths(m, a + b));
				expect(addMonths(addMonths(m, a), -a)).toBe(m);
			}),
		);
	});

	it('counts the months between two months, the inverse of adding', () => {
		fc.assert(fc.property(month, offset, (m, n) => monthsBetween(m, addMonths(m, n)) === n));
		expect(monthsBetween('2026-12', '2027-01')).toBe(1);
		expect(monthsBetween('2027-01', '2026-12')).toBe(-1);
	});

	it('keeps month order and number order the same', () => {
		fc.assert(
			fc.property(month, month, (a, b) => Math.sign(monthIndex(b) - monthIndex(a)) === Math.sign(b.localeCompare(a))),
		);
	});

	it('round-trips through the month index', () => {
		fc.assert(fc.property(month, (m) => fromMonthIndex(monthIndex(m)) === m));
	});
});

describe('reading and writing months', () => {
	it('accepts only YYYY-MM with a month from 01 to 12', () => {
		expect(isYearMonth('2027-03')).toBe(true);
		for (const bad of ['2027-3', '2027-00', '2027-13', '2027-03-01', '', 'maart', 202703, null]) {
			expect(isYearMonth(bad), String(bad)).toBe(false);
		}
		expect(() => monthIndex('2027-13')).toThrow();
	});

	it('writes the month in Dutch', () => {
		expect(formatMonth('2027-03')).toBe('maart 2027');
		expect(formatMonth('2026-12')).toBe('december 2026');
		expect(formatMonth('2027-01')).toBe('januari 2027');
	});

	it('takes the local month of a moment, also on the last evening of the year', () => {
		expect(monthOf(new Date(2026, 11, 31, 23, 59))).toBe('2026-12');
		expect(monthOf(new Date(2027, 0, 1, 0, 0))).toBe('2027-01');
	});
});
