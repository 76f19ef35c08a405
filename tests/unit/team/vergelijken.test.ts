import { describe, expect, it } from 'vitest';
import { describeTeamVergelijking, vergelijkSessies } from '../../../src/lib/team/vergelijken';
import type { GroupScan } from '../../../src/lib/trainer/group';
import { deelcodeFromAntwoorden } from '../../../src/lib/zelfscan/deelcode';
import { changeText } from '../../../src/lib/zelfscan/results';

const themas = [
	{
		id: 'a',
		titel: 'Thema A',
		onderdelen: [
			{ id: 'a1', tekst: 'a1' },
			{ id: 'a2', tekst: 'a2' },
		],
	},
	{
		id: 'b',
		titel: 'Thema B',
		onderdelen: [
			{ id: 'b1', tekst: 'b1' },
			{ id: 'b2', tekst: 'b2' },
		],
	},
];
const scan: GroupScan = {
	id: 'testscan',
	titel: 'Testscan',
	versie: 2,
	eerder: false,
	schaal: ['1', '2', '3', '4'],
	themas,
};
/** A later version of the scan with another theme: codes of version 2 and 3 are not comparable. */
const scan3: GroupScan = {
	...scan,
	versie: 3,
	themas: [
		themas[0],
		{
			id: 'c',
			titel: 'Thema C',
			onderdelen: [
				{ id: 'c1', tekst: 'c1' },
				{ id: 'c2', tekst: 'c2' },
			],
		},
	],
};
const code = (s: GroupScan, a: number, b: number) =>
	deelcodeFromAntwoorden(
		s,
		Object.fromEntries(s.themas.flatMap((t, i) => t.onderdelen.map((o) => [o.id, { score: i === 0 ? a : b }]))),
	);

describe('rounds over time for a team', () => {
	const vorige = [code(scan, 1, 2), code(scan, 2, 2), code(scan, 1, 3)];
	const deze = [code(scan, 3, 2), code(scan, 4, 2), code(scan, 3, 3)];

	it('per theme the median of each round and the difference, with the same version', () => {
		const [v] = vergelijkSessies([scan], vorige, deze);
		expect(v).toMatchObject({ soort: 'zelfde-versie', deelnemersBefore: 3, deelnemersAfter: 3 });
		expect(v.themas.map((t) => [t.titel, t.before?.average, t.after?.average, t.change])).toEqual([
			['Thema A', 1, 3, 2],
			['Thema B', 2, 2, 0],
		]);
		expect(v.themas.map((t) => changeText(t.change))).toEqual(['+2,0 (hoger)', 'Gelijk']);
		expect(describeTeamVergelijking(v)).toMatch(/^Beide rondes zijn met dezelfde versie/);
	});

	it('another version: side by side without a difference, and it says why', () => {
		const [v] = vergelijkSessies([scan3, scan], vorige, [code(scan3, 4, 4)]);
		expect(v.soort).toBe('andere-versie');
		expect(v.themas.map((t) => [t.themaId, t.change])).toEqual([
			['a', null],
			['c', null],
			['b', null],
		]);
		expect(v.themas.find((t) => t.themaId === 'c')?.before).toBeNull();
		expect(describeTeamVergelijking(v)).toMatch(/andere versie van de scan/);
	});

	it('an earlier session without this scan: nothing to compare, said plainly', () => {
		const [v] = vergelijkSessies([scan], [], deze);
		expect(v).toMatchObject({ soort: 'niet-in-vorige', deelnemersBefore: 0 });
		expect(describeTeamVergelijking(v)).toBe(
			'In de sessie van de vorige ronde staan geen codes van deze scan. Er is niets te vergelijken.',
		);
	});
});
