import { MIN_PER_ROL, type Rol } from '../../lib/team/model';
import type { TeamOverzicht } from '../../lib/team/overzicht';
import { joinNl, rolMediaanText, rolNaam, TE_WEINIG } from '../../lib/team/teksten';
import { formatNumber } from '../../lib/trainer/groep';
import { StandBalk } from './StandBalk';

const sameRol = (a: Rol | null, b: Rol | null) => (a?.id ?? null) === (b?.id ?? null);

/**
 * "Waar het team staat": per theme the median, lowest and highest, and the
 * participants per stand as a bar with its numbers. Chart and table in one,
 * for the overview and the report alike.
 */
export function TeamThemas({ overzicht, caption }: { overzicht: TeamOverzicht; caption: string }) {
	return (
		<table class="tm-tabel">
			<caption>{caption}</caption>
			<thead>
				<tr>
					<th scope="col">Thema</th>
					<th scope="col">Mediaan</th>
					<th scope="col">Laagste en hoogste</th>
					<th scope="col">Deelnemers per stand</th>
				</tr>
			</thead>
			<tbody>
				{overzicht.themas.map((thema) => (
					<tr key={thema.themaId}>
						<th scope="row">{thema.titel}</th>
						<td class="tm-getal">
							{thema.mediaan === null ? 'geen score' : formatNumber(thema.mediaan)}
							{thema.zonderScore > 0 && thema.n > 0 && (
								<span class="tm-klein">
									{' '}
									({thema.n} van {overzicht.deelnemers})
								</span>
							)}
						</td>
						<td>
							{thema.laagste === null || thema.hoogste === null
								? '–'
								: `${formatNumber(thema.laagste)} tot ${formatNumber(thema.hoogste)}`}
						</td>
						<td>
							<StandBalk aantallen={thema.verdeling.map((v) => v.aantal)} />
							<ul class="tm-verdeling">
								{thema.verdeling.map(({ stand, aantal }, i) => (
									<li key={stand.id}>
										<span class={`tm-sleutel tm-stand--${i}`} aria-hidden="true" />
										{stand.naam}: <strong>{aantal}</strong>
									</li>
								))}
							</ul>
						</td>
					</tr>
				))}
			</tbody>
		</table>
	);
}

/**
 * "Per rol": the median per theme for each role that has one somewhere.
 * Roles without enough participants get no column; the sentence below the
 * table names them, so nobody looks for a role that is not there.
 */
export function RolMedianen({
	overzicht,
	kolommen,
	zonderKolom,
}: {
	overzicht: TeamOverzicht;
	kolommen: readonly (Rol | null)[];
	zonderKolom: readonly string[];
}) {
	if (!kolommen.length) {
		return (
			<p>
				Nog geen rol met genoeg deelnemers. Een rol krijgt een eigen mediaan als ten minste drie deelnemers met die rol
				een score hebben; daaronder staat er "{TE_WEINIG}".
			</p>
		);
	}
	return (
		<>
			<table class="tm-tabel tm-rollen">
				<caption>Mediaan per rol en per thema</caption>
				<thead>
					<tr>
						<th scope="col">Thema</th>
						{kolommen.map((rol) => (
							<th scope="col" key={rol?.id ?? ''}>
								{rolNaam(rol)}
							</th>
						))}
					</tr>
				</thead>
				<tbody>
					{overzicht.themas.map((thema) => (
						<tr key={thema.themaId}>
							<th scope="row">{thema.titel}</th>
							{kolommen.map((rol) => {
								const cell = thema.rollen.find((r) => sameRol(r.rol, rol));
								const shown = cell?.status === 'getoond';
								return (
									<td key={rol?.id ?? ''} class={shown ? 'tm-getal' : 'tm-leeg'}>
										{cell ? rolMediaanText(cell) : '–'}
									</td>
								);
							})}
						</tr>
					))}
				</tbody>
			</table>
			{zonderKolom.length > 0 && (
				<p class="tm-klein">
					Geen eigen kolom: {joinNl(zonderKolom)}. Een rol krijgt een kolom als ten minste {MIN_PER_ROL} deelnemers met
					die rol een score hebben, en er daarnaast niet maar één of twee anderen overblijven. Zo is niemand herkenbaar.
				</p>
			)}
		</>
	);
}
