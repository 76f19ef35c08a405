import { describe, expect, it } from 'vitest';
import { summarizeTeam } from '../../../src/lib/team/overzicht';
import { compareRondes } from '../../../src/lib/team/vergelijk';
import { even, scan } from './support';

const nu = summarizeTeam(scan, [even('gemeente', 3, 2), even('jeugdhulp', 4, 2)]);

describe('rounds over time', () => {
	it('compares per theme: this round minus the earlier one', () => {
		const eerder = summarizeTeam(scan, [even('gemeente', 1, 3), even('gemeente', 2, 3), even('onderwijs', 2, 4)]);
		const result = compareRondes(nu, eerder);
		expect(result.zelfdeScan).toBe(true);
		expect(result.themas.map((t) => [t.themaId, t.nu, t.eerder, t.verschil])).toEqual([
			['a', 3.5, 2, 1.5],
			['b', 2, 3, -1],
		]);
		expect(result.deelnemers).toEqual({ nu: 2, eerder: 3 });
	});

	it('shows a theme whose items changed side by side, without a difference', () => {
		const changed = {
			...scan,
			themas: [
				{
					...scan.themas[0],
					onderdelen: [
						{ id: 'a1', tekst: 'a1' },
						{ id: 'a3', tekst: 'nieuw' },
					],
				},
				scan.themas[1],
			],
		};
		const eerder = summarizeTeam(changed, [even('gemeente', 1, 1)]);
		const [a, b] = compareRondes(nu, eerder).themas;
		expect(a).toMatchObject({ vergelijkbaar: false, verschil: null, nu: 3.5 });
		expect(b).toMatchObject({ vergelijkbaar: true, verschil: 1 });
	});

	it('names themes only the earlier round had', () => {
		const older = {
			...scan,
			themas: [...scan.themas, { id: 'c', titel: 'Thema C', onderdelen: [{ id: 'c1', tekst: 'c1' }] }],
		};
		expect(compareRondes(nu, summarizeTeam(older, [])).alleenEerder).toEqual([{ themaId: 'c', titel: 'Thema C' }]);
	});

	it('compares nothing between two different zelfscans', () => {
		const result = compareRondes(nu, summarizeTeam({ ...scan, id: 'andere-scan' }, [even('gemeente', 1)]));
		expect(result.zelfdeScan).toBe(false);
		expect(result.themas.every((t) => !t.vergelijkbaar && t.eerder === null)).toBe(true);
		expect(result.alleenEerder).toEqual([]);
	});
});
