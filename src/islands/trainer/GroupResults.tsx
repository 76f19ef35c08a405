import { count } from '../../lib/format';
import { formatBereik, formatNumber } from '../../lib/number';
import { rolNaam } from '../../lib/team/model';
import { mediaanText } from '../../lib/team/rapport';
import {
	type RolOverzicht,
	rolMediaanText,
	summarizeRollen,
	verschillenStatusText,
	verschilText,
} from '../../lib/team/rollen';
import type { GroepsoverzichtData } from '../../lib/trainer/definition';
import {
	type GroupScan,
	type GroupSummary,
	type StellingSummary,
	scansInSessie,
	summarizeGroup,
} from '../../lib/trainer/group';
import { changePlan, planOf } from '../../stores/teamplan';
import { ColumnHeads } from '../ColumnHeads';
import { usePartsShown } from '../lazy';
import { Actieplan } from '../zelfscan/Actieplan';
import { ScrollRegion } from './ScrollRegion';
import '../zelfscan/zelfscan.css';

/** What the group thinks, per zelfscan in the session: anonymous numbers only; per current scan the team's plan. */
export function GroupResults({ scans, data }: { scans: readonly GroupScan[]; data: GroepsoverzichtData }) {
	return (
		<>
			{scansInSessie(scans, data.deelcodes).map((scan) => (
				<ScanSummary
					key={`${scan.id}.${scan.versie}`}
					scan={scan}
					summary={summarizeGroup(scan, data.deelcodes)}
					data={data}
				/>
			))}
		</>
	);
}

function ScanSummary({ scan, summary, data }: { scan: GroupScan; summary: GroupSummary; data: GroepsoverzichtData }) {
	const rollen = summarizeRollen(scan, summary.rolDeelnemers);
	// Four parts, drawn one task after another (see usePartsShown): with 30 participants the
	// whole overview at once blocked a phone for several tenths of a second.
	const shown = usePartsShown(4);
	const headingId = summary.eerder ? `scan-${summary.scanId}-${summary.versie}` : `scan-${summary.scanId}`;
	return (
		<section class="tr-scan" aria-labelledby={headingId}>
			<h3 id={headingId}>
				{summary.title}: {count(summary.deelnemers, 'deelnemer', 'deelnemers')}
			</h3>
			<ScrollRegion label={`Scores per thema: ${summary.title}`}>
				<table class="tr-tabel">
					<caption>
						Scores per thema: de mediaan van de deelnemers. Een deelnemer telt mee bij een thema met ten minste twee
						antwoorden; "weet ik niet" en "niet van toepassing" tellen niet mee.
					</caption>
					{/* An earlier version of a scan had no bands: that column is left out. */}
					<ColumnHeads
						names={['Thema', 'Mediaan', 'Laagste en hoogste', ...(summary.eerder ? [] : ['Deelnemers per niveau'])]}
					/>
					<tbody>
						{summary.themas.map((thema) => (
							<tr key={thema.themaId}>
								<th scope="row">{thema.title}</th>
								<td>{thema.median === null ? 'geen score' : formatNumber(thema.median)}</td>
								<td>{formatBereik(thema.lowest, thema.highest)}</td>
								{!summary.eerder && (
									<td>
										<ul class="tr-verdeling">
											{thema.bands.map(({ band, count: people }) => (
												<li key={band.id}>
													<span>{band.naam}:</span> <strong>{people}</strong>
													<Bar value={people} max={Math.max(1, thema.n)} />
												</li>
											))}
										</ul>
									</td>
								)}
							</tr>
						))}
					</tbody>
				</table>
			</ScrollRegion>

			{summary.rondes > 1 && (
				<p class="tr-let-op">
					Deze codes komen uit {summary.rondes} verschillende teamrondes; ze tellen hier samen. Wilt u één ronde
					bekijken? Wis dan de sessie en voeg alleen de codes van die ronde toe.
				</p>
			)}
			{shown >= 2 && <PerRol summary={summary} rollen={rollen} />}

			{shown >= 3 && (
				<div class="tr-lijsten">
					<StellingList
						title="Hier is de groep het eens"
						empty="Nog geen stelling waarover de groep het eens is (er zijn minstens twee antwoorden nodig)."
						items={summary.agree}
						scale={summary.scale}
					/>
					<StellingList
						title="Hier lopen de meningen uiteen"
						empty="Nog geen stelling waarover de meningen ver uiteenlopen."
						items={summary.diverge}
						scale={summary.scale}
					/>
					<div>
						<h4>Hier willen deelnemers over praten</h4>
						{summary.bespreken.length ? (
							<ol>
								{summary.bespreken.map((s) => (
									<li key={s.id}>
										{s.text} <strong>({count(s.bespreken, 'deelnemer', 'deelnemers')})</strong>
									</li>
								))}
							</ol>
						) : (
							<p>Nog niemand heeft een stelling gemarkeerd met "Hier wil ik over praten".</p>
						)}
					</div>
				</div>
			)}

			{shown >= 4 ? (
				<>
					<details class="tr-stellingen" open>
						<summary>Antwoorden per stelling</summary>
						<ScrollRegion label={`Antwoorden per stelling: ${summary.title}`}>
							<table class="tr-tabel">
								<caption>Aantal deelnemers per antwoord</caption>
								<ColumnHeads names={['Stelling', ...summary.scale, ...summary.geenScoreLabels, 'Mediaan']} />
								<tbody>
									{summary.themas.flatMap((thema) =>
										thema.stellingen.map((s) => (
											<tr key={s.id}>
												<th scope="row">{s.text}</th>
												{s.counts.map((n, i) => (
													<td key={i}>{n}</td>
												))}
												<td>{s.unknown}</td>
												{!summary.eerder && <td>{s.nvt}</td>}
												<td>{s.median === null ? '–' : formatNumber(s.median)}</td>
											</tr>
										)),
									)}
								</tbody>
							</table>
						</ScrollRegion>
					</details>

					{/* An earlier version's codes are read, not planned with: the plan is made with the current scan's themes. */}
					{!summary.eerder && (
						<div class="zs tr-plan">
							<Actieplan
								id={`plan-${scan.id}`}
								level={4}
								themas={summary.themas.map((t) => ({ id: t.themaId, titel: t.title, detail: mediaanText(t.median) }))}
								plan={planOf(data, scan.id)}
								onChange={(change) => changePlan(scan.id, change)}
							/>
						</div>
					)}
				</>
			) : (
				// Holds the screen's height until the last part is there, so what stands below does not jump.
				<div class="kb-laden" />
			)}
		</section>
	);
}

/**
 * The numbers per role: who took part, the median per role and theme (only
 * where no one can be singled out, see lib/team/rollen.ts), and where roles differ most.
 */
function PerRol({ summary, rollen }: { summary: GroupSummary; rollen: RolOverzicht }) {
	return (
		<div class="tr-rollen">
			<h4>Deelnemers per rol</h4>
			<ul>
				{rollen.perRol.map(({ rol, aantal }) => (
					<li key={rol?.id ?? ''}>
						{rolNaam(rol)}: <strong>{aantal}</strong>
					</li>
				))}
			</ul>
			{/* An earlier version's codes carry no role: there is nothing to split. */}
			{!summary.eerder && (
				<>
					<ScrollRegion label={`Mediaan per rol: ${summary.title}`}>
						<table class="tr-tabel">
							<caption>
								Mediaan per rol. Een rol krijgt alleen een getal als ten minste drie deelnemers met die rol een score
								hebben voor het thema. Zo is niemand herkenbaar aan zijn of haar antwoorden.
							</caption>
							<ColumnHeads names={['Thema', ...rollen.perRol.map(({ rol }) => rolNaam(rol))]} />
							<tbody>
								{summary.themas.map((thema) => (
									<tr key={thema.themaId}>
										<th scope="row">{thema.title}</th>
										{(rollen.perThema[thema.themaId] ?? []).map((cell) => (
											<td key={cell.rol?.id ?? ''} class={cell.status === 'getoond' ? undefined : 'tr-detail'}>
												{rolMediaanText(cell)}
											</td>
										))}
									</tr>
								))}
							</tbody>
						</table>
					</ScrollRegion>
					<h4>Waar rollen het meest verschillen</h4>
					<p>{verschillenStatusText(rollen.verschillenStatus)}</p>
					{rollen.verschillen.length > 0 && (
						<ol>
							{rollen.verschillen.map((v) => (
								<li key={v.themaId}>
									<strong>{v.titel}</strong>: {verschilText(v)}
								</li>
							))}
						</ol>
					)}
				</>
			)}
		</div>
	);
}

function StellingList({
	title,
	empty,
	items,
	scale,
}: {
	title: string;
	empty: string;
	items: StellingSummary[];
	scale: readonly string[];
}) {
	return (
		<div>
			<h4>{title}</h4>
			{items.length ? (
				<ol>
					{items.map((s) => (
						<li key={s.id}>
							{s.text}{' '}
							<span class="tr-detail">
								(antwoorden van {scale[(s.lowest ?? 1) - 1]} tot {scale[(s.highest ?? 1) - 1]},{' '}
								{count(s.n, 'deelnemer', 'deelnemers')})
							</span>
						</li>
					))}
				</ol>
			) : (
				<p>{empty}</p>
			)}
		</div>
	);
}

/** A small bar as SVG: no style attribute needed, so it passes the CSP and prints. */
function Bar({ value, max }: { value: number; max: number }) {
	const width = Math.round((value / max) * 100);
	return (
		<svg class="tr-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
			<rect class="tr-bar-bg" x="0" y="0" width="100" height="8" />
			<rect class="tr-bar-fg" x="0" y="0" width={width} height="8" />
		</svg>
	);
}
