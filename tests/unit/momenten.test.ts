import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { momentSchema } from '../../src/lib/content/schemas';
import {
	compareMomenten,
	findBegripIds,
	formatGeraadpleegd,
	formatLeeftijd,
	formatMoment,
	groupRondAchttien,
	parseBegripLinks,
	stripBegripLinks,
} from '../../src/lib/momenten/momenten';

const bron = { titel: 'Uw kind wordt 18 jaar', uitgever: 'SVB', geraadpleegd: '2026-12-01' };
const geldig = {
	titel: 'Kinderbijslag stopt',
	soort: 'praktisch',
	vanaf: 0,
	uitleg: 'De ouders krijgen kinderbijslag per kwartaal, tot het kind 18 is.',
	bronnen: [bron],
};
const fouten = (data: unknown) => momentSchema.safeParse(data).error?.issues.map((i) => i.path.join('.')) ?? [];

describe('momentSchema', () => {
	it('accepts a complete moment and fills the empty lists', () => {
		const moment = momentSchema.parse(geldig);
		expect(moment.regelen).toEqual([]);
		expect(moment.zie).toEqual([]);
	});

	it('requires a regional agreement to say whose it is', () => {
		expect(fouten({ ...geldig, soort: 'regionaal' })).toEqual(['regio']);
		expect(fouten({ ...geldig, soort: 'regionaal', regio: 'Friesland (Soepele Overgang)' })).toEqual([]);
	});

	it('requires at least one source, and a consulted date written as YYYY-MM-DD', () => {
		expect(fouten({ ...geldig, bronnen: [] })).toEqual(['bronnen']);
		expect(fouten({ ...geldig, bronnen: [{ ...bron, geraadpleegd: '1 december 2026' }] })).toEqual([
			'bronnen.0.geraadpleegd',
		]);
	});

	it('keeps moments between 15 and 28 years, and an end after the start', () => {
		expect(fouten({ ...geldig, vanaf: -37 })).toEqual(['vanaf']);
		expect(fouten({ ...geldig, vanaf: 121 })).toEqual(['vanaf']);
		expect(fouten({ ...geldig, vanaf: 1.5 })).toEqual(['vanaf']);
		expect(fouten({ ...geldig, vanaf: 36, tot: 36 })).toEqual(['tot']);
	});

	it('rejects links into the site that do not start with a slash', () => {
		expect(fouten({ ...geldig, zie: [{ label: 'Stap 9', href: 'https://example.org/' }] })).toEqual(['zie.0.href']);
	});

	it('accepts every file in content/momenten', () => {
		const dir = 'content/momenten';
		const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
		expect(files.length).toBeGreaterThan(20);
		for (const f of files) {
			const result = momentSchema.safeParse(parseYaml(readFileSync(join(dir, f), 'utf8')));
			expect(result.success, `${f}: ${result.error?.message}`).toBe(true);
		}
	});
});

describe('ages and order', () => {
	it('writes ages the way readers say them', () => {
		expect(formatLeeftijd(-24)).toBe('16 jaar');
		expect(formatLeeftijd(-18)).toBe('16,5 jaar');
		expect(formatLeeftijd(-2)).toBe('17 jaar en 10 maanden');
		expect(formatLeeftijd(1)).toBe('18 jaar en 1 maand');
		expect(formatLeeftijd(108)).toBe('27 jaar');
	});

	it('writes a period as "18 tot 21 jaar"', () => {
		expect(formatMoment({ vanaf: 0, tot: 36 })).toBe('18 tot 21 jaar');
		expect(formatMoment({ vanaf: 0, tot: 6 })).toBe('18 tot 18,5 jaar');
		expect(formatMoment({ vanaf: -2, tot: 1 })).toBe('17 jaar en 10 maanden tot 18 jaar en 1 maand');
		expect(formatMoment({ vanaf: 60 })).toBe('23 jaar');
	});

	it('orders by start, then the shorter period, then law before regional before practical', () => {
		const m = (titel: string, soort: 'wet' | 'praktisch' | 'regionaal', vanaf: number, tot?: number) =>
			momentSchema.parse({ ...geldig, titel, soort, vanaf, tot, regio: soort === 'regionaal' ? 'Regio' : undefined });
		const lijst = [
			m('Lang', 'wet', 0, 108),
			m('Praktisch', 'praktisch', 0),
			m('Regio', 'regionaal', 0),
			m('Wet', 'wet', 0),
			m('Eerder', 'wet', -6),
		];
		expect(lijst.sort(compareMomenten).map((x) => x.titel)).toEqual(['Eerder', 'Wet', 'Regio', 'Praktisch', 'Lang']);
	});

	it('groups practical items before, on and after the 18th birthday, leaving out empty groups', () => {
		const groepen = groupRondAchttien([{ v: -3 }, { v: 1 }, { v: 2 }], (x) => x.v);
		expect(groepen.map((g) => [g.kop, g.items.length])).toEqual([
			['Vóór de 18e verjaardag', 1],
			['Na de 18e verjaardag', 2],
		]);
	});

	it('writes a consulted date in Dutch', () => {
		expect(formatGeraadpleegd('2026-12-01')).toBe('1 december 2026');
	});
});

describe('glossary links in a moment text', () => {
	const tekst = 'De [kostendelersnorm](begrip:kostendelersnorm) geldt niet onder de 21 (zie [DigiD](begrip:digid)).';

	it('splits the text into plain and linked parts', () => {
		expect(parseBegripLinks(tekst)).toEqual([
			{ tekst: 'De ' },
			{ tekst: 'kostendelersnorm', begrip: 'kostendelersnorm' },
			{ tekst: ' geldt niet onder de 21 (zie ' },
			{ tekst: 'DigiD', begrip: 'digid' },
			{ tekst: ').' },
		]);
		expect(parseBegripLinks('Geen links hier.')).toEqual([{ tekst: 'Geen links hier.' }]);
	});

	it('gives the text a reader sees and the ids to check', () => {
		expect(stripBegripLinks(tekst)).toBe('De kostendelersnorm geldt niet onder de 21 (zie DigiD).');
		expect(findBegripIds({ uitleg: tekst, regelen: ['Vraag [DigiD](begrip:digid) aan.'] })).toEqual([
			'kostendelersnorm',
			'digid',
		]);
	});
});
