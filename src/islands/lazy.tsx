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
