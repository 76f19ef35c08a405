import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { encodeQr, qrPath } from '../../lib/qr/qr';
import { groepsoverzichtLink } from '../../lib/trainer/links';
import './deellink.css';

interface Props {
	/** The participant's deelcode (from deelcodeFromAnswers). */
	code: string;
}

/**
 * Link and QR code that open the trainer's group overview with this
 * deelcode in the URL fragment (#code=…). The fragment never reaches a
 * server. The QR code is drawn here, as SVG, without any outside service.
 * Mount it next to the deelcode on the zelfscan result page.
 */
export default function DeelLink({ code }: Props) {
	const [origin, setOrigin] = useState('');
	const [message, setMessage] = useState('');
	const field = useRef<HTMLInputElement>(null);
	const id = useId();
	const titleId = `${id}-qr`;
	const fieldId = `${id}-link`;
	useEffect(() => setOrigin(location.origin), []);
	const href = groepsoverzichtLink(origin, code);
	const qr = useMemo(() => {
		if (!origin) return null;
		try {
			return encodeQr(href);
		} catch {
			// Too long for the small encoder: the link below still works.
			return null;
		}
	}, [href, origin]);

	const copy = async () => {
		field.current?.select();
		try {
			await navigator.clipboard.writeText(href);
			setMessage('De link is gekopieerd.');
		} catch {
			setMessage('Kopiëren lukte niet. De link is geselecteerd: kopieer hem met Ctrl+C of Cmd+C.');
		}
	};

	return (
		<div class="tr-deellink kb-no-print">
			<p>
				Zit u in een workshop? Laat de trainer deze QR-code scannen, of stuur de trainer de link. Die opent het
				groepsoverzicht van de trainer met uw code erin. Ook in de link staan alleen uw scores en markeringen.
			</p>
			{qr && (
				<svg
					class="tr-qr"
					viewBox={`0 0 ${qr.size + 8} ${qr.size + 8}`}
					role="img"
					aria-labelledby={titleId}
					shape-rendering="crispEdges"
				>
					<title id={titleId}>QR-code met de link naar het groepsoverzicht van de trainer</title>
					<rect class="tr-qr-licht" x="0" y="0" width={qr.size + 8} height={qr.size + 8} />
					<path class="tr-qr-donker" d={qrPath(qr)} />
				</svg>
			)}
			<div class="tr-deellink-veld">
				<label for={fieldId}>Link voor de trainer</label>
				<input ref={field} id={fieldId} type="text" readOnly value={href} onFocus={(e) => e.currentTarget.select()} />
			</div>
			<p class="tr-deellink-knoppen">
				<button type="button" class="secondary" onClick={copy}>
					Kopieer de link
				</button>
				<a href={href}>Open het groepsoverzicht met deze code</a>
				<span role="status">{message}</span>
			</p>
		</div>
	);
}
