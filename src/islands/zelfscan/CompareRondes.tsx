import { useState } from 'preact/hooks';
import type { Ronde, SavedScan } from '../../lib/zelfscan/definition';
import { changeText, rondeLabel } from '../../lib/zelfscan/results';
import type { EerdereVersie, Zelfscan } from '../../lib/zelfscan/schema';
import { describeVergelijking, vergelijkRondes } from '../../lib/zelfscan/vergelijken';
import { ColumnHeads } from '../ColumnHeads';
import { ThemasNaastElkaar } from './ThemasNaastElkaar';
import { View } from './View';

interface Props {
	scan: Zelfscan;
	/** Earlier versions of this scan, to read old rounds. */
	eerder: readonly EerdereVersie[];
	saved: SavedScan;
}

/** Two rounds side by side; a difference only where the same question was asked in both. */
export function CompareRondes({ scan, eerder, saved }: Props) {
	const rondes = saved.rondes;
	const [choice, setChoice] = useState<{ before: string; after: string } | null>(null);
	const before = rondes.find((r) => r.id === choice?.before) ?? rondes[rondes.length - 2];
	const after = rondes.find((r) => r.id === choice?.after) ?? rondes[rondes.length - 1];
	const versieVan = (r: Ronde) =>
		r.scanVersion === scan.versie ? scan : eerder.find((v) => v.versie === r.scanVersion);

	if (rondes.length < 2 || !before || !after) {
		return (
			<View id="vergelijken" title="Vergelijk rondes">
				<p>
					Er is nog maar één ronde. Begin een nieuwe ronde onderaan de <a href="#resultaten">resultaten</a> als u later
					opnieuw wilt kijken. Daarna kunt u de rondes hier vergelijken.
				</p>
			</View>
		);
	}
	const scanBefore = versieVan(before);
	const scanAfter = versieVan(after);
	const select = (label: string, id: string, value: string, onPick: (id: string) => void) => (
		<div class="zs-veld">
			<label for={id}>{label}</label>
			<select id={id} value={value} onChange={(e) => onPick(e.currentTarget.value)}>
				{rondes.map((r) => (
					<option key={r.id} value={r.id}>
						{rondeLabel(rondes, r)}
						{r.scanVersion !== scan.versie && ` (versie ${r.scanVersion})`}
					</option>
				))}
			</select>
		</div>
	);
	const selects = (
		<div class="zs-veld-rij kb-no-print">
			{select('Eerste ronde', 'vergelijk-eerste', before.id, (id) => setChoice({ before: id, after: after.id }))}
			{select('Tweede ronde', 'vergelijk-tweede', after.id, (id) => setChoice({ before: before.id, after: id }))}
		</div>
	);
	if (!scanBefore || !scanAfter) {
		return (
			<View id="vergelijken" title="Vergelijk rondes">
				{selects}
				<p class="kb-notice">
					Een van deze rondes is ingevuld met een versie van de scan die deze site niet meer kent.
				</p>
			</View>
		);
	}

	const nameBefore = rondeLabel(rondes, before);
	const nameAfter = rondeLabel(rondes, after);
	const v = vergelijkRondes(
		{ scan: scanBefore, antwoorden: before.antwoorden },
		{ scan: scanAfter, antwoorden: after.antwoorden },
	);

	return (
		<View id="vergelijken" title="Vergelijk rondes">
			<p>
				Kies twee rondes. U ziet per thema het gemiddelde in elke ronde, en het verschil waar dat te vergelijken is.
			</p>
			{selects}
			<p class={v.zelfdeVersie ? undefined : 'kb-notice'}>{describeVergelijking(v)}</p>
			<ThemasNaastElkaar
				id="grafiek-vergelijk"
				themas={v.themas}
				names={[nameBefore, nameAfter]}
				waarde="Gemiddelde"
				title={`Gemiddelde per thema: ${nameBefore} en ${nameAfter}`}
				scale={scan.schaal}
				caption={`Gemiddelde per thema in ${nameBefore} en ${nameAfter}`}
				tableClass="zs-tabel"
			/>
			{!v.zelfdeVersie && v.vergelijkbaar.length > 0 && (
				<table class="zs-tabel">
					<caption>De vragen die in beide versies hetzelfde zijn</caption>
					<ColumnHeads names={['Vraag', nameBefore, nameAfter, 'Verschil']} />
					<tbody>
						{v.vergelijkbaar.map((o) => (
							<tr key={o.id}>
								<th scope="row">{o.tekst}</th>
								<td>{o.before}</td>
								<td>{o.after}</td>
								<td>{changeText(o.change)}</td>
							</tr>
						))}
					</tbody>
				</table>
			)}
		</View>
	);
}
