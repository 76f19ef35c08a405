import type { ZelfscanStatement } from '../../lib/zelfscan/schema';
import { UNKNOWN, type Answer } from '../../lib/zelfscan/scoring';

interface Props {
	statement: ZelfscanStatement;
	scale: readonly string[];
	unknownLabel: string;
	answer: Answer | undefined;
	onChange: (change: Partial<Answer>) => void;
}

/**
 * One statement: a radio group on the scale plus "weet ik niet", the
 * "Hier wil ik over praten" mark and a note. Everything sits in one
 * fieldset, so the statement is the group name of every control in it.
 */
export function Stelling({ statement, scale, unknownLabel, answer, onChange }: Props) {
	const id = statement.id;
	const name = `antwoord-${id}`;
	const choice = (value: number, label: string, extraClass = '') => (
		<label class={`zs-keuze ${extraClass}`} key={value}>
			<input
				type="radio"
				name={name}
				value={value}
				checked={answer?.score === value}
				onChange={() => onChange({ score: value })}
			/>
			<span>{label}</span>
		</label>
	);
	return (
		<div class="zs-stelling" id={`stelling-${id}`} tabIndex={-1}>
			<fieldset aria-describedby={`hulp-${id}`}>
				<legend>{statement.text}</legend>
				<p id={`hulp-${id}`} class="zs-hulp">
					{statement.help}
				</p>
				<div class="zs-schaal">
					{scale.map((label, i) => choice(i + 1, label))}
					{choice(UNKNOWN, unknownLabel, 'zs-keuze--onbekend')}
				</div>
				<div class="zs-extra">
					<label class="zs-keuze">
						<input
							type="checkbox"
							checked={answer?.talk === true}
							onChange={(e) => onChange({ talk: e.currentTarget.checked })}
						/>
						<span>Hier wil ik over praten</span>
					</label>
					<label class="zs-notitie-label" for={`notitie-${id}`}>
						Notitie <span class="kb-muted">(optioneel)</span>
					</label>
					<textarea
						id={`notitie-${id}`}
						rows={2}
						maxLength={2000}
						value={answer?.note ?? ''}
						onInput={(e) => onChange({ note: e.currentTarget.value })}
					/>
				</div>
			</fieldset>
		</div>
	);
}
