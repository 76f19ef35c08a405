import type { Ref } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { summarize } from '../../lib/big5/checklist';
import { type Jongere, MAX_CODE, type WerkmapData } from '../../lib/big5/definition';
import { codeProblem, personalDataWarning } from '../../lib/werkmap/jongeren';

interface Props {
	data: WerkmapData;
	today: string;
	message: string;
	onAdd: (code: string) => void;
	onSelect: (id: string) => void;
	onRename: (id: string, code: string) => void;
	onCopy: (id: string) => void;
	onRemove: (id: string) => void;
	/** Shown next to the message after a removal. */
	undo: (() => void) | null;
}

/** A code field with its error and the soft warning about personal details. */
function CodeField(props: {
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
		<div class="big5-veld">
			<label for={id}>{label}</label>
			<p id={`${id}-hint`} class="big5-hint">
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
				<p id={`${id}-fout`} class="big5-fout">
					{error}
				</p>
			)}
			{warning && (
				<p id={`${id}-let-op`} class="big5-let-op-melding">
					{warning} Gebruik liever een code of bijnaam.
				</p>
			)}
		</div>
	);
}

function Row({
	checklist: c,
	active,
	today,
	...actions
}: { checklist: Jongere; active: boolean; today: string } & Pick<
	Props,
	'data' | 'onSelect' | 'onRename' | 'onCopy' | 'onRemove'
>) {
	const [editing, setEditing] = useState<string | null>(null);
	const [error, setError] = useState<string | null>(null);
	const selectButton = useRef<HTMLButtonElement>(null);
	const summary = summarize(c, today);
	const id = `big5-hernoem-${c.id}`;

	if (editing !== null) {
		const stop = () => {
			setEditing(null);
			setError(null);
			requestAnimationFrame(() => selectButton.current?.focus());
		};
		return (
			<li>
				<form
					class="big5-hernoem"
					noValidate
					onSubmit={(e) => {
						e.preventDefault();
						const problem = codeProblem(actions.data, editing, c.id);
						if (problem) {
							setError(problem);
							return;
						}
						actions.onRename(c.id, editing);
						stop();
					}}
					onKeyDown={(e) => e.key === 'Escape' && stop()}
				>
					<CodeField
						id={id}
						label={`Nieuwe code voor ${c.code}`}
						value={editing}
						error={error}
						onInput={setEditing}
						inputRef={(el) => el?.focus()}
					/>
					<div class="big5-knoppen">
						<button type="submit">Opslaan</button>
						<button type="button" class="secondary" onClick={stop}>
							Annuleren
						</button>
					</div>
				</form>
			</li>
		);
	}

	const whose = <span class="sr-only"> van {c.code}</span>;
	return (
		<li class={active ? 'big5-rij-actief' : undefined}>
			<button
				type="button"
				ref={selectButton}
				id={`big5-kies-${c.id}`}
				class="big5-kies"
				aria-current={active ? 'true' : undefined}
				onClick={() => actions.onSelect(c.id)}
			>
				<span class="big5-code">{c.code}</span>{' '}
				<span class="big5-stand">
					{summary.geregeld} van 5 geregeld
					{summary.overdue > 0 && `, ${summary.overdue} te laat`}
					{active && ' · open'}
				</span>
			</button>
			<div class="big5-knoppen">
				<button type="button" class="secondary" onClick={() => setEditing(c.code)}>
					Naam wijzigen{whose}
				</button>
				<button type="button" class="secondary" onClick={() => actions.onCopy(c.id)}>
					Kopie maken{whose}
				</button>
				<button type="button" class="secondary big5-gevaar" onClick={() => actions.onRemove(c.id)}>
					Verwijderen{whose}
				</button>
			</div>
		</li>
	);
}

/** The young people: warning, new checklist, list with rename, copy and delete. */
export function Jongeren(props: Props) {
	const { data, today, message, onAdd, undo } = props;
	const [code, setCode] = useState('');
	const [error, setError] = useState<string | null>(null);

	return (
		<section class="big5-jongeren" aria-labelledby="big5-jongeren-kop">
			<h3 id="big5-jongeren-kop">Jongeren</h3>
			<div class="big5-privacy">
				<p>
					<strong>Vul geen naam of andere persoonsgegevens in.</strong> Gebruik per jongere een korte code of bijnaam,
					dus geen volledige naam, geboortedatum, adres of BSN.
				</p>
				<p>Alles wat je invult blijft in deze browser op dit apparaat. Er gaat niets naar een server.</p>
			</div>

			<form
				class="big5-nieuw"
				noValidate
				onSubmit={(e) => {
					e.preventDefault();
					const problem = codeProblem(data, code);
					if (problem) {
						setError(problem);
						return;
					}
					onAdd(code);
					setCode('');
					setError(null);
				}}
			>
				<CodeField
					id="big5-nieuw"
					label="Code of bijnaam van de jongere"
					value={code}
					error={error}
					onInput={(value) => {
						setCode(value);
						if (error) setError(null);
					}}
				/>
				<button type="submit">Nieuwe checklist</button>
			</form>

			{data.jongeren.length > 0 ? (
				<ul class="kb-rows big5-lijst" aria-label="Checklists">
					{data.jongeren.map((c) => (
						<Row
							key={c.id}
							checklist={c}
							active={c.id === data.activeId}
							today={today}
							data={data}
							onSelect={props.onSelect}
							onRename={props.onRename}
							onCopy={props.onCopy}
							onRemove={props.onRemove}
						/>
					))}
				</ul>
			) : (
				<p class="big5-leeg">Er zijn nog geen checklists in deze browser.</p>
			)}

			<div class="big5-melding">
				<p role="status">{message}</p>
				{undo && (
					<button type="button" class="secondary" id="big5-ongedaan" onClick={undo}>
						Ongedaan maken
					</button>
				)}
			</div>
		</section>
	);
}
