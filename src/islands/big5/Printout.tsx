import { ALL_GEREGELD, geregeldSentence, STATUS_LABELS, type Summary } from '../../lib/big5/checklist';
import type { Jongere, VoorwaardeId } from '../../lib/big5/definition';
import { VOORWAARDEN } from '../../lib/big5/voorwaarden';
import { formatDate } from '../../lib/format';
import { ColumnHeads } from '../ColumnHeads';
import { usePartsShown } from '../lazy';

/**
 * The paper version of one checklist: hidden on screen, the only thing
 * printed while a checklist is open (see the print rules in big5.css).
 * The questions for the young person are printed only for the conditions
 * that are not yet arranged: that is where the next conversation goes.
 * They come last, so the first page keeps its layout; with many open
 * conditions they may run onto a second page.
 */
export function Printout({
	checklist,
	summary,
	today,
	vragen,
}: {
	checklist: Jongere;
	summary: Summary;
	today: string;
	vragen: Record<VoorwaardeId, readonly string[]>;
}) {
	const open = VOORWAARDEN.filter((v) => checklist.voorwaarden[v.id].status !== 'geregeld');
	// The paper version is drawn after the last condition on screen (see usePartsShown): it is
	// only seen in print, and drawing it with the checklist made the first task longer.
	const drawn = usePartsShown(VOORWAARDEN.length + 1) > VOORWAARDEN.length;
	if (!drawn) return null;
	return (
		<div class="big5-afdruk kb-print-only">
			<p class="big5-afdruk-titel">BIG-5-checklist</p>
			<dl class="big5-afdruk-kop">
				<dt>Jongere (code)</dt>
				<dd>{checklist.code}</dd>
				<dt>Datum</dt>
				<dd>{formatDate(today)}</dd>
			</dl>
			<p>
				<strong>{geregeldSentence(summary)}</strong> {summary.allGeregeld && ALL_GEREGELD}
			</p>
			<table class="big5-afdruk-tabel">
				<ColumnHeads names={['Voorwaarde', 'Status', 'Toelichting en afspraken']} />
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
			{summary.openActies.length > 0 ? (
				<table class="big5-afdruk-tabel">
					<ColumnHeads names={['Vóór', 'Wat', 'Wie', 'Voorwaarde']} />
					<tbody>
						{summary.openActies.map(({ voorwaarde, actie, overdue }) => (
							<tr key={voorwaarde.id}>
								<td>
									{actie.voor ? formatDate(actie.voor) : 'geen datum'}
									{overdue && <strong> (te laat)</strong>}
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
					{checklist.volgendGesprek ? formatDate(checklist.volgendGesprek) : <span class="big5-invullijn" />}
				</p>
				<p>
					<strong>Aantekeningen:</strong>
				</p>
				<div class="big5-invulvak" />
			</div>

			{open.length > 0 && (
				<>
					<p class="big5-afdruk-sub">Vragen voor het volgende gesprek</p>
					<dl class="big5-afdruk-vragen">
						{open.map((v) => (
							<div key={v.id}>
								<dt>
									{v.nr}. {v.titel}
								</dt>
								{vragen[v.id].map((vraag) => (
									<dd key={vraag}>{vraag}</dd>
								))}
							</div>
						))}
					</dl>
				</>
			)}
		</div>
	);
}
