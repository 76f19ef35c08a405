import { type Antwoord, MAX_NOTITIE } from '../../lib/zelfscan/definition';
import type { ZelfscanStelling } from '../../lib/zelfscan/schema';
import { UNKNOWN } from '../../lib/zelfscan/scoring';

interface Props {
	stelling: ZelfscanStelling;
	scale: readonly string[];
	unknownLabel: string;
	antwoord: Antwoord | undefined;
	onChange: (change: Partial<Antwoord>) => void;
}

/**
 * One statement: a radio group on the scale plus "weet ik niet", the
 * "Hier wil ik over praten" mark and a note. Everything sits in one
 * fieldset, so the statement is the group name of every control in it.
 */
export function Stelling({ stelling, scale, unknownLabel, antwoord, onChange }: Props) {
	const id = stelling.id;
	const name = `antwoord-${id}`;
	const choice = (value: number, label: string, extraClass = '') => (
		<label class={`zs-keuze ${extraClass}`} key={value}>
			<input
				type="radio"
				name={name}
				value={value}
				checked={antwoord?.score === value}
				onChange={() => onChange({ score: value })}
			/>
			<span>{label}</span>
		</label>
	);
	return (
		<div class="zs-stelling" id={`stelling-${id}`} tabIndex={-1}>
			<fieldset aria-describedby={`hulp-${id}`}>
				<legend>{stelling.text}</legend>
				<p id={`hulp-${id}`} class="zs-hulp">
					{stelling.help}
				</p>
				<div class="zs-schaal">
					{scale.map((label, i) => choice(i + 1, label))}
					{choice(UNKNOWN, unknownLabel, 'zs-keuze--onbekend')}
				</div>
				<div class="zs-extra">
					<label class="zs-keuze">
						<input
							type="checkbox"
							checked={antwoord?.bespreken === true}
							onChange={(e) => onChange({ bespreken: e.currentTarget.checked })}
						/>
						<span>Hier wil ik over praten</span>
					</label>
					<label class="zs-notitie-label" for={`notitie-${id}`}>
						Notitie <span class="kb-muted">(optioneel)</span>
					</label>
					<textarea
						id={`notitie-${id}`}
						rows={2}
						maxLength={MAX_NOTITIE}
						value={antwoord?.notitie ?? ''}
						onInput={(e) => onChange({ notitie: e.currentTarget.value })}
					/>
				</div>
			</fieldset>
		</div>
	);
}
