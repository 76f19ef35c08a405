import { CopyField } from '../CopyField';
import DeelcodeLink from '../trainer/DeelcodeLink';

interface Props {
	code: string;
}

/** The deelcode of this round, to hand to a trainer: scores and talk marks only. */
export function Deelcode({ code }: Props) {
	return (
		<section class="kb-no-print" aria-labelledby="deelcode">
			<h3 id="deelcode">Deelcode voor de trainer</h3>
			<p>
				Werkt u met een trainer? Geef dan deze code door. De trainer ziet daarmee uw scores en welke onderdelen u wilt
				bespreken. Uw notities, de naam van de scan en het actieplan gaan niet mee.
			</p>
			<CopyField id="deelcode-veld" label="Deelcode" value={code} button="Kopieer de deelcode" what="De deelcode" />
			<DeelcodeLink code={code} />
		</section>
	);
}
