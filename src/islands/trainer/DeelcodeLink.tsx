import { useEffect, useId, useState } from 'preact/hooks';
import { groepsoverzichtLink } from '../../lib/trainer/links';
import { CopyField } from '../CopyField';
import { QrImage } from '../QrImage';
import './deelcode-link.css';

interface Props {
	/** The participant's deelcode (from deelcodeFromAntwoorden). */
	code: string;
}

/**
 * Link and QR code that open the trainer's group overview with this
 * deelcode in the URL fragment (#code=…). The fragment never reaches a
 * server. The QR code is drawn here, as SVG, without any outside service.
 * Mount it next to the deelcode on the zelfscan result page.
 */
export default function DeelcodeLink({ code }: Props) {
	const [origin, setOrigin] = useState('');
	const id = useId();
	useEffect(() => setOrigin(location.origin), []);
	const href = groepsoverzichtLink(origin, code);

	return (
		<div class="tr-deellink kb-no-print">
			<p>
				Zit u in een workshop? Laat de trainer deze QR-code scannen, of stuur de trainer de link. Die opent het
				groepsoverzicht van de trainer met uw code erin. In de link staan alleen uw scores en markeringen, en de rol en
				de ronde als die in de code staan.
			</p>
			<QrImage text={origin ? href : ''} title="QR-code met de link naar het groepsoverzicht van de trainer" />
			<CopyField id={`${id}-link`} label="Link voor de trainer" value={href} button="Kopieer de link" what="De link">
				<a href={href}>Open het groepsoverzicht met deze code</a>
			</CopyField>
		</div>
	);
}
