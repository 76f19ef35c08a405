import { readFileSync } from 'node:fs';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import ZelfscanTool from '../../../src/islands/zelfscan/ZelfscanTool';
import { decodeDeelcode } from '../../../src/lib/zelfscan/deelcode';
import { type Antwoord, emptyZelfscans } from '../../../src/lib/zelfscan/definition';
import type { LinkMap } from '../../../src/lib/zelfscan/links';
import { assertZelfscan, eerdereVersieSchema, type Zelfscan } from '../../../src/lib/zelfscan/schema';
import { addScan, setAntwoord, updateCurrentRonde } from '../../../src/lib/zelfscan/state';
import { zelfscanStore } from '../../../src/stores/zelfscan';

/**
 * The zelfscan island with the real store, the real "Zelfscan informele
 * steun" file and (happy-dom) localStorage. The store is a module singleton:
 * each test starts from empty storage. @nanostores/preact redraws a moment
 * after the store changes and the later views load on demand: every step
 * waits for what it changed to appear.
 */

const load = (id: string) => assertZelfscan(parse(readFileSync(`content/zelfscans/${id}.yaml`, 'utf8')), `${id}.yaml`);
const scan = load('informele-steun');
const gemeentescan = load('gemeentescan');
const eerder = [
	{
		...eerdereVersieSchema.parse(parse(readFileSync('content/zelfscans/eerder/informele-steun-1.yaml', 'utf8'))),
		id: 'informele-steun',
	},
];
const links: LinkMap = {
	'stap:investeer-in-het-sociale-netwerk': {
		href: '/stappenplan/investeer-in-het-sociale-netwerk/',
		label: 'Stap 6: Investeer in het sociale netwerk',
	},
	'voorbeeld:spirit-big-5': { href: '/voorbeelden/spirit-big-5/', label: 'Voorbeeld: Spirit BIG-5' },
};
const [waarde, sleutelfiguren, maatwerk] = scan.themas;

beforeEach(() => {
	history.replaceState(null, '', '/zelfscan/informele-steun/');
});
afterEach(() => {
	zelfscanStore.remove();
});

async function mount(hash = '', which: Zelfscan = scan) {
	if (hash) history.replaceState(null, '', `/zelfscan/${which.id}/${hash}`);
	render(<ZelfscanTool scan={which} eerder={which.id === scan.id ? eerder : []} links={links} />);
	// The tool draws nothing until it has read storage; then the list of saved scans, or the form for the first.
	await screen.findByRole('heading', { name: /^(Begin de scan|Uw scans)$/, level: 2 });
}

async function createScan(name: string) {
	fireEvent.input(screen.getByLabelText('Naam van de scan'), { target: { value: name } });
	fireEvent.click(screen.getByRole('button', { name: 'Begin de scan' }));
	await screen.findByRole('heading', { name: 'Uw scans', level: 2 });
	// The questions load once a scan exists.
	await screen.findByRole('heading', { name: 'Vragen', level: 2 });
}

const group = (text: string) => screen.getByRole('group', { name: text });
const status = (theme: string) => screen.getByRole('link', { name: theme }).getAttribute('aria-describedby')!;
const statusText = (theme: string) => document.getElementById(status(theme))!.textContent;

/** A saved scan with answers, put in the store before mounting. */
function seed(antwoorden: Record<string, Antwoord>, which: { id: string; versie: number } = scan) {
	let { data, id } = addScan(emptyZelfscans(), which, 'Team Noord', new Date('2026-11-01T10:00:00Z'));
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
		for (const theme of scan.themas)
			expect(statusText(theme.titel)).toBe(`Niet begonnen (0 van ${theme.onderdelen.length})`);

		const [first, second, third, ...rest] = waarde.onderdelen;
		fireEvent.click(within(group(first.tekst)).getByRole('radio', { name: 'Grotendeels' }));
		await waitFor(() => expect(statusText(waarde.titel)).toBe('Bezig (1 van 4)'));
		expect(within(group(first.tekst)).getByRole('radio', { name: 'Grotendeels' })).toHaveProperty('checked', true);

		// "Weet ik niet" and "Niet van toepassing" count as answers for progress.
		fireEvent.click(within(group(second.tekst)).getByRole('radio', { name: 'Weet ik niet' }));
		fireEvent.click(within(group(third.tekst)).getByRole('radio', { name: 'Niet van toepassing' }));
		for (const statement of rest)
			fireEvent.click(within(group(statement.tekst)).getByRole('radio', { name: 'Nog niet' }));
		await waitFor(() => expect(statusText(waarde.titel)).toBe('Klaar (4 van 4)'));
		expect(screen.getByText(/U heeft 4 van de 24 stellingen beantwoord\. 1 van de 6 thema's is klaar\./)).toBeTruthy();
		const stored = zelfscanStore.$data.get().scans[0].rondes[0].antwoorden;
		expect([stored[second.id], stored[third.id]]).toEqual([{ geenScore: 'weet-niet' }, { geenScore: 'nvt' }]);
	});

	it('offers the four answers, "weet ik niet" and "niet van toepassing" apart, a talk mark and a note per statement', async () => {
		await mount();
		await createScan('Team Noord');
		const statement = within(group(waarde.onderdelen[0].tekst));
		expect(statement.getAllByRole('radio').map((r) => r.closest('label')!.textContent)).toEqual([
			'Nog niet',
			'Een beetje',
			'Grotendeels',
			'Helemaal',
			'Weet ik niet',
			'Niet van toepassing',
		]);
		fireEvent.click(statement.getByRole('checkbox', { name: 'Hier wil ik over praten' }));
		fireEvent.input(statement.getByLabelText(/Notitie/), { target: { value: 'Eerst met de teamleider' } });
		const ronde = zelfscanStore.$data.get().scans[0].rondes[0];
		expect(ronde.antwoorden[waarde.onderdelen[0].id]).toEqual({ bespreken: true, notitie: 'Eerst met de teamleider' });
		expect(statusText(waarde.titel)).toBe('Niet begonnen (0 van 4)');
	});

	it('shows a grid item of the gemeentescan as four descriptions to choose from, with evidence questions', async () => {
		await mount('', gemeentescan);
		await createScan('Gemeente Oost');
		const [item] = gemeentescan.themas[0].onderdelen;
		const grid = within(group(item.tekst));
		const radios = grid.getAllByRole('radio', { name: /^\d\. / });
		expect(radios.map((r) => r.closest('label')!.textContent)).toEqual(
			item.niveaus!.map((n, i) => `${i + 1}. ${gemeentescan.schaal[i]}: ${n}`),
		);
		fireEvent.click(grid.getByRole('radio', { name: new RegExp(`^3\\. ${gemeentescan.schaal[2]}`) }));
		// The evidence questions appear once a level is chosen.
		const evidence = within(await grid.findByRole('group', { name: item.bewijs[0].vraag }));
		fireEvent.click(evidence.getByRole('radio', { name: 'Nee' }));
		await waitFor(() =>
			expect(zelfscanStore.$data.get().scans[0].rondes[0].antwoorden[item.id]).toEqual({
				score: 3,
				bewijs: { [item.bewijs[0].id]: 'nee' },
			}),
		);
		expect(screen.getByRole('link', { name: /^Volgend deel/ })).toBeTruthy();
	});

	it('opens another theme from the task list', async () => {
		await mount();
		await createScan('Team Noord');
		expect(screen.getByRole('heading', { name: waarde.titel, level: 3 })).toBeTruthy();
		history.replaceState(null, '', `#thema-${maatwerk.id}`);
		await act(() => {
			window.dispatchEvent(new HashChangeEvent('hashchange'));
		});
		expect(await screen.findByRole('heading', { name: maatwerk.titel, level: 3 })).toBeTruthy();
		expect(screen.getByRole('link', { name: maatwerk.titel }).getAttribute('aria-current')).toBe('true');
	});
});

describe('ZelfscanTool: check answers', () => {
	it('lists every answer with a change link that names the statement', async () => {
		seed({
			[waarde.onderdelen[0].id]: { score: 3, bespreken: true, notitie: 'Notitie bij één' },
			[waarde.onderdelen[1].id]: { geenScore: 'weet-niet' },
		});
		await mount('#controleren');
		expect(await screen.findByRole('heading', { name: 'Controleer uw antwoorden', level: 2 })).toBeTruthy();
		const first = waarde.onderdelen[0];
		const change = screen.getByRole('link', { name: `Wijzig uw antwoord op: ${first.tekst}` });
		expect(change.getAttribute('href')).toBe(`#onderdeel-${first.id}`);
		const row = change.closest('div')!;
		expect(row.textContent).toContain('Grotendeels');
		expect(row.textContent).toContain('Hier wil ik over praten');
		expect(row.textContent).toContain('Notitie: Notitie bij één');
		expect(screen.getAllByText('Weet ik niet')).toHaveLength(1);
		expect(screen.getAllByText('Nog niet beantwoord')).toHaveLength(22);
	});
});

describe('ZelfscanTool: results', () => {
	const answers: Record<string, Antwoord> = {
		// Oog voor de waarde van het netwerk: 4, weet ik niet, 2, 4 → 3,3, lowest 2: Onderweg
		[waarde.onderdelen[0].id]: { score: 4 },
		[waarde.onderdelen[1].id]: { geenScore: 'weet-niet' },
		[waarde.onderdelen[2].id]: { score: 2 },
		[waarde.onderdelen[3].id]: { score: 4, bespreken: true, notitie: 'geheim' },
		// Sleutelfiguren praten mee: all 1 → 1,0
		...Object.fromEntries(sleutelfiguren.onderdelen.map((s) => [s.id, { score: 1 }])),
		// Ruimte voor maatwerk: only one counted answer → no mean
		[maatwerk.onderdelen[0].id]: { score: 3 },
		[maatwerk.onderdelen[1].id]: { geenScore: 'nvt' },
	};

	it('explains the scoring in two sentences and shows the mean with the lowest answer and the honest count', async () => {
		seed(answers);
		await mount('#resultaten');
		expect(await screen.findByRole('heading', { name: 'Resultaten', level: 2 })).toBeTruthy();
		expect(
			screen.getByText(/^Een thema krijgt pas een gemiddelde als ten minste twee stellingen een antwoord hebben/),
		).toBeTruthy();
		expect(
			screen.getByText(/^'Stevig geregeld' krijgt een thema alleen als geen enkel antwoord lager is dan 'Grotendeels'/),
		).toBeTruthy();
		// The table comes in a later part of the view, a moment after the heading.
		const table = await screen.findByRole('table', { name: /^Gemiddelde per thema/ });
		const row = (theme: string) => within(table).getByRole('row', { name: new RegExp(`^${theme}`) }).textContent;
		expect(row(waarde.titel)).toBe(`${waarde.titel}3,3 (laagste: 2)Onderweg3 van de 4 beantwoord, 1 weet ik niet`);
		expect(row(sleutelfiguren.titel)).toContain('1,0 (laagste: 1)Nog aan het begin');
		expect(row(maatwerk.titel)).toContain(
			'Geen gemiddelde: maar 1 onderdeel heeft een antwoord–1 van de 3 beantwoord, 1 niet van toepassing, 1 nog open',
		);
		const chart = screen.getByRole('img', { name: /^Gemiddelde per thema, Ronde 1/ });
		expect(chart.querySelector('desc')!.textContent).toContain(`${waarde.titel}: 3,3`);
	});

	it('shows the profile of every statement before any mean', async () => {
		seed(answers);
		await mount('#resultaten');
		const profile = await screen.findByRole('region', { name: 'Uw antwoorden per thema' });
		expect(profile.textContent).toContain(`${waarde.onderdelen[1].tekst}: Weet ik niet`);
		expect(profile.textContent).toContain(`${maatwerk.onderdelen[1].tekst}: Niet van toepassing`);
		await screen.findByRole('region', { name: 'Gemiddelde per thema' });
		const order = [...document.querySelectorAll('h3')].map((h) => h.textContent);
		expect(order.indexOf('Uw antwoorden per thema')).toBeLessThan(order.indexOf('Gemiddelde per thema'));
	});

	it('gives the three most useful next steps from the weakest answers, each with what, who and links', async () => {
		seed(answers);
		await mount('#resultaten');
		const first = await screen.findByRole('region', { name: 'De drie belangrijkste volgende stappen' });
		const steps = within(first).getAllByRole('heading', { level: 4 });
		// The lowest answers (1, all in Sleutelfiguren) give one step, then the next lowest from other themes.
		expect(steps.map((h) => h.firstChild!.textContent)).toEqual([
			sleutelfiguren.onderdelen[0].tekst,
			waarde.onderdelen[2].tekst,
			maatwerk.onderdelen[0].tekst,
		]);
		const step = steps[0].parentElement!;
		expect(step.textContent).toContain(sleutelfiguren.onderdelen[0].volgendeStap.wat);
		expect(step.textContent).toContain(`Wie: ${sleutelfiguren.onderdelen[0].volgendeStap.wie}`);
		expect(within(step).getByRole('link', { name: 'Stap 6: Investeer in het sociale netwerk' })).toBeTruthy();
		expect((await screen.findByRole('region', { name: 'Eerst uitzoeken' })).textContent).toContain(
			waarde.onderdelen[1].tekst,
		);
		expect(screen.getByRole('region', { name: 'Alle andere volgende stappen' }).textContent).toContain(
			sleutelfiguren.onderdelen[1].tekst,
		);
		expect(screen.getByRole('region', { name: 'Hier wilt u over praten' }).textContent).toContain(
			waarde.onderdelen[3].tekst,
		);
	});

	it('turns 2 or 3 priorities into an action plan and warns at 4', async () => {
		seed(answers);
		await mount('#resultaten');
		await screen.findByRole('heading', { name: 'Resultaten', level: 2 });
		const priorities = within(
			await screen.findByRole('group', { name: "Met welke thema's gaat u als eerste aan de slag?" }),
		);
		fireEvent.click(priorities.getByRole('checkbox', { name: new RegExp(`^${sleutelfiguren.titel}`) }));
		const actie = await screen.findByRole('group', { name: `Actie 1 bij ${sleutelfiguren.titel}` });
		fireEvent.input(within(actie).getByLabelText('Wat gaat u doen?'), {
			target: { value: 'Sleutelfiguren uitnodigen' },
		});
		fireEvent.input(within(actie).getByLabelText('Wie?'), { target: { value: 'Mentor' } });
		fireEvent.input(within(actie).getByLabelText('Wanneer?'), { target: { value: 'Maart' } });
		const printed = screen.getByRole('table', { name: 'Actieplan' });
		await waitFor(() =>
			expect(printed.textContent).toContain(`${sleutelfiguren.titel}Sleutelfiguren uitnodigenMentorMaart`),
		);
		for (const theme of scan.themas.slice(3, 6)) {
			fireEvent.click(priorities.getByRole('checkbox', { name: new RegExp(`^${theme.titel}`) }));
		}
		expect(await screen.findByText(/U heeft 4 thema's gekozen\. Kies er niet meer dan 3/)).toBeTruthy();
	});

	it('gives a deelcode with the answers and talk marks but not the notes', async () => {
		seed(answers);
		await mount('#resultaten');
		await screen.findByRole('heading', { name: 'Resultaten', level: 2 });
		const code = ((await screen.findByRole('textbox', { name: 'Deelcode' })) as HTMLInputElement).value;
		expect(code).not.toContain('geheim');
		const decoded = decodeDeelcode(code);
		expect(decoded.ok && decoded.value.entries.slice(0, 5)).toEqual([
			{ score: 4, bespreken: false },
			{ score: null, geenScore: 'weet-niet', bespreken: false },
			{ score: 2, bespreken: false },
			{ score: 4, bespreken: true },
			{ score: 1, bespreken: false },
		]);
	});

	it('says there is no result yet when nothing counts', async () => {
		seed({ [waarde.onderdelen[0].id]: { geenScore: 'weet-niet' } });
		await mount('#resultaten');
		await screen.findByRole('heading', { name: 'Resultaten', level: 2 });
		expect(screen.getByText(/Er is nog geen resultaat/)).toBeTruthy();
		expect(screen.queryByRole('table', { name: /^Gemiddelde per thema/ })).toBeNull();
	});
});

describe('ZelfscanTool: a round of the earlier version', () => {
	it('is readable, marked as the earlier version, and a new round starts on the new version', async () => {
		seed(
			{ 'wn-vast-onderwerp': { score: 2 }, 'ev-bekend': { geenScore: 'weet-niet-of-nvt' } },
			{ id: scan.id, versie: 1 },
		);
		await mount('#vragen');
		expect(await screen.findByRole('heading', { name: 'Resultaten van de vorige versie', level: 2 })).toBeTruthy();
		expect(screen.getByText(/is ingevuld met versie 1 van de scan/)).toBeTruthy();
		expect(screen.queryByRole('radio')).toBeNull();
		const old = eerder[0].themas.flatMap((t) => t.onderdelen).find((o) => o.id === 'ev-bekend')!;
		expect(screen.getByText(`${old.tekst}:`, { exact: false }).textContent).toContain(
			'Weet ik niet / niet van toepassing',
		);
		fireEvent.click(screen.getByRole('button', { name: 'Begin een nieuwe ronde met de nieuwe versie' }));
		await waitFor(() => expect(zelfscanStore.$data.get().scans[0].rondes.map((r) => r.scanVersion)).toEqual([1, 2]));
		expect(await screen.findByRole('heading', { name: 'Vragen', level: 2 })).toBeTruthy();
	});
});
