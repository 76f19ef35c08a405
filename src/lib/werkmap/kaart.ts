import { count } from '../format';
import { formatList } from './namen';
import { type Persoon, RELATIE_LABELS, RELATIES, type Relatie, RING_LABELS, RINGEN, type Ring } from './netwerk';

/**
 * The netwerkkaart as a picture: the young person in the middle, three
 * rings around (closest inside), and one sector per kind of relation, so
 * family sits together, professionals together. Pure geometry in the units
 * of an SVG viewBox; the island only draws what this returns.
 *
 * Each person is a numbered marker; the number is the person's row in the
 * table beside the picture, so the picture stays legible at 320 px where
 * names would not fit (names are drawn as well, for wider screens).
 */

/**
 * Coordinates have the young person at (0, 0). The drawing is 320 units
 * across, so at 320 px (about 288 px of content width) a marker's number is
 * still drawn at about 12 px. Wider screens use `VIEWBOX_MET_NAMEN`, which
 * leaves room beside the rings for names.
 */
export const VIEWBOX_COMPACT = '-160 -160 320 320';
export const VIEWBOX_MET_NAMEN = '-270 -192 540 384';
/** Radius of the circle in the middle (the young person). */
export const KERN_RADIUS = 26;
/** Outer radius of ring 1, 2 and 3. */
export const RING_RADII: Record<Ring, number> = { 1: 80, 2: 122, 3: 158 };
/** Radius of a person's marker. */
export const MARKER_RADIUS = 13;
/** Centre-to-centre distance that keeps two markers apart with a small gap. */
export const MARKER_SPACING = 2 * MARKER_RADIUS + 4;

const innerRadius = (ring: Ring) => (ring === 1 ? KERN_RADIUS : RING_RADII[(ring - 1) as Ring]);
/** Markers sit halfway between a ring's inner and outer line. */
const midRadius = (ring: Ring) => (innerRadius(ring) + RING_RADII[ring]) / 2;

export interface Sector {
	relatie: Relatie;
	label: string;
	/** Angles in radians, clockwise from 12 o'clock. */
	start: number;
	end: number;
}

export interface Punt {
	id: string;
	/** 1-based number: the person's row in the table. */
	nr: number;
	naam: string;
	relatie: Relatie;
	ring: Ring;
	vasteVolwassene: boolean;
	x: number;
	y: number;
	/** Where the name goes: outside the marker, away from the centre. */
	label: { x: number; y: number; anchor: 'start' | 'middle' | 'end' };
}

export interface KaartLayout {
	kern: number;
	/** Radius of every marker: MARKER_RADIUS, smaller only when a ring is too full for full-size markers. */
	marker: number;
	ringen: { ring: Ring; radius: number }[];
	sectors: Sector[];
	punten: Punt[];
}

/** Point at `radius` and `angle` (clockwise from 12 o'clock). */
export function polar(radius: number, angle: number): { x: number; y: number } {
	return { x: radius * Math.sin(angle), y: -radius * Math.cos(angle) };
}

/**
 * Sector sizes follow what each relation needs: the angle its fullest ring
 * takes (people ÷ radius, in units of one marker spacing). Relations
 * without people get no sector. When the needs add up to more than a full
 * circle, markers shrink by the same factor, so they never overlap.
 */
function sectorsFor(netwerk: readonly Persoon[]): { sectors: Sector[]; scale: number } {
	const needs = RELATIES.map((relatie) => {
		const inRelatie = netwerk.filter((p) => p.relatie === relatie);
		const need = Math.max(
			0,
			...RINGEN.map((ring) => inRelatie.filter((p) => p.ring === ring).length / midRadius(ring)),
		);
		return { relatie, need };
	}).filter((x) => x.need > 0);
	const total = needs.reduce((sum, x) => sum + x.need, 0);
	let start = 0;
	const sectors = needs.map(({ relatie, need }) => {
		const span = (2 * Math.PI * need) / total;
		const sector = { relatie, label: RELATIE_LABELS[relatie], start, end: start + span };
		start += span;
		return sector;
	});
	return { sectors, scale: Math.min(1, (2 * Math.PI) / (MARKER_SPACING * total)) };
}

function labelFor(x: number, y: number, marker: number): Punt['label'] {
	const dx = x;
	const dy = y;
	const length = Math.hypot(dx, dy) || 1;
	const away = marker + 4;
	const lx = x + (dx / length) * away;
	const ly = y + (dy / length) * away + 4;
	const anchor = Math.abs(dx) < 0.3 * length ? 'middle' : dx > 0 ? 'start' : 'end';
	// A label above or below its marker moves a little further, clear of the marker.
	return { x: lx, y: anchor === 'middle' ? ly + (dy > 0 ? 8 : -4) : ly, anchor };
}

export function layoutKaart(netwerk: readonly Persoon[]): KaartLayout {
	const { sectors, scale } = sectorsFor(netwerk);
	const marker = MARKER_RADIUS * scale;
	const punten: Punt[] = [];
	for (const sector of sectors) {
		const span = sector.end - sector.start;
		for (const ring of RINGEN) {
			const hier = netwerk.filter((p) => p.relatie === sector.relatie && p.ring === ring);
			hier.forEach((p, i) => {
				const { x, y } = polar(midRadius(ring), sector.start + (span * (i + 0.5)) / hier.length);
				punten.push({
					id: p.id,
					nr: netwerk.indexOf(p) + 1,
					naam: p.naam,
					relatie: p.relatie,
					ring,
					vasteVolwassene: p.vasteVolwassene,
					x,
					y,
					label: labelFor(x, y, marker),
				});
			});
		}
	}
	punten.sort((a, b) => a.nr - b.nr);
	return {
		kern: KERN_RADIUS,
		marker,
		ringen: RINGEN.map((ring) => ({ ring, radius: RING_RADII[ring] })),
		sectors,
		punten,
	};
}

/** Short name for the picture: long names are cut, the table shows them whole. */
export function shortName(naam: string, max = 14): string {
	return naam.length <= max ? naam : `${naam.slice(0, max - 1).trimEnd()}…`;
}

/**
 * The picture in words, for `role="img"`: who is in which ring, and who is
 * the vaste volwassene. A screen reader hears the same as a sighted reader sees.
 */
export function describeKaart(code: string, netwerk: readonly Persoon[]): string {
	if (netwerk.length === 0) return `Netwerkkaart van ${code}: er staat nog niemand in.`;
	const delen = [`Netwerkkaart van ${code}, met ${count(netwerk.length, 'persoon', 'mensen')}.`];
	for (const ring of RINGEN) {
		const hier = netwerk.filter((p) => p.ring === ring);
		if (hier.length === 0) continue;
		const namen = hier.map((p) => `${p.naam} (${RELATIE_LABELS[p.relatie].toLowerCase()})`);
		delen.push(`${RING_LABELS[ring]}: ${formatList(namen)}.`);
	}
	const vast = netwerk.filter((p) => p.vasteVolwassene).map((p) => p.naam);
	delen.push(vast.length ? `Vaste volwassene: ${formatList(vast)}.` : 'Nog geen vaste volwassene.');
	return delen.join(' ');
}
