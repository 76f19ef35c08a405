import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { ToolStore } from '../../stores/tool-store';

/**
 * A tool island's data: null on the server and in the first render (the
 * page's HTML never depends on what this browser stores, so hydration
 * always matches), then the stored data, kept current. Starts the store
 * after mount and stops it when the island goes.
 */
export function useToolStore<T>(store: ToolStore<T>): T | null {
	const data = useStore(store.$data);
	const [started, setStarted] = useState(false);
	useEffect(() => {
		const stop = store.start();
		setStarted(true);
		return stop;
	}, [store]);
	return started ? data : null;
}
