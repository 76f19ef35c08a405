import type { Antwoord, BewijsAntwoord } from '../../lib/zelfscan/definition';
import type { ZelfscanOnderdeel } from '../../lib/zelfscan/schema';

interface Props {
	vragen: ZelfscanOnderdeel['bewijs'];
	antwoord: Antwoord | undefined;
	onBewijs: (bewijsId: string, value: BewijsAntwoord) => void;
}

const KEUZES: { value: BewijsAntwoord; label: string }[] = [
	{ value: 'ja', label: 'Ja' },
	{ value: 'deels', label: 'Deels' },
	{ value: 'nee', label: 'Nee' },
];

/** The evidence questions of one item: yes, deels or nee each. They help choose a level and never count in a score. */
export function Bewijs({ vragen, antwoord, onBewijs }: Props) {
	return (
		<>
			{vragen.map((vraag) => (
				<fieldset key={vraag.id} class="zs-bewijs-vraag">
					<legend>{vraag.vraag}</legend>
					{KEUZES.map(({ value, label }) => (
						<label class="zs-keuze" key={value}>
							<input
								type="radio"
								name={`bewijs-${vraag.id}`}
								checked={antwoord?.bewijs?.[vraag.id] === value}
								onChange={() => onBewijs(vraag.id, value)}
							/>
							<span>{label}</span>
						</label>
					))}
				</fieldset>
			))}
		</>
	);
}
