import { render, screen } from '@testing-library/preact';
import { expect, it, vi } from 'vitest';
import ToolStatus from '../../../src/islands/storage/ToolStatus';
import { createToolStore } from '../../../src/stores/tool-store';
import { oefenlijst } from '../../unit/storage/support/test-tool';

// The notice with choices is loaded on demand; simulate that this load fails
// (a new release replaced the file while the page was open, or the network dropped).
vi.mock('../../../src/islands/storage/StorageNotices', () => {
	throw new Error('laden mislukt');
});

it('if the choices cannot be loaded, the problem is still named and nothing is saved', async () => {
	localStorage.setItem('kb:tool:oefenlijst', 'kapot');
	const store = createToolStore(oefenlijst);
	render(<ToolStatus store={store} />);
	const stop = store.start();
	expect(await screen.findByText(/Dit deel van de pagina kon niet laden/)).toBeTruthy();
	store.set({ items: [{ text: 'nieuw', done: false }], notitie: '' });
	expect(localStorage.getItem('kb:tool:oefenlijst')).toBe('kapot');
	stop();
});
