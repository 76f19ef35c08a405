import {
	formatNumber,
	scansInSession,
	summarize,
	type GroupSummary,
	type StatementSummary,
} from '../../lib/trainer/groep';
import { count } from '../../lib/tekst';
import type { Zelfscan } from '../../lib/zelfscan/schema';

/** What the group thinks, per zelfscan in the session: anonymous numbers only. */
export function GroepsResultaat({ scans, codes }: { scans: Zelfscan[]; codes: readonly string[] }) {
	return (
		<>
			{scansInSession(scans, codes).map((id) => (
				<ScanSummary key={id} summary={summarize(scans.find((s) => s.id === id)!, codes)} />
			))}
		</>
	);
}

function ScanSummary({ summary }: { summary: GroupSummary }) {
	const headingId = `scan-${summary.scanId}`;
	return (
		<section class="tr-scan" aria-labelledby={headingId}>
			<h3 id={headingId}>
				{summary.title}: {count(summary.participants, 'deelnemer', 'deelnemers')}
			</h3>
			<div class="tr-scroll" tabIndex={0} role="region" aria-label={`Scores per thema: ${summary.title}`}>
				<table class="tr-tabel">
					<caption>Scores per thema. Antwoorden "weet ik niet / niet van toepassing" tellen niet mee.</caption>
					<thead>
						<tr>
							<th scope="col">Thema</th>
							<th scope="col">Mediaan</th>
							<th scope="col">Laagste en hoogste</th>
							<th scope="col">Deelnemers per niveau</th>
						</tr>
					</thead>
					<tbody>
						{summary.themes.map((theme) => (
							<tr key={theme.themeId}>
								<th scope="row">{theme.title}</th>
								<td>
									{theme.median === null ? 'geen score' : formatNumber(theme.median)}
									{theme.band && <span class="tr-band"> ({theme.band.label})</span>}
								</td>
								<td>
									{theme.lowest === null || theme.highest === null
										? '–'
										: `${formatNumber(theme.lowest)} tot ${formatNumber(theme.highest)}`}
								</td>
								<td>
									<ul class="tr-verdeling">
										{theme.bands.map(({ band, count: people }) => (
											<li key={band.id}>
												<span>{band.label}:</span> <strong>{people}</strong>
												<Bar value={people} max={Math.max(1, theme.n)} />
											</li>
										))}
									</ul>
								</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>

			<div class="tr-lijsten">
				<StatementList
					title="Hier is de groep het eens"
					empty="Nog geen stelling waarover de groep het eens is (er zijn minstens twee antwoorden nodig)."
					items={summary.agree}
					scale={summary.scale}
				/>
				<StatementList
					title="Hier lopen de meningen uiteen"
					empty="Nog geen stelling waarover de meningen ver uiteenlopen."
					items={summary.diverge}
					scale={summary.scale}
				/>
				<div>
					<h4>Hier willen deelnemers over praten</h4>
					{summary.talk.length ? (
						<ol>
							{summary.talk.map((s) => (
								<li key={s.id}>
									{s.text} <strong>({count(s.talk, 'deelnemer', 'deelnemers')})</strong>
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
				<div class="tr-scroll" tabIndex={0} role="region" aria-label={`Antwoorden per stelling: ${summary.title}`}>
					<table class="tr-tabel">
						<caption>Aantal deelnemers per antwoord</caption>
						<thead>
							<tr>
								<th scope="col">Stelling</th>
								{summary.scale.map((label) => (
									<th scope="col" key={label}>
										{label}
									</th>
								))}
								<th scope="col">Weet ik niet / n.v.t.</th>
								<th scope="col">Mediaan</th>
							</tr>
						</thead>
						<tbody>
							{summary.themes.flatMap((theme) =>
								theme.statements.map((s) => (
									<tr key={s.id}>
										<th scope="row">{s.text}</th>
										{s.counts.map((n, i) => (
											<td key={i}>{n}</td>
										))}
										<td>{s.unknown}</td>
										<td>{s.median === null ? '–' : formatNumber(s.median)}</td>
									</tr>
								)),
							)}
						</tbody>
					</table>
				</div>
			</details>
		</section>
	);
}

function StatementList({
	title,
	empty,
	items,
	scale,
}: {
	title: string;
	empty: string;
	items: StatementSummary[];
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
