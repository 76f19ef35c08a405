import {
	ALL_GEREGELD,
	type Summary as ChecklistSummary,
	geregeldSentence,
	openActiesText,
	STATUS_LABELS,
} from '../../lib/big5/checklist';
import { formatDate } from '../../lib/format';

/**
 * Count, verdict and open points of one checklist. The short part is a
 * status region, so a screen reader hears the new count after each choice;
 * the action list sits outside it, or every keystroke in an action field
 * would be read out.
 */
export function Summary({ summary }: { summary: ChecklistSummary }) {
	const open = summary.openVoorwaarden.map((o) => `${o.voorwaarde.titel} (${STATUS_LABELS[o.status].toLowerCase()})`);
	return (
		<section class="big5-samenvatting" aria-labelledby="big5-samenvatting-kop">
			<h4 id="big5-samenvatting-kop">Samenvatting</h4>
			<div role="status">
				<p class="big5-telling">{geregeldSentence(summary)}</p>
				{summary.allGeregeld ? <p class="big5-oordeel">{ALL_GEREGELD}</p> : <p>Nog open: {open.join(', ')}.</p>}
				{summary.openActies.length > 0 && (
					<p>
						{openActiesText(summary)}
						{summary.overdue > 0 && <strong class="big5-te-laat">, waarvan {summary.overdue} te laat</strong>}.
					</p>
				)}
			</div>
			{summary.openActies.length > 0 && (
				<>
					<h5 class="big5-kleine-kop">Open acties, eerste datum bovenaan</h5>
					<ol class="big5-acties">
						{summary.openActies.map(({ voorwaarde, actie, overdue }) => (
							<li key={voorwaarde.id}>
								<span class="big5-actie-datum">
									{actie.voor ? `Vóór ${formatDate(actie.voor)}` : 'Geen datum'}
									{overdue && <strong class="big5-te-laat"> (te laat)</strong>}
								</span>{' '}
								<span>
									{voorwaarde.titel}: {actie.wat || 'actie nog niet beschreven'}
									{actie.wie && ` (${actie.wie})`}
								</span>
							</li>
						))}
					</ol>
				</>
			)}
		</section>
	);
}
