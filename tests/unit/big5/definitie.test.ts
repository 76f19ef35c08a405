import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { big5Definition, isBig5DataV1, leegBig5 } from '../../../src/lib/big5/definitie';
import { maakChecklist, zetActie, zetStand } from '../../../src/lib/big5/lijst';
import { decodeStored } from '../../../src/lib/storage/envelope';

/** A v1 file as this version writes it. Kept forever: it must keep importing. */
const V1_FIXTURE = {
	tool: 'big5',
	schemaVersion: 1,
	revision: 3,
	savedAt: '2026-11-22T20:00:00.000Z',
	data: {
		checklists: [
			{
				id: 'jabc123',
				code: 'J-12',
				voorwaarden: {
					volwassene: { status: 'geregeld', toelichting: 'Tante blijft', actie: { wat: '', wie: '', voor: '' } },
					wonen: {
						status: 'deels',
						toelichting: '',
						actie: { wat: 'Wmo aanvragen', wie: 'mentor', voor: '2026-12-01' },
					},
					dagbesteding: { status: 'open', toelichting: '', actie: { wat: '', wie: '', voor: '' } },
					inkomen: { status: 'niet', toelichting: '', actie: { wat: '', wie: '', voor: '' } },
					zorg: { status: 'open', toelichting: '', actie: { wat: '', wie: '', voor: '' } },
				},
				volgendGesprek: '2026-12-10',
			},
		],
		actief: 'jabc123',
	},
};

describe('big5Definition', () => {
	it('accepts its own empty state and filled data', () => {
		expect(isBig5DataV1(big5Definition.empty())).toBe(true);
		let d = maakChecklist(leegBig5(), 'j1', 'Sam');
		d = zetStand(d, 'j1', 'zorg', { status: 'niet', toelichting: '<img src=x onerror=alert(1)>' });
		d = zetActie(d, 'j1', 'zorg', { wat: 'Huisarts', wie: 'jongere', voor: '2027-01-31' });
		expect(isBig5DataV1(d)).toBe(true);
	});

	it('reads the version 1 fixture through the storage module', () => {
		const decoded = decodeStored(big5Definition, JSON.stringify(V1_FIXTURE));
		expect(decoded.ok).toBe(true);
		if (decoded.ok) expect(decoded.envelope.data).toEqual(V1_FIXTURE.data);
	});

	it.each([
		['an unknown status', (d: any) => (d.checklists[0].voorwaarden.wonen.status = 'misschien')],
		['a missing condition', (d: any) => delete d.checklists[0].voorwaarden.zorg],
		['an empty code', (d: any) => (d.checklists[0].code = '')],
		['a date in another format', (d: any) => (d.checklists[0].volgendGesprek = '10-12-2026')],
		['two checklists with one id', (d: any) => d.checklists.push(structuredClone(d.checklists[0]))],
		['a huge note', (d: any) => (d.checklists[0].voorwaarden.wonen.toelichting = 'x'.repeat(5000))],
	])('refuses %s', (_naam, bederf) => {
		const data = structuredClone(V1_FIXTURE.data);
		bederf(data);
		expect(isBig5DataV1(data)).toBe(false);
	});

	it.each([
		['an unknown key', (d: any) => (d.checklists[0].naam = 'Sanne de Vries')],
		['an unknown key in an action', (d: any) => (d.checklists[0].voorwaarden.wonen.actie.extra = 1)],
		['an array instead of an object', (d: any) => (d.checklists[0].voorwaarden = [])],
		['a bad id', (d: any) => (d.checklists[0].id = 'Met Hoofdletters')],
	])('refuses %s', (_naam, bederf) => {
		const data = structuredClone(V1_FIXTURE.data);
		bederf(data);
		expect(isBig5DataV1(data)).toBe(false);
	});

	it('describes the data for "Mijn gegevens"', () => {
		expect(big5Definition.describe(leegBig5())).toBe('0 jongeren');
		expect(big5Definition.describe(V1_FIXTURE.data as never)).toBe('1 jongere');
	});
});

/**
 * The v1 format written declaratively with zod. The site checks data with
 * the hand-written `isBig5DataV1` (fewer bytes in the browser); these
 * properties make sure both accept exactly the same values.
 */
const datum = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/);
const stand = z.strictObject({
	status: z.enum(['open', 'geregeld', 'deels', 'niet']),
	toelichting: z.string().max(2000),
	actie: z.strictObject({ wat: z.string().max(300), wie: z.string().max(120), voor: datum }),
});
const declaratief = z.strictObject({
	checklists: z
		.array(
			z.strictObject({
				id: z.string().regex(/^[a-z0-9]{1,20}$/),
				code: z.string().min(1).max(40),
				voorwaarden: z.strictObject({
					volwassene: stand,
					wonen: stand,
					dagbesteding: stand,
					inkomen: stand,
					zorg: stand,
				}),
				volgendGesprek: datum,
			}),
		)
		.max(500)
		.refine((l) => new Set(l.map((c) => c.id)).size === l.length),
	actief: z.string().nullable(),
});

const tekst = (max: number) =>
	fc.oneof(fc.string({ maxLength: 5 }), fc.string({ minLength: max - 1, maxLength: max + 1 }));
const datumArb = fc.oneof(
	fc.constant(''),
	fc.constant('2026-12-01'),
	fc.constant('1-12-2026'),
	fc.string({ maxLength: 10 }),
);
const standArb = fc.record({
	status: fc.oneof(fc.constantFrom('open', 'geregeld', 'deels', 'niet'), fc.string({ maxLength: 8 })),
	toelichting: tekst(2000),
	actie: fc.record({ wat: tekst(300), wie: tekst(120), voor: datumArb }),
});
const checklistArb = fc.record({
	id: fc.oneof(fc.constantFrom('j1', 'j2', 'abc'), fc.string({ maxLength: 22 })),
	code: fc.oneof(fc.constantFrom('', 'Sam', 'J-12'), tekst(40)),
	voorwaarden: fc.record({
		volwassene: standArb,
		wonen: standArb,
		dagbesteding: standArb,
		inkomen: standArb,
		zorg: standArb,
	}),
	volgendGesprek: datumArb,
});
const dataArb = fc.record({
	checklists: fc.array(checklistArb, { maxLength: 3 }),
	actief: fc.oneof(fc.constant(null), fc.string({ maxLength: 4 }), fc.integer()),
});

/** Replace one value somewhere inside `v` by anything. */
function muteer(v: unknown, pad: number[], vervanging: unknown): unknown {
	if (pad.length === 0 || typeof v !== 'object' || v === null) return vervanging;
	const keys = Object.keys(v);
	if (keys.length === 0) return vervanging;
	const key = keys[pad[0]! % keys.length]!;
	const kopie: any = Array.isArray(v) ? [...v] : { ...v };
	kopie[key] = muteer((v as any)[key], pad.slice(1), vervanging);
	return kopie;
}

describe('isBig5DataV1 agrees with the declarative v1 schema', () => {
	it('on near-valid data (and some of it is valid)', () => {
		let geldig = 0;
		fc.assert(
			fc.property(dataArb, (d) => {
				const ok = declaratief.safeParse(d).success;
				if (ok) geldig++;
				expect(isBig5DataV1(d)).toBe(ok);
			}),
			{ numRuns: 300 },
		);
		expect(geldig).toBeGreaterThan(0);
	});

	it('on valid data with one value replaced by anything', () => {
		fc.assert(
			fc.property(fc.array(fc.nat(), { maxLength: 6 }), fc.anything({ withNullPrototype: false }), (pad, x) => {
				const d = muteer(V1_FIXTURE.data, pad, x);
				expect(isBig5DataV1(d)).toBe(declaratief.safeParse(d).success);
			}),
			{ numRuns: 500 },
		);
	});

	it('on anything at all', () => {
		fc.assert(
			fc.property(fc.anything(), (d) => {
				expect(isBig5DataV1(d)).toBe(declaratief.safeParse(d).success);
			}),
		);
	});

	it('accepts the fixture kept by the storage tests', async () => {
		const { default: bestand } = await import('../../fixtures/storage/big5-v1.json');
		expect(isBig5DataV1(bestand.data)).toBe(true);
		expect(declaratief.safeParse(bestand.data).success).toBe(true);
	});
});
