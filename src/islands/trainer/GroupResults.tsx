import { count } from '../../lib/format';
import { formatNumber } from '../../lib/number';
import {
	type GroupScan,
	type GroupSummary,
	type StellingSummary,
	scansInSessie,
	summarizeGroup,
} from '../../lib/trainer/group';
import { ColumnHeads } from '../ColumnHeads';

/** What the group thinks, per zelfscan in the session: anonymous numbers only. */
export function GroupResults({ scans, deelcodes }: { scans: readonly GroupScan[]; deelcodes: readonly string[] }) {
	return (
		<>
			{scansInSessie(scans, deelcodes).map((scan) => (
				<ScanSummary key={`${scan.id}.${scan.versie}`} summary={summarizeGroup(scan, deelcodes)} />
			))}
		</>
	);
}

function ScanSummary({ summary }: { summary: GroupSummary }) {
	const headingId = summary.eerder ? `scan-${summary.scanId}-${summary.versie}` : `scan-${summary.scanId}`;
	return (
		<section class="tr-scan" aria-labelledby={headingId}>
			<h3 id={headingId}>
				{summary.title}: {count(summary.deelnemers, 'deelnemer', 'deelnemers')}
			</h3>
			{/* biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than the screen scrolls here, and keyboard users can only scroll what takes focus (WCAG 2.1.1). */}
			<section class="tr-scroll" tabIndex={0} aria-label={`Scores per thema: ${summary.title}`}>
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
								<td>
									{thema.lowest === null || thema.highest === null
										? '–'
										: `${formatNumber(thema.lowest)} tot ${formatNumber(thema.highest)}`}
								</td>
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
			</section>

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

			<details class="tr-stellingen" open>
				<summary>Antwoorden per stelling</summary>
				{/* biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than the screen scrolls here, and keyboard users can only scroll what takes focus (WCAG 2.1.1). */}
				<section class="tr-scroll" tabIndex={0} aria-label={`Antwoorden per stelling: ${summary.title}`}>
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
				</section>
			</details>
		</section>
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
