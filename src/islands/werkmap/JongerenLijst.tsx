import { useStore } from '@nanostores/preact';
import { useRef, useState } from 'preact/hooks';
import { newId } from '../../lib/ids';
import {
	activeJongere,
	addJongere,
	codeProblem,
	copyJongere,
	type Jongere,
	type Removed,
	removeJongere,
	renameJongere,
	restoreJongere,
	selectJongere,
	type WerkmapData,
} from '../../lib/werkmap/jongeren';
import { werkmapStore as store } from '../../stores/werkmap';
import { CodeField, focusAfterRender, Message, NewJongereForm, Privacy } from './basis';

/** What the page says after each action, with the young person's code. */
export interface ListTexts {
	added: (code: string) => string;
	renamed: (code: string) => string;
	copied: (code: string) => string;
	removed: (code: string) => string;
	restored: (code: string) => string;
}

interface Props {
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
	texts: ListTexts;
	/** One line under each code: what stands out for this young person. */
	stand: (jongere: Jongere) => string;
	/** Id of the heading of the chosen young person's part, which gets focus once it is chosen. */
	focusId: string;
}

type RowProps = Pick<Props, 'idPrefix'> & {
	data: WerkmapData;
	onSelect: (id: string) => void;
	onRename: (id: string, code: string) => void;
	onCopy: (id: string) => void;
	onRemove: (id: string) => void;
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
 * choose, rename, copy and delete (with undo). The pages differ only in
 * words, ids and what each row says.
 */
export function JongerenLijst(props: Props) {
	const { idPrefix, texts, focusId } = props;
	// Read here, not passed in: a message and the list it speaks of change in one render.
	const data = useStore(store.$data);
	const [message, setMessage] = useState('');
	const [removed, setRemoved] = useState<Removed | null>(null);
	const Heading = props.headingLevel === 2 ? 'h2' : 'h3';
	const tell = (text: string, undo: Removed | null = null) => {
		setMessage(text);
		setRemoved(undo);
	};

	const onAdd = (code: string) => {
		store.update((d) => addJongere(d, newId('j'), code));
		tell(texts.added(code.trim()));
		focusAfterRender(focusId);
	};
	const onSelect = (id: string) => {
		store.update((d) => selectJongere(d, id));
		focusAfterRender(focusId);
	};
	const onRename = (id: string, code: string) => {
		store.update((d) => renameJongere(d, id, code));
		tell(texts.renamed(code.trim()));
	};
	const onCopy = (id: string) => {
		store.update((d) => copyJongere(d, id, newId('j')));
		tell(texts.copied(activeJongere(store.$data.get())?.code ?? ''));
		focusAfterRender(focusId);
	};
	const onRemove = (id: string) => {
		const result = removeJongere(store.$data.get(), id);
		if (!result.removed) return;
		store.set(result.data);
		tell(texts.removed(result.removed.jongere.code), result.removed);
		focusAfterRender(`${idPrefix}-ongedaan`);
	};
	const undo =
		removed &&
		(() => {
			store.update((d) => restoreJongere(d, removed));
			tell(texts.restored(removed.jongere.code));
			focusAfterRender(removed.wasActive ? focusId : `${idPrefix}-kies-${removed.jongere.id}`);
		});

	return (
		<section class="wm wm-jongeren" aria-labelledby={`${idPrefix}-jongeren-kop`}>
			<Heading id={`${idPrefix}-jongeren-kop`}>Jongeren</Heading>
			<Privacy />
			<NewJongereForm id={`${idPrefix}-nieuw`} button={props.addLabel} data={data} onAdd={onAdd} />

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
							onSelect={onSelect}
							onRename={onRename}
							onCopy={onCopy}
							onRemove={onRemove}
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
