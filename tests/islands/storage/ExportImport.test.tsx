import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ExportImport from '../../../src/islands/storage/ExportImport';
import { createToolStore } from '../../../src/stores/tool-store';
import { type Oefenlijst, oefenlijst } from '../../unit/storage/support/test-tool';
import { captureDownloads, chooseFile, today } from './support';

const KEY = 'kb:tool:oefenlijst';
const list = (...texts: string[]): Oefenlijst => ({ items: texts.map((text) => ({ text, done: false })), notitie: '' });
const fileOf = (value: unknown, name = 'oefenlijst.json') =>
	new File([typeof value === 'string' ? value : JSON.stringify(value)], name, { type: 'application/json' });
const exportOf = (data: Oefenlijst) => ({
	tool: 'oefenlijst',
	schemaVersion: 3,
	revision: 5,
	savedAt: '2026-11-20T10:00:00.000Z',
	exportedAt: '2026-11-20T10:00:00.000Z',
	data,
});

const stops: (() => void)[] = [];
afterEach(() => {
	for (const stop of stops.splice(0)) stop();
	vi.restoreAllMocks();
});

async function mount(initial?: Oefenlijst) {
	const store = createToolStore(oefenlijst);
	if (initial) store.set(initial);
	render(<ExportImport store={store} />);
	stops.push(store.start());
	return store;
}

const fileInput = () => screen.getByLabelText('Importeren uit een bestand');

describe('export', () => {
	it('"Exporteren" downloads the current data as <tool>-<date>.json', async () => {
		const files = captureDownloads();
		await mount(list('Gesprek plannen'));
		fireEvent.click(screen.getByRole('button', { name: 'Exporteren' }));
		expect(files.map((f) => f.name)).toEqual([`oefenlijst-${today()}.json`]);
		const content = JSON.parse((await files[0]?.blob.text()) ?? '');
		expect(content).toMatchObject({ tool: 'oefenlijst', schemaVersion: 3, revision: 1, data: list('Gesprek plannen') });
		expect(typeof content.exportedAt).toBe('string');
	});
});

describe('import', () => {
	it('shows what will change and changes nothing before confirmation', async () => {
		const store = await mount(list('eigen'));
		const before = localStorage.getItem(KEY);
		chooseFile(fileInput(), fileOf(exportOf(list('a', 'b'))));
		const preview = await screen.findByRole('region', { name: 'Wat verandert er bij het importeren van dit bestand?' });
		expect(preview.textContent).toContain('Oefenlijst: nu 1 punt, 0 afgevinkt, na importeren 2 punten, 0 afgevinkt');
		expect(preview.textContent).toContain('Bestand: oefenlijst.json');
		expect(store.$data.get()).toEqual(list('eigen'));
		expect(localStorage.getItem(KEY)).toBe(before);
		await waitFor(() => expect(document.activeElement).toBe(preview.parentElement));

		fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
		await waitFor(() => expect(screen.queryByRole('region', { name: /Wat verandert er/ })).toBeNull());
		expect(store.$data.get()).toEqual(list('eigen'));
		expect(localStorage.getItem(KEY)).toBe(before);
	});

	it('confirm replaces and saves; "Import ongedaan maken" restores the previous data', async () => {
		const store = await mount(list('eigen'));
		chooseFile(fileInput(), fileOf(exportOf(list('a', 'b'))));
		fireEvent.click(await screen.findByRole('button', { name: 'Vervang mijn gegevens' }));
		expect(store.$data.get()).toEqual(list('a', 'b'));
		expect(JSON.parse(localStorage.getItem(KEY) ?? '').data).toEqual(list('a', 'b'));
		expect(await screen.findByText('Geïmporteerd: Oefenlijst.')).toBeTruthy();

		fireEvent.click(screen.getByRole('button', { name: 'Import ongedaan maken' }));
		expect(store.$data.get()).toEqual(list('eigen'));
		expect(JSON.parse(localStorage.getItem(KEY) ?? '').data).toEqual(list('eigen'));
		expect(await screen.findByText(/De import is ongedaan gemaakt/)).toBeTruthy();
	});

	it('an older version in the file is migrated before the preview', async () => {
		const store = await mount();
		chooseFile(fileInput(), fileOf({ ...exportOf(list()), schemaVersion: 1, data: { items: ['oud punt'] } }));
		fireEvent.click(await screen.findByRole('button', { name: 'Vervang mijn gegevens' }));
		expect(store.$data.get()).toEqual({ items: [{ text: 'oud punt', done: false }], notitie: '' });
	});

	const hostile: [string, File, RegExp][] = [
		['not JSON', fileOf('<html><script>alert(1)</script>'), /geen JSON/],
		['5 MB', fileOf(exportOf({ items: [], notitie: 'x'.repeat(5_000_000) })), /te groot/],
		[
			'__proto__',
			fileOf(
				`{"__proto__":{"x":1},"tool":"oefenlijst","schemaVersion":3,"revision":1,"savedAt":"x","data":{"items":[],"notitie":""}}`,
			),
			/niet zijn toegestaan/,
		],
		['wrong types', fileOf(exportOf({ items: 5, notitie: [] } as unknown as Oefenlijst)), /kloppen niet/],
		['unknown version', fileOf({ ...exportOf(list()), schemaVersion: 42 }), /nieuwere versie/],
		['another tool', fileOf({ ...exportOf(list()), tool: 'big5' }), /hoort niet bij de Oefenlijst/],
	];
	for (const [label, file, message] of hostile) {
		it(`refuses ${label} with a message and changes nothing`, async () => {
			const store = await mount(list('eigen'));
			const before = localStorage.getItem(KEY);
			chooseFile(fileInput(), file);
			const alert = await screen.findByRole('alert');
			expect(alert.textContent).toMatch(message);
			expect(alert.textContent).toContain('Er is niets veranderd.');
			expect(store.$data.get()).toEqual(list('eigen'));
			expect(localStorage.getItem(KEY)).toBe(before);
			expect(screen.queryByRole('button', { name: 'Vervang mijn gegevens' })).toBeNull();
		});
	}

	it('HTML in the file name and the data is shown as text, never as elements', async () => {
		const payload = '<img src=x onerror=alert(1)>';
		const definitionWithText = { ...oefenlijst, describe: (d: Oefenlijst) => d.notitie };
		const store = createToolStore(definitionWithText);
		render(<ExportImport store={store} />);
		stops.push(store.start());
		chooseFile(fileInput(), fileOf(exportOf({ items: [], notitie: payload }), `${payload}.json`));
		const preview = await screen.findByRole('region', { name: /Wat verandert er/ });
		expect(preview.textContent).toContain(`Bestand: ${payload}.json`);
		expect(preview.textContent).toContain(`na importeren ${payload}`);
		expect(document.querySelector('img')).toBeNull();
	});
});
