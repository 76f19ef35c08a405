import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MijnGegevensView } from '../../../src/islands/storage/MijnGegevens';
import { createToolStore } from '../../../src/stores/tool-store';
import type { AnyToolStore } from '../../../src/stores/tools';
import { FakeStorage } from '../../unit/storage/support/fake-storage';
import { notities, type Oefenlijst, oefenlijst } from '../../unit/storage/support/test-tool';
import { captureDownloads, chooseFile, today } from './support';

const list = (...texts: string[]): Oefenlijst => ({ items: texts.map((text) => ({ text, done: false })), notitie: '' });

afterEach(() => vi.restoreAllMocks());

async function mount(stores: AnyToolStore[], storage?: FakeStorage) {
	const view = render(<MijnGegevensView stores={stores} storage={storage ? () => storage : undefined} />);
	// The server and the first render show nothing: what is kept is only known in the browser.
	await screen.findByRole('heading', { name: 'Wat deze site in deze browser bewaart' });
	return view;
}

function twoTools() {
	const lijst = createToolStore(oefenlijst);
	const notes = createToolStore(notities);
	return { lijst, notes, stores: [lijst, notes] as AnyToolStore[] };
}

describe('what is kept', () => {
	it('empty state when nothing is stored, also without any tools', async () => {
		await mount([]);
		expect(screen.getByText('Deze site bewaart nu niets in deze browser.')).toBeTruthy();
		expect(screen.getByText('Er zijn nog geen hulpmiddelen die gegevens kunnen importeren.')).toBeTruthy();
		expect(screen.queryByRole('button', { name: 'Wis alles' })).toBeNull();
	});

	it('empty state with tools that hold nothing', async () => {
		await mount(twoTools().stores);
		expect(screen.getByText('Deze site bewaart nu niets in deze browser.')).toBeTruthy();
		expect(await screen.findByLabelText('Importeer een bestand (één hulpmiddel of alles)')).toBeTruthy();
	});

	it('lists each tool with summary, last saved and size', async () => {
		const { lijst, stores } = twoTools();
		lijst.set(list('a', 'b'));
		await mount(stores);
		const text = screen.getByRole('heading', { name: 'Oefenlijst' }).closest('li')?.textContent;
		expect(text).toContain('2 punten, 0 afgevinkt');
		expect(text).toMatch(/Laatst opgeslagen\d{1,2} \w+ \d{4} om \d{2}:\d{2}/);
		expect(text).toMatch(/Grootte\d+(,\d)? KB/);
		expect(screen.queryByRole('heading', { name: 'Notities' })).toBeNull();
		expect(screen.queryByText('Deze site bewaart nu niets in deze browser.')).toBeNull();
	});

	it('mentions keys of this site that no tool owns', async () => {
		localStorage.setItem('kb:tool:oud-hulpmiddel', '{}');
		await mount(twoTools().stores);
		expect(screen.getByText(/Overige gegevens van deze site: 1 onderdeel/)).toBeTruthy();
	});

	it('blocked storage: says so', async () => {
		const storage = new FakeStorage();
		storage.blocked = true;
		await mount([createToolStore(oefenlijst, { storage: () => storage })], storage);
		expect(screen.getByText('Deze browser laat deze site niets bewaren.')).toBeTruthy();
	});
});

describe('delete', () => {
	it('one tool: a dialog asks first; Annuleren keeps everything and returns focus', async () => {
		const { lijst, notes, stores } = twoTools();
		lijst.set(list('a'));
		notes.set({ tekst: 'hallo' });
		await mount(stores);
		const trigger = screen.getByRole('button', { name: 'Wis Oefenlijst' });
		trigger.focus();
		fireEvent.click(trigger);
		const dialog = (await screen.findByRole('dialog', {
			name: 'Gegevens van de Oefenlijst wissen?',
		})) as HTMLDialogElement;
		expect(dialog.open).toBe(true);
		fireEvent.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
		await waitFor(() => expect(dialog.open).toBe(false));
		expect(localStorage.getItem('kb:tool:oefenlijst')).not.toBeNull();
		await waitFor(() => expect(document.activeElement).toBe(trigger));
	});

	it('one tool: confirming deletes only that tool and moves focus to the list heading', async () => {
		const { lijst, notes, stores } = twoTools();
		lijst.set(list('a'));
		notes.set({ tekst: 'hallo' });
		await mount(stores);
		fireEvent.click(screen.getByRole('button', { name: 'Wis Oefenlijst' }));
		fireEvent.click(await screen.findByRole('button', { name: 'Ja, wis deze gegevens' }));
		expect(await screen.findByText('De gegevens van de Oefenlijst zijn gewist.')).toBeTruthy();
		expect(localStorage.getItem('kb:tool:oefenlijst')).toBeNull();
		expect(localStorage.getItem('kb:tool:notities')).not.toBeNull();
		expect(lijst.$data.get()).toEqual(oefenlijst.empty());
		expect(screen.queryByRole('heading', { name: 'Oefenlijst' })).toBeNull();
		await waitFor(() =>
			expect(document.activeElement).toBe(
				screen.getByRole('heading', { name: 'Wat deze site in deze browser bewaart' }),
			),
		);
	});

	it('"Wis alles" removes every key of this site (also unknown and quarantined) and nothing else', async () => {
		const { lijst, notes, stores } = twoTools();
		lijst.set(list('a'));
		notes.set({ tekst: 'hallo' });
		localStorage.setItem('kb:tool:oefenlijst:quarantine:1', 'kapot');
		localStorage.setItem('kb:tool:oud', 'x');
		localStorage.setItem('andere-site', 'blijft');
		await mount(stores);
		fireEvent.click(screen.getByRole('button', { name: 'Wis alles' }));
		const dialog = await screen.findByRole('dialog', { name: 'Alles wissen?' });
		fireEvent.click(within(dialog).getByRole('button', { name: 'Ja, wis alles' }));
		expect(await screen.findByText(/Alles is gewist/)).toBeTruthy();
		expect(Object.keys(localStorage)).toEqual(['andere-site']);
		expect(screen.getAllByText(/Deze site bewaart nu niets in deze browser\./).length).toBeGreaterThan(0);
	});

	it('closing the dialog without a choice (what Escape does) deletes nothing', async () => {
		const { lijst, stores } = twoTools();
		lijst.set(list('a'));
		await mount(stores);
		const trigger = screen.getByRole('button', { name: 'Wis alles' });
		fireEvent.click(trigger);
		const dialog = (await screen.findByRole('dialog', { name: 'Alles wissen?' })) as HTMLDialogElement;
		dialog.close();
		// The close is handled once focus is back on the button that opened the dialog.
		await waitFor(() => expect(document.activeElement).toBe(trigger));
		expect(localStorage.getItem('kb:tool:oefenlijst')).not.toBeNull();
	});

	it('Escape and at once Enter again: the late close event of the first dialog does not break the second', async () => {
		// A browser fires "close" a task after the dialog closes; a quick user has reopened it by then.
		const { lijst, stores } = twoTools();
		lijst.set(list('a'));
		await mount(stores);
		fireEvent.click(screen.getByRole('button', { name: 'Wis alles' }));
		const dialog = (await screen.findByRole('dialog', { name: 'Alles wissen?' })) as HTMLDialogElement;
		expect(dialog.open).toBe(true);
		fireEvent(dialog, new Event('close'));
		fireEvent.click(within(dialog).getByRole('button', { name: 'Ja, wis alles' }));
		expect(await screen.findByText(/Alles is gewist/)).toBeTruthy();
		expect(localStorage.getItem('kb:tool:oefenlijst')).toBeNull();
	});
});

describe('export and import everything', () => {
	it('"Exporteer alles" downloads one file with every tool that holds data', async () => {
		const files = captureDownloads();
		const { lijst, notes, stores } = twoTools();
		lijst.set(list('a'));
		notes.set({ tekst: 'hallo' });
		await mount(stores);
		fireEvent.click(screen.getByRole('button', { name: 'Exporteer alles' }));
		expect(files.map((f) => f.name)).toEqual([`van-jeugd-naar-volwassenheid-alles-${today()}.json`]);
		const content = JSON.parse((await files[0]?.blob.text()) ?? '');
		expect(content.kind).toBe('kb-alles');
		expect(content.tools.map((t: { tool: string }) => t.tool)).toEqual(['oefenlijst', 'notities']);
	});

	it('importing an everything-file previews both tools, replaces both on confirm, and undo restores both', async () => {
		const { lijst, notes, stores } = twoTools();
		lijst.set(list('eigen'));
		await mount(stores);
		const file = {
			kind: 'kb-alles',
			exportedAt: '2026-11-22T10:00:00.000Z',
			tools: [
				{
					tool: 'oefenlijst',
					schemaVersion: 3,
					revision: 2,
					savedAt: '2026-11-22T10:00:00.000Z',
					data: list('x', 'y', 'z'),
				},
				{
					tool: 'notities',
					schemaVersion: 1,
					revision: 1,
					savedAt: '2026-11-22T10:00:00.000Z',
					data: { tekst: 'uit bestand' },
				},
			],
		};
		chooseFile(
			await screen.findByLabelText('Importeer een bestand (één hulpmiddel of alles)'),
			new File([JSON.stringify(file)], 'alles.json'),
		);
		const preview = await screen.findByRole('region', { name: /Wat verandert er/ });
		expect(preview.textContent).toContain('Oefenlijst: nu 1 punt, 0 afgevinkt, na importeren 3 punten, 0 afgevinkt');
		expect(preview.textContent).toContain('Notities: nu leeg, na importeren 11 tekens');
		expect(notes.$data.get()).toEqual({ tekst: '' });
		fireEvent.click(screen.getByRole('button', { name: 'Vervang mijn gegevens' }));
		expect(lijst.$data.get()).toEqual(list('x', 'y', 'z'));
		expect(notes.$data.get()).toEqual({ tekst: 'uit bestand' });
		expect(await screen.findByRole('heading', { name: 'Notities' })).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Import ongedaan maken' }));
		expect(await screen.findByText(/De import is ongedaan gemaakt/)).toBeTruthy();
		expect(lijst.$data.get()).toEqual(list('eigen'));
		expect(notes.$data.get()).toEqual({ tekst: '' });
	});

	it('a file for a tool this site does not have is refused', async () => {
		await mount(twoTools().stores);
		chooseFile(
			await screen.findByLabelText('Importeer een bestand (één hulpmiddel of alles)'),
			new File([JSON.stringify({ tool: 'onbekend', schemaVersion: 1, revision: 1, savedAt: 'x', data: {} })], 'x.json'),
		);
		expect((await screen.findByRole('alert')).textContent).toMatch(/onderdeel dat deze site niet kent/);
	});
});

describe('unreadable data on Mijn gegevens', () => {
	it('the card offers the download and "Begin opnieuw"; "Exporteer alles" leaves that tool out', async () => {
		const files = captureDownloads();
		localStorage.setItem('kb:tool:oefenlijst', '{kapot');
		const { notes, stores } = twoTools();
		notes.set({ tekst: 'hallo' });
		await mount(stores);
		const card = screen.getByRole('heading', { name: 'Oefenlijst' }).closest('li') as HTMLElement;
		expect(card.textContent).toContain('Onleesbare gegevens');
		expect(await within(card).findByRole('button', { name: 'Download de onleesbare gegevens' })).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Exporteer alles' }));
		const content = JSON.parse((await files[0]?.blob.text()) ?? '');
		expect(content.tools.map((t: { tool: string }) => t.tool)).toEqual(['notities']);
	});
});
