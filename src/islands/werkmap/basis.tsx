import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { codeProblem, MAX_CODE, personalDataWarning, type WerkmapData } from '../../lib/werkmap/jongeren';
import './werkmap-basis.css';

/**
 * The pieces every part of the werkmap shares with the BIG-5-checklist:
 * the code field and the form around it for a new young person, the
 * privacy warning, the message with undo, and moving
 * focus after an action. Kept apart from ./shared.tsx, so /big-5/ loads
 * only these and not the werkmap's choice of young person.
 */

/**
 * Move focus after Preact has drawn the new state, so it never falls back to
 * the page body. The store tells other islands and components of a change in
 * a timeout of its own (@nanostores/preact batches); waiting one task and
 * then one frame comes after that redraw. A target inside a part that loads
 * on demand may appear a little later: then it is tried again each frame,
 * for up to about five seconds.
 */
export function focusAfterRender(id: string) {
	const until = Date.now() + 5000;
	const tryFocus = () => {
		const target = document.getElementById(id);
		if (target) target.focus();
		else if (Date.now() < until) requestAnimationFrame(tryFocus);
	};
	setTimeout(() => requestAnimationFrame(tryFocus));
}

/**
 * Print once the element that holds the paper version is on the page (it
 * loads on demand); without it after about two seconds, so the button never
 * does nothing.
 */
export function printWhenReady(selector: string) {
	let frames = 120;
	const waitAndPrint = () => {
		if (document.querySelector(selector) || --frames <= 0) window.print();
		else requestAnimationFrame(waitAndPrint);
	};
	requestAnimationFrame(waitAndPrint);
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

/**
 * The form for a new young person: a code that is not empty and not in use
 * yet (else a Dutch message at the field), then `onAdd` with what was typed.
 */
export function NewJongereForm({
	id,
	button,
	data,
	onAdd,
}: {
	id: string;
	button: string;
	data: WerkmapData;
	onAdd: (code: string, form: HTMLFormElement) => void;
}) {
	const [code, setCode] = useState('');
	const [error, setError] = useState<string | null>(null);
	return (
		<form
			class="wm-nieuw"
			noValidate
			onSubmit={(e) => {
				e.preventDefault();
				const problem = codeProblem(data, code);
				if (problem) return setError(problem);
				onAdd(code, e.currentTarget);
				setCode('');
				setError(null);
			}}
		>
			<CodeField
				id={id}
				label="Code of bijnaam van de jongere"
				value={code}
				error={error}
				onInput={(value) => {
					setCode(value);
					if (error) setError(null);
				}}
			/>
			<button type="submit">{button}</button>
		</form>
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
