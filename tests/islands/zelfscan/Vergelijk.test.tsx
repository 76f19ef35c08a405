import { readFileSync } from 'node:fs';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { wrapLabel } from '../../../src/islands/zelfscan/Grafiek';
import { Vergelijk } from '../../../src/islands/zelfscan/Vergelijk';
import { assertZelfscan } from '../../../src/lib/zelfscan/schema';
import { emptyState } from '../../../src/lib/zelfscan/definitie';
import { addScan, setAnswer, startNewRound, updateCurrentRound } from '../../../src/lib/zelfscan/state';

const scan = assertZelfscan(
	parse(readFileSync('content/zelfscans/gemeentescan.yaml', 'utf8')),
	'gemeentescan.yaml',
	'gemeentescan',
);
const [doelgroep, analyse] = scan.themes;

function twoRounds() {
	const fill = (score: number, theme: typeof doelgroep) => (r: Parameters<typeof setAnswer>[0]) =>
		theme.statements.reduce((round, s) => setAnswer(round, s.id, { score }), r);
	let { state, id } = addScan(emptyState(), scan, 'Gemeente Voorbeeld', new Date('2026-03-01T10:00:00Z'), {
		scan: 's-1',
		round: 'r-1',
	});
	state = updateCurrentRound(state, id, new Date('2026-03-01T11:00:00Z'), fill(1, doelgroep));
	state = updateCurrentRound(state, id, new Date('2026-03-01T11:00:00Z'), fill(3, analyse));
	state = startNewRound(state, id, scan.version, new Date('2026-09-01T10:00:00Z'), 'r-2');
	state = updateCurrentRound(state, id, new Date('2026-09-01T11:00:00Z'), fill(3, doelgroep));
	return state.scans[0];
}

describe('Vergelijk', () => {
	it('puts two rounds side by side with the change per theme', () => {
		render(<Vergelijk scan={scan} saved={twoRounds()} />);
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
		render(<Vergelijk scan={scan} saved={twoRounds()} />);
		fireEvent.change(screen.getByLabelText('Tweede ronde'), { target: { value: 'r-1' } });
		const table = screen.getByRole('table', { name: /^Verschil per thema tussen Ronde 1 .* en Ronde 1/ });
		expect(within(table).getAllByRole('row')[1].textContent).toBe(`${doelgroep.title}1,01,0Gelijk`);
	});

	it('explains that there is nothing to compare with one round', () => {
		const single = { ...twoRounds(), rounds: twoRounds().rounds.slice(0, 1) };
		render(<Vergelijk scan={scan} saved={single} />);
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
