import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import Big5Checklist from '../../../src/islands/big5/Big5Checklist';
import { big5Store } from '../../../src/stores/big5';

/**
 * The checklist island with the real store and (happy-dom) localStorage.
 * The store is a module singleton: each test starts from empty storage and
 * the store reloads that on mount.
 */

const KEY = 'kb:tool:big5';
const EERSTE = '1. Een volwassene die blijft';
const WONEN = '2. Een passende woonplek';
const ALLE = [
	EERSTE,
	WONEN,
	'3. School, werk of een zinvolle dag',
	'4. Genoeg inkomen',
	'5. Zorg tot 27 als dat nodig is',
];

/** @nanostores/preact re-renders on a zero timeout: wait for it inside act(). */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 5)));

afterEach(() => {
	// Leave the singleton store empty for the next test.
	big5Store.remove();
});

async function mount() {
	render(<Big5Checklist />);
	await settle();
}

async function nieuweChecklist(code: string) {
	fireEvent.input(screen.getByLabelText('Code of bijnaam van de jongere'), { target: { value: code } });
	fireEvent.click(screen.getByRole('button', { name: 'Nieuwe checklist' }));
	await settle();
	expect(screen.getByRole('heading', { name: `Checklist voor ${code}` })).toBeTruthy();
}

const groep = (name: string) => screen.getByRole('group', { name });
const radio = (voorwaarde: string, status: string) => within(groep(voorwaarde)).getByRole('radio', { name: status });
const samenvatting = () => within(screen.getByRole('region', { name: 'Samenvatting' })).getByRole('status');

async function kies(voorwaarde: string, status: string) {
	fireEvent.click(radio(voorwaarde, status));
	await settle();
}

async function typ(veld: HTMLElement, waarde: string) {
	fireEvent.input(veld, { target: { value: waarde } });
	await settle();
}

describe('Big5Checklist', () => {
	it('starts with a warning about personal details and no checklists', async () => {
		await mount();
		expect(screen.getByText('Vul geen naam of andere persoonsgegevens in.')).toBeTruthy();
		expect(screen.getByText('Er zijn nog geen checklists in deze browser.')).toBeTruthy();
		expect(screen.queryByRole('radio')).toBeNull();
	});

	it('every condition is a fieldset named by its legend, starting as "Nog niet besproken"', async () => {
		await mount();
		await nieuweChecklist('J-12');
		for (const name of ALLE) {
			expect(groep(name).tagName).toBe('FIELDSET');
			expect((radio(name, 'Nog niet besproken') as HTMLInputElement).checked).toBe(true);
			expect(within(groep(name)).getByLabelText('Toelichting en afspraken')).toBeTruthy();
		}
		expect(samenvatting().textContent).toContain('0 van de 5 voorwaarden zijn geregeld.');
		await waitFor(() =>
			expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Checklist voor J-12' })),
		);
	});

	it('the summary follows the radios; the verdict only when all five are "Geregeld"', async () => {
		await mount();
		await nieuweChecklist('J-12');
		await kies(EERSTE, 'Geregeld');
		expect(samenvatting().textContent).toContain('1 van de 5 voorwaarden is geregeld.');
		await kies(WONEN, 'Deels geregeld');
		expect(samenvatting().textContent).toContain('Een passende woonplek (deels geregeld)');
		for (const name of ALLE.slice(1, 4)) await kies(name, 'Geregeld');
		expect(samenvatting().textContent).toContain('4 van de 5 voorwaarden zijn geregeld.');
		expect(samenvatting().textContent).not.toContain('Alle vijf voorwaarden zijn geregeld.');
		await kies(ALLE[4]!, 'Geregeld');
		expect(samenvatting().textContent).toContain('Alle vijf voorwaarden zijn geregeld.');
		await kies(EERSTE, 'Niet geregeld');
		expect(samenvatting().textContent).not.toContain('Alle vijf');
	});

	it('asks for an action only while a condition is not fully arranged, and marks late actions', async () => {
		await mount();
		await nieuweChecklist('J-12');
		expect(within(groep(WONEN)).queryByLabelText('Wat')).toBeNull();
		await kies(WONEN, 'Niet geregeld');
		const actie = within(groep(WONEN)).getByRole('group', { name: 'Actie: wat moet er nog gebeuren?' });
		await typ(within(actie).getByLabelText('Wat'), 'Wmo aanvragen');
		await typ(within(actie).getByLabelText('Wie'), 'mentor');
		await typ(within(actie).getByLabelText('Vóór wanneer'), '2020-01-01');
		expect(within(groep(WONEN)).getByText('Te laat: deze datum is voorbij.')).toBeTruthy();
		expect(samenvatting().textContent).toContain('1 open actie, waarvan 1 te laat');
		const lijst = within(screen.getByRole('region', { name: 'Samenvatting' })).getByRole('list');
		expect(lijst.textContent).toContain('Wmo aanvragen (mentor)');
		expect(lijst.textContent).toContain('(te laat)');

		await kies(WONEN, 'Geregeld');
		expect(within(groep(WONEN)).queryByLabelText('Wat')).toBeNull();
		expect(samenvatting().textContent).not.toContain('open actie');
		// Kept, in case the condition opens again.
		await kies(WONEN, 'Deels geregeld');
		expect((within(groep(WONEN)).getByLabelText('Wat') as HTMLInputElement).value).toBe('Wmo aanvragen');
	});

	it('keeps young people apart when switching between them', async () => {
		await mount();
		await nieuweChecklist('A-1');
		await kies(WONEN, 'Geregeld');
		await typ(within(groep(WONEN)).getByLabelText('Toelichting en afspraken'), 'Kamer bij oom');
		await nieuweChecklist('B-2');
		expect((radio(WONEN, 'Nog niet besproken') as HTMLInputElement).checked).toBe(true);
		expect((within(groep(WONEN)).getByLabelText('Toelichting en afspraken') as HTMLTextAreaElement).value).toBe('');
		await kies(EERSTE, 'Niet geregeld');

		const lijst = screen.getByRole('list', { name: 'Checklists' });
		fireEvent.click(within(lijst).getByRole('button', { name: /^A-1/ }));
		await settle();
		expect(screen.getByRole('heading', { name: 'Checklist voor A-1' })).toBeTruthy();
		expect((radio(WONEN, 'Geregeld') as HTMLInputElement).checked).toBe(true);
		expect((radio(EERSTE, 'Nog niet besproken') as HTMLInputElement).checked).toBe(true);
		expect((within(groep(WONEN)).getByLabelText('Toelichting en afspraken') as HTMLTextAreaElement).value).toBe(
			'Kamer bij oom',
		);

		const stored = JSON.parse(localStorage.getItem(KEY)!).data;
		expect(stored.checklists.map((c: { code: string }) => c.code)).toEqual(['A-1', 'B-2']);
		expect(stored.checklists[0].voorwaarden.volwassene.status).toBe('open');
		expect(stored.checklists[1].voorwaarden.volwassene.status).toBe('niet');
	});

	it('refuses a code that is empty or already used, and warns about a full name', async () => {
		await mount();
		await nieuweChecklist('Sam');
		const veld = screen.getByLabelText('Code of bijnaam van de jongere');
		await typ(veld, 'sam');
		fireEvent.click(screen.getByRole('button', { name: 'Nieuwe checklist' }));
		await settle();
		expect(screen.getByText('Deze code heb je al gebruikt. Kies een andere.')).toBeTruthy();
		expect(veld.getAttribute('aria-invalid')).toBe('true');
		expect(veld.getAttribute('aria-describedby')).toContain('big5-nieuw-fout');
		await typ(veld, 'Sanne de Vries');
		expect(screen.getByText(/Dit lijkt op een volledige naam/)).toBeTruthy();
		expect(screen.getAllByRole('listitem')).toHaveLength(1);
	});

	it('renames, copies, and deletes with undo', async () => {
		await mount();
		await nieuweChecklist('A-1');
		await kies(WONEN, 'Deels geregeld');

		fireEvent.click(screen.getByRole('button', { name: 'Naam wijzigen van A-1' }));
		await settle();
		await typ(screen.getByLabelText('Nieuwe code voor A-1'), 'A-2');
		fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
		await settle();
		expect(screen.getByRole('heading', { name: 'Checklist voor A-2' })).toBeTruthy();

		fireEvent.click(screen.getByRole('button', { name: 'Kopie maken van A-2' }));
		await settle();
		expect(screen.getByRole('heading', { name: 'Checklist voor A-2 (kopie)' })).toBeTruthy();
		expect((radio(WONEN, 'Deels geregeld') as HTMLInputElement).checked).toBe(true);

		fireEvent.click(screen.getByRole('button', { name: 'Verwijderen van A-2' }));
		await settle();
		expect(screen.getByText('De checklist van A-2 is verwijderd.')).toBeTruthy();
		expect(within(screen.getByRole('list', { name: 'Checklists' })).getAllByRole('listitem')).toHaveLength(1);
		fireEvent.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
		await settle();
		const codes = JSON.parse(localStorage.getItem(KEY)!).data.checklists.map((c: { code: string }) => c.code);
		expect(codes).toEqual(['A-2', 'A-2 (kopie)']);
		expect(screen.queryByRole('button', { name: 'Ongedaan maken' })).toBeNull();
	});

	it('loads export and import when that section is opened', async () => {
		await mount();
		expect(screen.queryByRole('button', { name: 'Exporteren' })).toBeNull();
		const details = screen.getByText('Bewaren als bestand of een bestand openen').closest('details')!;
		details.open = true;
		fireEvent(details, new Event('toggle'));
		expect(await screen.findByRole('button', { name: 'Exporteren' })).toBeTruthy();
		expect(screen.getByLabelText('Importeren uit een bestand')).toBeTruthy();
	});

	it('shows the save status of the storage module', async () => {
		await mount();
		await nieuweChecklist('J-1');
		expect(screen.getAllByRole('status').some((s) => s.textContent === 'Opgeslagen')).toBe(true);
	});
});
