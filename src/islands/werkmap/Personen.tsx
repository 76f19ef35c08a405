import {
	BLIJFT_LABELS,
	type Hiaat,
	type Persoon,
	RELATIE_LABELS,
	RING_LABELS,
	STEUN_LABELS,
	telt,
} from '../../lib/werkmap/netwerk';

/** What is missing in the network, in words: gaps first, then open questions. */
export function Hiaten({ hiaten }: { hiaten: Hiaat[] }) {
	const gaps = hiaten.filter((h) => h.soort === 'hiaat');
	const vragen = hiaten.filter((h) => h.soort === 'vraag');
	return (
		<section class="wm-hiaten" aria-labelledby="wm-hiaten-kop">
			<h3 id="wm-hiaten-kop">Wat opvalt</h3>
			{gaps.length === 0 && vragen.length === 0 && <p>Er valt niets op: elk soort steun is er, ook na 18.</p>}
			{gaps.length > 0 && (
				<ul class="wm-hiaten-lijst">
					{gaps.map((h) => (
						<li key={h.id}>{h.tekst}</li>
					))}
				</ul>
			)}
			{vragen.length > 0 && (
				<>
					<h4 class="wm-kleine-kop">Nog uitzoeken</h4>
					<ul class="wm-vragen-lijst">
						{vragen.map((h) => (
							<li key={h.id}>{h.tekst}</li>
						))}
					</ul>
				</>
			)}
		</section>
	);
}

interface TabelProps {
	code: string;
	netwerk: Persoon[];
	onEdit: (id: string) => void;
	onRemove: (id: string) => void;
}

/**
 * The network as a table: the same data as the picture, one row per
 * person. The number in the first column is the number on the person's
 * marker in the picture. On a narrow screen the table scrolls sideways in
 * its own frame, which can be reached and scrolled by keyboard.
 */
export function PersonenTabel({ code, netwerk, onEdit, onRemove }: TabelProps) {
	if (netwerk.length === 0) {
		return <p class="wm-leeg">Er staat nog niemand in de netwerkkaart van {code}. Voeg hieronder iemand toe.</p>;
	}
	return (
		// biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than the screen scrolls here, and keyboard users can only scroll what takes focus (WCAG 2.1.1).
		<section class="wm-tabel" aria-labelledby="wm-personen-kop" tabIndex={0}>
			<table>
				<caption id="wm-personen-kop">Mensen rond {code}</caption>
				<thead>
					<tr>
						<th scope="col">Nr.</th>
						<th scope="col">Wie</th>
						<th scope="col">Relatie</th>
						<th scope="col">Hoe dichtbij</th>
						<th scope="col">Steun</th>
						<th scope="col">Blijft na 18</th>
						<th scope="col">
							<span class="sr-only">Acties</span>
						</th>
					</tr>
				</thead>
				<tbody>
					{netwerk.map((p, i) => (
						<tr key={p.id}>
							<td>{i + 1}</td>
							<th scope="row">
								<span class="wm-naam">{p.naam}</span>
								{p.vasteVolwassene && (
									<span class={telt(p) ? 'wm-label' : 'wm-label wm-label--let-op'}>
										{telt(p) ? 'Vaste volwassene' : 'Vaste volwassene, stopt bij 18'}
									</span>
								)}
								{p.notitie && <span class="wm-notitie">{p.notitie}</span>}
							</th>
							<td>{RELATIE_LABELS[p.relatie]}</td>
							<td>{RING_LABELS[p.ring]}</td>
							<td>{p.steun.length ? p.steun.map((s) => STEUN_LABELS[s]).join(', ') : 'Nog niet ingevuld'}</td>
							<td>{BLIJFT_LABELS[p.blijft]}</td>
							<td>
								<div class="wm-knoppen">
									<button type="button" class="secondary" id={`wm-wijzig-${p.id}`} onClick={() => onEdit(p.id)}>
										Wijzigen<span class="sr-only"> {p.naam}</span>
									</button>
									<button type="button" class="secondary wm-gevaar" onClick={() => onRemove(p.id)}>
										Verwijderen<span class="sr-only"> {p.naam}</span>
									</button>
								</div>
							</td>
						</tr>
					))}
				</tbody>
			</table>
		</section>
	);
}
