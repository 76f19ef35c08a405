import { useState } from 'preact/hooks';
import { formatNumber } from '../../lib/number';
import type { SavedScan } from '../../lib/zelfscan/definition';
import { compareRondes, formatChange, rondeLabel } from '../../lib/zelfscan/results';
import type { Zelfscan } from '../../lib/zelfscan/schema';
import { ColumnHeads } from '../ColumnHeads';
import { Chart } from './Chart';
import { View } from './View';

interface Props {
	scan: Zelfscan;
	saved: SavedScan;
}

const changeText = (change: number | null) =>
	change === null
		? 'Niet te vergelijken'
		: change > 0
			? `${formatChange(change)} (hoger)`
			: change < 0
				? `${formatChange(change)} (lager)`
				: 'Gelijk';

/** Two rounds side by side, with the change per theme. */
export function CompareRondes({ scan, saved }: Props) {
	const rondes = saved.rondes;
	const [choice, setChoice] = useState<{ before: string; after: string } | null>(null);
	const before = rondes.find((r) => r.id === choice?.before) ?? rondes[rondes.length - 2];
	const after = rondes.find((r) => r.id === choice?.after) ?? rondes[rondes.length - 1];

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

	const nameBefore = rondeLabel(rondes, before);
	const nameAfter = rondeLabel(rondes, after);
	const changes = compareRondes(scan, before.antwoorden, after.antwoorden);
	const title = (id: string) => scan.themes.find((t) => t.id === id)?.title ?? id;
	const score = (v: number | null) => (v === null ? 'Geen score' : formatNumber(v));
	const select = (label: string, id: string, value: string, onPick: (id: string) => void) => (
		<div class="zs-veld">
			<label for={id}>{label}</label>
			<select id={id} value={value} onChange={(e) => onPick(e.currentTarget.value)}>
				{rondes.map((r) => (
					<option key={r.id} value={r.id}>
						{rondeLabel(rondes, r)}
					</option>
				))}
			</select>
		</div>
	);

	return (
		<View id="vergelijken" title="Vergelijk rondes">
			<p>Kies twee rondes. U ziet per thema de score in elke ronde en het verschil.</p>
			<div class="zs-veld-rij kb-no-print">
				{select('Eerste ronde', 'vergelijk-eerste', before.id, (id) => setChoice({ before: id, after: after.id }))}
				{select('Tweede ronde', 'vergelijk-tweede', after.id, (id) => setChoice({ before: before.id, after: id }))}
			</div>
			<Chart
				id="grafiek-vergelijk"
				title={`Score per thema: ${nameBefore} en ${nameAfter}`}
				description={`${changes
					.map((c) => `${title(c.themaId)}: ${score(c.before)} en ${score(c.after)}`)
					.join('; ')}.`}
				rows={changes.map((c) => ({ label: title(c.themaId), values: [c.before, c.after] }))}
				series={[nameBefore, nameAfter]}
				scale={scan.scale}
			/>
			<table class="zs-tabel">
				<caption>
					Verschil per thema tussen {nameBefore} en {nameAfter}
				</caption>
				<ColumnHeads names={['Thema', nameBefore, nameAfter, 'Verschil']} />
				<tbody>
					{changes.map((c) => (
						<tr key={c.themaId}>
							<th scope="row">{title(c.themaId)}</th>
							<td>{score(c.before)}</td>
							<td>{score(c.after)}</td>
							<td>{changeText(c.change)}</td>
						</tr>
					))}
				</tbody>
			</table>
		</View>
	);
}
