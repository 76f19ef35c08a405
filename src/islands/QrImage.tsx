import { useId, useMemo } from 'preact/hooks';
import { encodeQr, qrPath } from '../lib/qr/qr';
import './qr-image.css';

interface Props {
	/** What the code holds: a link. Nothing is drawn while it is empty. */
	text: string;
	/** The image's accessible name, e.g. "QR-code met de link voor de deelnemers". */
	title: string;
}

/**
 * A QR code as SVG, drawn here without any outside service. Nothing is
 * drawn when the text is too long for the small encoder: the link beside
 * it still works.
 */
export function QrImage({ text, title }: Props) {
	const id = useId();
	const qr = useMemo(() => {
		if (!text) return null;
		try {
			return encodeQr(text);
		} catch {
			return null;
		}
	}, [text]);
	if (!qr) return null;
	const side = qr.size + 8;
	return (
		<svg class="tr-qr" viewBox={`0 0 ${side} ${side}`} role="img" aria-labelledby={id} shape-rendering="crispEdges">
			<title id={id}>{title}</title>
			<rect class="tr-qr-licht" x="0" y="0" width={side} height={side} />
			<path class="tr-qr-donker" d={qrPath(qr)} />
		</svg>
	);
}
