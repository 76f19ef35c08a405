import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deelcodesFromText, MAX_FILE_BYTES, readDeelcodeFile } from '../../../src/lib/trainer/files';
import type { GroupScan } from '../../../src/lib/trainer/group';
import { decodeDeelcode } from '../../../src/lib/zelfscan/deelcode';

/**
 * Reading deelcodes from files a trainer loads on the group overview. The
 * files come from participants: untrusted. Exports of this site go through
 * the same decoder and migrations as stored data.
 */

/** Version 1 of informele steun, on which the older zelfscan fixtures were answered (content/zelfscans/eerder/). */
const eerder: GroupScan = {
	id: 'informele-steun',
	titel: 'Informele steun (vorige versie)',
	versie: 1,
	eerder: true,
	schaal: ['Nog niet', 'Een beetje', 'Grotendeels', 'Helemaal'],
	weetNietOfNvt: 'Weet ik niet / niet van toepassing',
	themas: [
		{
			id: 'waarde-van-het-netwerk',
			titel: 'Waarde van het netwerk',
			onderdelen: [
				{ id: 'wn-vast-onderwerp', tekst: 'a' },
				{ id: 'wn-in-kaart', tekst: 'b' },
				{ id: 'wn-eigen-kracht', tekst: 'c' },
			],
		},
	],
};
/** The current version, with three of its items. */
const scan: GroupScan = {
	...eerder,
	titel: 'Informele steun',
	versie: 2,
	eerder: false,
	weetNiet: 'Weet ik niet',
	nietVanToepassing: 'Niet van toepassing',
	themas: [
		{
			id: 'waarde-van-het-netwerk',
			titel: 'Waarde van het netwerk',
			onderdelen: [
				{ id: 'wn-vast-onderwerp', tekst: 'a' },
				{ id: 'sn-vast-contact', tekst: 'b' },
				{ id: 'mw-leidinggevende', tekst: 'c' },
			],
		},
	],
};
const scans = [scan, eerder];

const fixture = (name: string) => readFileSync(`tests/fixtures/storage/${name}`, 'utf8');
const entries = (code: string) => {
	const decoded = decodeDeelcode(code);
	return decoded.ok ? decoded.value.entries : null;
};
/** What the zelfscan fixtures answered: score 2; score 1 with a talk mark; only a note (no answer). */
const FIXTURE_ENTRIES = [
	{ score: 2, bespreken: false },
	{ score: 1, bespreken: true },
	{ score: null, bespreken: false },
];

const refused = (result: ReturnType<typeof deelcodesFromText>) => (result.ok ? null : result.message);

describe('exports of this site', () => {
	it("a zelfscan export of version 1 and of version 2: an old code of each saved scan's current round", () => {
		for (const name of ['zelfscan-v1.json', 'zelfscan-v2.json']) {
			const result = deelcodesFromText(fixture(name), scans);
			expect(result.ok, name).toBe(true);
			if (result.ok) expect(result.deelcodes.map(entries)).toEqual([FIXTURE_ENTRIES]);
			if (result.ok) expect(result.deelcodes[0]).toMatch(/^z1\.informele-steun\.1\./);
		}
	});

	it('a zelfscan export of version 3: a new code, with "weet ik niet" apart from "niet van toepassing"', () => {
		const result = deelcodesFromText(fixture('zelfscan-v3.json'), scans);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		// Only informele steun is in `scans`: the gemeentescan round is passed over.
		expect(result.deelcodes).toHaveLength(1);
		expect(result.deelcodes[0]).toMatch(/^z2\.informele-steun\.2\.-\.-\./);
		expect(result.deelcodes.map(entries)).toEqual([
			[
				{ score: 4, bespreken: false },
				{ score: null, geenScore: 'weet-niet', bespreken: false },
				{ score: null, geenScore: 'nvt', bespreken: true },
			],
		]);
	});

	it('never reads notes, also when a note looks like a deelcode', () => {
		const file = JSON.parse(fixture('zelfscan-v2.json'));
		const other = 'z1.informele-steun.1.444.abc';
		file.data.scans[0].rondes[0].antwoorden['wn-eigen-kracht'].notitie = `Zie ${other}`;
		const result = deelcodesFromText(JSON.stringify(file), scans);
		expect(result.ok && result.deelcodes).toHaveLength(1);
		expect(result.ok && result.deelcodes).not.toContain(other);
	});

	it('a group overview export of version 1, 2 and 3: its deelcodes', () => {
		const codes = JSON.parse(fixture('groepsoverzicht-v2.json')).data.deelcodes;
		expect(deelcodesFromText(fixture('groepsoverzicht-v1.json'), scans)).toEqual({ ok: true, deelcodes: codes });
		expect(deelcodesFromText(fixture('groepsoverzicht-v2.json'), scans)).toEqual({ ok: true, deelcodes: codes });
		const codes3 = JSON.parse(fixture('groepsoverzicht-v3.json')).data.deelcodes;
		expect(deelcodesFromText(fixture('groepsoverzicht-v3.json'), scans)).toEqual({ ok: true, deelcodes: codes3 });
	});

	it('an export of everything: the parts with deelcodes; other tools are passed over', () => {
		const file = {
			kind: 'kb-alles',
			exportedAt: '2026-12-01T10:00:00.000Z',
			tools: [JSON.parse(fixture('big5-v2.json')), JSON.parse(fixture('zelfscan-v1.json'))],
		};
		const result = deelcodesFromText(JSON.stringify(file), scans);
		expect(result.ok && result.deelcodes.map(entries)).toEqual([FIXTURE_ENTRIES]);
	});

	it('a round answered on a version the site does not keep gives no code (its answers do not map)', () => {
		const result = deelcodesFromText(fixture('zelfscan-v2.json'), [scan]);
		expect(result).toEqual({ ok: true, deelcodes: [] });
	});
});

describe('hostile and damaged files are refused with a reason, and give no codes', () => {
	const v2 = () => JSON.parse(fixture('zelfscan-v2.json'));

	it('a zelfscan export with data of the wrong shape', () => {
		const file = v2();
		file.data.scans[0].rondes[0].antwoorden = [];
		expect(refused(deelcodesFromText(JSON.stringify(file), scans))).toMatch(
			/De gegevens van de Zelfscans in dit bestand kloppen niet/,
		);
	});

	it('a zelfscan export with an unknown key (it might carry anything)', () => {
		const file = v2();
		file.data.scans[0].script = '<script>alert(1)</script>';
		expect(refused(deelcodesFromText(JSON.stringify(file), scans))).toMatch(/kloppen niet of zijn beschadigd/);
	});

	it('prototype keys anywhere in the file', () => {
		const text = fixture('zelfscan-v2.json').replace('"antwoorden": {', '"antwoorden": {"__proto__": {"score": 1},');
		expect(refused(deelcodesFromText(text, scans))).toMatch(/kloppen niet/);
	});

	it('nesting deeper than any export', () => {
		const deep = `${'{"a":'.repeat(60)}1${'}'.repeat(60)}`;
		const text = JSON.stringify({ ...v2(), data: { scans: [] } }).replace('"scans":[]', `"scans":[${deep}]`);
		expect(refused(deelcodesFromText(text, scans))).toMatch(/kloppen niet/);
	});

	it('a newer version of the site: says so, instead of reading nothing', () => {
		expect(refused(deelcodesFromText(JSON.stringify({ ...v2(), schemaVersion: 5 }), scans))).toMatch(
			/nieuwere versie van deze site/,
		);
	});

	it('one damaged part of an everything-file refuses the whole file', () => {
		const broken = { ...JSON.parse(fixture('groepsoverzicht-v2.json')), data: { deelcodes: 'z1' } };
		const file = { kind: 'kb-alles', exportedAt: 'x', tools: [JSON.parse(fixture('zelfscan-v2.json')), broken] };
		expect(refused(deelcodesFromText(JSON.stringify(file), scans))).toMatch(
			/Groepsoverzicht in dit bestand kloppen niet/,
		);
	});

	it('a file over 1 MB is refused before it is read', async () => {
		let read = false;
		const text = () => {
			read = true;
			return Promise.resolve('');
		};
		const file = { size: MAX_FILE_BYTES + 1, text } as unknown as Blob;
		expect(await readDeelcodeFile(file, scans)).toEqual({
			ok: false,
			message: 'Dit bestand is groter dan 1 MB. Dat is geen bestand met deelcodes.',
		});
		expect(read).toBe(false);
	});

	it('a file that cannot be read', async () => {
		const file = { size: 10, text: () => Promise.reject(new Error('weg')) } as unknown as Blob;
		expect(await readDeelcodeFile(file, scans)).toEqual({ ok: false, message: 'Dit bestand kon niet worden gelezen.' });
	});
});

describe('other text files', () => {
	it('every piece of text that looks like a deelcode; checking them is left to the group overview', () => {
		const text = 'Anna: z1.informele-steun.1.540.a1b\nBram Z1.INFORMELE-STEUN.1.22.00Z, en verder niets';
		expect(deelcodesFromText(text, scans)).toEqual({
			ok: true,
			deelcodes: ['z1.informele-steun.1.540.a1b', 'Z1.INFORMELE-STEUN.1.22.00Z'],
		});
	});

	it('JSON that is not an export of this site is read as text', () => {
		const text = JSON.stringify({ notities: ['z1.informele-steun.1.540.a1b'] });
		expect(deelcodesFromText(text, scans)).toEqual({ ok: true, deelcodes: ['z1.informele-steun.1.540.a1b'] });
	});

	it('a file without codes gives none', () => {
		expect(deelcodesFromText('Boodschappenlijst', scans)).toEqual({ ok: true, deelcodes: [] });
		expect(deelcodesFromText('', scans)).toEqual({ ok: true, deelcodes: [] });
	});
});
