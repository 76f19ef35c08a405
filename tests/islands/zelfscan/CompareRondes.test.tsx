import { readFileSync } from 'node:fs';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { wrapLabel } from '../../../src/islands/zelfscan/Chart';
import { CompareRondes } from '../../../src/islands/zelfscan/CompareRondes';
import { emptyZelfscans } from '../../../src/lib/zelfscan/definition';
import { assertZelfscan } from '../../../src/lib/zelfscan/schema';
import { addRonde, addScan, setAntwoord, updateCurrentRonde } from '../../../src/lib/zelfscan/state';

const scan = assertZelfscan(
	parse(readFileSync('content/zelfscans/gemeentescan.yaml', 'utf8')),
	'gemeentescan.yaml',
	'gemeentescan',
);
const [doelgroep, analyse] = scan.themes;

function twoRondes() {
	const fill = (score: number, thema: typeof doelgroep) => (r: Parameters<typeof setAntwoord>[0]) =>
		thema.statements.reduce((ronde, s) => setAntwoord(ronde, s.id, { score }), r);
	let { data, id } = addScan(emptyZelfscans(), scan, 'Gemeente Voorbeeld', new Date('2026-03-01T10:00:00Z'), {
		scan: 's-1',
		ronde: 'r-1',
	});
	data = updateCurrentRonde(data, id, new Date('2026-03-01T11:00:00Z'), fill(1, doelgroep));
	data = updateCurrentRonde(data, id, new Date('2026-03-01T11:00:00Z'), fill(3, analyse));
	data = addRonde(data, id, scan.version, new Date('2026-09-01T10:00:00Z'), 'r-2');
	data = updateCurrentRonde(data, id, new Date('2026-09-01T11:00:00Z'), fill(3, doelgroep));
	return data.scans[0];
}

describe('CompareRondes', () => {
	it('puts two rounds side by side with the change per theme', () => {
		render(<CompareRondes scan={scan} saved={twoRondes()} />);
		const table = screen.getByRole('table', {
			name: 'Verschil per thema tussen Ronde 1 (1 maart 2026) en Ronde 2 (1 september 2026)',
		});
		const row = (title: string) =>
			within(table).getByRole('row', { name: new RegExp(`^${title.replace(/[()]/g, '.')}`) }).textContent;
		expect(row(doelgroep.title)).toBe(`${doelgroep.title}1,03,0+2,0 (hoger)`);
		expect(row(analyse.title)).toBe(`${analyse.title}3,0Geen scoreNiet te vergelijken`);
		expect(screen.getByRole('img', { name: /^Score per thema: Ronde 1 \(1 maart 2026\) en Ronde 2/ })).toBeTruthy();
	});

	it('compares any two rounds the user picks', () => {
		render(<CompareRondes scan={scan} saved={twoRondes()} />);
		fireEvent.change(screen.getByLabelText('Tweede ronde'), { target: { value: 'r-1' } });
		const table = screen.getByRole('table', { name: /^Verschil per thema tussen Ronde 1 .* en Ronde 1/ });
		expect(within(table).getAllByRole('row')[1].textContent).toBe(`${doelgroep.title}1,01,0Gelijk`);
	});

	it('explains that there is nothing to compare with one round', () => {
		const single = { ...twoRondes(), rondes: twoRondes().rondes.slice(0, 1) };
		render(<CompareRondes scan={scan} saved={single} />);
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
