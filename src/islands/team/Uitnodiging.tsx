import { useEffect, useId, useState } from 'preact/hooks';
import { rondeFromSearch, uitnodigingLink, uitnodigingTekst } from '../../lib/team/uitnodiging';
import { GROEPSOVERZICHT_PATH } from '../../lib/trainer/links';
import { CopyField } from '../CopyField';
import { QrImage } from '../QrImage';
import './team.css';

interface Props {
	scanId: string;
	scanTitel: string;
}

/**
 * The invitation to a team round: the link (and QR code) for the
 * participants, made from the round's name that the form on this page put
 * in the address (`?ronde=…`). Drawn here, without any outside service.
 */
export default function Uitnodiging({ scanId, scanTitel }: Props) {
	const id = useId();
	const [state, setState] = useState<{ origin: string; ronde: string | null } | null>(null);
	useEffect(() => setState({ origin: location.origin, ronde: rondeFromSearch(location.search) }), []);
	const link = state?.ronde ? uitnodigingLink(state.origin, scanId, state.ronde) : '';

	if (!state) return null;
	if (!state.ronde) {
		return <p>Vul hierboven de naam van de ronde in. Daarna ziet u hier de link voor de deelnemers.</p>;
	}
	return (
		<section class="tm-uitnodiging" aria-labelledby={`${id}-kop`}>
			<h2 id={`${id}-kop`}>Uitnodiging voor de ronde "{state.ronde}"</h2>
			<p>
				In de link staan alleen de scan ({scanTitel}) en de naam van de ronde. Er staan geen namen, e-mailadressen of
				antwoorden in. Zoals elk webadres komt de link bij de server van deze site aan: zet dus geen namen van personen
				in de naam van de ronde.
			</p>
			<CopyField
				id={`${id}-link`}
				label="Link voor de deelnemers"
				value={link}
				button="Kopieer de link"
				what="De link"
			/>
			<QrImage text={link} title="QR-code met de link voor de deelnemers" />
			<p class="tm-veld">
				<label for={`${id}-tekst`}>Tekst voor een e-mail of chatbericht</label>
				<textarea id={`${id}-tekst`} readOnly rows={12} value={uitnodigingTekst(scanTitel, state.ronde, link)} />
			</p>
			<p>
				Verzamel de deelcodes die u terugkrijgt in het <a href={GROEPSOVERZICHT_PATH}>team- en groepsoverzicht</a>.
			</p>
		</section>
	);
}
