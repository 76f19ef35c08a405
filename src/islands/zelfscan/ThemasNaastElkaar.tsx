import type { ComponentChildren } from 'preact';
import { formatNumber } from '../../lib/number';
import { changeText } from '../../lib/zelfscan/results';
import type { ThemaNaastElkaar, ThemaWaarde } from '../../lib/zelfscan/vergelijken';
import { ColumnHeads } from '../ColumnHeads';
import { Chart } from './Chart';

interface Props {
	id: string;
	themas: readonly ThemaNaastElkaar<ThemaWaarde>[];
	/** The two sides' names, e.g. two rounds, or last round's session and this one. */
	names: [before: string, after: string];
	/** What the number is: 'Gemiddelde' for one scan, 'Mediaan' for a team. */
	waarde: 'Gemiddelde' | 'Mediaan';
	/** The chart's title. */
	title: string;
	scale: readonly string[];
	caption: ComponentChildren;
	/** Wraps the table, e.g. in a region that scrolls on a narrow screen. */
	wrap?: (table: ComponentChildren) => ComponentChildren;
	tableClass: string;
}

/**
 * Two sides per theme, as a chart and as a table with the difference: rounds
 * of one zelfscan (CompareRondes) and a team's rounds over time (VorigeRonde).
 */
export function ThemasNaastElkaar({
	id,
	themas,
	names,
	waarde,
	title,
	scale,
	caption,
	wrap = (t) => t,
	tableClass,
}: Props) {
	const geen = `geen ${waarde.toLowerCase()}`;
	const inZin = (value: number | null | undefined) => (value == null ? geen : formatNumber(value));
	const inCel = (value: number | null) => (value === null ? `G${geen.slice(1)}` : formatNumber(value));
	return (
		<>
			<Chart
				id={id}
				title={title}
				description={`${themas.map((t) => `${t.titel}: ${inZin(t.before?.average)} en ${inZin(t.after?.average)}`).join('; ')}.`}
				rows={themas.map((t) => ({ label: t.titel, values: [t.before?.average ?? null, t.after?.average ?? null] }))}
				series={[...names]}
				scale={scale}
			/>
			{wrap(
				<table class={tableClass}>
					<caption>{caption}</caption>
					<ColumnHeads names={['Thema', ...names, 'Verschil']} />
					<tbody>
						{themas.map((t) => (
							<tr key={t.themaId}>
								<th scope="row">{t.titel}</th>
								<td>{t.before ? inCel(t.before.average) : 'Niet gevraagd'}</td>
								<td>{t.after ? inCel(t.after.average) : 'Niet gevraagd'}</td>
								<td>{changeText(t.change)}</td>
							</tr>
						))}
					</tbody>
				</table>,
			)}
		</>
	);
}
