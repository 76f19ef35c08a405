import { useEffect, useId, useMemo, useState } from 'preact/hooks';
import { encodeQr, qrPath } from '../../lib/qr/qr';
import { rondeFromSearch, uitnodigingLink, uitnodigingTekst } from '../../lib/team/uitnodiging';
import { GROEPSOVERZICHT_PATH } from '../../lib/trainer/links';
import { CopyField } from '../CopyField';
import '../trainer/deelcode-link.css';
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
	const qr = useMemo(() => {
		if (!link) return null;
		try {
			return encodeQr(link);
		} catch {
			// Too long for the small encoder: the link itself still works.
			return null;
		}
	}, [link]);

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
			{qr && (
				<svg
					class="tr-qr"
					viewBox={`0 0 ${qr.size + 8} ${qr.size + 8}`}
					role="img"
					aria-labelledby={`${id}-qr`}
					shape-rendering="crispEdges"
				>
					<title id={`${id}-qr`}>QR-code met de link voor de deelnemers</title>
					<rect class="tr-qr-licht" x="0" y="0" width={qr.size + 8} height={qr.size + 8} />
					<path class="tr-qr-donker" d={qrPath(qr)} />
				</svg>
			)}
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
