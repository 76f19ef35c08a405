import { describe, expect, it } from 'vitest';
import { guideLinks } from '../../../src/lib/zelfscan/links';
import { findBrokenZelfscanLinks, parseZelfscan } from '../../../src/lib/zelfscan/schema';
import { idsIn, loadEerder, loadScan, readYaml, SCAN_IDS } from './load';

/**
 * Content rules of the version-2 scans (content/zelfscans/README.md,
 * "Content tests"): what makes a scan an instrument, not only valid YAML.
 */

const STAPPEN = idsIn('content/stappen');
const VOORBEELDEN = idsIn('content/voorbeelden');
const scans = SCAN_IDS.map((id) => loadScan(id));
const gemeentescan = loadScan('gemeentescan');
const items = (scan: (typeof scans)[number]) => scan.themas.flatMap((t) => t.onderdelen.map((o) => ({ thema: t, o })));

describe.each(scans.map((s) => [s.id, s] as const))('the %s', (_, scan) => {
	it('gives every item its own next step: what to do in a full sentence, who, and a link', () => {
		for (const { o } of items(scan)) {
			expect(o.volgendeStap.wat, o.id).toMatch(/[.!?]$/);
			expect(o.volgendeStap.wat, o.id).not.toMatch(/^(zie|lees)\b/i);
			expect(o.volgendeStap.wie.length, o.id).toBeGreaterThan(4);
			expect(o.volgendeStap.stappen.length + o.volgendeStap.voorbeelden.length, o.id).toBeGreaterThan(0);
		}
		const whats = items(scan).map(({ o }) => o.volgendeStap.wat);
		expect(new Set(whats).size, 'two items share one next step').toBe(whats.length);
	});

	it('links only to steps and examples that exist', () => {
		expect(findBrokenZelfscanLinks([{ id: scan.id, data: scan }], STAPPEN, VOORBEELDEN)).toEqual([]);
	});

	it('gives every respondent group a third of the items, over at least half of the themes', () => {
		for (const groep of scan.respondenten) {
			const forGroup = items(scan).filter(({ o }) => !o.wie || o.wie.includes(groep.id));
			expect(forGroup.length, groep.id).toBeGreaterThanOrEqual(items(scan).length / 3);
			expect(new Set(forGroup.map(({ thema }) => thema.id)).size, groep.id).toBeGreaterThanOrEqual(
				scan.themas.length / 2,
			);
		}
	});

	it('never says "we" or "onze" where partners answer too', () => {
		if (scan.respondenten.length < 2) return; // a team scan: "we" is the team itself
		for (const { o } of items(scan)) {
			for (const text of [o.tekst, o.uitleg ?? '', ...(o.niveaus ?? [])]) {
				expect(text, o.id).not.toMatch(/\b(we|wij|ons|onze)\b/i);
			}
		}
	});

	it('asks one thing per statement: no statement joins two questions with "en ook" or asks two questions', () => {
		for (const { o } of items(scan)) {
			expect((o.tekst.match(/\?/g) ?? []).length, o.id).toBeLessThanOrEqual(1);
			expect(o.tekst, o.id).not.toMatch(/\ben ook\b/i);
			for (const b of o.bewijs) expect((b.vraag.match(/\?/g) ?? []).length, b.id).toBe(1);
		}
	});
});

describe('the gemeentescan, version 2', () => {
	it('is a maturity grid: every item has four level texts, all different', () => {
		for (const { o } of items(gemeentescan)) {
			expect(o.niveaus, o.id).toHaveLength(4);
			expect(new Set(o.niveaus).size, o.id).toBe(4);
		}
	});

	it('covers every step of the stappenplan with one or two aspects, plus results for young people', () => {
		const covered = gemeentescan.themas.map((t) => t.stap).filter(Boolean);
		expect([...covered].sort()).toEqual([...STAPPEN].sort());
		for (const thema of gemeentescan.themas) expect(thema.onderdelen.length, thema.id).toBeLessThanOrEqual(2);
		const rest = gemeentescan.themas.filter((t) => !t.stap);
		expect(rest.map((t) => t.id)).toEqual(['wat-jongeren-merken']);
	});

	it('fills the gaps of version 1 in steps 6, 9 and 10', () => {
		const ids = (stap: string) => gemeentescan.themas.find((t) => t.stap === stap)?.onderdelen.map((o) => o.id) ?? [];
		expect(ids('investeer-in-het-sociale-netwerk')).toContain('nw-vaste-volwassene');
		expect(ids('werk-met-een-toekomstplan')).toContain('tp-steun-op-tijd');
		expect(ids('benoem-de-opgave-voor-professionals')).toContain('pr-tijd-en-ruimte');
	});

	it('offers "Weet ik niet" and "Niet van toepassing" as two choices', () => {
		expect(gemeentescan.weetNiet).toBe('Weet ik niet');
		expect(gemeentescan.nietVanToepassing).toBe('Niet van toepassing');
	});
});

describe('the informele-steun scan, version 2', () => {
	const scan = loadScan('informele-steun');
	it('explains every point of its scale, so a team answers alike', () => {
		expect(scan.schaalUitleg).toHaveLength(scan.schaal.length);
	});
	it("asks only about the team's own work: the municipal themes moved to the gemeentescan", () => {
		expect(scan.themas.map((t) => t.id)).not.toContain('overzicht-projecten');
		expect(scan.respondenten.map((r) => r.id)).toEqual(['professional']);
	});
	it('keeps a kept statement word for word, so it stays comparable with version 1', () => {
		const v1 = loadEerder('informele-steun', 1);
		const old = new Map(v1.themas.flatMap((t) => t.onderdelen.map((o) => [o.id, o.tekst] as const)));
		const kept = items(scan).filter(({ o }) => old.has(o.id));
		expect(kept.length).toBe(14);
		for (const { o } of kept) {
			// vp-zelf-kiezen was made to stand alone (versie-2.md): same question, other words
			if (o.id !== 'vp-zelf-kiezen') expect(o.tekst, o.id).toBe(old.get(o.id));
		}
	});
});

describe('the earlier versions kept in content/zelfscans/eerder', () => {
	it.each([
		['gemeentescan', 44, 'dg-leeftijd', 'ik-toekomstplan'],
		['informele-steun', 30, 'wn-vast-onderwerp', 'mi-netwerk-in-contract'],
	])('hold version 1 of %s as it was on the site: %i statements, from %s to %s', (id, n, first, last) => {
		const eerder = loadEerder(id, 1);
		const ids = eerder.themas.flatMap((t) => t.onderdelen.map((o) => o.id));
		expect(eerder.versie).toBe(1);
		expect(eerder.schaal).toEqual(['Nog niet', 'Een beetje', 'Grotendeels', 'Helemaal']);
		expect(ids).toHaveLength(n);
		expect(new Set(ids).size).toBe(n);
		expect([ids[0], ids[n - 1]]).toEqual([first, last]);
	});
	it('are older than the scans the site asks now', () => {
		for (const scan of scans) expect(loadEerder(scan.id, 1).versie).toBeLessThan(scan.versie);
	});
});

describe('links of next steps', () => {
	it('name a step or example that does not exist, with file and field', () => {
		const scan = loadScan('gemeentescan');
		const broken = structuredClone(scan);
		broken.themas[0].onderdelen[0].volgendeStap.stappen = ['bestaat-niet'];
		expect(findBrokenZelfscanLinks([{ id: 'x', data: broken }], STAPPEN, VOORBEELDEN)).toEqual([
			'content/zelfscans/x: veld "themas[0].onderdelen[0].volgendeStap.stappen[0]" verwijst naar stap "bestaat-niet", maar die bestaat niet.',
		]);
	});
	it('become a link with the step number and title', () => {
		const stappen = [{ id: 'bepaal-de-doelgroep', data: { nr: 1, titel: 'Bepaal de doelgroep' } }];
		const { links } = guideLinks([{ id: 'gemeentescan', data: loadScan('gemeentescan') }], stappen, []);
		expect(links['stap:bepaal-de-doelgroep']).toEqual({
			href: '/stappenplan/bepaal-de-doelgroep/',
			label: 'Stap 1: Bepaal de doelgroep',
		});
	});
});

/** Just enough of the file's shape to break it on purpose. */
interface Draft {
	standen: { laagsteVanaf?: number }[];
	rollen: { respondent: string }[];
	themas: {
		onderdelen: {
			id: string;
			wie?: string[];
			niveaus: string[];
			bewijs: { id: string }[];
			volgendeStap: { wat: string };
		}[];
	}[];
}

describe('the version-2 schema', () => {
	const valid = () => structuredClone(readYaml('content/zelfscans/gemeentescan.yaml')) as Draft;
	const problems = (data: unknown) => {
		const r = parseZelfscan(data, 'x.yaml', 'x');
		return r.ok ? [] : r.problems;
	};

	it('accepts the gemeentescan', () => expect(problems(valid())).toEqual([]));

	it('refuses a grid item with three levels', () => {
		const data = valid();
		data.themas[0].onderdelen[0].niveaus.pop();
		expect(problems(data).join()).toContain('themas[0].onderdelen[0].niveaus');
	});

	it('refuses a highest band that would call a theme strong with an answer at the bottom', () => {
		const data = valid();
		delete data.standen[2].laagsteVanaf;
		expect(problems(data).join()).toContain('laagsteVanaf');
	});

	it('refuses a next step that is only a link', () => {
		const data = valid();
		data.themas[0].onderdelen[0].volgendeStap.wat = 'Zie stap 1 van het stappenplan voor meer uitleg.';
		expect(problems(data).join()).toContain('volgendeStap.wat');
		data.themas[0].onderdelen[0].volgendeStap.wat = 'Stap 1';
		expect(problems(data).join()).toContain('volgendeStap.wat');
	});

	it('refuses an id used twice, also between an item and an evidence question', () => {
		const data = valid();
		data.themas[0].onderdelen[0].bewijs[0].id = data.themas[0].onderdelen[1].id;
		expect(problems(data).join()).toContain('komt twee keer voor');
	});

	it('refuses a respondent group or role group that does not exist', () => {
		const data = valid();
		data.themas[0].onderdelen[1].wie = ['wethouder'];
		data.rollen[0].respondent = 'niemand';
		const text = problems(data).join();
		expect(text).toContain('"wethouder"');
		expect(text).toContain('"niemand"');
	});
});
