import type { Deelnemer, TeamAntwoord, TeamScan, ThemaScore, Waarde } from '../../../src/lib/team/model';

/** A small scan: two themes of two items, three roles, the three stands of the zelfscans. */
export const scan: TeamScan = {
	id: 'testscan',
	titel: 'Testscan',
	schaal: ['Nog niet geregeld', 'Eerste stappen', 'Afgesproken', 'Gevolgd en bijgestuurd'],
	standen: [
		{ id: 'begin', naam: 'Nog aan het begin' },
		{ id: 'onderweg', naam: 'Onderweg' },
		{ id: 'stevig', naam: 'Stevig geregeld' },
	],
	rollen: [
		{ id: 'gemeente', naam: 'Gemeente' },
		{ id: 'jeugdhulp', naam: 'Jeugdhulp' },
		{ id: 'onderwijs', naam: 'Onderwijs' },
	],
	themas: [
		{
			id: 'a',
			titel: 'Thema A',
			onderdelen: [
				{ id: 'a1', tekst: 'Onderdeel a1' },
				{ id: 'a2', tekst: 'Onderdeel a2' },
			],
		},
		{
			id: 'b',
			titel: 'Thema B',
			onderdelen: [
				{ id: 'b1', tekst: 'Onderdeel b1' },
				{ id: 'b2', tekst: 'Onderdeel b2' },
			],
		},
	],
};

/**
 * The zelfscans' rules, written out for the tests: a theme score only with
 * two counted answers; "Stevig" needs a mean of 3 and no answer below 3.
 * The team logic gets scores from the scan's own scoring; this stands in for it.
 */
function score(values: (Waarde | undefined)[]): ThemaScore {
	const counted = values.filter((v): v is number => typeof v === 'number');
	if (counted.length < 2) return { gemiddelde: null, stand: null };
	const gemiddelde = Math.round((counted.reduce((a, b) => a + b, 0) / counted.length) * 10) / 10;
	const stand = gemiddelde >= 3 && Math.min(...counted) >= 3 ? 'stevig' : gemiddelde >= 2 ? 'onderweg' : 'begin';
	return { gemiddelde, stand };
}

type Input = Partial<Record<string, Waarde | [Waarde | undefined, 'bespreken']>>;

/** A participant with a role and answers by item id: `{ a1: 2, a2: [3, 'bespreken'] }`. */
export function deelnemer(rol: string | null, input: Input): Deelnemer {
	const antwoorden: Record<string, TeamAntwoord> = {};
	for (const [id, value] of Object.entries(input)) {
		if (Array.isArray(value)) antwoorden[id] = { ...(value[0] !== undefined && { waarde: value[0] }), bespreken: true };
		else if (value !== undefined) antwoorden[id] = { waarde: value };
	}
	const scores = Object.fromEntries(
		scan.themas.map((t) => [t.id, score(t.onderdelen.map((o) => antwoorden[o.id]?.waarde))]),
	);
	return { rol, antwoorden, scores };
}

/** A participant who gives every item in theme A the value `a` and in theme B the value `b`. */
export const even = (rol: string | null, a: Waarde, b: Waarde = a) => deelnemer(rol, { a1: a, a2: a, b1: b, b2: b });
