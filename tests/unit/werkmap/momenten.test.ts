import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { momentSchema } from '../../../src/lib/content/schemas';
import { stripBegripLinks } from '../../../src/lib/momenten/momenten';
import { newJongere } from '../../../src/lib/werkmap/jongeren';
import { monthsBetween } from '../../../src/lib/werkmap/month';
import { buildPlan, MAX_KOMT_ERAAN } from '../../../src/lib/werkmap/plan';
import { buildTijdlijn, plainText, soortLabel, toTijdlijnMoment } from '../../../src/lib/werkmap/tijdlijn';

/**
 * The werkmap's timeline over the real `momenten` collection (content/momenten/): the
 * moments come from there and nowhere else, so every one of them must reach the timeline.
 */
const dir = 'content/momenten';
const momenten = readdirSync(dir)
	.filter((f) => /^[^_].*\.ya?ml$/.test(f))
	.map((f) =>
		toTijdlijnMoment(f.replace(/\.ya?ml$/, ''), momentSchema.parse(parseYaml(readFileSync(join(dir, f), 'utf8')))),
	);
const regionaal = momenten.filter((m) => m.soort === 'regionaal').map((m) => m.id);

describe('the timeline over content/momenten', () => {
	it('has every moment once, with all regional practices switched on', () => {
		const items = buildTijdlijn({ momenten, verjaardag18: '2027-03', tijdlijn: {}, regionaal, today: '2026-12-01' });
		expect(items.map((i) => i.moment.id).sort()).toEqual(momenten.map((m) => m.id).sort());
	});

	it('leaves regional practice out until it is switched on, and labels it as no law', () => {
		const items = buildTijdlijn({
			momenten,
			verjaardag18: '2027-03',
			tijdlijn: {},
			regionaal: [],
			today: '2026-12-01',
		});
		expect(items.some((i) => i.moment.soort === 'regionaal')).toBe(false);
		for (const id of regionaal) {
			const m = momenten.find((x) => x.id === id);
			expect(m && soortLabel(m)).toBe('Regionale afspraak, geen wet');
		}
	});

	it('dates every moment at its distance from the birthday month', () => {
		const items = buildTijdlijn({ momenten, verjaardag18: '2027-03', tijdlijn: {}, regionaal, today: '2026-12-01' });
		for (const item of items) {
			expect(item.maand, item.moment.id).not.toBe(null);
			expect(monthsBetween('2027-03', item.maand ?? '2027-03')).toBe(item.moment.vanaf);
		}
	});

	it('keeps the words of the collection: glossary links become text parts with the same words', () => {
		for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
			const data = momentSchema.parse(parseYaml(readFileSync(join(dir, file), 'utf8')));
			const m = toTijdlijnMoment(file.replace('.yaml', ''), data);
			expect(plainText(m.uitleg)).toBe(stripBegripLinks(data.uitleg));
			expect(m.regelen.map(plainText)).toEqual(data.regelen.map(stripBegripLinks));
			expect(m.bronnen).toHaveLength(data.bronnen.length);
		}
	});

	it('gives a plan of one page for a 17-year-old with everything still open', () => {
		const jongere = newJongere('j1', 'J-01');
		const tijdlijn = buildTijdlijn({ momenten, verjaardag18: '2027-03', tijdlijn: {}, regionaal, today: '2026-12-01' });
		const plan = buildPlan({ ...jongere, tijdlijn, today: '2026-12-01' });
		expect(plan.komtEraan).toHaveLength(MAX_KOMT_ERAAN);
		expect(plan.meerPunten).toBeGreaterThan(0);
		// Late points come first: at 17 years and 9 months, the moments due before now (16,5 and 16) are late.
		expect(plan.komtEraan[0]?.signaal).toBe('Te laat');
	});
});
