/**
 * Participants per stand as one stacked bar (SVG, widths in %), lowest
 * stand on the left. Decoration only: the numbers stand beside it as text,
 * so the bar is hidden from assistive technology and needs no colour to be
 * understood. No style attribute, so it passes the CSP and prints.
 */
export function StandBalk({ aantallen }: { aantallen: readonly number[] }) {
	const total = aantallen.reduce((a, b) => a + b, 0);
	let x = 0;
	return (
		<svg class="tm-balk" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
			<rect class="tm-balk-spoor" x="0" y="0" width="100" height="10" />
			{total > 0 &&
				aantallen.map((aantal, i) => {
					const width = (aantal / total) * 100;
					const rect = <rect key={i} class={`tm-balk-deel tm-stand--${i}`} x={x} y="0" width={width} height="10" />;
					x += width;
					return aantal > 0 ? rect : null;
				})}
		</svg>
	);
}
