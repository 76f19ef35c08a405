import { useStore } from '@nanostores/preact';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { AnyToolStore } from '../../stores/tools';
import { Loading, useLazy } from '../lazy';

const loadExportImport = () => import('./ExportImport').then((m) => m.default);

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
	const open = opened || saveState.startsWith('not-saved');
	const [View, failed] = useLazy(loadExportImport, open);

	return (
		<details class="kb-transfer-details" open={open} onToggle={(e) => setOpened(e.currentTarget.open)}>
			<summary>{summary}</summary>
			{children}
			{View ? <View store={store} /> : <Loading failed={failed} />}
		</details>
	);
}
