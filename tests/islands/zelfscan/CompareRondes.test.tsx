import { readFileSync } from 'node:fs';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { wrapLabel } from '../../../src/islands/zelfscan/Chart';
import { CompareRondes } from '../../../src/islands/zelfscan/CompareRondes';
import { emptyZelfscans } from '../../../src/lib/zelfscan/definition';
import { assertZelfscan, eerdereVersieSchema } from '../../../src/lib/zelfscan/schema';
import { addRonde, addScan, setAntwoord, updateCurrentRonde } from '../../../src/lib/zelfscan/state';

const load = (id: string) => assertZelfscan(parse(readFileSync(`content/zelfscans/${id}.yaml`, 'utf8')), `${id}.yaml`);
const scan = load('gemeentescan');
const informeleSteun = load('informele-steun');
const eerder = [
	{
		...eerdereVersieSchema.parse(parse(readFileSync('content/zelfscans/eerder/informele-steun-1.yaml', 'utf8'))),
		id: 'informele-steun',
	},
];
const [doelgroep, analyse] = scan.themas;
type R = Parameters<typeof setAntwoord>[0];

function twoRondes() {
	const fill = (score: number, thema: typeof doelgroep) => (r: R) =>
		thema.onderdelen.reduce((ronde, o) => setAntwoord(ronde, o.id, { score }), r);
	let { data, id } = addScan(emptyZelfscans(), scan, 'Gemeente Voorbeeld', new Date('2026-03-01T10:00:00Z'), {
		scan: 's-1',
		ronde: 'r-1',
	});
	data = updateCurrentRonde(data, id, new Date('2026-03-01T11:00:00Z'), fill(1, doelgroep));
	data = updateCurrentRonde(data, id, new Date('2026-03-01T11:00:00Z'), fill(3, analyse));
	data = addRonde(data, id, scan.versie, new Date('2026-09-01T10:00:00Z'), 'r-2');
	data = updateCurrentRonde(data, id, new Date('2026-09-01T11:00:00Z'), fill(3, doelgroep));
	return data.scans[0];
}

/** A round of version 1 of informele steun (as migrated from storage) and one of version 2. */
function acrossVersions() {
	let { data, id } = addScan(
		emptyZelfscans(),
		{ id: 'informele-steun', versie: 1 },
		'Team',
		new Date('2026-03-01T10:00:00Z'),
	);
	data = updateCurrentRonde(data, id, new Date('2026-03-01T11:00:00Z'), (r: R) =>
		setAntwoord(setAntwoord(r, 'wn-vast-onderwerp', { score: 1 }), 'ev-bekend', { score: 4 }),
	);
	data = addRonde(data, id, 2, new Date('2026-12-01T10:00:00Z'), 'r-2');
	data = updateCurrentRonde(data, id, new Date('2026-12-01T11:00:00Z'), (r: R) =>
		setAntwoord(setAntwoord(r, 'wn-vast-onderwerp', { score: 3 }), 'wn-in-kaart', { score: 2 }),
	);
	return data.scans[0];
}

describe('CompareRondes', () => {
	it('puts two rounds of one version side by side with the change per theme', () => {
		render(<CompareRondes scan={scan} eerder={[]} saved={twoRondes()} />);
		expect(screen.getByText(/Alles is te vergelijken/)).toBeTruthy();
		const table = screen.getByRole('table', {
			name: 'Gemiddelde per thema in Ronde 1 (1 maart 2026) en Ronde 2 (1 september 2026)',
		});
		const row = (title: string) =>
			within(table).getByRole('row', { name: new RegExp(`^${title.replace(/[()]/g, '.')}`) }).textContent;
		expect(row(doelgroep.titel)).toBe(`${doelgroep.titel}1,03,0+2,0 (hoger)`);
		expect(row(analyse.titel)).toBe(`${analyse.titel}3,0Geen gemiddeldeNiet te vergelijken`);
		expect(
			screen.getByRole('img', { name: /^Gemiddelde per thema: Ronde 1 \(1 maart 2026\) en Ronde 2/ }),
		).toBeTruthy();
	});

	it('compares any two rounds the user picks', () => {
		render(<CompareRondes scan={scan} eerder={[]} saved={twoRondes()} />);
		fireEvent.change(screen.getByLabelText('Tweede ronde'), { target: { value: 'r-1' } });
		const table = screen.getByRole('table', { name: /^Gemiddelde per thema in Ronde 1 .* en Ronde 1/ });
		expect(within(table).getAllByRole('row')[1].textContent).toBe(`${doelgroep.titel}1,01,0Gelijk`);
	});

	it('compares a round of the earlier version only on the statements asked in both, and says so', () => {
		render(<CompareRondes scan={informeleSteun} eerder={eerder} saved={acrossVersions()} />);
		expect(
			screen.getByText(/verschillende versies van de scan.*Alleen de 14 vragen die in beide versies hetzelfde zijn/),
		).toBeTruthy();
		const themas = screen.getByRole('table', { name: /^Gemiddelde per thema in Ronde 1/ });
		expect(
			within(themas)
				.getAllByRole('row')
				.slice(1)
				.every((r) => r.textContent?.endsWith('Niet te vergelijken')),
		).toBe(true);
		const vragen = screen.getByRole('table', { name: 'De vragen die in beide versies hetzelfde zijn' });
		const first = within(vragen).getByRole('row', { name: /^In ons team is het netwerk/ });
		expect(first.textContent).toContain('Nog nietGrotendeels+2,0 (hoger)');
		expect(within(vragen).queryByRole('row', { name: /^Als er meerdere professionals/ })).toBeTruthy();
		expect(vragen.textContent).not.toContain('ev-bekend');
		expect(screen.getByLabelText('Eerste ronde').textContent).toContain('(versie 1)');
	});

	it('explains that there is nothing to compare with one round', () => {
		const single = { ...twoRondes(), rondes: twoRondes().rondes.slice(0, 1) };
		render(<CompareRondes scan={scan} eerder={[]} saved={single} />);
		expect(screen.getByText(/Er is nog maar één ronde/)).toBeTruthy();
		expect(screen.queryByRole('table')).toBeNull();
	});
});

describe('wrapLabel', () => {
	it('breaks chart labels on spaces into lines of at most 30 characters', () => {
		const lines = wrapLabel('Stap 7: Werk samen binnen de gemeente en in de regio');
		expect(lines).toEqual(['Stap 7: Werk samen binnen de', 'gemeente en in de regio']);
		expect(lines.every((l) => l.length <= 30)).toBe(true);
		expect(wrapLabel('Kort')).toEqual(['Kort']);
	});
});
