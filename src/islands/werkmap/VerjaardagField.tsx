import { useState } from 'preact/hooks';
import { MONTH_NAMES } from '../../lib/format';
import { type YearMonth, yearMonth } from '../../lib/werkmap/month';

interface Props {
	value: YearMonth | '';
	onChange: (value: YearMonth | '') => void;
}

/** Years to choose from: young people who turned 18 up to ten years ago, or turn 18 in the coming eight years. */
function years(now: number, value: string): number[] {
	const list = Array.from({ length: 19 }, (_, i) => now - 10 + i);
	const stored = Number(value.slice(0, 4));
	if (stored && !list.includes(stored)) list.push(stored);
	return list.sort((a, b) => a - b);
}

/**
 * The month and year of the 18th birthday, never the date of birth: two
 * selects, which work the same in every browser (a month input does not).
 * A half choice (a month without a year) stays on screen and is stored only
 * once both are chosen.
 */
export function VerjaardagField({ value, onChange }: Props) {
	const [month, setMonth] = useState(value ? Number(value.slice(5, 7)) : 0);
	const [year, setYear] = useState(value ? Number(value.slice(0, 4)) : 0);
	const choose = (m: number, y: number) => {
		setMonth(m);
		setYear(y);
		if (m && y) onChange(yearMonth(y, m));
		else if (value) onChange('');
	};
	return (
		<fieldset class="wm-verjaardag">
			<legend>Wanneer wordt de jongere 18?</legend>
			<p class="wm-hint" id="wm-verjaardag-hint">
				Alleen de maand en het jaar. Vul geen geboortedatum in.
			</p>
			<div class="wm-verjaardag-velden">
				<div class="wm-veld">
					<label for="wm-verjaardag-maand">Maand</label>
					<select
						id="wm-verjaardag-maand"
						value={month}
						aria-describedby="wm-verjaardag-hint"
						onChange={(e) => choose(Number(e.currentTarget.value), year)}
					>
						<option value={0}>Kies een maand</option>
						{MONTH_NAMES.map((name, i) => (
							<option key={name} value={i + 1}>
								{name}
							</option>
						))}
					</select>
				</div>
				<div class="wm-veld">
					<label for="wm-verjaardag-jaar">Jaar</label>
					<select id="wm-verjaardag-jaar" value={year} onChange={(e) => choose(month, Number(e.currentTarget.value))}>
						<option value={0}>Kies een jaar</option>
						{years(new Date().getFullYear(), value).map((y) => (
							<option key={y} value={y}>
								{y}
							</option>
						))}
					</select>
				</div>
			</div>
			{(month === 0) !== (year === 0) && (
				<p class="wm-let-op" role="status">
					Kies ook {month ? 'het jaar' : 'de maand'}. Pas dan komen er data op de tijdlijn.
				</p>
			)}
		</fieldset>
	);
}
