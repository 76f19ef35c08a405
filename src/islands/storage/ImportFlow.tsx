import { useRef, useState } from 'preact/hooks';
import type { ImportItem, ImportResult } from '../../lib/storage/files';
import type { Merger } from '../../lib/storage/types';
import type { AnyToolStore } from '../../stores/tools';
import { LOAD_FAILED } from '../lazy';

interface Props {
	stores: AnyToolStore[];
	/** Only accept files of this tool (the import inside a tool). */
	onlyTool?: string;
	/** Visible label of the file field. */
	label: string;
}

export type Step =
	| { kind: 'choose' }
	| { kind: 'error'; message: string }
	| { kind: 'preview'; items: ImportItem[]; fileName: string; merges: Merger<unknown>[] | null }
	| { kind: 'done'; titles: string[]; stores: AnyToolStore[] }
	| { kind: 'undone' };

type Steps = typeof import('./ImportSteps').ImportSteps;
/** Add the file to what is here, or put it in its place. */
export type ImportMode = 'add' | 'replace';

/**
 * Import with a safety net: the file is read and checked completely, then
 * the user sees what will change; nothing changes before "Vervang mijn
 * gegevens" (or "Voeg toe aan mijn gegevens", where every tool in the file
 * can add an import to what is here). Afterwards the previous state can be
 * restored once. The checks and what they show (ImportSteps) load when
 * someone chooses a file.
 */
export default function ImportFlow({ stores, onlyTool, label }: Props) {
	const [step, setStep] = useState<Step>({ kind: 'choose' });
	const [Steps, setSteps] = useState<Steps | null>(null);
	const input = useRef<HTMLInputElement>(null);
	const focusTarget = useRef<HTMLDivElement>(null);
	const fieldId = `kb-import-${onlyTool ?? 'alles'}`;

	const show = (next: Step) => {
		setStep(next);
		// The message replaces the part the user just used: move focus to it.
		requestAnimationFrame(() => focusTarget.current?.focus());
	};

	const onFile = async (event: Event) => {
		const file = (event.currentTarget as HTMLInputElement).files?.[0];
		if (!file) return;
		let result: ImportResult;
		let merges: Merger<unknown>[] | null = null;
		try {
			const [files, steps] = await Promise.all([import('../../lib/storage/files'), import('./ImportSteps')]);
			setSteps(() => steps.ImportSteps);
			result = await files.readImportFile(
				file,
				stores.map((s) => s.definition),
				onlyTool,
			);
			if (result.ok) {
				const loaded = await Promise.all(result.items.map((item) => steps.mergers[item.definition.id]?.()));
				merges = loaded.every(Boolean) ? (loaded as Merger<unknown>[]) : null;
			}
		} catch {
			// Without the checks nothing can be shown but this sentence: say it where the steps would be.
			if (input.current) input.current.value = '';
			setSteps(null);
			setStep({ kind: 'error', message: `Importeren lukt nu niet. ${LOAD_FAILED} Er is niets veranderd.` });
			return;
		}
		if (input.current) input.current.value = '';
		if (!result.ok) return show({ kind: 'error', message: result.message });
		show({ kind: 'preview', items: result.items, fileName: file.name, merges });
	};

	const confirm = (mode: ImportMode) => {
		if (step.kind !== 'preview') return;
		const { merges } = step;
		const touched = step.items.flatMap((item, i) => {
			// parseImport only returns items of the definitions it was given: those of `stores`.
			const store = stores.find((s) => s.definition.id === item.definition.id);
			if (!store) return [];
			// Added to what is here now (another tab may have saved since the preview).
			store.importData(mode === 'add' && merges ? merges[i].merge(store.$data.get(), item.data).data : item.data);
			return [store];
		});
		show({ kind: 'done', titles: touched.map((s) => s.definition.title), stores: touched });
	};

	const undo = () => {
		if (step.kind !== 'done') return;
		for (const store of step.stores) store.undoImport();
		show({ kind: 'undone' });
	};

	return (
		<div class="kb-transfer">
			<div>
				<label class="kb-file-label" for={fieldId}>
					{label}
				</label>
				<input
					id={fieldId}
					ref={input}
					type="file"
					accept=".json,application/json"
					aria-describedby={`${fieldId}-hint`}
					onChange={onFile}
					disabled={step.kind === 'preview'}
				/>
				<p class="kb-muted" id={`${fieldId}-hint`}>
					Een bestand dat eerder met Exporteren is gemaakt (.json, hoogstens 1 MB). Er verandert niets zonder
					bevestiging.
				</p>
			</div>

			<div ref={focusTarget} tabIndex={-1} class="kb-storage">
				{Steps ? (
					<Steps
						step={step}
						stores={stores}
						fieldId={fieldId}
						onConfirm={confirm}
						onCancel={() => show({ kind: 'choose' })}
						onUndo={undo}
					/>
				) : (
					step.kind === 'error' && (
						<p class="kb-notice kb-notice--danger" role="alert">
							{step.message}
						</p>
					)
				)}
			</div>
		</div>
	);
}
