import { formatDateTime } from '../../lib/storage/format';
import type { AnyToolStore } from '../../stores/tools';
import type { Step } from './ImportFlow';

interface Props {
	step: Step;
	/** The stores the file may change (for the "nu … , na importeren …" summary). */
	stores: AnyToolStore[];
	fieldId: string;
	onConfirm: () => void;
	onCancel: () => void;
	onUndo: () => void;
}

/**
 * What the import shows after a file was chosen: why it was refused, or
 * what will change with "Vervang mijn gegevens", and afterwards the undo.
 * Loads with the import checks, when someone chooses a file. All file
 * content is shown as text by Preact, never as HTML.
 */
export function ImportSteps({ step, stores, fieldId, onConfirm, onCancel, onUndo }: Props) {
	if (step.kind === 'error') {
		return (
			<div class="kb-notice kb-notice--danger" role="alert">
				<p>
					<strong>Importeren is niet gelukt.</strong>
				</p>
				<p>{step.message}</p>
			</div>
		);
	}
	if (step.kind === 'preview') {
		return (
			<section class="kb-notice" aria-labelledby={`${fieldId}-preview`}>
				<p id={`${fieldId}-preview`}>
					<strong>Wat verandert er bij het importeren van dit bestand?</strong>
				</p>
				<p>Bestand: {step.fileName}</p>
				<ul class="kb-preview-list">
					{step.items.map((item) => {
						const current = stores.find((s) => s.definition.id === item.definition.id)?.$data.get();
						const savedAt = formatDateTime(item.savedAt);
						return (
							<li key={item.definition.id}>
								<strong>{item.definition.title}</strong>: nu {item.definition.describe(current)}, na importeren{' '}
								{item.definition.describe(item.data)}
								{savedAt ? ` (bewaard op ${savedAt})` : ''}.
							</li>
						);
					})}
				</ul>
				<p>
					De huidige gegevens van {step.items.length === 1 ? 'dit onderdeel' : 'deze onderdelen'} worden vervangen.
					{stores.length > step.items.length ? ' Andere onderdelen blijven zoals ze zijn.' : ''} Daarna is de import één
					keer ongedaan te maken.
				</p>
				<div class="kb-actions">
					<button type="button" onClick={onConfirm}>
						Vervang mijn gegevens
					</button>
					<button type="button" class="secondary" onClick={onCancel}>
						Annuleren
					</button>
				</div>
			</section>
		);
	}
	if (step.kind === 'done') {
		return (
			<div class="kb-notice kb-notice--ok" role="status">
				<p>Geïmporteerd: {step.titles.join(', ')}.</p>
				<div class="kb-actions">
					<button type="button" class="secondary" onClick={onUndo}>
						Import ongedaan maken
					</button>
				</div>
			</div>
		);
	}
	if (step.kind === 'undone') {
		return (
			<p class="kb-notice kb-notice--ok" role="status">
				De import is ongedaan gemaakt. De vorige gegevens staan er weer.
			</p>
		);
	}
	return null;
}
