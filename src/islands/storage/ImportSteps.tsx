import { formatDateTime } from '../../lib/storage/format';
import type { AnyToolStore } from '../../stores/tools';
import type { ImportMode, Step } from './ImportFlow';

// Which tools can add a file to what is here: loaded with these steps, when someone chooses a file.
export { mergers } from './merges';

interface Props {
	step: Step;
	/** The stores the file may change (for the "nu … , na importeren …" summary). */
	stores: AnyToolStore[];
	fieldId: string;
	onConfirm: (mode: ImportMode) => void;
	onCancel: () => void;
	onUndo: () => void;
}

/**
 * What the import shows after a file was chosen: why it was refused, or
 * what will change with "Vervang mijn gegevens" (and, where the tools can,
 * with "Voeg toe aan mijn gegevens"), and afterwards the undo.
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
		const { merges } = step;
		const current = (item: (typeof step.items)[number]) =>
			stores.find((s) => s.definition.id === item.definition.id)?.$data.get();
		const these = step.items.length === 1 ? 'dit onderdeel' : 'deze onderdelen';
		return (
			<section class="kb-notice" aria-labelledby={`${fieldId}-preview`}>
				<p id={`${fieldId}-preview`}>
					<strong>Wat verandert er bij het importeren van dit bestand?</strong>
				</p>
				<p>Bestand: {step.fileName}</p>
				<ul class="kb-preview-list">
					{step.items.map((item, i) => {
						const now = current(item);
						const savedAt = formatDateTime(item.savedAt);
						return (
							<li key={item.definition.id}>
								{merges ? (
									<>
										<strong>{item.definition.title}</strong>: nu {item.definition.describe(now)}
										{savedAt ? ` (het bestand is bewaard op ${savedAt})` : ''}. Bij toevoegen:{' '}
										{merges[i].merge(now, item.data).summary} Bij vervangen: daarna{' '}
										{item.definition.describe(item.data)}.
									</>
								) : (
									<>
										<strong>{item.definition.title}</strong>: nu {item.definition.describe(now)}, na importeren{' '}
										{item.definition.describe(item.data)}
										{savedAt ? ` (bewaard op ${savedAt})` : ''}.
									</>
								)}
							</li>
						);
					})}
				</ul>
				<p>
					{merges
						? `Toevoegen houdt alles wat hier staat en zet erbij wat in het bestand staat. Vervangen zet het bestand in de plaats van de huidige gegevens van ${these}.`
						: `De huidige gegevens van ${these} worden vervangen.`}
					{stores.length > step.items.length ? ' Andere onderdelen blijven zoals ze zijn.' : ''} Daarna is de import één
					keer ongedaan te maken.
				</p>
				<div class="kb-actions">
					{merges && (
						<button type="button" onClick={() => onConfirm('add')}>
							Voeg toe aan mijn gegevens
						</button>
					)}
					<button type="button" class={merges ? 'secondary' : undefined} onClick={() => onConfirm('replace')}>
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
