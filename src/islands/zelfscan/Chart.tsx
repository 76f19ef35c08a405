import { formatNumber } from '../../lib/number';
import { scaleFraction } from '../../lib/zelfscan/results';

export interface ChartRow {
	label: string;
	/** One value per series; null = no score. */
	values: (number | null)[];
}

interface Props {
	id: string;
	title: string;
	/** Summary of what the chart shows, read by screen readers (the table next to it has the details). */
	description: string;
	rows: ChartRow[];
	/** Series names, e.g. ["Ronde 1", "Ronde 2"]; one series draws no legend. */
	series: string[];
	/** Labels of the answer scale, lowest first. */
	scale: readonly string[];
	/** Characters per label line; more for a chart that is always wide (on paper). */
	wrap?: number;
}

// Vertical sizes in px at the site's font size; horizontal positions in %,
// so the bars follow the width of the screen while the text keeps its size.
const LINE = 18;
const BAR = 14;
const BAR_GAP = 3;
const ROW_GAP = 16;
const AXIS = 26;
const WRAP = 30;

/** Split a label into lines of at most WRAP characters, on spaces. */
export function wrapLabel(text: string, max = WRAP): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
		if (line && `${line} ${word}`.length > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

const pct = (fraction: number) => `${(fraction * 100).toFixed(2)}%`;

/**
 * Horizontal bar chart in SVG: one row per theme, one bar per series.
 * It is one image for assistive technology (role="img" with <title> and
 * <desc>); the table beside it is the text alternative.
 */
export function Chart({ id, title, description, rows, series, scale, wrap = WRAP }: Props) {
	const points = scale.length;
	const single = series.length === 1;
	let y = AXIS;
	const layout = rows.map((row) => {
		// One series: the score follows the label, on its last line when it fits, so text never overlaps.
		const lines = wrapLabel(row.label, wrap);
		const value = single ? (row.values[0] === null ? 'geen gemiddelde' : formatNumber(row.values[0])) : null;
		const last = lines.length - 1;
		const valueOnNewLine = value !== null && lines[last].length + 2 + value.length > wrap;
		if (valueOnNewLine) lines.push('');
		const top = y;
		const barsTop = top + lines.length * LINE + 4;
		y = barsTop + series.length * (BAR + BAR_GAP) + ROW_GAP;
		return { row, lines, value, top, barsTop };
	});
	const barsHeight = series.length * (BAR + BAR_GAP) - BAR_GAP;
	const height = y;

	return (
		<div class="zs-grafiek">
			{!single && (
				<ul class="zs-legenda" aria-hidden="true">
					{series.map((name, i) => (
						<li key={name}>
							<svg width="16" height="12" focusable="false" aria-hidden="true">
								<rect width="16" height="12" class={`zs-balk zs-balk--${i}`} />
							</svg>
							{name}
						</li>
					))}
				</ul>
			)}
			<svg
				class="zs-grafiek-svg"
				width="100%"
				height={height}
				role="img"
				aria-labelledby={`${id}-titel ${id}-omschrijving`}
				focusable="false"
			>
				<title id={`${id}-titel`}>{title}</title>
				<desc id={`${id}-omschrijving`}>{description}</desc>
				{scale.map((label, i) => {
					const x = pct(scaleFraction(i + 1, points));
					const anchor = i === 0 ? 'start' : i === points - 1 ? 'end' : 'middle';
					return (
						<text key={label} x={x} y={14} text-anchor={anchor} class="zs-as-tekst">
							{i + 1}
						</text>
					);
				})}
				{layout.map(({ row, lines, value: valueText, top, barsTop }) => (
					<g key={row.label}>
						<text y={top + LINE - 4} class="zs-label">
							{lines.map((line, i) => (
								<tspan key={i} x="0" dy={i === 0 ? 0 : LINE}>
									{line}
									{i === lines.length - 1 && valueText !== null && (
										<tspan class="zs-waarde">{line ? `  ${valueText}` : valueText}</tspan>
									)}
								</tspan>
							))}
						</text>
						<rect x="0" y={barsTop} width="100%" height={barsHeight} class="zs-spoor" />
						{scale.map((label, i) => {
							const x = pct(scaleFraction(i + 1, points));
							return (
								<line key={label} x1={x} x2={x} y1={barsTop - 3} y2={barsTop + barsHeight + 3} class="zs-as-lijn" />
							);
						})}
						{row.values.map(
							(value, i) =>
								value !== null && (
									<rect
										key={i}
										x="0"
										y={barsTop + i * (BAR + BAR_GAP)}
										width={pct(Math.max(0.01, scaleFraction(value, points)))}
										height={BAR}
										class={`zs-balk zs-balk--${single ? 1 : i}`}
									/>
								),
						)}
					</g>
				))}
			</svg>
		</div>
	);
}
