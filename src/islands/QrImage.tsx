import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { encodeQr, qrPath } from '../lib/qr/qr';
import './qr-image.css';

interface Props {
	/** What the code holds: a link. Nothing is drawn while it is empty. */
	text: string;
	/** The image's accessible name, e.g. "QR-code met de link voor de deelnemers". */
	title: string;
}

/**
 * True once the element comes near the screen, or the page is printed.
 * Drawing a QR code takes a phone a tenth of a second or more; below the
 * fold it waits until the reader scrolls to it, so it never holds up the
 * first view.
 */
function useNearScreen() {
	const ref = useRef<HTMLDivElement>(null);
	const [near, setNear] = useState(false);
	useEffect(() => {
		const element = ref.current;
		if (near || !element) return;
		const show = () => setNear(true);
		if (typeof IntersectionObserver !== 'function') return show();
		const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), {
			rootMargin: '50% 0px',
		});
		observer.observe(element);
		addEventListener('beforeprint', show);
		return () => {
			observer.disconnect();
			removeEventListener('beforeprint', show);
		};
	}, [near]);
	return [ref, near] as const;
}

/**
 * A QR code as SVG, drawn here without any outside service. Nothing is
 * drawn when the text is too long for the small encoder: the link beside
 * it still works.
 */
export function QrImage({ text, title }: Props) {
	const id = useId();
	const [ref, near] = useNearScreen();
	const qr = useMemo(() => {
		if (!text || !near) return null;
		try {
			return encodeQr(text);
		} catch {
			return null;
		}
	}, [text, near]);
	if (near && text && !qr) return null;
	const side = qr ? qr.size + 8 : 0;
	// The box holds the code's square from the start, so nothing moves when it is drawn.
	return (
		<div ref={ref} class="tr-qr">
			{qr && (
				<svg viewBox={`0 0 ${side} ${side}`} role="img" aria-labelledby={id} shape-rendering="crispEdges">
					<title id={id}>{title}</title>
					<rect class="tr-qr-licht" x="0" y="0" width={side} height={side} />
					<path class="tr-qr-donker" d={qrPath(qr)} />
				</svg>
			)}
		</div>
	);
}
