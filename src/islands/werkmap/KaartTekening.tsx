import {
	describeKaart,
	layoutKaart,
	polar,
	shortName,
	VIEWBOX_COMPACT,
	VIEWBOX_MET_NAMEN,
} from '../../lib/werkmap/kaart';
import { type Persoon, RELATIE_LABELS, RELATIES, type Relatie } from '../../lib/werkmap/netwerk';

/**
 * The netwerkkaart as a picture (loads when the user opens it, or prints).
 * Drawn twice from one layout: compact with numbers for narrow screens, with
 * names beside the markers for wider ones and for paper; CSS shows one. Both
 * carry the same summary in words (`role="img"`), and the hidden one is
 * `display: none`, so a screen reader meets the picture once.
 */

/** One marker shape per relation, so the picture does not rely on colour alone. */
function Marker({ relatie, x, y, r }: { relatie: Relatie; x: number; y: number; r: number }) {
	const cls = `wm-marker wm-marker--${relatie}`;
	switch (relatie) {
		case 'familie':
			return <circle class={cls} cx={x} cy={y} r={r} />;
		case 'vrienden':
			return <rect class={cls} x={x - r} y={y - r} width={2 * r} height={2 * r} rx={r * 0.25} />;
		case 'school-werk-buurt':
			return (
				<polygon
					class={cls}
					points={`${x},${y - r * 1.15} ${x + r * 1.15},${y} ${x},${y + r * 1.15} ${x - r * 1.15},${y}`}
				/>
			);
		case 'vrijwilliger':
			return (
				<polygon
					class={cls}
					points={`${x},${y - r * 1.2} ${x + r * 1.1},${y + r * 0.85} ${x - r * 1.1},${y + r * 0.85}`}
				/>
			);
		default: {
			const points = Array.from({ length: 6 }, (_, i) => {
				const a = (Math.PI / 3) * i;
				return `${x + r * Math.cos(a)},${y + r * Math.sin(a)}`;
			}).join(' ');
			return <polygon class={cls} points={points} />;
		}
	}
}

function Drawing({ code, netwerk, namen }: { code: string; netwerk: Persoon[]; namen: boolean }) {
	const layout = layoutKaart(netwerk);
	const label = describeKaart(code, netwerk);
	return (
		<svg
			class={namen ? 'wm-kaart wm-kaart--namen' : 'wm-kaart wm-kaart--compact'}
			viewBox={namen ? VIEWBOX_MET_NAMEN : VIEWBOX_COMPACT}
			role="img"
			aria-label={label}
		>
			{layout.ringen
				.slice()
				.reverse()
				.map(({ ring, radius }) => (
					<circle key={ring} class={`wm-ring wm-ring--${ring}`} cx={0} cy={0} r={radius} />
				))}
			{layout.sectors.length > 1 &&
				layout.sectors.map((s) => {
					const inner = polar(layout.kern, s.start);
					const outer = polar(layout.ringen[2]?.radius ?? 0, s.start);
					return <line key={s.relatie} class="wm-sector" x1={inner.x} y1={inner.y} x2={outer.x} y2={outer.y} />;
				})}
			<circle class="wm-kern" cx={0} cy={0} r={layout.kern} />
			<text class="wm-kern-tekst" x={0} y={5} text-anchor="middle">
				{shortName(code, 8)}
			</text>
			{layout.punten.map((p) => (
				<g key={p.id}>
					<Marker relatie={p.relatie} x={p.x} y={p.y} r={layout.marker} />
					{p.vasteVolwassene && <circle class="wm-vast-ring" cx={p.x} cy={p.y} r={layout.marker + 4} />}
					<text class="wm-marker-nr" x={p.x} y={p.y + layout.marker * 0.38} text-anchor="middle">
						{p.nr}
					</text>
					{namen && (
						<text class="wm-marker-naam" x={p.label.x} y={p.label.y} text-anchor={p.label.anchor}>
							{shortName(p.naam)}
						</text>
					)}
				</g>
			))}
		</svg>
	);
}

export default function KaartTekening({ code, netwerk }: { code: string; netwerk: Persoon[] }) {
	const present = RELATIES.filter((r) => netwerk.some((p) => p.relatie === r));
	return (
		<figure class="wm-tekening">
			<Drawing code={code} netwerk={netwerk} namen={false} />
			<Drawing code={code} netwerk={netwerk} namen={true} />
			<figcaption>
				<p>
					{code} staat in het midden. Hoe dichter bij het midden, hoe dichterbij de jongere iemand voelt. Het nummer is
					het nummer in de tabel. Een dikke rand: vaste volwassene.
				</p>
				{present.length > 0 && (
					<ul class="wm-legenda" aria-label="Vormen">
						{present.map((r) => (
							<li key={r}>
								<svg class="wm-legenda-vorm" viewBox="-14 -14 28 28" aria-hidden="true">
									<Marker relatie={r} x={0} y={0} r={10} />
								</svg>
								{RELATIE_LABELS[r]}
							</li>
						))}
					</ul>
				)}
			</figcaption>
		</figure>
	);
}
