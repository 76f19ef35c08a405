import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrateToCurrent } from '../../../src/lib/storage/envelope';
import { zelfscanTool } from '../../../src/lib/zelfscan/definition';
import { describeVergelijking, vergelijkRondes } from '../../../src/lib/zelfscan/vergelijken';
import { loadEerder, loadScan } from './load';

/** A round as the site stored it until December 2026 (tests/fixtures/storage/zelfscan-v2.json), migrated as the tool migrates it. */
const fixture = JSON.parse(readFileSync('tests/fixtures/storage/zelfscan-v2.json', 'utf8'));
const stored = fixture.data;
const migrated = migrateToCurrent(zelfscanTool, 2, stored);
if (!migrated.ok) throw new Error('the stored fixture of version 2 does not migrate');
const [oldRonde] = migrated.data.scans[0].rondes;

describe('a stored version-1 round next to a version-2 round', () => {
	it('is stored format 2, valid, of version 1 of the scan', () => {
		expect(zelfscanTool.validators[2](stored)).toBe(true);
		expect(oldRonde.scanVersion).toBe(1);
	});

	const v1 = loadEerder('informele-steun', 1);
	const v2 = loadScan('informele-steun');
	const before = { scan: v1, antwoorden: oldRonde.antwoorden };
	const after = {
		scan: v2,
		antwoorden: { 'wn-vast-onderwerp': { score: 4 }, 'wn-in-kaart': { score: 2 }, 'sn-vast-contact': { score: 3 } },
	};
	const v = vergelijkRondes(before, after);

	it('compares only the statements asked in both versions', () => {
		expect(v.zelfdeVersie).toBe(false);
		expect(v.vergelijkbaar).toHaveLength(14);
		expect(v.vergelijkbaar.map((o) => o.id)).not.toContain('sn-vast-contact');
		const first = v.vergelijkbaar.find((o) => o.id === 'wn-vast-onderwerp');
		expect(first).toMatchObject({ before: 'Een beetje', after: 'Helemaal', change: 2 });
		const second = v.vergelijkbaar.find((o) => o.id === 'wn-in-kaart');
		expect(second).toMatchObject({ before: 'Nog niet', after: 'Een beetje', change: 1 });
		const open = v.vergelijkbaar.find((o) => o.id === 'wn-eigen-kracht');
		expect(open).toMatchObject({ before: 'Nog open', after: 'Nog open', change: null });
		expect(v.alleenBefore).toBe(30 - 14);
		expect(v.alleenAfter).toBe(24 - 14);
	});

	it('puts the themes side by side without a difference, and says why', () => {
		expect(v.themas.every((t) => t.change === null)).toBe(true);
		expect(v.themas.map((t) => t.themaId)).toContain('overzicht-projecten');
		expect(describeVergelijking(v)).toBe(
			'Deze rondes zijn met verschillende versies van de scan ingevuld. Alleen de 14 vragen die in beide versies hetzelfde zijn, worden vergeleken. De scores per thema staan naast elkaar, zonder verschil, omdat ze over andere vragen gaan.',
		);
	});

	it('compares nothing of the gemeentescan: every question changed form', () => {
		const g = vergelijkRondes(
			{ scan: loadEerder('gemeentescan', 1), antwoorden: { 'dg-leeftijd': { score: 3 } } },
			{ scan: loadScan('gemeentescan'), antwoorden: { 'dg-keuze': { score: 3 } } },
		);
		expect(g.vergelijkbaar).toEqual([]);
		expect(describeVergelijking(g)).toContain('Geen enkele vraag is in beide versies hetzelfde');
	});

	it('computes the change per theme between two rounds of one version', () => {
		const same = vergelijkRondes(
			{ scan: v2, antwoorden: { 'wn-vast-onderwerp': { score: 1 }, 'wn-in-kaart': { score: 2 } } },
			{ scan: v2, antwoorden: { 'wn-vast-onderwerp': { score: 3 }, 'wn-in-kaart': { score: 3 } } },
		);
		expect(same.zelfdeVersie).toBe(true);
		expect(same.themas[0].change).toBe(1.5);
		expect(describeVergelijking(same)).toContain('Alles is te vergelijken');
	});
});
