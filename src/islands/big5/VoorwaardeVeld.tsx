import {
	MAX_TOELICHTING,
	MAX_WAT,
	MAX_WIE,
	STATUSSEN,
	type Actie,
	type Status,
	type VoorwaardeStand,
} from '../../lib/big5/definitie';
import { isTeLaat, STATUS_LABELS, vraagtActie } from '../../lib/big5/checklist';
import type { Voorwaarde } from '../../lib/big5/voorwaarden';

interface Props {
	voorwaarde: Voorwaarde;
	stand: VoorwaardeStand;
	vandaag: string;
	onStand: (wijziging: { status?: Status; toelichting?: string }) => void;
	onActie: (wijziging: Partial<Actie>) => void;
}

const waarde = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;

/** One condition: status, note and, while not fully arranged, the action to take. */
export function VoorwaardeVeld({ voorwaarde: v, stand, vandaag, onStand, onActie }: Props) {
	const id = `big5-${v.id}`;
	const teLaat = vraagtActie(stand.status) && isTeLaat(stand.actie, vandaag);
	return (
		<fieldset class="big5-voorwaarde" id={id}>
			<legend>
				{v.nr}. {v.titel}
			</legend>
			<p>{v.omschrijving}</p>
			<p class="big5-domein">
				Leefgebied in de Big 5: <strong>{v.domein}</strong>. {v.domeinToelichting}
			</p>
			<p>
				<a href={`#uitleg-${v.id}`}>
					Waar let je op?<span class="sr-only"> Tips bij {v.titel.toLowerCase()}</span>
				</a>
			</p>

			<fieldset class="big5-status">
				<legend>Status</legend>
				{STATUSSEN.map((s) => (
					<label key={s} class="big5-keuze">
						<input
							type="radio"
							name={`${id}-status`}
							value={s}
							checked={stand.status === s}
							onChange={() => onStand({ status: s })}
						/>
						{STATUS_LABELS[s]}
					</label>
				))}
			</fieldset>

			<div class="big5-veld">
				<label for={`${id}-toelichting`}>Toelichting en afspraken</label>
				<textarea
					id={`${id}-toelichting`}
					rows={3}
					maxLength={MAX_TOELICHTING}
					value={stand.toelichting}
					onInput={(e) => onStand({ toelichting: waarde(e) })}
				/>
			</div>

			{vraagtActie(stand.status) && (
				<fieldset class="big5-actie">
					<legend>Actie: wat moet er nog gebeuren?</legend>
					<div class="big5-veld">
						<label for={`${id}-wat`}>Wat</label>
						<input
							id={`${id}-wat`}
							type="text"
							maxLength={MAX_WAT}
							value={stand.actie.wat}
							onInput={(e) => onActie({ wat: waarde(e) })}
						/>
					</div>
					<div class="big5-veld">
						<label for={`${id}-wie`}>Wie</label>
						<input
							id={`${id}-wie`}
							type="text"
							maxLength={MAX_WIE}
							value={stand.actie.wie}
							onInput={(e) => onActie({ wie: waarde(e) })}
						/>
					</div>
					<div class="big5-veld">
						<label for={`${id}-voor`}>Vóór wanneer</label>
						<input
							id={`${id}-voor`}
							type="date"
							value={stand.actie.voor}
							aria-describedby={teLaat ? `${id}-te-laat` : undefined}
							onInput={(e) => onActie({ voor: waarde(e) })}
						/>
						{teLaat && (
							<p id={`${id}-te-laat`} class="big5-te-laat">
								Te laat: deze datum is voorbij.
							</p>
						)}
					</div>
				</fieldset>
			)}
		</fieldset>
	);
}
