import type { Ref } from 'preact';
import { MAX_CODE, personalDataWarning } from '../../lib/werkmap/jongeren';
import './werkmap-basis.css';

/**
 * The pieces every part of the werkmap shares with the BIG-5-checklist:
 * the code field, the privacy warning, the message with undo, and moving
 * focus after an action. Kept apart from ./shared.tsx, so /big-5/ loads
 * only these and not the werkmap's choice of young person.
 */

/** Move focus after Preact has drawn the new state, so it never falls back to the page body. */
export function focusAfterRender(id: string) {
	requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** A code field with its error and the soft warning about personal details. */
export function CodeField(props: {
	id: string;
	label: string;
	value: string;
	error: string | null;
	onInput: (value: string) => void;
	inputRef?: Ref<HTMLInputElement>;
}) {
	const { id, label, value, error, onInput, inputRef } = props;
	const warning = personalDataWarning(value);
	const describedBy = [`${id}-hint`, error && `${id}-fout`, warning && `${id}-let-op`].filter(Boolean).join(' ');
	return (
		<div class="wm-veld">
			<label for={id}>{label}</label>
			<p id={`${id}-hint`} class="wm-hint">
				Bijvoorbeeld J-12 of een bijnaam. Geen volledige naam.
			</p>
			<input
				id={id}
				ref={inputRef}
				type="text"
				autoComplete="off"
				spellcheck={false}
				maxLength={MAX_CODE}
				value={value}
				aria-invalid={error ? 'true' : undefined}
				aria-describedby={describedBy}
				onInput={(e) => onInput(e.currentTarget.value)}
			/>
			{error && (
				<p id={`${id}-fout`} class="wm-fout">
					{error}
				</p>
			)}
			{warning && (
				<p id={`${id}-let-op`} class="wm-let-op">
					{warning} Gebruik liever een code of bijnaam.
				</p>
			)}
		</div>
	);
}

/** The warning shown before anything is typed. */
export function Privacy() {
	return (
		<div class="wm-privacy">
			<p>
				<strong>Vul geen namen of andere persoonsgegevens in.</strong> Gebruik voor de jongere een code of bijnaam, en
				voor de mensen om de jongere heen een rol of voornaam. Dus geen achternaam, geboortedatum, adres of BSN.
			</p>
			<p>Alles wat u invult blijft in deze browser op dit apparaat. Er gaat niets naar een server.</p>
		</div>
	);
}

/** A message after an action, announced by screen readers, with "Ongedaan maken" (id `<id>-ongedaan`) when the action can be undone. */
export function Message({ id, text, onUndo }: { id: string; text: string; onUndo?: (() => void) | null }) {
	return (
		<div class="wm-melding">
			<p role="status">{text}</p>
			{onUndo && (
				<button type="button" class="secondary" id={`${id}-ongedaan`} onClick={onUndo}>
					Ongedaan maken
				</button>
			)}
		</div>
	);
}
