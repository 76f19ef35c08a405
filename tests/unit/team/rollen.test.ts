import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_PER_ROL } from '../../../src/lib/team/model';
import {
	findVerschillen,
	groupsToShow,
	type RolDeelnemer,
	type RolMediaan,
	rolMediaanText,
	summarizeRollen,
	verschilText,
} from '../../../src/lib/team/rollen';

const scan = {
	rollen: [
		{ id: 'gemeente', naam: 'Gemeente' },
		{ id: 'jeugdhulp', naam: 'Jeugdhulp' },
		{ id: 'onderwijs', naam: 'Onderwijs' },
	],
	themas: [
		{ id: 'a', titel: 'Thema A' },
		{ id: 'b', titel: 'Thema B' },
	],
};

/** A participant with a role and a score for theme A and theme B (null: the scan gave that theme no score). */
const even = (rol: string | null, a: number | null, b: number | null = a): RolDeelnemer => ({ rol, scores: { a, b } });
const thema = (overzicht: ReturnType<typeof summarizeRollen>, id: string) => ({
	rollen: overzicht.perThema[id] as RolMediaan[],
});
const rolIn = (t: { rollen: RolMediaan[] }, id: string | null) => t.rollen.find((r) => (r.rol?.id ?? null) === id);

describe('per role: a median only with at least three participants', () => {
	it('shows a role with three participants and hides one with two as "te weinig"', () => {
		const team = summarizeRollen(scan, [
			even('gemeente', 1),
			even('gemeente', 2),
			even('gemeente', 2),
			even('jeugdhulp', 4),
			even('jeugdhulp', 4),
			even('onderwijs', 3),
			even('onderwijs', 3),
			even('onderwijs', 3),
			even(null, 1),
		]);
		const a = thema(team, 'a');
		expect(rolIn(a, 'gemeente')).toMatchObject({ status: 'getoond', mediaan: 2 });
		expect(rolIn(a, 'onderwijs')).toMatchObject({ status: 'getoond', mediaan: 3 });
		expect(rolIn(a, 'jeugdhulp')).toMatchObject({ status: 'te-weinig', mediaan: null });
		expect(rolIn(a, null)).toMatchObject({ status: 'te-weinig', mediaan: null });
	});

	it('hides the smallest role shown (the later one on a tie) when two others would be left', () => {
		const team = summarizeRollen(scan, [
			...[1, 2, 3].map(() => even('gemeente', 2)),
			...[1, 2, 3].map(() => even('onderwijs', 3)),
			even('jeugdhulp', 4),
			even('jeugdhulp', 4),
		]);
		const a = thema(team, 'a');
		expect(rolIn(a, 'gemeente')?.status).toBe('getoond');
		expect(rolIn(a, 'onderwijs')?.status).toBe('afgeschermd');
	});

	it('counts only participants of the role who have a score for that theme', () => {
		const team = summarizeRollen(scan, [
			even('gemeente', 2),
			even('gemeente', 2),
			even('gemeente', null, 2),
			even('jeugdhulp', 4),
			even('jeugdhulp', 4),
			even('jeugdhulp', 4),
		]);
		expect(rolIn(thema(team, 'a'), 'gemeente')?.status).toBe('te-weinig');
		expect(rolIn(thema(team, 'b'), 'gemeente')?.status).toBe('getoond');
	});

	it('hides a role when one or two others would be left, so their scores cannot be worked out', () => {
		// Gemeente 2, 3, 4 (median 3) and one jeugdhulp at 4: a team median of 3,5 beside a gemeente median of 3 would say the fourth person scored 4.
		const team = summarizeRollen(scan, [
			even('gemeente', 2),
			even('gemeente', 3),
			even('gemeente', 4),
			even('jeugdhulp', 4),
		]);
		const a = thema(team, 'a');
		expect(rolIn(a, 'gemeente')).toMatchObject({ status: 'afgeschermd', mediaan: null });
		expect(rolIn(a, 'jeugdhulp')?.status).toBe('te-weinig');
	});

	it('shows every role when the rest is empty or at least three', () => {
		const team = summarizeRollen(scan, [
			...[1, 2, 3].map(() => even('gemeente', 2)),
			...[1, 2, 3].map(() => even('jeugdhulp', 4)),
			even('onderwijs', 1),
			even('onderwijs', 1),
			even(null, 3),
		]);
		const a = thema(team, 'a');
		expect(rolIn(a, 'gemeente')?.status).toBe('getoond');
		expect(rolIn(a, 'jeugdhulp')?.status).toBe('getoond');
		expect(rolIn(a, 'onderwijs')?.status).toBe('te-weinig');
		expect(rolIn(a, null)?.status).toBe('te-weinig');
	});

	it('groups codes without a role, or with a role the scan does not know, as "rol onbekend", listed last', () => {
		const team = summarizeRollen(scan, [even(null, 2), even('teamleider', 2), even('onderwijs', 3), even(null, 1)]);
		expect(team.perRol.map((p) => [p.rol?.id ?? null, p.aantal])).toEqual([
			['onderwijs', 1],
			[null, 3],
		]);
		expect(rolIn(thema(team, 'a'), null)?.status).toBe('afgeschermd');
	});

	it('never leaves one or two participants outside the roles shown (any team)', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 8 }), (sizes) => {
				const shown = groupsToShow(sizes);
				const total = sizes.reduce((a, b) => a + b, 0);
				const inShown = sizes.reduce((sum, size, i) => sum + (shown[i] ? size : 0), 0);
				const rest = total - inShown;
				expect(sizes.every((size, i) => !shown[i] || size >= MIN_PER_ROL)).toBe(true);
				if (shown.some(Boolean)) expect(rest === 0 || rest >= MIN_PER_ROL).toBe(true);
				// A role is only hidden for a reason: too small, or to protect the rest.
				if (sizes.every((s) => s === 0 || s >= MIN_PER_ROL)) expect(shown).toEqual(sizes.map((s) => s >= MIN_PER_ROL));
			}),
		);
	});
});

describe('where roles differ most', () => {
	const team = (aGemeente: number, aJeugdhulp: number, bGemeente: number, bJeugdhulp: number) =>
		summarizeRollen(scan, [
			...[1, 2, 3].map(() => even('gemeente', aGemeente, bGemeente)),
			...[1, 2, 3].map(() => even('jeugdhulp', aJeugdhulp, bJeugdhulp)),
		]);

	it('lists themes whose role medians differ a whole level or more, largest gap first', () => {
		const overzicht = team(3, 2, 1, 4);
		expect(overzicht.verschillenStatus).toBe('verschillen');
		expect(overzicht.verschillen.map((v) => [v.themaId, v.verschil])).toEqual([
			['b', 3],
			['a', 1],
		]);
		const [b] = overzicht.verschillen;
		expect(b.hoogste).toEqual({ rollen: [scan.rollen[1]], mediaan: 4 });
		expect(b.laagste).toEqual({ rollen: [scan.rollen[0]], mediaan: 1 });
	});

	it('says the roles are close when no gap reaches a whole level', () => {
		const overzicht = summarizeRollen(scan, [
			...[1, 2, 3].map(() => even('gemeente', 3)),
			even('jeugdhulp', 2),
			even('jeugdhulp', 2.5),
			even('jeugdhulp', 2.5),
		]);
		expect(thema(overzicht, 'a').rollen.map((r) => r.mediaan)).toEqual([3, 2.5]);
		expect(overzicht.verschillen).toEqual([]);
		expect(overzicht.verschillenStatus).toBe('geen-verschil');
	});

	it('says it cannot tell yet when fewer than two roles can be shown', () => {
		const overzicht = summarizeRollen(scan, [...[1, 2, 3].map(() => even('gemeente', 1)), even('jeugdhulp', 4)]);
		expect(overzicht.verschillenStatus).toBe('te-weinig');
		expect(overzicht.verschillen).toEqual([]);
	});

	it('lists at most three themes', () => {
		const themas = Array.from({ length: 5 }, (_, i) => ({
			themaId: `t${i}`,
			titel: `T${i}`,
			rollen: [
				{ rol: scan.rollen[0], status: 'getoond' as const, mediaan: 1 },
				{ rol: scan.rollen[1], status: 'getoond' as const, mediaan: 2 + i * 0.5 },
			],
		}));
		expect(findVerschillen(themas).verschillen.map((v) => v.themaId)).toEqual(['t4', 't3', 't2']);
	});
});

describe('texts', () => {
	it('says why a role has no number', () => {
		const rol = scan.rollen[0];
		expect(rolMediaanText({ rol, status: 'getoond', mediaan: 2.5 })).toBe('2,5');
		expect(rolMediaanText({ rol, status: 'te-weinig', mediaan: null })).toBe('te weinig deelnemers om te tonen');
		expect(rolMediaanText({ rol, status: 'afgeschermd', mediaan: null })).toBe(
			'niet getoond, zodat niemand herkenbaar is',
		);
	});

	it('names the roles that differ, with their medians', () => {
		const [verschil] = summarizeRollen(scan, [
			...[1, 2, 3].map(() => even('gemeente', 1)),
			...[1, 2, 3].map(() => even('jeugdhulp', 3)),
		]).verschillen;
		expect(verschilText(verschil)).toBe('Jeugdhulp ziet dit hoger (3,0) dan Gemeente (1,0).');
	});
});
