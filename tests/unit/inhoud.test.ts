import { describe, expect, it } from 'vitest';
import { bronSchema, paginaSchema, stapSchema, voorbeeldSchema, wijzigingSchema } from '../../src/lib/content/schemas';
import { buildReport, eenJaarEerder, formatReport } from '../scripts/inhoud.mjs';

const bron = { titel: 'Stap 8', uitgever: 'NJi' };
const stap = {
	titel: 'Pak de beleidsruimte',
	samenvatting: 'Zoek uit welke ruimte wetten u bieden, en gebruik die ook.',
	bronnen: [bron],
	bijgewerkt: '2026-12-01',
	nr: 8,
	fase: 3,
	acties: ['Zoek voorbeelden van gemeenten.', 'Gebruik de ruimte die er is.'],
	resultaat: 'U kent de ruimte en gebruikt die.',
	gespreksvragen: ['Waar zeggen wij nee?', 'Van welke gemeente leren we?', 'Wat doen we met de Wmo?'],
	status: 'bron',
};

describe('gecontroleerd (the date a page’s facts were checked)', () => {
	it('is required on a step: a page without it does not build', () => {
		const result = stapSchema.safeParse(stap);
		expect(result.success).toBe(false);
		expect(JSON.stringify(result.error?.issues)).toContain('vul gecontroleerd in');
	});

	it('is a date, or null for a page nobody has checked yet', () => {
		expect(stapSchema.parse({ ...stap, gecontroleerd: '2026-12-01' }).gecontroleerd).toEqual(new Date('2026-12-01'));
		expect(stapSchema.parse({ ...stap, gecontroleerd: null }).gecontroleerd).toBeNull();
		expect(stapSchema.safeParse({ ...stap, gecontroleerd: 'gisteren' }).success).toBe(false);
	});

	it('is required on example and theme pages, not on info pages', () => {
		const voorbeeld = {
			...stap,
			plaats: 'Leiden',
			provincie: 'Zuid-Holland',
			organisaties: ['Gemeente Leiden'],
			doelgroep: 'Dakloze jongeren',
			leeftijd: '16–27',
			jaar: 2017,
			stappen: ['investeer-in-het-sociale-netwerk'],
		};
		expect(voorbeeldSchema.safeParse(voorbeeld).success).toBe(false);
		expect(voorbeeldSchema.safeParse({ ...voorbeeld, gecontroleerd: null }).success).toBe(true);
		const pagina = {
			titel: 'Informele steun',
			samenvatting: 'Wat informele steun is en wat u kunt doen.',
			bijgewerkt: '2026-12-01',
		};
		expect(paginaSchema.safeParse({ ...pagina, soort: 'thema' }).success).toBe(false);
		expect(paginaSchema.safeParse({ ...pagina, soort: 'thema', gecontroleerd: '2026-12-01' }).success).toBe(true);
		expect(paginaSchema.safeParse({ ...pagina, soort: 'info' }).success).toBe(true);
	});
});

describe('actiesHerkomst', () => {
	it('defaults to the editors, and a list from a source must name it', () => {
		expect(stapSchema.parse({ ...stap, gecontroleerd: null }).actiesHerkomst).toBe('redactie');
		expect(stapSchema.safeParse({ ...stap, gecontroleerd: null, actiesHerkomst: 'bron' }).success).toBe(false);
		const metBron = { ...stap, gecontroleerd: null, actiesHerkomst: 'bron', actiesBron: 'NJi, Stap 8' };
		expect(stapSchema.parse(metBron).actiesBron).toBe('NJi, Stap 8');
	});
});

describe('geraadpleegd on a source', () => {
	it('keeps the day as written, whether YAML read it as a date or as text', () => {
		expect(bronSchema.parse({ ...bron, geraadpleegd: new Date('2026-12-01') }).geraadpleegd).toBe('2026-12-01');
		expect(bronSchema.parse({ ...bron, geraadpleegd: '2026-12-01' }).geraadpleegd).toBe('2026-12-01');
		expect(bronSchema.parse(bron).geraadpleegd).toBeUndefined();
		expect(bronSchema.safeParse({ ...bron, geraadpleegd: '1-12-2026' }).success).toBe(false);
	});
});

describe('a change for /wijzigingen/', () => {
	it('has a date, one line and at least one site path', () => {
		const ok = { datum: '2026-12-01', tekst: 'Stap 8 is bijgewerkt.', paginas: ['/stappenplan/pak-de-beleidsruimte/'] };
		expect(wijzigingSchema.safeParse(ok).success).toBe(true);
		expect(wijzigingSchema.safeParse({ ...ok, paginas: [] }).success).toBe(false);
		expect(wijzigingSchema.safeParse({ ...ok, paginas: ['https://example.org/'] }).success).toBe(false);
	});
});

describe('npm run inhoud (the editors’ report)', () => {
	const pagina = (file: string, gecontroleerd: unknown, bronnen: object[] = []) => ({
		file,
		soort: 'pagina',
		data: { gecontroleerd, bronnen },
	});

	it('lists pages checked more than 12 months ago, counted from the day of the report', () => {
		const r = buildReport(
			[
				pagina('oud.mdx', new Date('2025-11-30')),
				pagina('precies-een-jaar.mdx', new Date('2025-12-01')),
				pagina('vers.mdx', new Date('2026-11-30')),
			],
			'2026-12-01',
		);
		expect(r.teOud).toEqual([{ file: 'oud.mdx', datum: '2025-11-30' }]);
	});

	it('lists pages that were never checked, open questions anywhere, and sources without a date', () => {
		const r = buildReport(
			[
				pagina('nooit.mdx', null, [{ titel: 'Stap 8', uitgever: 'NJi', teControleren: 'adres onbekend' }]),
				pagina('gecheckt.mdx', new Date('2026-12-01'), [{ titel: 'VNG', uitgever: 'VNG', geraadpleegd: '2026-12-01' }]),
				{ file: 'momenten/x.yaml', soort: 'overig', data: { teControleren: 'status wetsvoorstel', bronnen: [] } },
				{
					file: 'begrippen.yaml',
					soort: 'overig',
					data: [{ id: 'ggz', bronnen: [{ titel: 'Zorg 18+', uitgever: 'X' }] }],
				},
			],
			'2026-12-01',
		);
		expect(r.nooit).toEqual([{ file: 'nooit.mdx' }]);
		expect(r.vragen.map((v) => `${v.file} ${v.tekst}`)).toEqual([
			'nooit.mdx adres onbekend',
			'momenten/x.yaml status wetsvoorstel',
		]);
		expect(r.zonderDatum.map((b) => b.bron)).toEqual(['Stap 8 (NJi)', 'ggz: Zorg 18+ (X)']);
		expect(formatReport(r)).toContain('Bronnen zonder geraadpleegd: 2');
	});

	it('counts a year back from 29 February to 28 February', () => {
		expect(eenJaarEerder('2028-02-29')).toBe('2027-02-28');
		expect(eenJaarEerder('2026-12-01')).toBe('2025-12-01');
	});
});
