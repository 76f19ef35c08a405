import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { TeamRapport } from '../../../src/islands/team/TeamRapport';
import { summarizeTeam } from '../../../src/lib/team/overzicht';
import { buildRapport } from '../../../src/lib/team/rapport';
import { deelnemer, even, scan } from '../../unit/team/support';

const overzicht = summarizeTeam(scan, [
	...[1, 2, 3].map(() => even('gemeente', 3, 4)),
	...[1, 2, 3].map(() => even('jeugdhulp', 1, 4)),
	deelnemer('onderwijs', { a1: [2, 'bespreken'], a2: 2, b1: 3, b2: 3 }),
]);

function show(plan = { prioriteiten: [] as string[], acties: [] as never[] }) {
	const rapport = buildRapport({ overzicht, plan, ronde: 'Gemeente Oost, voorjaar 2027', datum: new Date(2027, 2, 1) });
	return render(<TeamRapport rapport={rapport} overzicht={overzicht} />);
}

describe('TeamRapport', () => {
	it('names the scan, the round, the date and who took part', () => {
		show();
		expect(screen.getByRole('heading', { level: 2, name: 'Teamrapport: Testscan' })).toBeTruthy();
		expect(screen.getByText(/Gemaakt op 1 maart 2027/).textContent).toContain('Ronde: Gemeente Oost, voorjaar 2027.');
		const wie = screen.getByRole('region', { name: 'Wie deden er mee' });
		expect(wie.textContent).toContain('7 deelnemers: Gemeente 3, Jeugdhulp 3, Onderwijs 1.');
	});

	it('shows per theme the median, the range and the participants per stand', () => {
		show();
		const table = screen.getByRole('table', { name: /Per thema/ });
		const row = within(table).getByRole('row', { name: /Thema A/ });
		const cells = within(row)
			.getAllByRole('cell')
			.map((c) => c.textContent);
		expect(cells[0]).toBe('2,0');
		expect(cells[1]).toBe('1,0 tot 3,0');
		expect(cells[2]).toBe('Nog aan het begin: 3Onderweg: 1Stevig geregeld: 3');
	});

	it('gives a column only to roles whose median can be shown, and names the others', () => {
		show();
		const table = screen.getByRole('table', { name: 'Mediaan per rol en per thema' });
		// Onderwijs is one person. With both other roles shown, the team median would give that person away,
		// so the later of the two equal roles (Jeugdhulp) is hidden as well.
		expect(
			within(table)
				.getAllByRole('columnheader')
				.map((h) => h.textContent),
		).toEqual(['Thema', 'Gemeente']);
		expect(
			within(table)
				.getAllByRole('cell')
				.map((c) => c.textContent),
		).toEqual(['3,0', '4,0']);
		expect(screen.getByText(/Geen eigen kolom/).textContent).toMatch(/^Geen eigen kolom: Jeugdhulp en Onderwijs\./);
	});

	it('lists what people want to discuss and the plan with wat, wie and vóór', () => {
		show({
			prioriteiten: ['a'],
			acties: [
				{ id: 'x', themaId: 'a', wat: 'Gesprek met jeugdhulp', wie: 'Beleid jeugd', voor: '1 april 2027' },
			] as never[],
		});
		expect(screen.getByRole('region', { name: 'Waar deelnemers over willen praten' }).textContent).toContain(
			'Onderdeel a1 (Thema A; 1 deelnemer)',
		);
		const plan = screen.getByRole('region', { name: 'Wat het team als eerste doet' });
		expect(within(plan).getByRole('heading', { level: 4, name: 'Thema A' })).toBeTruthy();
		expect(
			within(plan)
				.getAllByRole('cell')
				.map((c) => c.textContent),
		).toEqual(['Gesprek met jeugdhulp', 'Beleid jeugd', '1 april 2027']);
	});

	it('says so when the team has not chosen priorities yet', () => {
		show();
		expect(screen.getByText('Het team heeft nog geen prioriteiten gekozen.')).toBeTruthy();
	});
});
