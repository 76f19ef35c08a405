import { useState } from 'preact/hooks';
import { personalDataWarning } from '../../lib/werkmap/jongeren';
import {
	BLIJFT,
	BLIJFT_LABELS,
	MAX_NAAM,
	MAX_NOTITIE,
	naamProbleem,
	type Persoon,
	RELATIE_LABELS,
	RELATIES,
	RING_LABELS,
	RINGEN,
	STEUN_LABELS,
	STEUNSOORTEN,
} from '../../lib/werkmap/netwerk';

type Fields = Omit<Persoon, 'id'>;

interface Props {
	/** The person being changed, or null to add someone new. */
	persoon: Persoon | null;
	/** The one definition of the vaste volwassene, from the glossary. */
	vasteVolwassene: string;
	onSave: (fields: Fields) => void;
	onCancel: () => void;
}

const EMPTY: Fields = {
	naam: '',
	relatie: 'familie',
	ring: 1,
	steun: [],
	blijft: 'weet-niet',
	vasteVolwassene: false,
	notitie: '',
};

const RING_HINTS: Record<1 | 2 | 3, string> = {
	1: 'binnenste ring',
	2: 'middelste ring',
	3: 'buitenste ring',
};

/**
 * Add or change one person. A plain form: everything works by keyboard,
 * nothing is dragged. The network changes only on "Toevoegen" or
 * "Opslaan", so a half-filled form never lands in storage.
 */
export function PersoonForm({ persoon, vasteVolwassene, onSave, onCancel }: Props) {
	const [fields, setFields] = useState<Fields>(persoon ?? EMPTY);
	const [error, setError] = useState<string | null>(null);
	const set = (change: Partial<Fields>) => setFields((f) => ({ ...f, ...change }));
	const warning = personalDataWarning(fields.naam);
	const editing = persoon !== null;
	const describedBy = ['wm-naam-hint', error && 'wm-naam-fout', warning && 'wm-naam-let-op'].filter(Boolean).join(' ');

	return (
		<form
			class="wm-persoon-form"
			id="wm-persoon-form"
			noValidate
			aria-labelledby="wm-persoon-form-kop"
			onSubmit={(e) => {
				e.preventDefault();
				const problem = naamProbleem(fields.naam);
				if (problem) {
					setError(problem);
					document.getElementById('wm-naam')?.focus();
					return;
				}
				onSave(fields);
				if (!editing) {
					setFields(EMPTY);
					setError(null);
				}
			}}
			onKeyDown={(e) => {
				if (e.key === 'Escape' && editing) onCancel();
			}}
		>
			<h3 id="wm-persoon-form-kop" tabIndex={-1}>
				{editing ? `${persoon.naam} wijzigen` : 'Iemand toevoegen'}
			</h3>
			<div class="wm-veld">
				<label for="wm-naam">Rol of voornaam</label>
				<p id="wm-naam-hint" class="wm-hint">
					Bijvoorbeeld moeder, oom Karim, buurvrouw of mentor school. Geen achternaam.
				</p>
				<input
					id="wm-naam"
					type="text"
					autoComplete="off"
					spellcheck={false}
					maxLength={MAX_NAAM}
					value={fields.naam}
					aria-invalid={error ? 'true' : undefined}
					aria-describedby={describedBy}
					onInput={(e) => {
						set({ naam: e.currentTarget.value });
						if (error) setError(null);
					}}
				/>
				{error && (
					<p id="wm-naam-fout" class="wm-fout">
						{error}
					</p>
				)}
				{warning && (
					<p id="wm-naam-let-op" class="wm-let-op">
						{warning} Gebruik liever een rol of voornaam.
					</p>
				)}
			</div>

			<fieldset class="wm-keuzes">
				<legend>Relatie</legend>
				{RELATIES.map((r) => (
					<label key={r} class="wm-keuze">
						<input type="radio" name="wm-relatie" checked={fields.relatie === r} onChange={() => set({ relatie: r })} />
						{RELATIE_LABELS[r]}
					</label>
				))}
			</fieldset>

			<fieldset class="wm-keuzes">
				<legend>Hoe dichtbij voelt de jongere deze persoon?</legend>
				{RINGEN.map((ring) => (
					<label key={ring} class="wm-keuze">
						<input type="radio" name="wm-ring" checked={fields.ring === ring} onChange={() => set({ ring })} />
						{RING_LABELS[ring]} <span class="wm-hint">({RING_HINTS[ring]})</span>
					</label>
				))}
			</fieldset>

			<fieldset class="wm-keuzes">
				<legend>Welke steun geeft deze persoon?</legend>
				{STEUNSOORTEN.map((s) => (
					<label key={s} class="wm-keuze">
						<input
							type="checkbox"
							checked={fields.steun.includes(s)}
							onChange={(e) =>
								set({
									steun: e.currentTarget.checked ? [...fields.steun, s] : fields.steun.filter((x) => x !== s),
								})
							}
						/>
						{STEUN_LABELS[s]}
					</label>
				))}
			</fieldset>

			<fieldset class="wm-keuzes">
				<legend>Blijft deze persoon er na 18 jaar, ook als de jeugdhulp stopt?</legend>
				{BLIJFT.map((b) => (
					<label key={b} class="wm-keuze">
						<input type="radio" name="wm-blijft" checked={fields.blijft === b} onChange={() => set({ blijft: b })} />
						{BLIJFT_LABELS[b]}
					</label>
				))}
			</fieldset>

			<div class="wm-veld">
				<label class="wm-keuze wm-keuze--vast">
					<input
						type="checkbox"
						checked={fields.vasteVolwassene}
						aria-describedby="wm-vast-uitleg"
						onChange={(e) => set({ vasteVolwassene: e.currentTarget.checked })}
					/>
					Dit is een vaste volwassene
				</label>
				<p id="wm-vast-uitleg" class="wm-hint">
					{vasteVolwassene}{' '}
					<a href="/begrippen/#vaste-volwassene">
						Meer over de vaste volwassene<span class="sr-only"> in de begrippenlijst</span>
					</a>
				</p>
				{fields.vasteVolwassene && fields.blijft === 'nee' && (
					<p class="wm-let-op">
						Deze persoon stopt bij 18 en telt daarom niet als vaste volwassene voor de eerste voorwaarde van de BIG-5.
					</p>
				)}
			</div>

			<div class="wm-veld">
				<label for="wm-notitie">Notitie</label>
				<textarea
					id="wm-notitie"
					rows={2}
					maxLength={MAX_NOTITIE}
					value={fields.notitie}
					onInput={(e) => set({ notitie: e.currentTarget.value })}
				/>
			</div>

			<div class="wm-knoppen">
				<button type="submit">{editing ? 'Opslaan' : 'Toevoegen'}</button>
				{editing && (
					<button type="button" class="secondary" onClick={onCancel}>
						Annuleren
					</button>
				)}
			</div>
		</form>
	);
}
