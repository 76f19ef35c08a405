import type { TeamOverzicht } from '../../lib/team/overzicht';
import type { Rapport } from '../../lib/team/rapport';
import { count } from '../../lib/tekst';
import { RolMedianen, TeamThemas } from './TeamThemas';

/**
 * The team report as it prints: one A4, two at most (the order and what is
 * left out is in src/lib/team/rapport.ts). Plain document structure, so the
 * browser's print or "Opslaan als PDF" gives a clean file.
 */
export function TeamRapport({ rapport, overzicht }: { rapport: Rapport; overzicht: TeamOverzicht }) {
	return (
		<article class="tm-rapport" aria-labelledby="rapport-titel">
			<header class="tm-rapport-kop">
				<h2 id="rapport-titel">{rapport.titel}</h2>
				<p>
					{rapport.ronde ? (
						<>
							Ronde: <strong>{rapport.ronde}</strong>.{' '}
						</>
					) : null}
					Gemaakt op {rapport.datum}.
				</p>
			</header>

			<section aria-labelledby="rapport-wie">
				<h3 id="rapport-wie">Wie deden er mee</h3>
				<p>
					{rapport.deelnemers}:{' '}
					{rapport.perRol.map((p, i) => (
						<span key={p.naam}>
							{i > 0 && ', '}
							{p.naam} {p.aantal}
						</span>
					))}
					.
				</p>
			</section>

			<section aria-labelledby="rapport-staat">
				<h3 id="rapport-staat">Waar het team staat</h3>
				<TeamThemas
					overzicht={overzicht}
					caption="Per thema: de mediaan, de laagste en hoogste score, en hoeveel deelnemers in elke stand vallen."
				/>
			</section>

			<section aria-labelledby="rapport-rollen">
				<h3 id="rapport-rollen">Per rol</h3>
				<RolMedianen overzicht={overzicht} kolommen={rapport.rolKolommen} zonderKolom={rapport.rollenZonderKolom} />
			</section>

			<section aria-labelledby="rapport-verschil">
				<h3 id="rapport-verschil">Waar rollen het verschillend zien</h3>
				<p>{rapport.verschillenUitleg}</p>
				{rapport.verschillen.length > 0 && (
					<ul>
						{rapport.verschillen.map((v) => (
							<li key={v.titel}>
								<strong>{v.titel}.</strong> {v.tekst}
							</li>
						))}
					</ul>
				)}
			</section>

			<section aria-labelledby="rapport-bespreken">
				<h3 id="rapport-bespreken">Waar deelnemers over willen praten</h3>
				{rapport.bespreken.length ? (
					<ul>
						{rapport.bespreken.map((b) => (
							<li key={b.tekst}>
								{b.tekst}{' '}
								<span class="tm-klein">
									({b.thema}; {count(b.aantal, 'deelnemer', 'deelnemers')})
								</span>
							</li>
						))}
					</ul>
				) : (
					<p>Niemand heeft een onderdeel gemarkeerd om over te praten.</p>
				)}
			</section>

			<section aria-labelledby="rapport-plan">
				<h3 id="rapport-plan">Wat het team als eerste doet</h3>
				{rapport.plan.length ? (
					rapport.plan.map((p) => (
						<div key={p.titel} class="tm-rapport-prioriteit">
							<h4>{p.titel}</h4>
							{p.acties.length ? (
								<table class="tm-tabel tm-acties">
									<thead>
										<tr>
											<th scope="col">Wat</th>
											<th scope="col">Wie</th>
											<th scope="col">Vóór</th>
										</tr>
									</thead>
									<tbody>
										{p.acties.map((a) => (
											<tr key={a.id}>
												<td>{a.wat}</td>
												<td>{a.wie || '–'}</td>
												<td>{a.voor || '–'}</td>
											</tr>
										))}
									</tbody>
								</table>
							) : (
								<p>Nog geen acties.</p>
							)}
						</div>
					))
				) : (
					<p>Het team heeft nog geen prioriteiten gekozen.</p>
				)}
			</section>

			<section aria-labelledby="rapport-uitleg" class="tm-rapport-uitleg">
				<h3 id="rapport-uitleg">Zo zijn de scores gemaakt</h3>
				{rapport.uitleg.map((zin) => (
					<p key={zin}>{zin}</p>
				))}
			</section>
		</article>
	);
}
