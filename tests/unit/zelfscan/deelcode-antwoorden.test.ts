import { describe, expect, it } from 'vitest';
import {
	antwoordenFromCode,
	type CodeScan,
	decodeDeelcode,
	deelcodeFromAntwoorden,
	encodeDeelcode1,
} from '../../../src/lib/zelfscan/deelcode';
import { loadEerder, loadScan } from './load';

const gemeentescan = loadScan('gemeentescan');
const versions: CodeScan[] = [
	gemeentescan,
	loadScan('informele-steun'),
	loadEerder('gemeentescan', 1),
	loadEerder('informele-steun', 1),
];

function decodeOk(code: string) {
	const d = decodeDeelcode(code);
	if (!d.ok) throw new Error(d.message);
	return d.value;
}

describe('deelcode format 2', () => {
	const antwoorden = {
		'dg-keuze': { score: 3, notitie: 'geheim' },
		'dg-beleid-afstemmen': { geenScore: 'weet-niet' as const, bespreken: true },
		'ls-duiden': { geenScore: 'nvt' as const },
		'rj-ervaring': { score: 4, bewijs: { x: 'ja' as const } },
	};

	it('carries role and round, and keeps "weet ik niet" apart from "niet van toepassing"', () => {
		const code = deelcodeFromAntwoorden(gemeentescan, antwoorden, { rol: 'jeugdhulp', ronde: 'k3f9a2' });
		expect(code).toMatch(/^z2\.gemeentescan\.2\.jeugdhulp\.k3f9a2\.[0-9a-z]{24}\.[0-9a-z]{3}$/);
		const read = antwoordenFromCode(versions, decodeOk(code));
		expect(read).toMatchObject({ ok: true, rol: 'jeugdhulp', ronde: 'k3f9a2', eerder: false });
		if (!read.ok) return;
		expect(read.antwoorden).toEqual({
			'dg-keuze': { score: 3 },
			'dg-beleid-afstemmen': { geenScore: 'weet-niet', bespreken: true },
			'ls-duiden': { geenScore: 'nvt' },
			'rj-ervaring': { score: 4 },
		});
	});

	it('leaves notes and evidence answers out', () => {
		const code = deelcodeFromAntwoorden(gemeentescan, antwoorden);
		expect(code).not.toContain('geheim');
		expect(code.split('.').slice(3, 5)).toEqual(['-', '-']);
	});

	it('refuses a code with one character changed, and a role the scan does not have', () => {
		const code = deelcodeFromAntwoorden(gemeentescan, antwoorden);
		const digits = code.split('.')[5];
		const changed = code.replace(
			`.${digits}.`,
			`.${digits.slice(0, 5)}${digits[5] === '0' ? '1' : '0'}${digits.slice(6)}.`,
		);
		const tampered = decodeDeelcode(changed);
		expect(tampered.ok).toBe(false);
		if (!tampered.ok) expect(tampered.message).toContain('klopt niet');
		const wrongRole = deelcodeFromAntwoorden(gemeentescan, {}, { rol: 'wethouder', ronde: null });
		const read = antwoordenFromCode(versions, decodeOk(wrongRole));
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.message).toContain('"wethouder"');
	});

	it('tells a code of a newer format from a broken one', () => {
		const newer = decodeDeelcode('z3.gemeentescan.3.x');
		const broken = decodeDeelcode('hallo');
		expect(newer.ok || newer.message).toContain('nieuwere versie');
		expect(broken.ok || broken.message).toContain('geen geldige deelcode');
	});
});

describe('old deelcodes (format 1) of version 1 of the scans', () => {
	// Made as the site made them until December 2026: one digit per statement of version 1, in order.
	const v1 = loadEerder('gemeentescan', 1);
	const given: Record<string, { score: number; bespreken?: boolean }> = {
		'dg-leeftijd': { score: 4 },
		'dg-groepen': { score: 0, bespreken: true },
		'ik-toekomstplan': { score: 1 },
	};
	const oldCode = encodeDeelcode1({
		scanId: 'gemeentescan',
		version: 1,
		entries: v1.themas
			.flatMap((t) => t.onderdelen)
			.map((o) => ({ score: given[o.id]?.score ?? null, bespreken: given[o.id]?.bespreken === true })),
	});

	it('are read against the earlier version of their scan, role unknown', () => {
		const read = antwoordenFromCode(versions, decodeOk(oldCode));
		expect(read).toMatchObject({ ok: true, eerder: true, rol: null, ronde: null });
		if (!read.ok) return;
		expect(read.scan.versie).toBe(1);
		expect(read.antwoorden).toEqual({
			'dg-leeftijd': { score: 4 },
			'dg-groepen': { geenScore: 'weet-niet-of-nvt', bespreken: true },
			'ik-toekomstplan': { score: 1 },
		});
	});

	it('still refuse a tampered code', () => {
		const tampered = `${oldCode.slice(0, -1)}${oldCode.endsWith('0') ? '1' : '0'}`;
		expect(decodeDeelcode(tampered).ok).toBe(false);
	});

	it('say so when the version is not kept', () => {
		const read = antwoordenFromCode([gemeentescan], decodeOk(oldCode));
		expect(read.ok || read.message).toContain('versie 1');
	});
});
