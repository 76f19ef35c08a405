import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_PER_ROL } from '../../../src/lib/team/model';
import { findVerschillen, groupsToShow, summarizeTeam, type ThemaOverzicht } from '../../../src/lib/team/overzicht';
import { deelnemer, even, scan } from './support';

const thema = (overzicht: ReturnType<typeof summarizeTeam>, id: string) =>
	overzicht.themas.find((t) => t.themaId === id) as ThemaOverzicht;
const rolIn = (t: ThemaOverzicht, id: string | null) => t.rollen.find((r) => (r.rol?.id ?? null) === id);

describe('per theme: median, range and distribution', () => {
	const team = summarizeTeam(scan, [even('gemeente', 1), even('gemeente', 2), even('jeugdhulp', 4), even(null, 3)]);
	const a = thema(team, 'a');

	it('takes the median of the participants’ theme scores, each participant once', () => {
		expect(a.n).toBe(4);
		expect(a.mediaan).toBe(2.5);
		expect(a.laagste).toBe(1);
		expect(a.hoogste).toBe(4);
	});

	it('counts participants per stand, in the order of the stands', () => {
		expect(a.verdeling.map((v) => [v.stand.id, v.aantal])).toEqual([
			['begin', 1],
			['onderweg', 1],
			['stevig', 2],
		]);
	});

	it('counts the answers per item, with weet ik niet, niet van toepassing and open apart', () => {
		const overzicht = summarizeTeam(scan, [
			deelnemer('gemeente', { a1: 2, a2: 'weet-niet' }),
			deelnemer('gemeente', { a1: 'nvt', a2: 4 }),
			deelnemer('gemeente', { a1: 2 }),
		]);
		const [a1, a2] = thema(overzicht, 'a').onderdelen;
		expect(a1).toMatchObject({ perWaarde: [0, 2, 0, 0], weetNiet: 0, nvt: 1, open: 0, mediaan: 2 });
		expect(a2).toMatchObject({ perWaarde: [0, 0, 0, 1], weetNiet: 1, nvt: 0, open: 1, mediaan: 4 });
	});

	it('leaves out participants without a theme score, and says how many', () => {
		const overzicht = summarizeTeam(scan, [
			even('gemeente', 3),
			deelnemer('gemeente', { a1: 1, a2: 'weet-niet', b1: 1, b2: 1 }),
		]);
		const a2 = thema(overzicht, 'a');
		expect(a2.n).toBe(1);
		expect(a2.zonderScore).toBe(1);
		expect(a2.mediaan).toBe(3);
	});

	it('gives no numbers for a theme nobody scored', () => {
		const overzicht = summarizeTeam(scan, [deelnemer('gemeente', { a1: 'weet-niet', a2: 'weet-niet' })]);
		expect(thema(overzicht, 'a')).toMatchObject({ n: 0, mediaan: null, laagste: null, hoogste: null });
	});
});

describe('per role: a median only with at least three participants', () => {
	it('shows a role with three participants and hides one with two as "te weinig"', () => {
		const team = summarizeTeam(scan, [
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
		const team = summarizeTeam(scan, [
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
		const team = summarizeTeam(scan, [
			even('gemeente', 2),
			even('gemeente', 2),
			deelnemer('gemeente', { a1: 'weet-niet', a2: 'weet-niet', b1: 2, b2: 2 }),
			even('jeugdhulp', 4),
			even('jeugdhulp', 4),
			even('jeugdhulp', 4),
		]);
		expect(rolIn(thema(team, 'a'), 'gemeente')?.status).toBe('te-weinig');
		expect(rolIn(thema(team, 'b'), 'gemeente')?.status).toBe('getoond');
	});

	it('hides a role when one or two others would be left, so their scores cannot be worked out', () => {
		// Gemeente 2, 3, 4 (median 3) and one jeugdhulp at 4: a team median of 3,5 beside a gemeente median of 3 would say the fourth person scored 4.
		const team = summarizeTeam(scan, [
			even('gemeente', 2),
			even('gemeente', 3),
			even('gemeente', 4),
			even('jeugdhulp', 4),
		]);
		const a = thema(team, 'a');
		expect(a.mediaan).toBe(3.5);
		expect(rolIn(a, 'gemeente')).toMatchObject({ status: 'afgeschermd', mediaan: null });
		expect(rolIn(a, 'jeugdhulp')?.status).toBe('te-weinig');
	});

	it('shows every role when the rest is empty or at least three', () => {
		const team = summarizeTeam(scan, [
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
		const team = summarizeTeam(scan, [even(null, 2), even('teamleider', 2), even('onderwijs', 3), even(null, 1)]);
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
		summarizeTeam(scan, [
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
		const overzicht = summarizeTeam(scan, [
			...[1, 2, 3].map(() => even('gemeente', 3)),
			even('jeugdhulp', 2),
			deelnemer('jeugdhulp', { a1: 2, a2: 3, b1: 2, b2: 3 }),
			deelnemer('jeugdhulp', { a1: 2, a2: 3, b1: 2, b2: 3 }),
		]);
		expect(thema(overzicht, 'a').rollen.map((r) => r.mediaan)).toEqual([3, 2.5]);
		expect(overzicht.verschillen).toEqual([]);
		expect(overzicht.verschillenStatus).toBe('geen-verschil');
	});

	it('says it cannot tell yet when fewer than two roles can be shown', () => {
		const overzicht = summarizeTeam(scan, [...[1, 2, 3].map(() => even('gemeente', 1)), even('jeugdhulp', 4)]);
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
		})) as unknown as ThemaOverzicht[];
		expect(findVerschillen(themas).verschillen.map((v) => v.themaId)).toEqual(['t4', 't3', 't2']);
	});
});

describe('statements to discuss', () => {
	it('lists items marked "Hier wil ik over praten", most marks first, the scan’s order on a tie', () => {
		const team = summarizeTeam(scan, [
			deelnemer('gemeente', { a1: [2, 'bespreken'], b2: [undefined, 'bespreken'] }),
			deelnemer('jeugdhulp', { b2: [1, 'bespreken'], b1: [3, 'bespreken'] }),
			deelnemer(null, { a2: 3 }),
		]);
		expect(team.bespreken.map((o) => [o.id, o.bespreken])).toEqual([
			['b2', 2],
			['a1', 1],
			['b1', 1],
		]);
	});

	it('lists at most five', () => {
		const many = {
			...scan,
			themas: [{ id: 'x', titel: 'X', onderdelen: 'abcdefg'.split('').map((id) => ({ id, tekst: id })) }],
		};
		const flagged = Object.fromEntries('abcdefg'.split('').map((id) => [id, { waarde: 2, bespreken: true }]));
		const team = summarizeTeam(many, [{ rol: null, antwoorden: flagged, scores: {} }]);
		expect(team.bespreken.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
	});
});
