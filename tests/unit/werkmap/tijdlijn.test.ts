import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, monthsBetween, yearMonth } from '../../../src/lib/werkmap/month';
import {
	buildTijdlijn,
	groupByJaar,
	legeMomentStand,
	type MomentStand,
	momentenVoor,
	setMomentStand,
	type TijdlijnMoment,
	verdwenenStanden,
} from '../../../src/lib/werkmap/tijdlijn';
import { moment } from './support';

const momenten: TijdlijnMoment[] = [
	moment('zorgverzekering', 0, { titel: 'Zorgverzekering', leefgebied: 'zorg' }),
	moment('risicoanalyse', -6, { titel: 'Risicoanalyse klaar', soort: 'regionaal', regio: 'Friesland' }),
	moment('toekomstplan', -2, { titel: 'Toekomstplan afgesproken', soort: 'regionaal', regio: 'Friesland' }),
	moment('wmo', 0, { titel: 'Wmo', soort: 'wet' }),
	moment('pleegzorg', 0, { titel: 'Pleegzorg', soort: 'wet', tot: 36 }),
	moment('jongerennorm', 36, { titel: 'Einde jongerennorm', soort: 'wet', leefgebied: 'inkomen' }),
	moment('na-27', 120, { titel: 'Na 27' }),
];

const input = (change: Partial<Parameters<typeof buildTijdlijn>[0]> = {}) => ({
	momenten,
	verjaardag18: '2027-03',
	tijdlijn: {},
	regionaal: [],
	today: '2026-12-01',
	...change,
});

describe('which moments are on the timeline', () => {
	it('shows laws and practical items, and regional practice only when switched on', () => {
		expect(momentenVoor(momenten, []).map((m) => m.id)).toEqual([
			'zorgverzekering',
			'wmo',
			'pleegzorg',
			'jongerennorm',
		]);
		expect(momentenVoor(momenten, ['risicoanalyse']).map((m) => m.id)).toContain('risicoanalyse');
		expect(momentenVoor(momenten, ['risicoanalyse']).map((m) => m.id)).not.toContain('toekomstplan');
	});

	it('stops at the 27th birthday', () => {
		expect(momentenVoor(momenten, []).map((m) => m.id)).not.toContain('na-27');
	});
});

describe('dates', () => {
	it('dates each moment from the month of the 18th birthday', () => {
		const items = buildTijdlijn(input({ regionaal: ['risicoanalyse', 'toekomstplan'] }));
		const op = Object.fromEntries(items.map((i) => [i.moment.id, i]));
		expect(op.risicoanalyse!.maand).toBe('2026-09');
		expect(op.risicoanalyse!.wanneer).toBe('september 2026');
		expect(op.risicoanalyse!.leeftijd).toBe('17,5 jaar');
		expect(op.toekomstplan!.maand).toBe('2027-01');
		expect(op.zorgverzekering!.wanneer).toBe('maart 2027');
		expect(op.pleegzorg!.wanneer).toBe('maart 2027 tot maart 2030');
		expect(op.jongerennorm!.maand).toBe('2030-03');
	});

	it('is in the order of /wetten-per-leeftijd/: by start, shorter periods first, laws before practical items', () => {
		const items = buildTijdlijn(input({ regionaal: ['risicoanalyse', 'toekomstplan'] }));
		expect(items.map((i) => i.moment.id)).toEqual([
			'risicoanalyse',
			'toekomstplan',
			'wmo',
			'zorgverzekering',
			'pleegzorg',
			'jongerennorm',
		]);
	});

	it('falls back to ages, with nothing late or due, while the birthday month is unknown', () => {
		const items = buildTijdlijn(input({ verjaardag18: '', regionaal: ['risicoanalyse'] }));
		expect(items.every((i) => i.maand === null && i.urgency === null)).toBe(true);
		expect(items[0]!.wanneer).toBe('Op 17,5 jaar');
		expect(items.find((i) => i.moment.id === 'pleegzorg')!.wanneer).toBe('Van 18 tot 21 jaar');
		expect(groupByJaar(items).map((g) => g.kop)).toEqual(['17 jaar', '18 jaar', '21 jaar']);
	});

	it('keeps each moment at the same distance from the birthday for any birthday month', () => {
		const month = fc
			.record({ year: fc.integer({ min: 2005, max: 2040 }), month: fc.integer({ min: 1, max: 12 }) })
			.map(({ year, month }) => yearMonth(year, month));
		fc.assert(
			fc.property(month, (verjaardag18) => {
				for (const item of buildTijdlijn(input({ verjaardag18 }))) {
					expect(monthsBetween(verjaardag18, item.maand!)).toBe(item.moment.vanaf);
				}
			}),
		);
	});
});

describe('at a glance', () => {
	it('marks open points late, due this month or soon', () => {
		const items = buildTijdlijn(
			input({ verjaardag18: '2027-01', regionaal: ['risicoanalyse', 'toekomstplan'], today: '2026-11-15' }),
		);
		const urgency = Object.fromEntries(items.map((i) => [i.moment.id, i.urgency]));
		// risicoanalyse: July 2026 (late); toekomstplan: November 2026 (this month); 18th birthday January 2027 (soon).
		expect(urgency).toMatchObject({
			risicoanalyse: 'te-laat',
			toekomstplan: 'deze-maand',
			zorgverzekering: 'binnenkort',
			wmo: 'binnenkort',
			jongerennorm: null,
		});
	});

	it('never marks a point that is arranged or not needed', () => {
		const tijdlijn: Record<string, MomentStand> = {
			risicoanalyse: { ...legeMomentStand(), status: 'geregeld' },
			toekomstplan: { ...legeMomentStand(), status: 'niet-nodig' },
		};
		const items = buildTijdlijn(
			input({ verjaardag18: '2027-01', tijdlijn, regionaal: ['risicoanalyse', 'toekomstplan'], today: '2026-11-15' }),
		);
		expect(items.find((i) => i.moment.id === 'risicoanalyse')!.urgency).toBe(null);
		expect(items.find((i) => i.moment.id === 'toekomstplan')!.urgency).toBe(null);
	});

	it('uses the own deadline of a point instead of its month', () => {
		const tijdlijn = { jongerennorm: { ...legeMomentStand(), voor: '2026-11-30' } };
		const item = buildTijdlijn(input({ tijdlijn })).find((i) => i.moment.id === 'jongerennorm')!;
		expect(item.urgency).toBe('te-laat');
	});

	it('knows when a moment has passed, and a period only after its end', () => {
		const items = buildTijdlijn(input({ verjaardag18: '2024-03', today: '2026-12-01' }));
		const voorbij = Object.fromEntries(items.map((i) => [i.moment.id, i.voorbij]));
		expect(voorbij).toMatchObject({ zorgverzekering: true, pleegzorg: false, jongerennorm: false });
	});

	it('moves with the clock across the turn of the year', () => {
		const verjaardag18 = '2027-01';
		const dates = ['2026-09-30', '2026-10-01', '2026-12-31', '2027-01-01', '2027-01-31', '2027-02-01'];
		const expected = [null, 'binnenkort', 'binnenkort', 'deze-maand', 'deze-maand', 'te-laat'];
		dates.forEach((today, i) => {
			const item = buildTijdlijn(input({ verjaardag18, today })).find((x) => x.moment.id === 'wmo')!;
			expect(item.urgency, today).toBe(expected[i]);
		});
		expect(addMonths(verjaardag18, -3)).toBe('2026-10');
	});
});

describe('what the user records', () => {
	it('keeps only moments that differ from the start', () => {
		let t = setMomentStand({}, 'wmo', { status: 'geregeld' });
		expect(t).toEqual({ wmo: { status: 'geregeld', wie: '', voor: '', notitie: '' } });
		t = setMomentStand(t, 'wmo', { wie: 'mentor' });
		expect(t.wmo).toMatchObject({ status: 'geregeld', wie: 'mentor' });
		t = setMomentStand(t, 'wmo', { status: 'open', wie: '' });
		expect(t).toEqual({});
	});

	it('lists records of moments that are no longer in the collection, so no note is lost', () => {
		const tijdlijn = {
			wmo: { ...legeMomentStand(), status: 'geregeld' as const },
			'oud-moment': { ...legeMomentStand(), notitie: 'Afspraak gemaakt' },
		};
		expect(verdwenenStanden(momenten, tijdlijn)).toEqual([{ id: 'oud-moment', stand: tijdlijn['oud-moment'] }]);
	});

	it('groups the timeline by year', () => {
		const groups = groupByJaar(buildTijdlijn(input({ regionaal: ['risicoanalyse'] })));
		expect(groups.map((g) => [g.kop, g.items.length])).toEqual([
			['2026', 1],
			['2027', 3],
			['2030', 1],
		]);
	});
});
