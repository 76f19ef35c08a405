import { useEffect, useState } from 'preact/hooks';

/**
 * A component loaded on demand, once `needed` turns true. Returns the
 * component (null while it loads) and whether loading failed. Parts that
 * most visits never use (checking answers, results, comparison, export and
 * import, problem notices) load this way, so a tool page's first view stays
 * within its 20 KB budget.
 */
export function useLazy<C>(load: () => Promise<C>, needed: boolean): [component: C | null, failed: boolean] {
	const [component, setComponent] = useState<C | null>(null);
	const [failed, setFailed] = useState(false);
	useEffect(() => {
		if (!needed || component || failed) return;
		load().then(
			(c) => setComponent(() => c),
			() => setFailed(true),
		);
	}, [needed, component, failed]);
	return [component, failed];
}

/**
 * How many parts of a long view to show: the first at once, each next one
 * in a task of its own right after. A phone then does the work in several
 * short tasks instead of one long one that blocks taps and scrolling
 * (Lighthouse counts every task above 50 ms as blocking). Put what a reader
 * sees first in part 1; the rest follows within a moment.
 */
export function usePartsShown(total: number): number {
	const [shown, setShown] = useState(1);
	useEffect(() => {
		if (shown >= total) return;
		const timer = setTimeout(() => setShown(shown + 1), 0);
		// Printing before the last part is there (Ctrl+P right after opening) draws them all
		// first: the render runs in a microtask, before the browser lays out the paper.
		const all = () => setShown(total);
		addEventListener('beforeprint', all);
		return () => {
			clearTimeout(timer);
			removeEventListener('beforeprint', all);
		};
	}, [shown, total]);
	return Math.min(shown, total);
}

/** Said when a part that loads on demand could not be fetched (offline, or a new version of the site). */
export const LOAD_FAILED = 'Dit deel van de pagina kon niet laden. Controleer de verbinding en laad de pagina opnieuw.';

/** What stands in for a part that is still loading, or could not be fetched (offline, or a new version of the site). */
export function Loading({ failed, text = 'Even geduld…' }: { failed: boolean; text?: string }) {
	return failed ? (
		<p class="kb-error" role="alert">
			{LOAD_FAILED}
		</p>
	) : (
		<p>{text}</p>
	);
}
