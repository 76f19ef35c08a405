import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AnyToolStore } from '../../stores/tools';

type ExportImportView = typeof import('./ExportImport').default;

interface Props {
	store: AnyToolStore;
	/** Text of the disclosure, e.g. "Exporteren of importeren". */
	summary: string;
	/** Explanation shown above the buttons. */
	children?: ComponentChildren;
}

/**
 * Export and import of one tool behind a disclosure. The code for files
 * (reading, checking, preview, undo) loads only when the disclosure opens,
 * so a tool page's first view stays small. It opens by itself when saving
 * fails: an export is then the way to keep the answers.
 */
export default function ExportImportDetails({ store, summary, children }: Props) {
	const saveState = useStore(store.$saveState);
	const [opened, setOpened] = useState(false);
	const [View, setView] = useState<ExportImportView | 'failed' | null>(null);
	const open = opened || saveState.startsWith('not-saved');

	useEffect(() => {
		if (!open || View) return;
		import('./ExportImport').then(
			(m) => setView(() => m.default),
			() => setView('failed'),
		);
	}, [open, View]);

	return (
		<details class="kb-transfer-details" open={open} onToggle={(e) => setOpened(e.currentTarget.open)}>
			<summary>{summary}</summary>
			{children}
			{View === 'failed' ? (
				<p class="kb-error">Exporteren en importeren konden niet laden. Controleer de verbinding en laad de pagina opnieuw.</p>
			) : View ? (
				<View store={store} />
			) : (
				<p>Even geduld…</p>
			)}
		</details>
	);
}
