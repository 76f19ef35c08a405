import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import Big5Checklist from '../../../src/islands/big5/Big5Checklist';
import { werkmapStore } from '../../../src/stores/werkmap';

/**
 * The checklist island with the real store and (happy-dom) localStorage.
 * The store is a module singleton: each test starts from empty storage and
 * the store reloads that on mount. @nanostores/preact redraws a moment after
 * the store changes, so every step waits for what it changed to appear.
 */

const KEY = 'kb:tool:big5';
const VOLWASSENE = '1. Een volwassene die blijft';
const WONEN = '2. Een passende woonplek';
const ALL = [
	VOLWASSENE,
	WONEN,
	'3. School, werk of een zinvolle dag',
	'4. Genoeg inkomen',
	'5. Zorg tot 27 als dat nodig is',
];

/** The questions per condition, as the page passes them from content/big5-gesprek.yaml. */
const VRAGEN = {
	volwassene: ['Bij wie kun je terecht?', 'Wie is er over een jaar nog?'],
	wonen: ['Waar woon je over een jaar?', 'Wat kun je zelf betalen?'],
	dagbesteding: ['Wat doe je op een dag?', 'Wat wil je leren?'],
	inkomen: ['Hoeveel geld heb je nodig?', 'Heb je schulden?'],
	zorg: ['Welke hulp wil je houden?', 'Bij wie kun je aankloppen?'],
};

afterEach(() => {
	// Leave the singleton store empty for the next test.
	werkmapStore.remove();
});

/** The island shows nothing until it has read storage; then the form for a new checklist. */
async function mount() {
	render(<Big5Checklist vragen={VRAGEN} />);
	await screen.findByRole('button', { name: 'Nieuwe checklist' });
}

/** The checklist of `code` is open with all five conditions (they are drawn one after another). */
async function checklistOpen(code: string) {
	expect(await screen.findByRole('heading', { name: `Checklist voor ${code}` })).toBeTruthy();
	expect(await screen.findByRole('group', { name: ALL[ALL.length - 1] })).toBeTruthy();
}

async function newChecklist(code: string) {
	fireEvent.input(screen.getByLabelText('Code of bijnaam van de jongere'), { target: { value: code } });
	fireEvent.click(screen.getByRole('button', { name: 'Nieuwe checklist' }));
	await checklistOpen(code);
}

const group = (name: string) => screen.getByRole('group', { name });
const radio = (voorwaarde: string, status: string) => within(group(voorwaarde)).getByRole('radio', { name: status });
const summary = () => within(screen.getByRole('region', { name: 'Samenvatting' })).getByRole('status');
/** Wait until the summary (redrawn after the store changed) says `text`. */
const summarySays = (text: string) => waitFor(() => expect(summary().textContent).toContain(text));

const choose = (voorwaarde: string, status: string) => fireEvent.click(radio(voorwaarde, status));
const type = (field: HTMLElement, value: string) => fireEvent.input(field, { target: { value } });

describe('Big5Checklist', () => {
	it('starts with a warning about personal details and no checklists', async () => {
		await mount();
		expect(screen.getByText('Vul geen namen of andere persoonsgegevens in.')).toBeTruthy();
		expect(screen.getByText('Er zijn nog geen checklists in deze browser.')).toBeTruthy();
		expect(screen.queryByRole('radio')).toBeNull();
	});

	it('every condition is a fieldset named by its legend, starting as "Nog niet besproken"', async () => {
		await mount();
		await newChecklist('J-12');
		for (const name of ALL) {
			expect(group(name).tagName).toBe('FIELDSET');
			expect((radio(name, 'Nog niet besproken') as HTMLInputElement).checked).toBe(true);
			expect(within(group(name)).getByLabelText('Toelichting en afspraken')).toBeTruthy();
		}
		expect(summary().textContent).toContain('0 van de 5 voorwaarden zijn geregeld.');
		await waitFor(() =>
			expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Checklist voor J-12' })),
		);
	});

	it('the summary follows the radios; the verdict only when all five are "Geregeld"', async () => {
		await mount();
		await newChecklist('J-12');
		choose(VOLWASSENE, 'Geregeld');
		await summarySays('1 van de 5 voorwaarden is geregeld.');
		choose(WONEN, 'Deels geregeld');
		await summarySays('Een passende woonplek (deels geregeld)');
		for (const name of ALL.slice(1, 4)) choose(name, 'Geregeld');
		await summarySays('4 van de 5 voorwaarden zijn geregeld.');
		expect(summary().textContent).not.toContain('Alle vijf voorwaarden zijn geregeld.');
		choose(ALL[4] as string, 'Geregeld');
		await summarySays('Alle vijf voorwaarden zijn geregeld.');
		choose(VOLWASSENE, 'Niet geregeld');
		await summarySays('4 van de 5 voorwaarden zijn geregeld.');
		expect(summary().textContent).not.toContain('Alle vijf');
	});

	it('asks for an action only while a condition is not fully arranged, and marks late actions', async () => {
		await mount();
		await newChecklist('J-12');
		expect(within(group(WONEN)).queryByLabelText('Wat')).toBeNull();
		choose(WONEN, 'Niet geregeld');
		const actie = await within(group(WONEN)).findByRole('group', { name: 'Actie: wat moet er nog gebeuren?' });
		type(within(actie).getByLabelText('Wat'), 'Wmo aanvragen');
		type(within(actie).getByLabelText('Wie'), 'mentor');
		type(within(actie).getByLabelText('Vóór wanneer'), '2020-01-01');
		expect(await within(group(WONEN)).findByText('Te laat: deze datum is voorbij.')).toBeTruthy();
		await summarySays('1 open actie, waarvan 1 te laat');
		const list = within(screen.getByRole('region', { name: 'Samenvatting' })).getByRole('list');
		expect(list.textContent).toContain('Wmo aanvragen (mentor)');
		expect(list.textContent).toContain('(te laat)');

		choose(WONEN, 'Geregeld');
		await waitFor(() => expect(within(group(WONEN)).queryByLabelText('Wat')).toBeNull());
		expect(summary().textContent).not.toContain('open actie');
		// Kept, in case the condition opens again.
		choose(WONEN, 'Deels geregeld');
		expect(((await within(group(WONEN)).findByLabelText('Wat')) as HTMLInputElement).value).toBe('Wmo aanvragen');
	});

	it('prints the questions for the next conversation only under conditions not yet arranged', async () => {
		await mount();
		await newChecklist('J-21');
		const paper = () => document.querySelector('.big5-afdruk') as HTMLElement;
		// The paper version is drawn a moment after the checklist on screen.
		await waitFor(() => expect(paper()?.textContent).toContain('Vragen voor het volgende gesprek'));
		expect(paper().textContent).toContain('Bij wie kun je terecht?');
		choose(VOLWASSENE, 'Geregeld');
		await summarySays('1 van de 5');
		await waitFor(() => expect(paper().textContent).not.toContain('Bij wie kun je terecht?'));
		expect(paper().textContent).toContain('Waar woon je over een jaar?');
		for (const v of ALL) choose(v, 'Geregeld');
		await summarySays('5 van de 5');
		await waitFor(() => expect(paper().textContent).not.toContain('Vragen voor het volgende gesprek'));
	});

	it('keeps young people apart when switching between them', async () => {
		await mount();
		await newChecklist('A-1');
		choose(WONEN, 'Geregeld');
		type(within(group(WONEN)).getByLabelText('Toelichting en afspraken'), 'Kamer bij oom');
		await newChecklist('B-2');
		expect((radio(WONEN, 'Nog niet besproken') as HTMLInputElement).checked).toBe(true);
		expect((within(group(WONEN)).getByLabelText('Toelichting en afspraken') as HTMLTextAreaElement).value).toBe('');
		choose(VOLWASSENE, 'Niet geregeld');

		const list = screen.getByRole('list', { name: 'Checklists' });
		fireEvent.click(within(list).getByRole('button', { name: /^A-1/ }));
		await checklistOpen('A-1');
		expect((radio(WONEN, 'Geregeld') as HTMLInputElement).checked).toBe(true);
		expect((radio(VOLWASSENE, 'Nog niet besproken') as HTMLInputElement).checked).toBe(true);
		expect((within(group(WONEN)).getByLabelText('Toelichting en afspraken') as HTMLTextAreaElement).value).toBe(
			'Kamer bij oom',
		);

		const stored = JSON.parse(localStorage.getItem(KEY) ?? 'null').data;
		expect(stored.jongeren.map((c: { code: string }) => c.code)).toEqual(['A-1', 'B-2']);
		expect(stored.jongeren[0].voorwaarden.volwassene.status).toBe('open');
		expect(stored.jongeren[1].voorwaarden.volwassene.status).toBe('niet');
	});

	it('refuses a code that is empty or already used, and warns about a full name', async () => {
		await mount();
		await newChecklist('Sam');
		const field = screen.getByLabelText('Code of bijnaam van de jongere');
		type(field, 'sam');
		fireEvent.click(screen.getByRole('button', { name: 'Nieuwe checklist' }));
		expect(await screen.findByText('Deze code is al in gebruik. Kies een andere.')).toBeTruthy();
		expect(field.getAttribute('aria-invalid')).toBe('true');
		expect(field.getAttribute('aria-describedby')).toContain('big5-nieuw-fout');
		type(field, 'Sanne de Vries');
		expect(await screen.findByText(/Dit lijkt op een volledige naam/)).toBeTruthy();
		expect(screen.getAllByRole('listitem')).toHaveLength(1);
	});

	it('renames, copies, and deletes with undo', async () => {
		await mount();
		await newChecklist('A-1');
		choose(WONEN, 'Deels geregeld');

		fireEvent.click(screen.getByRole('button', { name: 'Naam wijzigen van A-1' }));
		type(await screen.findByLabelText('Nieuwe code voor A-1'), 'A-2');
		fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
		await checklistOpen('A-2');

		fireEvent.click(screen.getByRole('button', { name: 'Kopie maken van A-2' }));
		await checklistOpen('A-2 (kopie)');
		expect((radio(WONEN, 'Deels geregeld') as HTMLInputElement).checked).toBe(true);

		fireEvent.click(screen.getByRole('button', { name: 'Verwijderen van A-2' }));
		expect(await screen.findByText('De checklist van A-2 is verwijderd.')).toBeTruthy();
		expect(within(screen.getByRole('list', { name: 'Checklists' })).getAllByRole('listitem')).toHaveLength(1);
		fireEvent.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
		expect(await screen.findByText('De checklist van A-2 is teruggezet.')).toBeTruthy();
		const codes = JSON.parse(localStorage.getItem(KEY) ?? 'null').data.jongeren.map((c: { code: string }) => c.code);
		expect(codes).toEqual(['A-2', 'A-2 (kopie)']);
		expect(screen.queryByRole('button', { name: 'Ongedaan maken' })).toBeNull();
	});

	it('loads export and import when that section is opened', async () => {
		await mount();
		expect(screen.queryByRole('button', { name: 'Exporteren' })).toBeNull();
		const details = screen.getByText('Bewaren als bestand of een bestand openen').closest('details');
		if (!details) throw new Error('no <details> around the export section');
		details.open = true;
		fireEvent(details, new Event('toggle'));
		expect(await screen.findByRole('button', { name: 'Exporteren' })).toBeTruthy();
		expect(screen.getByLabelText('Importeren uit een bestand')).toBeTruthy();
	});

	it('shows the save status of the storage module', async () => {
		await mount();
		await newChecklist('J-1');
		await waitFor(() => expect(screen.getAllByRole('status').some((s) => s.textContent === 'Opgeslagen')).toBe(true));
	});
});
