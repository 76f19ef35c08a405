import type { ComponentChildren } from 'preact';
import { isOverdue, needsActie, STATUS_LABELS } from '../../lib/big5/checklist';
import {
	type Actie,
	MAX_TOELICHTING,
	MAX_WAT,
	MAX_WIE,
	STATUSSEN,
	type Status,
	type VoorwaardeStand,
} from '../../lib/big5/definition';
import type { Voorwaarde } from '../../lib/big5/voorwaarden';

interface Props {
	voorwaarde: Voorwaarde;
	stand: VoorwaardeStand;
	today: string;
	onStand: (change: { status?: Status; toelichting?: string }) => void;
	onActie: (change: Partial<Actie>) => void;
	/** What other parts of the werkmap say about this condition (condition 1: the netwerkkaart). */
	children?: ComponentChildren;
}

const inputValue = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;

/** One condition: status, note and, while not fully arranged, the action to take. */
export function VoorwaardeField({ voorwaarde: v, stand, today, onStand, onActie, children }: Props) {
	const id = `big5-${v.id}`;
	const overdue = needsActie(stand.status) && isOverdue(stand.actie, today);
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

			{children}

			<fieldset class="big5-status">
				<legend>Status</legend>
				{STATUSSEN.map((s) => (
					<label key={s} class="wm-keuze">
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
					onInput={(e) => onStand({ toelichting: inputValue(e) })}
				/>
			</div>

			{needsActie(stand.status) && (
				<fieldset class="big5-actie">
					<legend>Actie: wat moet er nog gebeuren?</legend>
					<div class="big5-veld">
						<label for={`${id}-wat`}>Wat</label>
						<input
							id={`${id}-wat`}
							type="text"
							maxLength={MAX_WAT}
							value={stand.actie.wat}
							onInput={(e) => onActie({ wat: inputValue(e) })}
						/>
					</div>
					<div class="big5-veld">
						<label for={`${id}-wie`}>Wie</label>
						<input
							id={`${id}-wie`}
							type="text"
							maxLength={MAX_WIE}
							value={stand.actie.wie}
							onInput={(e) => onActie({ wie: inputValue(e) })}
						/>
					</div>
					<div class="big5-veld">
						<label for={`${id}-voor`}>Vóór wanneer</label>
						<input
							id={`${id}-voor`}
							type="date"
							value={stand.actie.voor}
							aria-describedby={overdue ? `${id}-te-laat` : undefined}
							onInput={(e) => onActie({ voor: inputValue(e) })}
						/>
						{overdue && (
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
