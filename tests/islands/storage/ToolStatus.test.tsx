import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ToolStatus from '../../../src/islands/storage/ToolStatus';
import { createToolStore } from '../../../src/stores/tool-store';
import { FakeStorage } from '../../unit/storage/support/fake-storage';
import { type Oefenlijst, oefenlijst } from '../../unit/storage/support/test-tool';
import { captureDownloads } from './support';

const KEY = 'kb:tool:oefenlijst';
const list = (...texts: string[]): Oefenlijst => ({ items: texts.map((text) => ({ text, done: false })), notitie: '' });

afterEach(() => vi.restoreAllMocks());

const stops: (() => void)[] = [];
afterEach(() => {
	for (const stop of stops.splice(0)) stop();
});

async function mount(storage?: Storage) {
	const store = createToolStore(oefenlijst, storage ? { storage: () => storage } : {});
	render(<ToolStatus store={store} />);
	stops.push(store.start());
	return store;
}

describe('save status', () => {
	it('says nothing before the first save, then "Opgeslagen" in a live region', async () => {
		const store = await mount();
		const status = screen.getByRole('status');
		expect(status.getAttribute('aria-live')).toBe('polite');
		expect(status.textContent).toBe('');
		store.set(list('a'));
		await waitFor(() => expect(status.textContent).toBe('Opgeslagen'));
	});

	it('full storage: "Niet opgeslagen: opslag vol" and advice to export', async () => {
		const storage = new FakeStorage(60);
		const store = await mount(storage);
		store.set(list('een antwoord dat niet meer in de opslag past'));
		await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Niet opgeslagen: opslag vol'));
		expect(await screen.findByText(/De opslag van deze browser is vol/)).toBeTruthy();
		expect(screen.getByRole('link', { name: 'Mijn gegevens' }).getAttribute('href')).toBe('/mijn-gegevens/');
	});

	it('blocked storage: banner right after start, and "opslag niet beschikbaar" on save', async () => {
		const storage = new FakeStorage();
		storage.blocked = true;
		const store = await mount(storage);
		expect(await screen.findByText('De antwoorden worden niet bewaard.')).toBeTruthy();
		expect(screen.getByText(/Om ze te houden/).textContent).toContain('kies Exporteren');
		store.set(list('a'));
		await waitFor(() =>
			expect(screen.getByRole('status').textContent).toBe('Niet opgeslagen: opslag niet beschikbaar'),
		);
		expect(store.$data.get()).toEqual(list('a'));
	});
});

describe('unreadable data', () => {
	it('shows the message, downloads the raw text, and "Begin opnieuw" keeps the quarantine copy', async () => {
		const files = captureDownloads();
		localStorage.setItem(KEY, '{"kapot":');
		const store = await mount();
		await waitFor(() =>
			expect(screen.getByRole('status').textContent).toBe('De opgeslagen gegevens zijn niet te lezen'),
		);
		expect(await screen.findByText(/beschadigd of hebben een vorm/)).toBeTruthy();
		expect(screen.getByText(/Er is niets gewist/)).toBeTruthy();

		fireEvent.click(screen.getByRole('button', { name: 'Download de onleesbare gegevens' }));
		expect(files).toHaveLength(1);
		expect(files[0]?.name).toMatch(/^oefenlijst-onleesbaar-\d{4}-\d{2}-\d{2}\.txt$/);
		expect(await files[0]?.blob.text()).toBe('{"kapot":');
		expect(localStorage.getItem(KEY)).toBe('{"kapot":');

		fireEvent.click(screen.getByRole('button', { name: 'Begin opnieuw' }));
		await waitFor(() => expect(screen.queryByRole('button', { name: 'Begin opnieuw' })).toBeNull());
		expect(document.activeElement?.classList.contains('kb-storage')).toBe(true);
		const copies = Object.keys(localStorage).filter((k) => k.startsWith(`${KEY}:quarantine:`));
		expect(copies.map((k) => localStorage.getItem(k))).toEqual(['{"kapot":']);
		store.set(list('opnieuw'));
		await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Opgeslagen'));
	});

	it('a future version gets its own explanation', async () => {
		localStorage.setItem(
			KEY,
			JSON.stringify({ tool: 'oefenlijst', schemaVersion: 9, revision: 1, savedAt: 'x', data: {} }),
		);
		await mount();
		expect(await screen.findByText(/gemaakt met een nieuwere versie van deze site/)).toBeTruthy();
	});
});

describe('two tabs', () => {
	it("another tab's save arrives through the storage event", async () => {
		const storage = new FakeStorage();
		const mine = await mount(storage);
		const other = createToolStore(oefenlijst, { storage: () => storage });
		other.set(list('uit het andere tabblad'));
		window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
		expect(mine.$data.get()).toEqual(list('uit het andere tabblad'));
		expect(screen.queryByRole('button', { name: 'Houd mijn versie en overschrijf' })).toBeNull();
	});

	it('focus and visibilitychange also pick up newer data', async () => {
		const storage = new FakeStorage();
		const mine = await mount(storage);
		const other = createToolStore(oefenlijst, { storage: () => storage });
		other.set(list('een'));
		window.dispatchEvent(new Event('focus'));
		expect(mine.$data.get()).toEqual(list('een'));
		other.set(list('twee'));
		document.dispatchEvent(new Event('visibilitychange'));
		expect(mine.$data.get()).toEqual(list('twee'));
	});

	it('a stale edit shows the conflict notice; "Laad de versie uit het andere tabblad" takes theirs', async () => {
		const storage = new FakeStorage();
		const mine = await mount(storage);
		createToolStore(oefenlijst, { storage: () => storage }).set(list('van hen'));
		mine.set(list('van mij'));
		expect(
			await screen.findByRole('region', { name: 'In een ander tabblad zijn nieuwere gegevens opgeslagen' }),
		).toBeTruthy();
		expect(screen.getByRole('status').textContent).toBe('In een ander tabblad zijn nieuwere gegevens opgeslagen');
		fireEvent.click(screen.getByRole('button', { name: 'Laad de versie uit het andere tabblad' }));
		expect(mine.$data.get()).toEqual(list('van hen'));
		await waitFor(() => expect(screen.queryByRole('button', { name: 'Houd mijn versie en overschrijf' })).toBeNull());
	});

	it('"Houd mijn versie en overschrijf" saves mine; "Exporteer eerst mijn versie" downloads mine first', async () => {
		const files = captureDownloads();
		const storage = new FakeStorage();
		const mine = await mount(storage);
		createToolStore(oefenlijst, { storage: () => storage }).set(list('van hen'));
		mine.set(list('van mij'));
		fireEvent.click(await screen.findByRole('button', { name: 'Exporteer eerst mijn versie' }));
		expect(JSON.parse((await files[0]?.blob.text()) ?? '').data).toEqual(list('van mij'));
		expect(screen.getByRole('button', { name: 'Houd mijn versie en overschrijf' })).toBeTruthy();
		fireEvent.click(screen.getByRole('button', { name: 'Houd mijn versie en overschrijf' }));
		expect(JSON.parse(storage.peek(KEY) ?? '').data).toEqual(list('van mij'));
		await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Opgeslagen'));
	});
});

describe('leaving the page', () => {
	const leave = () => {
		const event = new Event('beforeunload', { cancelable: true });
		window.dispatchEvent(event);
		return event.defaultPrevented;
	};

	it('asks only while changes are not stored', async () => {
		const storage = new FakeStorage(200);
		const store = await mount(storage);
		expect(leave()).toBe(false);
		store.set(list('past'));
		expect(leave()).toBe(false);
		store.set(list('dit antwoord is veel te lang voor de kleine opslag van deze test', 'en nog meer'));
		expect(store.$saveState.get()).toBe('not-saved:quota');
		expect(leave()).toBe(true);
		storage.quota = 10_000;
		store.update((d) => d);
		expect(leave()).toBe(false);
	});
});
