import { render, screen, waitFor } from '@testing-library/preact';
import { expect, it } from 'vitest';
import { useToolStore } from '../../../src/islands/storage/useToolStore';
import { createToolStore, type ToolStore } from '../../../src/stores/tool-store';
import { type Oefenlijst, oefenlijst } from '../../unit/storage/support/test-tool';

const KEY = 'kb:tool:oefenlijst';
const stored = (text: string, revision: number) =>
	JSON.stringify({
		tool: 'oefenlijst',
		schemaVersion: 3,
		revision,
		savedAt: '2026-12-01T10:00:00.000Z',
		data: { items: [{ text, done: false }], notitie: '' },
	});

/** A tool island in its smallest form. */
function Tool({ store }: { store: ToolStore<Oefenlijst> }) {
	const data = useToolStore(store);
	if (!data) return <p>niets</p>;
	return <p>{data.items.map((i) => i.text).join(', ') || 'leeg'}</p>;
}

it('renders nothing stored in the first render, then the stored data, and follows other tabs', async () => {
	localStorage.setItem(KEY, stored('uit een eerder bezoek', 1));
	const store = createToolStore(oefenlijst);
	const view = render(<Tool store={store} />);
	expect(await screen.findByText('uit een eerder bezoek')).toBeTruthy();

	localStorage.setItem(KEY, stored('uit een ander tabblad', 2));
	window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
	expect(await screen.findByText('uit een ander tabblad')).toBeTruthy();
	view.unmount();
});

it('stops listening when the island goes: a later change elsewhere is not read', async () => {
	const store = createToolStore(oefenlijst);
	const view = render(<Tool store={store} />);
	expect(await screen.findByText('leeg')).toBeTruthy();
	view.unmount();

	localStorage.setItem(KEY, stored('na het sluiten', 1));
	window.dispatchEvent(new StorageEvent('storage', { key: KEY }));
	window.dispatchEvent(new Event('focus'));
	expect(store.$data.get()).toEqual(oefenlijst.empty());

	// A new island on the same store starts it again and reads what is there now.
	render(<Tool store={store} />);
	await waitFor(() => expect(screen.getByText('na het sluiten')).toBeTruthy());
});
