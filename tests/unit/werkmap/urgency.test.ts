import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, yearMonth } from '../../../src/lib/werkmap/month';
import {
	countUrgencies,
	formatUrgencyCount,
	SOON_MONTHS,
	type Urgency,
	urgencyOf,
} from '../../../src/lib/werkmap/urgency';

describe('a point due in a month', () => {
	const today = '2026-12-01';
	it('is late from the month after, due this month, soon in the next three months', () => {
		expect(urgencyOf({ month: '2026-11' }, today)).toBe('te-laat');
		expect(urgencyOf({ month: '2026-12' }, today)).toBe('deze-maand');
		expect(urgencyOf({ month: '2027-01' }, today)).toBe('binnenkort');
		expect(urgencyOf({ month: '2027-03' }, today)).toBe('binnenkort');
		expect(urgencyOf({ month: '2027-04' }, today)).toBe(null);
	});

	it('is not late on the last day of its month', () => {
		expect(urgencyOf({ month: '2026-12' }, '2026-12-31')).toBe('deze-maand');
		expect(urgencyOf({ month: '2026-12' }, '2027-01-01')).toBe('te-laat');
	});
});

describe('a point due by a date', () => {
	it('is late the day after its date, not on the day itself', () => {
		expect(urgencyOf({ date: '2026-12-01' }, '2026-12-01')).toBe('deze-maand');
		expect(urgencyOf({ date: '2026-11-30' }, '2026-12-01')).toBe('te-laat');
		expect(urgencyOf({ date: '2026-12-15' }, '2026-12-16')).toBe('te-laat');
	});

	it('counts calendar months ahead, across the turn of the year', () => {
		expect(urgencyOf({ date: '2027-01-31' }, '2026-12-31')).toBe('binnenkort');
		expect(urgencyOf({ date: '2027-03-31' }, '2026-12-01')).toBe('binnenkort');
		expect(urgencyOf({ date: '2027-04-01' }, '2026-12-31')).toBe(null);
	});
});

describe('the rules hold for any month', () => {
	const month = fc
		.record({ year: fc.integer({ min: 2000, max: 2060 }), month: fc.integer({ min: 1, max: 12 }) })
		.map(({ year, month }) => yearMonth(year, month));
	const day = fc.integer({ min: 1, max: 28 }).map((d) => String(d).padStart(2, '0'));

	it('depends only on how many months ahead a point is due', () => {
		fc.assert(
			fc.property(month, day, fc.integer({ min: -30, max: 30 }), (now, d, ahead) => {
				const expected: Urgency | null =
					ahead < 0 ? 'te-laat' : ahead === 0 ? 'deze-maand' : ahead <= SOON_MONTHS ? 'binnenkort' : null;
				expect(urgencyOf({ month: addMonths(now, ahead) }, `${now}-${d}`)).toBe(expected);
			}),
		);
	});

	it('never calls a later deadline more pressing than an earlier one', () => {
		const rank = (u: Urgency | null) => (u === 'te-laat' ? 0 : u === 'deze-maand' ? 1 : u === 'binnenkort' ? 2 : 3);
		fc.assert(
			fc.property(month, day, fc.integer({ min: -30, max: 30 }), fc.nat(30), (now, d, a, extra) => {
				const today = `${now}-${d}`;
				const earlier = urgencyOf({ month: addMonths(now, a) }, today);
				const later = urgencyOf({ month: addMonths(now, a + extra) }, today);
				expect(rank(later)).toBeGreaterThanOrEqual(rank(earlier));
			}),
		);
	});
});

describe('counting', () => {
	it('says what is pressing in one line, late first', () => {
		const count = countUrgencies([
			{ urgency: 'binnenkort' },
			{ urgency: 'te-laat' },
			{ urgency: null },
			{ urgency: 'te-laat' },
			{ urgency: 'deze-maand' },
		]);
		expect(formatUrgencyCount(count)).toBe('2 te laat, 1 deze maand, 1 binnenkort');
		expect(formatUrgencyCount(countUrgencies([{ urgency: null }]))).toBe('');
	});
});
