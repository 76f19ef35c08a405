import { useEffect, useRef } from 'preact/hooks';
import { count } from '../../lib/format';
import { formatBereik, formatNumber } from '../../lib/number';
import { MIN_PER_ROL, rolNaam } from '../../lib/team/model';
import { METHODE, mediaanText, rapportRonde, TE_WEINIG_VOOR_RAPPORT } from '../../lib/team/rapport';
import { summarizeRollen, verschillenStatusText, verschilText } from '../../lib/team/rollen';
import { type GroepsoverzichtData, MAX_RONDE_NAAM } from '../../lib/trainer/definition';
import { type GroupScan, scansInSessie, summarizeGroup } from '../../lib/trainer/group';
import { changeRonde, planOf } from '../../stores/teamplan';
import { ColumnHeads } from '../ColumnHeads';
import { ActieTabel } from '../zelfscan/Actieplan';
import { Chart } from '../zelfscan/Chart';
import { ScrollRegion } from './ScrollRegion';
import '../zelfscan/zelfscan.css';

interface Props {
	scans: readonly GroupScan[];
	data: GroepsoverzichtData;
	onClose: () => void;
}

/**
 * The team report: one printable page or two for the college or a regional
 * meeting. Only what the overview shows may be in it: counts per role, the
 * team's numbers, role medians only where the overview shows them (through
 * the role differences), and the plan. Loaded when the coordinator asks for it.
 */
export default function TeamRapport({ scans, data, onClose }: Props) {
	const headingRef = useRef<HTMLHeadingElement>(null);
	useEffect(() => headingRef.current?.focus(), []);
	const ronde = rapportRonde(data.ronde, new Date());

	return (
		<div class="tr-rapport">
			<div class="kb-no-print tr-rapport-velden">
				<div class="tr-form">
					<label for="rapport-naam">Naam van de ronde</label>
					<input
						id="rapport-naam"
						type="text"
						maxLength={MAX_RONDE_NAAM}
						value={data.ronde.naam}
						aria-describedby="rapport-naam-hulp"
						onInput={(e) => changeRonde({ naam: e.currentTarget.value })}
					/>
					<p id="rapport-naam-hulp" class="kb-muted">
						De naam staat niet in de deelcodes. Vul hem hier in, bijvoorbeeld "Gemeente Oost, voorjaar 2027".
					</p>
				</div>
				<div class="tr-form">
					<label for="rapport-datum">Datum van de ronde</label>
					<input
						id="rapport-datum"
						type="date"
						value={data.ronde.datum}
						onInput={(e) => changeRonde({ datum: e.currentTarget.value })}
					/>
				</div>
				<p class="tr-knoppen">
					<button type="button" onClick={() => print()}>
						Druk het teamrapport af
					</button>
					<button type="button" class="secondary" onClick={onClose}>
						Sluit het teamrapport
					</button>
				</p>
			</div>

			<h3 class="tr-rapport-kop" tabIndex={-1} ref={headingRef}>
				{ronde.naam}
				<span class="tr-rapport-datum">{ronde.datum}</span>
			</h3>
			{scansInSessie(scans, data.deelcodes).map((scan) => (
				<RapportScan key={`${scan.id}.${scan.versie}`} scan={scan} data={data} />
			))}
			<h4>Hoe de scores tot stand kwamen</h4>
			{METHODE.map((zin) => (
				<p key={zin}>{zin}</p>
			))}
		</div>
	);
}

const CHARTS = [
	{ key: 'scherm', class: 'kb-no-print', wrap: undefined },
	{ key: 'papier', class: 'kb-print-only', wrap: 80 },
];

function RapportScan({ scan, data }: { scan: GroupScan; data: GroepsoverzichtData }) {
	const summary = summarizeGroup(scan, data.deelcodes);
	const rollen = summarizeRollen(scan, summary.rolDeelnemers);
	const id = `rapport-${scan.id}-${scan.versie}`;
	const themas = summary.themas.map((t) => ({ id: t.themaId, titel: t.title, detail: mediaanText(t.median) }));
	return (
		<section class="tr-rapport-scan" aria-labelledby={id}>
			<h4 id={id}>
				{summary.title}: {count(summary.deelnemers, 'deelnemer', 'deelnemers')}
			</h4>
			<p>
				Deelnemers per rol:{' '}
				{rollen.perRol.map(({ rol, aantal }, i) => (
					<span key={rol?.id ?? ''}>
						{i > 0 && ', '}
						{rolNaam(rol)} {aantal}
					</span>
				))}
				.
			</p>
			{summary.deelnemers < MIN_PER_ROL ? (
				<p>{TE_WEINIG_VOOR_RAPPORT}</p>
			) : (
				<div class="tr-rapport-cijfers">
					{/* On paper the chart is always a page wide: labels on one line keep the report within two pages. */}
					{CHARTS.map((variant) => (
						<div class={variant.class} key={variant.key}>
							<Chart
								id={`${id}-grafiek-${variant.key}`}
								title={`Mediaan per thema: ${summary.title}`}
								description={`${summary.themas.map((t) => `${t.title}: ${mediaanText(t.median)}`).join('; ')}.`}
								rows={summary.themas.map((t) => ({ label: t.title, values: [t.median] }))}
								series={['Mediaan van het team']}
								scale={summary.scale}
								wrap={variant.wrap}
							/>
						</div>
					))}
					<ScrollRegion label={`Scores per thema: ${summary.title}`}>
						<table class="tr-tabel">
							<caption>
								Scores per thema: de mediaan, de laagste en de hoogste score, en het aantal deelnemers met een score
							</caption>
							<ColumnHeads names={['Thema', 'Mediaan', 'Laagste en hoogste', 'Aantal']} />
							<tbody>
								{summary.themas.map((t) => (
									<tr key={t.themaId}>
										<th scope="row">{t.title}</th>
										<td>{t.median === null ? 'geen score' : formatNumber(t.median)}</td>
										<td>{formatBereik(t.lowest, t.highest)}</td>
										<td>{t.n}</td>
									</tr>
								))}
							</tbody>
						</table>
					</ScrollRegion>
				</div>
			)}
			{!summary.eerder && (
				<>
					<h5>Waar rollen het meest verschillen</h5>
					{rollen.verschillen.length > 0 ? (
						<ol>
							{rollen.verschillen.map((v) => (
								<li key={v.themaId}>
									<strong>{v.titel}</strong>: {verschilText(v)}
								</li>
							))}
						</ol>
					) : (
						<p>{verschillenStatusText(rollen.verschillenStatus)}</p>
					)}
					<h5>Prioriteiten en actieplan</h5>
					<ScrollRegion label={`Actieplan: ${summary.title}`}>
						<ActieTabel themas={themas} plan={planOf(data, scan.id)} />
					</ScrollRegion>
				</>
			)}
		</section>
	);
}
