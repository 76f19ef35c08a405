import { readFileSync } from 'node:fs';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import ZelfscanTool from '../../../src/islands/zelfscan/ZelfscanTool';
import { decodeDeelcode } from '../../../src/lib/zelfscan/deelcode';
import { type Antwoord, emptyZelfscans } from '../../../src/lib/zelfscan/definition';
import type { LinkMap } from '../../../src/lib/zelfscan/links';
import { assertZelfscan } from '../../../src/lib/zelfscan/schema';
import { addScan, setAntwoord, updateCurrentRonde } from '../../../src/lib/zelfscan/state';
import { zelfscanStore } from '../../../src/stores/zelfscan';

/**
 * The zelfscan island with the real store, the real "Zelfscan informele
 * steun" file and (happy-dom) localStorage. The store is a module singleton:
 * each test starts from empty storage. @nanostores/preact redraws a moment
 * after the store changes and the later views load on demand: every step
 * waits for what it changed to appear.
 */

const scan = assertZelfscan(
	parse(readFileSync('content/zelfscans/informele-steun.yaml', 'utf8')),
	'informele-steun.yaml',
	'informele-steun',
);
const links: LinkMap = {
	'stap:investeer-in-het-sociale-netwerk': {
		href: '/stappenplan/investeer-in-het-sociale-netwerk/',
		label: 'Stap 6: Investeer in het sociale netwerk',
	},
	'voorbeeld:spirit-big-5': { href: '/voorbeelden/spirit-big-5/', label: 'Voorbeeld: Spirit BIG-5' },
};
const [waarde, sleutelfiguren, maatwerk] = scan.themes;

beforeEach(() => {
	history.replaceState(null, '', '/zelfscan/informele-steun/');
});
afterEach(() => {
	zelfscanStore.remove();
});

async function mount(hash = '') {
	if (hash) history.replaceState(null, '', `/zelfscan/informele-steun/${hash}`);
	render(<ZelfscanTool scan={scan} links={links} />);
	// The tool draws nothing until it has read storage; then the list of saved scans, or the form for the first.
	await screen.findByRole('heading', { name: /^(Begin de scan|Uw scans)$/, level: 2 });
}

async function createScan(name: string) {
	fireEvent.input(screen.getByLabelText('Naam van de scan'), { target: { value: name } });
	fireEvent.click(screen.getByRole('button', { name: 'Begin de scan' }));
	await screen.findByRole('heading', { name: 'Uw scans', level: 2 });
}

const group = (text: string) => screen.getByRole('group', { name: text });
const status = (theme: string) => screen.getByRole('link', { name: theme }).getAttribute('aria-describedby')!;
const statusText = (theme: string) => document.getElementById(status(theme))!.textContent;

/** A saved scan with answers for the first three themes, put in the store before mounting. */
function seed(antwoorden: Record<string, Antwoord>) {
	let { data, id } = addScan(emptyZelfscans(), scan, 'Team Noord', new Date('2026-11-01T10:00:00Z'));
	data = updateCurrentRonde(data, id, new Date('2026-11-02T10:00:00Z'), (ronde) =>
		Object.entries(antwoorden).reduce((r, [sid, a]) => setAntwoord(r, sid, a), ronde),
	);
	zelfscanStore.set(data);
}

describe('ZelfscanTool: starting', () => {
	it('asks for a name first and refuses an empty one', async () => {
		await mount();
		expect(screen.getByRole('heading', { name: 'Begin de scan' })).toBeTruthy();
		expect(screen.queryByRole('radio')).toBeNull();
		fireEvent.click(screen.getByRole('button', { name: 'Begin de scan' }));
		const error = await screen.findByText('Vul een naam in.');
		const field = screen.getByLabelText('Naam van de scan');
		expect(field.getAttribute('aria-invalid')).toBe('true');
		expect(error.id).toBe(field.getAttribute('aria-describedby')?.split(' ')[1]);
	});
});

describe('ZelfscanTool: answering', () => {
	it('shows every theme as a task with status Niet begonnen, Bezig or Klaar', async () => {
		await mount();
		await createScan('Team Noord');
		expect(document.getElementById('zs-actief')!.textContent).toMatch(/^Team Noord, ronde 1 \(gestart op /);
		for (const theme of scan.themes)
			expect(statusText(theme.title)).toBe(`Niet begonnen (0 van ${theme.statements.length})`);

		const [first, second, ...rest] = waarde.statements;
		fireEvent.click(within(group(first.text)).getByRole('radio', { name: 'Grotendeels' }));
		await waitFor(() => expect(statusText(waarde.title)).toBe('Bezig (1 van 4)'));
		expect(within(group(first.text)).getByRole('radio', { name: 'Grotendeels' })).toHaveProperty('checked', true);

		// "Weet ik niet" counts as an answer for progress.
		fireEvent.click(within(group(second.text)).getByRole('radio', { name: 'Weet ik niet / niet van toepassing' }));
		for (const statement of rest)
			fireEvent.click(within(group(statement.text)).getByRole('radio', { name: 'Nog niet' }));
		await waitFor(() => expect(statusText(waarde.title)).toBe('Klaar (4 van 4)'));
		expect(screen.getByText(/U heeft 4 van de 30 stellingen beantwoord\. 1 van de 8 thema's is klaar\./)).toBeTruthy();
	});

	it('offers the four answers, "weet ik niet", a talk mark and a note per statement', async () => {
		await mount();
		await createScan('Team Noord');
		const statement = within(group(waarde.statements[0].text));
		expect(statement.getAllByRole('radio').map((r) => r.closest('label')!.textContent)).toEqual([
			'Nog niet',
			'Een beetje',
			'Grotendeels',
			'Helemaal',
			'Weet ik niet / niet van toepassing',
		]);
		fireEvent.click(statement.getByRole('checkbox', { name: 'Hier wil ik over praten' }));
		fireEvent.input(statement.getByLabelText(/Notitie/), { target: { value: 'Eerst met de teamleider' } });
		const ronde = zelfscanStore.$data.get().scans[0].rondes[0];
		expect(ronde.antwoorden[waarde.statements[0].id]).toEqual({ bespreken: true, notitie: 'Eerst met de teamleider' });
		// A talk mark alone is not an answer: with one statement answered next to it, one of four counts.
		expect(statusText(waarde.title)).toBe('Niet begonnen (0 van 4)');
		fireEvent.click(within(group(waarde.statements[1].text)).getByRole('radio', { name: 'Helemaal' }));
		await waitFor(() => expect(statusText(waarde.title)).toBe('Bezig (1 van 4)'));
	});

	it('opens another theme from the task list', async () => {
		await mount();
		await createScan('Team Noord');
		expect(screen.getByRole('heading', { name: waarde.title, level: 3 })).toBeTruthy();
		history.replaceState(null, '', `#thema-${maatwerk.id}`);
		await act(() => {
			window.dispatchEvent(new HashChangeEvent('hashchange'));
		});
		expect(await screen.findByRole('heading', { name: maatwerk.title, level: 3 })).toBeTruthy();
		expect(screen.getByRole('link', { name: maatwerk.title }).getAttribute('aria-current')).toBe('true');
	});
});

describe('ZelfscanTool: check answers', () => {
	it('lists every answer with a change link that names the statement', async () => {
		seed({
			[waarde.statements[0].id]: { score: 3, bespreken: true, notitie: 'Notitie bij één' },
			[waarde.statements[1].id]: { score: 0 },
		});
		await mount('#controleren');
		expect(await screen.findByRole('heading', { name: 'Controleer uw antwoorden', level: 2 })).toBeTruthy();
		const first = waarde.statements[0];
		const change = screen.getByRole('link', { name: `Wijzig uw antwoord op: ${first.text}` });
		expect(change.getAttribute('href')).toBe(`#stelling-${first.id}`);
		const row = change.closest('div')!;
		expect(row.textContent).toContain('Grotendeels');
		expect(row.textContent).toContain('Hier wil ik over praten');
		expect(row.textContent).toContain('Notitie: Notitie bij één');
		expect(screen.getAllByText('Weet ik niet / niet van toepassing')).toHaveLength(1);
		expect(screen.getAllByText('Nog niet beantwoord')).toHaveLength(28);
	});
});

describe('ZelfscanTool: results', () => {
	const answers = {
		// Oog voor de waarde van het netwerk: 4, weet ik niet, 2, 4 → 3,3 (weet ik niet telt niet mee)
		[waarde.statements[0].id]: { score: 4 },
		[waarde.statements[1].id]: { score: 0 },
		[waarde.statements[2].id]: { score: 2 },
		[waarde.statements[3].id]: { score: 4, bespreken: true, notitie: 'geheim' },
		// Sleutelfiguren praten mee: all 1 → 1,0
		...Object.fromEntries(sleutelfiguren.statements.map((s) => [s.id, { score: 1 }])),
		// Ruimte voor maatwerk: 2 and 3 → 2,5
		[maatwerk.statements[0].id]: { score: 2 },
		[maatwerk.statements[1].id]: { score: 3 },
	};

	it('shows the score per theme as text in a table, and a chart with a title', async () => {
		seed(answers);
		await mount('#resultaten');
		expect(await screen.findByRole('heading', { name: 'Resultaten', level: 2 })).toBeTruthy();
		const table = screen.getByRole('table', { name: /^Score per thema/ });
		const row = (theme: string) => within(table).getByRole('row', { name: new RegExp(`^${theme}`) }).textContent;
		expect(row(waarde.title)).toBe(`${waarde.title}3,3 van 4Stevig geregeld4 van 4, waarvan 1 weet ik niet`);
		expect(row(sleutelfiguren.title)).toContain('1,0 van 4Nog aan het begin');
		expect(row(maatwerk.title)).toContain('2,5 van 4Onderweg2 van 4');
		expect(row(scan.themes[7].title)).toContain('Geen score');

		const chart = screen.getByRole('img', { name: /^Score per thema, Ronde 1/ });
		expect(chart.querySelector('title')!.textContent).toMatch(/^Score per thema/);
		expect(chart.querySelector('desc')!.textContent).toContain(`${waarde.title}: 3,3`);
	});

	it('names the strongest and weakest themes and the statements to talk about', async () => {
		seed(answers);
		await mount('#resultaten');
		await screen.findByRole('heading', { name: 'Resultaten', level: 2 });
		const listAfter = (heading: string) =>
			screen.getByRole('heading', { name: heading }).nextElementSibling!.textContent;
		expect(listAfter('Hier staat u het sterkst')).toBe(`${waarde.title}: 3,3 van 4`);
		expect(listAfter('Hier valt het meest te winnen')).toBe(`${sleutelfiguren.title}: 1,0 van 4`);
		expect(screen.getByRole('region', { name: 'Hier wilt u over praten' }).textContent).toContain(
			waarde.statements[3].text,
		);
	});

	it('gives advice per theme by score band, linked to steps and examples', async () => {
		seed(answers);
		await mount('#resultaten');
		await screen.findByRole('heading', { name: 'Resultaten', level: 2 });
		const advice = screen.getByRole('heading', { name: new RegExp(`^${waarde.title}\\s*Stevig geregeld`), level: 4 })
			.parentElement!;
		expect(advice.textContent).toContain(waarde.advice.find((a) => a.band === 'stevig')!.text);
		expect(
			within(advice).getByRole('link', { name: 'Stap 6: Investeer in het sociale netwerk' }).getAttribute('href'),
		).toBe('/stappenplan/investeer-in-het-sociale-netwerk/');
		expect(within(advice).getByRole('link', { name: 'Voorbeeld: Spirit BIG-5' }).getAttribute('href')).toBe(
			'/voorbeelden/spirit-big-5/',
		);
		const begin = screen.getByRole('heading', {
			name: new RegExp(`^${sleutelfiguren.title}\\s*Nog aan het begin`),
			level: 4,
		}).parentElement!;
		expect(begin.textContent).toContain(sleutelfiguren.advice.find((a) => a.band === 'begin')!.text);
	});

	it('turns 2 or 3 priorities into an action plan and warns at 4', async () => {
		seed(answers);
		await mount('#resultaten');
		await screen.findByRole('heading', { name: 'Resultaten', level: 2 });
		const priorities = within(screen.getByRole('group', { name: "Met welke thema's gaat u als eerste aan de slag?" }));
		fireEvent.click(priorities.getByRole('checkbox', { name: new RegExp(`^${sleutelfiguren.title}`) }));
		const actie = await screen.findByRole('group', { name: `Actie 1 bij ${sleutelfiguren.title}` });
		fireEvent.input(within(actie).getByLabelText('Wat gaat u doen?'), {
			target: { value: 'Sleutelfiguren uitnodigen' },
		});
		fireEvent.input(within(actie).getByLabelText('Wie?'), { target: { value: 'Mentor' } });
		fireEvent.input(within(actie).getByLabelText('Wanneer?'), { target: { value: 'Maart' } });
		const printed = screen.getByRole('table', { name: 'Actieplan' });
		await waitFor(() =>
			expect(printed.textContent).toContain(`${sleutelfiguren.title}Sleutelfiguren uitnodigenMentorMaart`),
		);

		for (const theme of scan.themes.slice(3, 6)) {
			fireEvent.click(priorities.getByRole('checkbox', { name: new RegExp(`^${theme.title}`) }));
		}
		expect(await screen.findByText(/U heeft 4 thema's gekozen\. Kies er niet meer dan 3/)).toBeTruthy();
	});

	it('gives a deelcode with the scores and talk marks but not the notes', async () => {
		seed(answers);
		await mount('#resultaten');
		await screen.findByRole('heading', { name: 'Resultaten', level: 2 });
		const code = (screen.getByRole('textbox', { name: 'Deelcode' }) as HTMLInputElement).value;
		expect(code).not.toContain('geheim');
		const decoded = decodeDeelcode(code);
		expect(decoded.ok && decoded.value.entries.slice(0, 5)).toEqual([
			{ score: 4, bespreken: false },
			{ score: 0, bespreken: false },
			{ score: 2, bespreken: false },
			{ score: 4, bespreken: true },
			{ score: 1, bespreken: false },
		]);
	});

	it('says there is no score yet when nothing counts', async () => {
		seed({ [waarde.statements[0].id]: { score: 0 } });
		await mount('#resultaten');
		await screen.findByRole('heading', { name: 'Resultaten', level: 2 });
		expect(screen.getByText(/Er is nog geen score/)).toBeTruthy();
		expect(screen.queryByRole('table', { name: /^Score per thema/ })).toBeNull();
	});
});
