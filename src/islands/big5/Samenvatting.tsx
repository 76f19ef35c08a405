import {
	datumLeesbaar,
	OORDEEL_ALLES_GEREGELD,
	STATUS_LABELS,
	telzin,
	type Samenvatting as S,
} from '../../lib/big5/checklist';

/**
 * Count, verdict and open points of one checklist. The short part is a
 * status region, so a screen reader hears the new count after each choice;
 * the action list sits outside it, or every keystroke in an action field
 * would be read out.
 */
export function Samenvatting({ s }: { s: S }) {
	const open = s.openVoorwaarden.map((o) => `${o.voorwaarde.titel} (${STATUS_LABELS[o.status].toLowerCase()})`);
	return (
		<section class="big5-samenvatting" aria-labelledby="big5-samenvatting-kop">
			<h4 id="big5-samenvatting-kop">Samenvatting</h4>
			<div role="status">
				<p class="big5-telling">{telzin(s)}</p>
				{s.allesGeregeld ? <p class="big5-oordeel">{OORDEEL_ALLES_GEREGELD}</p> : <p>Nog open: {open.join(', ')}.</p>}
				{s.openActies.length > 0 && (
					<p>
						{s.openActies.length === 1 ? '1 open actie' : `${s.openActies.length} open acties`}
						{s.aantalTeLaat > 0 && <strong class="big5-te-laat">, waarvan {s.aantalTeLaat} te laat</strong>}.
					</p>
				)}
			</div>
			{s.openActies.length > 0 && (
				<>
					<h5 class="big5-kleine-kop">Open acties, eerste datum bovenaan</h5>
					<ol class="big5-acties">
						{s.openActies.map(({ voorwaarde, actie, teLaat }) => (
							<li key={voorwaarde.id}>
								<span class="big5-actie-datum">
									{actie.voor ? `Vóór ${datumLeesbaar(actie.voor)}` : 'Geen datum'}
									{teLaat && <strong class="big5-te-laat"> (te laat)</strong>}
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
