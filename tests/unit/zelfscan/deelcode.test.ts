import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deelcodeFragment } from '../../../src/lib/trainer/links';
import {
	antwoordenFromDeelcode,
	type Deelcode,
	decodeDeelcode,
	deelcodeFromAntwoorden,
	encodeDeelcode,
} from '../../../src/lib/zelfscan/deelcode';

const scan = {
	id: 'informele-steun',
	version: 2,
	scale: ['Nog niet', 'Een beetje', 'Grotendeels', 'Helemaal'],
	themes: [{ statements: [{ id: 's1' }, { id: 's2' }, { id: 's3' }] }, { statements: [{ id: 's4' }, { id: 's5' }] }],
};

const deelcodeArb: fc.Arbitrary<Deelcode> = fc.record({
	scanId: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((s) => s.length <= 40),
	version: fc.integer({ min: 1, max: 999 }),
	entries: fc.array(
		fc.record({ score: fc.option(fc.integer({ min: 0, max: 16 }), { nil: null }), bespreken: fc.boolean() }),
		{ maxLength: 80 },
	),
});

describe('deelcode', () => {
	it('has the documented shape', () => {
		const code = encodeDeelcode({
			scanId: 'informele-steun',
			version: 1,
			entries: [
				{ score: null, bespreken: false },
				{ score: 0, bespreken: false },
				{ score: 1, bespreken: false },
				{ score: 1, bespreken: true },
				{ score: 4, bespreken: false },
				{ score: 4, bespreken: true },
			],
		});
		expect(code).toMatch(/^z1\.informele-steun\.1\.0245ab\.[0-9a-z]{3}$/);
	});

	it('round-trips any scores and marks', () => {
		fc.assert(
			fc.property(deelcodeArb, (value) => {
				expect(decodeDeelcode(encodeDeelcode(value))).toEqual({ ok: true, value });
			}),
		);
	});

	it('survives being pasted as a fragment, a URL, in capitals or with spaces', () => {
		fc.assert(
			fc.property(deelcodeArb, (value) => {
				const code = encodeDeelcode(value);
				for (const pasted of [
					deelcodeFragment(code),
					`https://example.org/voor-trainers/groepsoverzicht/${deelcodeFragment(code)}`,
					`  ${code.toUpperCase()}\n`,
				]) {
					expect(decodeDeelcode(pasted)).toEqual({ ok: true, value });
				}
			}),
		);
	});

	it('refuses any single changed character', () => {
		fc.assert(
			fc.property(
				deelcodeArb,
				fc.nat(),
				fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz.-'),
				(value, at, char) => {
					const code = encodeDeelcode(value);
					const i = at % code.length;
					fc.pre(code[i] !== char);
					const broken = code.slice(0, i) + char + code.slice(i + 1);
					expect(decodeDeelcode(broken).ok).toBe(false);
				},
			),
		);
	});

	it('refuses two swapped neighbours and a dropped character', () => {
		fc.assert(
			fc.property(deelcodeArb, fc.nat(), (value, at) => {
				const code = encodeDeelcode(value);
				const i = at % (code.length - 1);
				fc.pre(code[i] !== code[i + 1]);
				const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
				const dropped = code.slice(0, i) + code.slice(i + 1);
				expect(decodeDeelcode(swapped).ok).toBe(false);
				expect(decodeDeelcode(dropped).ok).toBe(false);
			}),
		);
	});

	it('never throws on arbitrary input', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (text) => {
				const result = decodeDeelcode(text);
				if (!result.ok) expect(result.message).toMatch(/\S/);
			}),
		);
	});

	it.each([
		['', 'empty'],
		['   ', 'empty'],
		['hallo', 'shape'],
		['z1.informele-steun.1.02', 'shape'],
		['z1.Informele_steun.1.02.abc', 'shape'],
		['z1.informele-steun.0.02.abc', 'shape'],
		['z1.informele-steun.1.0!2.abc', 'shape'],
		['z1.informele-steun.1.02.abcd', 'shape'],
		['z2.informele-steun.1.02.abc', 'unknown-format'],
		['z1.informele-steun.1.02.000', 'checksum'],
		['x'.repeat(2001), 'too-long'],
	])('refuses %j as %s, with a Dutch message', (input, error) => {
		const result = decodeDeelcode(input);
		expect(result).toMatchObject({ ok: false, error });
		expect(result.ok ? '' : result.message).toMatch(/deelcode|Vul/i);
	});
});

describe('deelcode and answers', () => {
	it('carries scores and talk marks but never notes', () => {
		const code = deelcodeFromAntwoorden(scan, {
			s1: { score: 3, notitie: 'geheim: naam van een jongere' },
			s2: { score: 0, bespreken: true },
			s4: { bespreken: true, notitie: 'ook geheim' },
			s5: { score: 4 },
		});
		expect(code).not.toMatch(/geheim/);
		const decoded = decodeDeelcode(code);
		expect(decoded.ok).toBe(true);
		if (!decoded.ok) return;
		expect(antwoordenFromDeelcode(scan, decoded.value)).toEqual({
			ok: true,
			antwoorden: { s1: { score: 3 }, s2: { score: 0, bespreken: true }, s4: { bespreken: true }, s5: { score: 4 } },
		});
	});

	it('leaves out scores that do not fit the scale', () => {
		const code = deelcodeFromAntwoorden(scan, { s1: { score: 9 }, s2: { score: 2 } });
		const decoded = decodeDeelcode(code);
		expect(decoded.ok && decoded.value.entries.map((e) => e.score)).toEqual([null, 2, null, null, null]);
	});

	it('refuses a code of another scan, another version or another length', () => {
		const of = (value: Deelcode) => antwoordenFromDeelcode(scan, value);
		const entries = Array.from({ length: 5 }, () => ({ score: 1, bespreken: false }));
		expect(of({ scanId: 'gemeentescan', version: 2, entries })).toMatchObject({
			ok: false,
			message: expect.stringMatching(/andere zelfscan/),
		});
		expect(of({ scanId: 'informele-steun', version: 1, entries })).toMatchObject({
			ok: false,
			message: expect.stringMatching(/versie 1/),
		});
		expect(of({ scanId: 'informele-steun', version: 2, entries: entries.slice(1) })).toMatchObject({
			ok: false,
			message: expect.stringMatching(/4 antwoorden/),
		});
		expect(
			of({ scanId: 'informele-steun', version: 2, entries: [...entries.slice(1), { score: 7, bespreken: false }] }),
		).toMatchObject({
			ok: false,
			message: expect.stringMatching(/schaal/),
		});
	});
});
