import type { Checklist } from '../../lib/big5/definitie';
import {
	datumLeesbaar,
	OORDEEL_ALLES_GEREGELD,
	STATUS_LABELS,
	telzin,
	type Samenvatting,
} from '../../lib/big5/checklist';
import { VOORWAARDEN } from '../../lib/big5/voorwaarden';

/**
 * The paper version of one checklist: hidden on screen, the only thing
 * printed while a checklist is open (see the print rules in big5.css).
 */
export function Afdruk({ checklist, s, vandaag }: { checklist: Checklist; s: Samenvatting; vandaag: string }) {
	return (
		<div class="big5-afdruk kb-print-only">
			<p class="big5-afdruk-titel">BIG-5-checklist</p>
			<dl class="big5-afdruk-kop">
				<dt>Jongere (code)</dt>
				<dd>{checklist.code}</dd>
				<dt>Datum</dt>
				<dd>{datumLeesbaar(vandaag)}</dd>
			</dl>
			<p>
				<strong>{telzin(s)}</strong> {s.allesGeregeld && OORDEEL_ALLES_GEREGELD}
			</p>
			<table class="big5-afdruk-tabel">
				<thead>
					<tr>
						<th scope="col">Voorwaarde</th>
						<th scope="col">Status</th>
						<th scope="col">Toelichting en afspraken</th>
					</tr>
				</thead>
				<tbody>
					{VOORWAARDEN.map((v) => {
						const stand = checklist.voorwaarden[v.id];
						return (
							<tr key={v.id}>
								<th scope="row">
									{v.nr}. {v.titel}
									<span class="big5-afdruk-domein">Big 5: {v.domein}</span>
								</th>
								<td>{STATUS_LABELS[stand.status]}</td>
								<td class="big5-afdruk-tekst">{stand.toelichting}</td>
							</tr>
						);
					})}
				</tbody>
			</table>

			<p class="big5-afdruk-sub">Acties</p>
			{s.openActies.length > 0 ? (
				<table class="big5-afdruk-tabel">
					<thead>
						<tr>
							<th scope="col">Vóór</th>
							<th scope="col">Wat</th>
							<th scope="col">Wie</th>
							<th scope="col">Voorwaarde</th>
						</tr>
					</thead>
					<tbody>
						{s.openActies.map(({ voorwaarde, actie, teLaat }) => (
							<tr key={voorwaarde.id}>
								<td>
									{actie.voor ? datumLeesbaar(actie.voor) : 'geen datum'}
									{teLaat && <strong> (te laat)</strong>}
								</td>
								<td class="big5-afdruk-tekst">{actie.wat}</td>
								<td>{actie.wie}</td>
								<td>{voorwaarde.titel}</td>
							</tr>
						))}
					</tbody>
				</table>
			) : (
				<p>Geen open acties.</p>
			)}

			<div class="big5-afdruk-volgend">
				<p>
					<strong>Volgend gesprek:</strong>{' '}
					{checklist.volgendGesprek ? datumLeesbaar(checklist.volgendGesprek) : <span class="big5-invullijn" />}
				</p>
				<p>
					<strong>Aantekeningen:</strong>
				</p>
				<div class="big5-invulvak" />
			</div>
		</div>
	);
}
