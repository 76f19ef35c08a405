import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { Loading, useLazy, usePartsShown } from '../../src/islands/lazy';

function Part({ load, needed }: { load: () => Promise<() => preact.JSX.Element>; needed: boolean }) {
	const [View, failed] = useLazy(load, needed);
	return View ? <View /> : <Loading failed={failed} text="Even geduld, het deel wordt geladen…" />;
}

describe('parts that load on demand', () => {
	it('loads only when needed, and says so while it loads', async () => {
		let calls = 0;
		const load = async () => {
			calls++;
			return () => <p>Het geladen deel</p>;
		};
		const { rerender } = render(<Part load={load} needed={false} />);
		expect(screen.getByText('Even geduld, het deel wordt geladen…')).toBeTruthy();
		expect(calls).toBe(0);
		rerender(<Part load={load} needed />);
		expect(await screen.findByText('Het geladen deel')).toBeTruthy();
		expect(calls).toBe(1);
	});

	it('shows a Dutch message when the part cannot be fetched (offline)', async () => {
		render(<Part load={() => Promise.reject(new TypeError('Failed to fetch'))} needed />);
		const alert = await screen.findByRole('alert');
		expect(alert.textContent).toBe(
			'Dit deel van de pagina kon niet laden. Controleer de verbinding en laad de pagina opnieuw.',
		);
	});
});

function LongView() {
	const shown = usePartsShown(3);
	return (
		<div>
			<h2>Deel 1</h2>
			{shown >= 2 && <h2>Deel 2</h2>}
			{shown >= 3 && <h2>Deel 3</h2>}
		</div>
	);
}

describe('a long view drawn in parts', () => {
	it('shows the first part at once and the others one after another, right after', async () => {
		render(<LongView />);
		expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual(['Deel 1']);
		expect(await screen.findByRole('heading', { name: 'Deel 3' })).toBeTruthy();
		expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual(['Deel 1', 'Deel 2', 'Deel 3']);
	});

	it('draws every part at once when the reader prints before they are all there', async () => {
		render(<LongView />);
		expect(screen.getAllByRole('heading')).toHaveLength(1);
		dispatchEvent(new Event('beforeprint'));
		await Promise.resolve();
		expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual(['Deel 1', 'Deel 2', 'Deel 3']);
	});
});
