import type { Actie, VoorwaardeId, VoorwaardeStand, WerkmapData } from './definition';

/**
 * Changes to the BIG-5 part of a young person's record. The list itself
 * (add, rename, copy, delete with undo) is the werkmap's, shared by every
 * part: src/lib/werkmap/jongeren.ts. Every function returns new data and
 * leaves its input untouched.
 */

type Jongere = WerkmapData['jongeren'][number];

function change(data: WerkmapData, id: string, fn: (j: Jongere) => Jongere): WerkmapData {
	return { ...data, jongeren: data.jongeren.map((j) => (j.id === id ? fn(j) : j)) };
}

export function setStand(
	data: WerkmapData,
	id: string,
	voorwaarde: VoorwaardeId,
	update: Partial<Omit<VoorwaardeStand, 'actie'>>,
): WerkmapData {
	return change(data, id, (j) => ({
		...j,
		voorwaarden: { ...j.voorwaarden, [voorwaarde]: { ...j.voorwaarden[voorwaarde], ...update } },
	}));
}

export function setActie(data: WerkmapData, id: string, voorwaarde: VoorwaardeId, update: Partial<Actie>): WerkmapData {
	return change(data, id, (j) => {
		const stand = j.voorwaarden[voorwaarde];
		return {
			...j,
			voorwaarden: { ...j.voorwaarden, [voorwaarde]: { ...stand, actie: { ...stand.actie, ...update } } },
		};
	});
}

export function setVolgendGesprek(data: WerkmapData, id: string, datum: string): WerkmapData {
	return change(data, id, (j) => ({ ...j, volgendGesprek: datum }));
}
