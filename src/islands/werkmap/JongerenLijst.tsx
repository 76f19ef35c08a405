import { useRef, useState } from 'preact/hooks';
import { codeProblem, type Jongere, type WerkmapData } from '../../lib/werkmap/jongeren';
import { CodeField, Message, Privacy } from './basis';

interface Props {
	data: WerkmapData;
	/** Start of every element id, so each page keeps its own focus targets: `wm` on /werkmap/, `big5` on /big-5/. */
	idPrefix: string;
	/** The heading's level: 2 on the werkmap's start page, 3 inside the BIG-5-checklist. */
	headingLevel: 2 | 3;
	/** "Nieuwe werkmap", "Nieuwe checklist". */
	addLabel: string;
	/** Accessible name of the list: "Werkmappen", "Checklists". */
	listLabel: string;
	/** Said while the list is empty. */
	emptyText: string;
	/** One line under each code: what stands out for this young person. */
	stand: (jongere: Jongere) => string;
	message: string;
	/** "Ongedaan maken" next to the message, after a removal. */
	undo: (() => void) | null;
	onAdd: (code: string) => void;
	onSelect: (id: string) => void;
	onRename: (id: string, code: string) => void;
	onCopy: (id: string) => void;
	onRemove: (id: string) => void;
}

type RowProps = Pick<Props, 'data' | 'idPrefix' | 'onSelect' | 'onRename' | 'onCopy' | 'onRemove'> & {
	jongere: Jongere;
	active: boolean;
	stand: string;
};

function Row({ jongere, active, stand, data, idPrefix, ...actions }: RowProps) {
	const [editing, setEditing] = useState<string | null>(null);
	const [error, setError] = useState<string | null>(null);
	const selectButton = useRef<HTMLButtonElement>(null);

	if (editing !== null) {
		const stop = () => {
			setEditing(null);
			setError(null);
			requestAnimationFrame(() => selectButton.current?.focus());
		};
		return (
			<li>
				<form
					class="wm-hernoem"
					noValidate
					onSubmit={(e) => {
						e.preventDefault();
						const problem = codeProblem(data, editing, jongere.id);
						if (problem) return setError(problem);
						actions.onRename(jongere.id, editing);
						stop();
					}}
					onKeyDown={(e) => e.key === 'Escape' && stop()}
				>
					<CodeField
						id={`${idPrefix}-hernoem-${jongere.id}`}
						label={`Nieuwe code voor ${jongere.code}`}
						value={editing}
						error={error}
						onInput={setEditing}
						inputRef={(el) => el?.focus()}
					/>
					<div class="wm-knoppen">
						<button type="submit">Opslaan</button>
						<button type="button" class="secondary" onClick={stop}>
							Annuleren
						</button>
					</div>
				</form>
			</li>
		);
	}

	const whose = <span class="sr-only"> van {jongere.code}</span>;
	return (
		<li class={active ? 'wm-rij-actief' : undefined}>
			<button
				type="button"
				ref={selectButton}
				id={`${idPrefix}-kies-${jongere.id}`}
				class="wm-kies"
				aria-current={active ? 'true' : undefined}
				onClick={() => actions.onSelect(jongere.id)}
			>
				<span class="wm-code">{jongere.code}</span>{' '}
				<span class="wm-stand">
					{stand}
					{active && ' · open'}
				</span>
			</button>
			<div class="wm-knoppen">
				<button type="button" class="secondary" onClick={() => setEditing(jongere.code)}>
					Naam wijzigen{whose}
				</button>
				<button type="button" class="secondary" onClick={() => actions.onCopy(jongere.id)}>
					Kopie maken{whose}
				</button>
				<button type="button" class="secondary wm-gevaar" onClick={() => actions.onRemove(jongere.id)}>
					Verwijderen{whose}
				</button>
			</div>
		</li>
	);
}

/**
 * The one list of young people, on the werkmap's start page and in the
 * BIG-5-checklist: the privacy warning, a new one, and per young person
 * rename, copy and delete (with undo). The pages differ only in words,
 * ids and what each row says; what an action does is up to the page.
 */
export function JongerenLijst(props: Props) {
	const { data, idPrefix, message, undo, onAdd } = props;
	const [code, setCode] = useState('');
	const [error, setError] = useState<string | null>(null);
	const Heading = props.headingLevel === 2 ? 'h2' : 'h3';

	return (
		<section class="wm wm-jongeren" aria-labelledby={`${idPrefix}-jongeren-kop`}>
			<Heading id={`${idPrefix}-jongeren-kop`}>Jongeren</Heading>
			<Privacy />
			<form
				class="wm-nieuw"
				noValidate
				onSubmit={(e) => {
					e.preventDefault();
					const problem = codeProblem(data, code);
					if (problem) return setError(problem);
					onAdd(code);
					setCode('');
					setError(null);
				}}
			>
				<CodeField
					id={`${idPrefix}-nieuw`}
					label="Code of bijnaam van de jongere"
					value={code}
					error={error}
					onInput={(value) => {
						setCode(value);
						if (error) setError(null);
					}}
				/>
				<button type="submit">{props.addLabel}</button>
			</form>

			{data.jongeren.length > 0 ? (
				<ul class="kb-rows wm-lijst" aria-label={props.listLabel}>
					{data.jongeren.map((j) => (
						<Row
							key={j.id}
							jongere={j}
							active={j.id === data.activeId}
							stand={props.stand(j)}
							data={data}
							idPrefix={idPrefix}
							onSelect={props.onSelect}
							onRename={props.onRename}
							onCopy={props.onCopy}
							onRemove={props.onRemove}
						/>
					))}
				</ul>
			) : (
				<p class="wm-leeg">{props.emptyText}</p>
			)}
			<Message id={idPrefix} text={message} onUndo={undo} />
		</section>
	);
}
