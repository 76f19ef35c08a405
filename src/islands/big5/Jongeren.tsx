import { useRef, useState } from 'preact/hooks';
import { MAX_CODE, type Big5Data, type Checklist } from '../../lib/big5/definitie';
import { samenvatting } from '../../lib/big5/checklist';
import { codeProbleem, lijktPersoonsgegeven } from '../../lib/big5/lijst';

interface Props {
	data: Big5Data;
	vandaag: string;
	melding: string;
	onMaak: (code: string) => void;
	onKies: (id: string) => void;
	onHernoem: (id: string, code: string) => void;
	onDupliceer: (id: string) => void;
	onVerwijder: (id: string) => void;
	/** Shown next to the message after a delete. */
	ongedaanMaken: (() => void) | null;
}

/** A code field with its error and the soft warning about personal details. */
function CodeVeld(props: {
	id: string;
	label: string;
	waarde: string;
	fout: string | null;
	onInput: (waarde: string) => void;
	invoerRef?: preact.Ref<HTMLInputElement>;
}) {
	const { id, label, waarde, fout, onInput, invoerRef } = props;
	const persoonlijk = lijktPersoonsgegeven(waarde);
	const beschrijving = [`${id}-hint`, fout && `${id}-fout`, persoonlijk && `${id}-let-op`].filter(Boolean).join(' ');
	return (
		<div class="big5-veld">
			<label for={id}>{label}</label>
			<p id={`${id}-hint`} class="big5-hint">
				Bijvoorbeeld J-12 of een bijnaam. Geen volledige naam.
			</p>
			<input
				id={id}
				ref={invoerRef}
				type="text"
				autoComplete="off"
				spellcheck={false}
				maxLength={MAX_CODE}
				value={waarde}
				aria-invalid={fout ? 'true' : undefined}
				aria-describedby={beschrijving}
				onInput={(e) => onInput(e.currentTarget.value)}
			/>
			{fout && (
				<p id={`${id}-fout`} class="big5-fout">
					{fout}
				</p>
			)}
			{persoonlijk && (
				<p id={`${id}-let-op`} class="big5-let-op-melding">
					{persoonlijk} Gebruik liever een code of bijnaam.
				</p>
			)}
		</div>
	);
}

function Rij({
	c,
	actief,
	vandaag,
	...acties
}: { c: Checklist; actief: boolean; vandaag: string } & Pick<
	Props,
	'data' | 'onKies' | 'onHernoem' | 'onDupliceer' | 'onVerwijder'
>) {
	const [bewerk, setBewerk] = useState<string | null>(null);
	const [fout, setFout] = useState<string | null>(null);
	const kiesKnop = useRef<HTMLButtonElement>(null);
	const s = samenvatting(c, vandaag);
	const id = `big5-hernoem-${c.id}`;

	if (bewerk !== null) {
		const stop = () => {
			setBewerk(null);
			setFout(null);
			requestAnimationFrame(() => kiesKnop.current?.focus());
		};
		return (
			<li>
				<form
					class="big5-hernoem"
					noValidate
					onSubmit={(e) => {
						e.preventDefault();
						const probleem = codeProbleem(acties.data, bewerk, c.id);
						if (probleem) return setFout(probleem);
						acties.onHernoem(c.id, bewerk);
						stop();
					}}
					onKeyDown={(e) => e.key === 'Escape' && stop()}
				>
					<CodeVeld
						id={id}
						label={`Nieuwe code voor ${c.code}`}
						waarde={bewerk}
						fout={fout}
						onInput={setBewerk}
						invoerRef={(el) => el?.focus()}
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

	const extra = <span class="sr-only"> van {c.code}</span>;
	return (
		<li class={actief ? 'big5-rij-actief' : undefined}>
			<button
				type="button"
				ref={kiesKnop}
				id={`big5-kies-${c.id}`}
				class="big5-kies"
				aria-current={actief ? 'true' : undefined}
				onClick={() => acties.onKies(c.id)}
			>
				<span class="big5-code">{c.code}</span>{' '}
				<span class="big5-stand">
					{s.aantalGeregeld} van 5 geregeld
					{s.aantalTeLaat > 0 && `, ${s.aantalTeLaat} te laat`}
					{actief && ' · open'}
				</span>
			</button>
			<div class="big5-knoppen">
				<button type="button" class="secondary" onClick={() => setBewerk(c.code)}>
					Naam wijzigen{extra}
				</button>
				<button type="button" class="secondary" onClick={() => acties.onDupliceer(c.id)}>
					Kopie maken{extra}
				</button>
				<button type="button" class="secondary big5-gevaar" onClick={() => acties.onVerwijder(c.id)}>
					Verwijderen{extra}
				</button>
			</div>
		</li>
	);
}

/** The young people: warning, new checklist, list with rename, copy and delete. */
export function Jongeren(props: Props) {
	const { data, vandaag, melding, onMaak, ongedaanMaken } = props;
	const [code, setCode] = useState('');
	const [fout, setFout] = useState<string | null>(null);

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
					const probleem = codeProbleem(data, code);
					if (probleem) return setFout(probleem);
					onMaak(code);
					setCode('');
					setFout(null);
				}}
			>
				<CodeVeld
					id="big5-nieuw"
					label="Code of bijnaam van de jongere"
					waarde={code}
					fout={fout}
					onInput={(w) => {
						setCode(w);
						if (fout) setFout(null);
					}}
				/>
				<button type="submit">Nieuwe checklist</button>
			</form>

			{data.checklists.length > 0 ? (
				<ul class="kb-rows big5-lijst" aria-label="Checklists">
					{data.checklists.map((c) => (
						<Rij
							key={c.id}
							c={c}
							actief={c.id === data.actief}
							vandaag={vandaag}
							data={data}
							onKies={props.onKies}
							onHernoem={props.onHernoem}
							onDupliceer={props.onDupliceer}
							onVerwijder={props.onVerwijder}
						/>
					))}
				</ul>
			) : (
				<p class="big5-leeg">Er zijn nog geen checklists in deze browser.</p>
			)}

			<div class="big5-melding">
				<p role="status">{melding}</p>
				{ongedaanMaken && (
					<button type="button" class="secondary" id="big5-ongedaan" onClick={ongedaanMaken}>
						Ongedaan maken
					</button>
				)}
			</div>
		</section>
	);
}
