import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deelcodeFragment } from '../../../src/lib/trainer/links';
import { type DecodedCode, decodeDeelcode, encodeDeelcode, encodeDeelcode1 } from '../../../src/lib/zelfscan/deelcode';

type Code2 = Omit<DecodedCode, 'format'>;
const id = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/).filter((s) => s.length <= 40);
const entry = fc.oneof(
	fc.record({ score: fc.integer({ min: 1, max: 9 }), bespreken: fc.boolean() }),
	fc.record({ score: fc.constant(null), bespreken: fc.boolean() }),
	fc.record({
		score: fc.constant(null),
		geenScore: fc.constantFrom('weet-niet' as const, 'nvt' as const),
		bespreken: fc.boolean(),
	}),
);
const deelcodeArb: fc.Arbitrary<Code2> = fc.record({
	scanId: id,
	versie: fc.integer({ min: 1, max: 999 }),
	rol: fc.option(id, { nil: null }),
	ronde: fc.option(fc.stringMatching(/^[0-9a-z]{1,16}$/), { nil: null }),
	entries: fc.array(entry, { maxLength: 80 }),
});

describe('deelcode format 2', () => {
	it('has the documented shape', () => {
		const code = encodeDeelcode({
			scanId: 'gemeentescan',
			versie: 2,
			rol: 'jeugdhulp',
			ronde: null,
			entries: [
				{ score: null, bespreken: false },
				{ score: null, geenScore: 'weet-niet', bespreken: false },
				{ score: null, geenScore: 'nvt', bespreken: true },
				{ score: 1, bespreken: false },
				{ score: 4, bespreken: true },
			],
		});
		expect(code).toMatch(/^z2\.gemeentescan\.2\.jeugdhulp\.-\.0256d\.[0-9a-z]{3}$/);
	});

	it('round-trips any scores, no-value answers, marks, roles and rounds', () => {
		fc.assert(
			fc.property(deelcodeArb, (value) => {
				expect(decodeDeelcode(encodeDeelcode(value))).toEqual({ ok: true, value: { format: 2, ...value } });
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
					expect(decodeDeelcode(pasted)).toEqual({ ok: true, value: { format: 2, ...value } });
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
		['', 'Vul een deelcode in'],
		['   ', 'Vul een deelcode in'],
		['hallo', 'geen geldige deelcode'],
		['z2.informele-steun.2.-.-.02', 'geen geldige deelcode'],
		['z2.Informele_steun.2.-.-.02.abc', 'geen geldige deelcode'],
		['z2.informele-steun.0.-.-.02.abc', 'geen geldige deelcode'],
		['z2.informele-steun.2.-.-.0!2.abc', 'geen geldige deelcode'],
		['z3.informele-steun.3.02.abc', 'nieuwere versie'],
		['z2.informele-steun.2.-.-.02.000', 'klopt niet'],
		['z1.informele-steun.1.02.000', 'klopt niet'],
		['x'.repeat(2001), 'te lang'],
	])('refuses %j with a Dutch message', (input, message) => {
		const result = decodeDeelcode(input);
		expect(result.ok).toBe(false);
		expect(result.ok ? '' : result.message).toContain(message);
	});
});

describe('deelcode format 1 (until December 2026) is still read', () => {
	const code1 = fc.record({
		scanId: id,
		version: fc.integer({ min: 1, max: 999 }),
		entries: fc.array(
			fc.record({ score: fc.option(fc.integer({ min: 0, max: 16 }), { nil: null }), bespreken: fc.boolean() }),
			{ maxLength: 80 },
		),
	});
	it('with its one answer "weet ik niet / n.v.t." as it was chosen, and no role or round', () => {
		fc.assert(
			fc.property(code1, (value) => {
				const decoded = decodeDeelcode(encodeDeelcode1(value));
				expect(decoded).toEqual({
					ok: true,
					value: {
						format: 1,
						scanId: value.scanId,
						versie: value.version,
						rol: null,
						ronde: null,
						entries: value.entries.map(({ score, bespreken }) =>
							score === 0 ? { score: null, geenScore: 'weet-niet-of-nvt', bespreken } : { score, bespreken },
						),
					},
				});
			}),
		);
	});
	it('and refuses a format-1 code with a changed character', () => {
		fc.assert(
			fc.property(code1, fc.nat(), (value, at) => {
				const code = encodeDeelcode1(value);
				const i = at % code.length;
				const char = code[i] === '0' ? '1' : '0';
				expect(decodeDeelcode(code.slice(0, i) + char + code.slice(i + 1)).ok).toBe(false);
			}),
		);
	});
});
