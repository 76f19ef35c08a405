import { useRef, useState } from 'preact/hooks';
import type { ImportItem, ImportResult } from '../../lib/storage/files';
import { formatDateTime } from '../../lib/storage/format';
import type { AnyToolStore } from '../../stores/tools';
import { LOAD_FAILED } from '../lazy';

interface Props {
	stores: AnyToolStore[];
	/** Only accept files of this tool (the import inside a tool). */
	onlyTool?: string;
	/** Visible label of the file field. */
	label: string;
}

type Step =
	| { kind: 'choose' }
	| { kind: 'error'; message: string }
	| { kind: 'preview'; items: ImportItem[]; fileName: string }
	| { kind: 'done'; titles: string[]; stores: AnyToolStore[] }
	| { kind: 'undone' };

/**
 * Import with a safety net: the file is read and checked completely, then
 * the user sees what will change; nothing is replaced before "Vervang mijn
 * gegevens". Afterwards the previous state can be restored once.
 * All file content is shown as text by Preact, never as HTML.
 */
export default function ImportFlow({ stores, onlyTool, label }: Props) {
	const [step, setStep] = useState<Step>({ kind: 'choose' });
	const input = useRef<HTMLInputElement>(null);
	const focusTarget = useRef<HTMLDivElement>(null);
	const fieldId = `kb-import-${onlyTool ?? 'alles'}`;

	const show = (next: Step) => {
		setStep(next);
		// The message replaces the part the user just used: move focus to it.
		requestAnimationFrame(() => focusTarget.current?.focus());
	};

	// parseImport only returns items of the definitions it was given: those of `stores`.
	const storeOf = (item: ImportItem) => stores.find((s) => s.definition.id === item.definition.id) as AnyToolStore;

	const onFile = async (event: Event) => {
		const file = (event.currentTarget as HTMLInputElement).files?.[0];
		if (!file) return;
		let result: ImportResult;
		try {
			// The checks are only needed when someone imports: load them then.
			const { readImportFile } = await import('../../lib/storage/files');
			result = await readImportFile(
				file,
				stores.map((s) => s.definition),
				onlyTool,
			);
		} catch {
			result = { ok: false, message: `Importeren lukt nu niet. ${LOAD_FAILED} Er is niets veranderd.` };
		}
		if (input.current) input.current.value = '';
		if (!result.ok) return show({ kind: 'error', message: result.message });
		show({ kind: 'preview', items: result.items, fileName: file.name });
	};

	const confirm = () => {
		if (step.kind !== 'preview') return;
		const touched = step.items.map((item) => {
			const store = storeOf(item);
			store.importData(item.data);
			return store;
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
				{step.kind === 'error' && (
					<div class="kb-notice kb-notice--danger" role="alert">
						<p>
							<strong>Importeren is niet gelukt.</strong>
						</p>
						<p>{step.message}</p>
					</div>
				)}

				{step.kind === 'preview' && (
					<section class="kb-notice" aria-labelledby={`${fieldId}-preview`}>
						<p id={`${fieldId}-preview`}>
							<strong>Wat verandert er bij het importeren van dit bestand?</strong>
						</p>
						<p>Bestand: {step.fileName}</p>
						<ul class="kb-preview-list">
							{step.items.map((item) => {
								const store = storeOf(item);
								const savedAt = formatDateTime(item.savedAt);
								return (
									<li key={item.definition.id}>
										<strong>{item.definition.title}</strong>: nu {item.definition.describe(store.$data.get())}, na
										importeren {item.definition.describe(item.data)}
										{savedAt ? ` (bewaard op ${savedAt})` : ''}.
									</li>
								);
							})}
						</ul>
						<p>
							De huidige gegevens van {step.items.length === 1 ? 'dit onderdeel' : 'deze onderdelen'} worden vervangen.
							{stores.length > step.items.length ? ' Andere onderdelen blijven zoals ze zijn.' : ''} Daarna is de import
							één keer ongedaan te maken.
						</p>
						<div class="kb-actions">
							<button type="button" onClick={confirm}>
								Vervang mijn gegevens
							</button>
							<button type="button" class="secondary" onClick={() => show({ kind: 'choose' })}>
								Annuleren
							</button>
						</div>
					</section>
				)}

				{step.kind === 'done' && (
					<div class="kb-notice kb-notice--ok" role="status">
						<p>Geïmporteerd: {step.titles.join(', ')}.</p>
						<div class="kb-actions">
							<button type="button" class="secondary" onClick={undo}>
								Import ongedaan maken
							</button>
						</div>
					</div>
				)}

				{step.kind === 'undone' && (
					<p class="kb-notice kb-notice--ok" role="status">
						De import is ongedaan gemaakt. De vorige gegevens staan er weer.
					</p>
				)}
			</div>
		</div>
	);
}
