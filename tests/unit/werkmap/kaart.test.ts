import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	describeKaart,
	KERN_RADIUS,
	layoutKaart,
	MARKER_RADIUS,
	RING_RADII,
	shortName,
	VIEWBOX_COMPACT,
} from '../../../src/lib/werkmap/kaart';
import { newPersoon, type Persoon, RELATIES, type Relatie, type Ring } from '../../../src/lib/werkmap/netwerk';

const persoonArb = fc.record({
	relatie: fc.constantFrom(...RELATIES),
	ring: fc.constantFrom<Ring>(1, 2, 3),
	vasteVolwassene: fc.boolean(),
});

const netwerkArb = (max: number) =>
	fc
		.array(persoonArb, { maxLength: max })
		.map((list) => list.map((p, i): Persoon => ({ ...newPersoon(`p${i}`, `persoon ${i}`), ...p })));

const inner = (ring: Ring) => (ring === 1 ? KERN_RADIUS : RING_RADII[(ring - 1) as Ring]);
const TWO_PI = 2 * Math.PI;
const angleOf = (x: number, y: number) => (Math.atan2(x, -y) + TWO_PI) % TWO_PI;

describe('the ring layout', () => {
	it('gives every person one numbered marker, in table order', () => {
		fc.assert(
			fc.property(netwerkArb(40), (netwerk) => {
				const { punten } = layoutKaart(netwerk);
				expect(punten.map((p) => p.id)).toEqual(netwerk.map((p) => p.id));
				expect(punten.map((p) => p.nr)).toEqual(netwerk.map((_, i) => i + 1));
			}),
		);
	});

	it('puts each marker in its own ring and inside the compact drawing', () => {
		const [minX, minY, w, h] = VIEWBOX_COMPACT.split(' ').map(Number) as [number, number, number, number];
		fc.assert(
			fc.property(netwerkArb(40), (netwerk) => {
				const { punten, marker } = layoutKaart(netwerk);
				for (const p of punten) {
					const r = Math.hypot(p.x, p.y);
					expect(r - marker).toBeGreaterThanOrEqual(inner(p.ring));
					expect(r + marker).toBeLessThanOrEqual(RING_RADII[p.ring]);
					expect(p.x - marker).toBeGreaterThanOrEqual(minX);
					expect(p.y - marker).toBeGreaterThanOrEqual(minY);
					expect(p.x + marker).toBeLessThanOrEqual(minX + w);
					expect(p.y + marker).toBeLessThanOrEqual(minY + h);
				}
			}),
		);
	});

	it('groups people by relation: each marker lies in the sector of its relation', () => {
		fc.assert(
			fc.property(netwerkArb(40), (netwerk) => {
				const { sectors, punten } = layoutKaart(netwerk);
				for (const p of punten) {
					const sector = sectors.find((s) => s.relatie === p.relatie)!;
					const a = angleOf(p.x, p.y);
					expect(a).toBeGreaterThanOrEqual(sector.start - 1e-9);
					expect(a).toBeLessThanOrEqual(sector.end + 1e-9);
				}
			}),
		);
	});

	it('makes sectors only for relations with people, together a full circle, in a fixed order', () => {
		fc.assert(
			fc.property(netwerkArb(40), (netwerk) => {
				const { sectors } = layoutKaart(netwerk);
				const present = RELATIES.filter((r) => netwerk.some((p) => p.relatie === r));
				expect(sectors.map((s) => s.relatie)).toEqual(present);
				if (sectors.length) {
					expect(sectors[0]!.start).toBe(0);
					expect(sectors.at(-1)!.end).toBeCloseTo(TWO_PI, 9);
				}
			}),
		);
	});

	it('never lets two markers touch, however full a ring is', () => {
		fc.assert(
			fc.property(netwerkArb(50), (netwerk) => {
				const { punten, marker } = layoutKaart(netwerk);
				for (let i = 0; i < punten.length; i++) {
					for (let j = i + 1; j < punten.length; j++) {
						const d = Math.hypot(punten[i]!.x - punten[j]!.x, punten[i]!.y - punten[j]!.y);
						expect(d, `${punten[i]!.id} en ${punten[j]!.id}`).toBeGreaterThanOrEqual(2 * marker);
					}
				}
			}),
			{ numRuns: 300 },
		);
	});

	const inEenRing = (n: number, ring: Ring, relatie: Relatie = 'professional'): Persoon[] =>
		Array.from({ length: n }, (_, i) => ({ ...newPersoon(`p${i}`, `prof ${i}`), relatie, ring }));

	it('keeps full-size markers for the networks people draw: 15 in one outer ring, 11 close by', () => {
		expect(layoutKaart(inEenRing(15, 3)).marker).toBe(MARKER_RADIUS);
		expect(layoutKaart(inEenRing(15, 2)).marker).toBe(MARKER_RADIUS);
		expect(layoutKaart(inEenRing(11, 1)).marker).toBe(MARKER_RADIUS);
		const gemengd = [
			...inEenRing(4, 1, 'familie'),
			...inEenRing(3, 2, 'vrienden'),
			...inEenRing(5, 3, 'professional'),
			...inEenRing(2, 2, 'vrijwilliger'),
			...inEenRing(1, 3, 'school-werk-buurt'),
		].map((p, i) => ({ ...p, id: `q${i}` }));
		expect(layoutKaart(gemengd).marker).toBe(MARKER_RADIUS);
	});

	it('shrinks markers only when a ring is too full, and keeps them apart', () => {
		const { marker, punten } = layoutKaart(inEenRing(20, 1));
		expect(marker).toBeLessThan(MARKER_RADIUS);
		expect(marker).toBeGreaterThan(MARKER_RADIUS / 2);
		const gaps = punten.slice(1).map((p, i) => Math.hypot(p.x - punten[i]!.x, p.y - punten[i]!.y));
		expect(Math.min(...gaps)).toBeGreaterThanOrEqual(2 * marker);
	});

	it('is empty for an empty network', () => {
		expect(layoutKaart([])).toMatchObject({ sectors: [], punten: [] });
	});

	it('puts names outside their marker, away from the centre', () => {
		fc.assert(
			fc.property(netwerkArb(20), (netwerk) => {
				for (const p of layoutKaart(netwerk).punten) {
					expect(Math.hypot(p.label.x, p.label.y)).toBeGreaterThan(Math.hypot(p.x, p.y));
				}
			}),
		);
	});
});

describe('the picture in words', () => {
	it('says who is in which ring and who the vaste volwassene is', () => {
		const netwerk: Persoon[] = [
			{ ...newPersoon('p1', 'oma'), ring: 1, vasteVolwassene: true },
			{ ...newPersoon('p2', 'Sam'), relatie: 'vrienden', ring: 2 },
			{ ...newPersoon('p3', 'mentor'), relatie: 'professional', ring: 3 },
			{ ...newPersoon('p4', 'trainer'), relatie: 'school-werk-buurt', ring: 3 },
		];
		expect(describeKaart('J-01', netwerk)).toBe(
			'Netwerkkaart van J-01, met 4 mensen. Heel dichtbij: oma (familie). Dichtbij: Sam (vrienden). ' +
				'Verder weg: mentor (professional) en trainer (school, werk of buurt). Vaste volwassene: oma.',
		);
	});

	it('says when nobody is marked, and when nobody is there', () => {
		expect(describeKaart('J-01', [newPersoon('p1', 'oma')])).toMatch(/Nog geen vaste volwassene\.$/);
		expect(describeKaart('J-01', [])).toBe('Netwerkkaart van J-01: er staat nog niemand in.');
	});

	it('shortens long names for the picture only', () => {
		expect(shortName('mentor')).toBe('mentor');
		expect(shortName('ambulant hulpverlener')).toBe('ambulant hulp…');
		expect(shortName('ambulant hulpverlener').length).toBe(14);
	});
});
