import { useRef, useState } from 'preact/hooks';
import { count, formatDate } from '../../lib/format';
import { MAX_NAME, type SavedScan } from '../../lib/zelfscan/definition';
import { Loading, useLazy } from '../lazy';
import { View } from './View';

// Deleting is rare: its question loads when someone opens "Naam wijzigen of scan verwijderen".
const loadVerwijder = () => import('./VerwijderScan').then((m) => m.VerwijderScan);

interface NameFormProps {
	id: string;
	label: string;
	hint?: string;
	button: string;
	initial?: string;
	onSubmit: (name: string) => void;
}

/** A name field with a Dutch error message when it is left empty. */
function NameForm({ id, label, hint, button, initial = '', onSubmit }: NameFormProps) {
	const [value, setValue] = useState(initial);
	const [error, setError] = useState(false);
	const input = useRef<HTMLInputElement>(null);
	const described = [hint && `${id}-hint`, error && `${id}-fout`].filter(Boolean).join(' ') || undefined;
	return (
		<form
			class="zs-naam"
			noValidate
			onSubmit={(e) => {
				e.preventDefault();
				if (!value.trim()) {
					setError(true);
					input.current?.focus();
					return;
				}
				setError(false);
				onSubmit(value);
				setValue(initial ? value : '');
			}}
		>
			<div class="zs-veld">
				<label for={id}>{label}</label>
				{hint && (
					<p id={`${id}-hint`} class="zs-hulp">
						{hint}
					</p>
				)}
				{error && (
					<p id={`${id}-fout`} class="zs-fout">
						Vul een naam in.
					</p>
				)}
				<input
					ref={input}
					id={id}
					type="text"
					maxLength={MAX_NAME}
					autoComplete="off"
					value={value}
					aria-invalid={error ? 'true' : undefined}
					aria-describedby={described}
					onInput={(e) => setValue(e.currentTarget.value)}
				/>
			</div>
			<button type="submit">{button}</button>
		</form>
	);
}

interface Props {
	saved: SavedScan[];
	active: SavedScan | undefined;
	onOpen: (id: string) => void;
	onCreate: (name: string) => void;
	onRename: (id: string, name: string) => void;
	onRemove: (id: string) => void;
}

const HINT = 'Bijvoorbeeld de naam van uw team of gemeente. Zo kunt u meerdere scans naast elkaar bewaren.';

/** Saved scans of this zelfscan: open one, start another, rename or delete the open one. */
export function ScanPicker({ saved, active, onOpen, onCreate, onRename, onRemove }: Props) {
	const [managing, setManaging] = useState(false);
	const [Verwijder, verwijderFailed] = useLazy(loadVerwijder, managing);

	if (!active) {
		return (
			<View id="uw-scans" title="Begin de scan" class="zs-kiezer">
				<NameForm id="nieuwe-scan" label="Naam van de scan" hint={HINT} button="Begin de scan" onSubmit={onCreate} />
			</View>
		);
	}

	return (
		<View id="uw-scans" title="Uw scans" class="zs-kiezer kb-no-print">
			<ul class="kb-rows">
				{saved.map((s) => (
					<li key={s.id}>
						<span>
							<strong>{s.name}</strong>{' '}
							<span class="kb-muted">
								{count(s.rondes.length, 'ronde', 'rondes')}, gewijzigd op {formatDate(s.updatedAt)}
							</span>
						</span>
						{s.id === active.id ? (
							<span class="zs-geopend">Geopend</span>
						) : (
							<button type="button" class="secondary" onClick={() => onOpen(s.id)}>
								Open<span class="sr-only"> {s.name}</span>
							</button>
						)}
					</li>
				))}
			</ul>
			<details class="zs-details">
				<summary>Nog een scan beginnen</summary>
				<NameForm
					id="nieuwe-scan"
					label="Naam van de nieuwe scan"
					hint={HINT}
					button="Begin de scan"
					onSubmit={onCreate}
				/>
			</details>
			<details
				class="zs-details"
				key={active.id}
				onToggle={(e) => setManaging((e.currentTarget as HTMLDetailsElement).open)}
			>
				<summary>Naam wijzigen of scan verwijderen</summary>
				<NameForm
					id="naam-wijzigen"
					label={`Nieuwe naam voor ${active.name}`}
					button="Naam opslaan"
					initial={active.name}
					onSubmit={(name) => onRename(active.id, name)}
				/>
				{Verwijder ? (
					<Verwijder active={active} onRemove={onRemove} />
				) : (
					managing && <Loading failed={verwijderFailed} />
				)}
			</details>
		</View>
	);
}
