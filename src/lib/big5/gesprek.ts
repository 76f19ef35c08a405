import type { Bron, Moment } from '../content/schemas';
import { compareMomenten } from '../momenten/momenten';
import type { VoorwaardeId } from './definition';

/**
 * The conversation per BIG-5 condition on /big-5/: which of the `momenten`
 * belong under a condition, and the page's sources. Pure, so the page and
 * the tests read the data the same way.
 */

interface MomentItem {
	id: string;
	data: Pick<Moment, 'soort' | 'leefgebied' | 'vanaf' | 'tot' | 'titel'>;
}

/**
 * The laws and things to arrange that belong to a condition, in timeline order.
 * Regional agreements are left out: they are no rule for every young person.
 */
export function momentenVoor<T extends MomentItem>(momenten: readonly T[], voorwaarde: VoorwaardeId): T[] {
	return momenten
		.filter((m) => m.data.leefgebied === voorwaarde && m.data.soort !== 'regionaal')
		.sort((a, b) => compareMomenten(a.data, b.data));
}

/** Where a moment is explained: its own entry on /wetten-per-leeftijd/. */
export const momentHref = (id: string) => `/wetten-per-leeftijd/#moment-${id}`;

/** Sources from several places, each once (same address, or same title and publisher without one). */
export function mergeBronnen(...lijsten: readonly (readonly Bron[])[]): Bron[] {
	const seen = new Set<string>();
	const uit: Bron[] = [];
	for (const bron of lijsten.flat()) {
		const key = bron.url ?? `${bron.titel}|${bron.uitgever}`;
		if (seen.has(key)) continue;
		seen.add(key);
		uit.push(bron);
	}
	return uit;
}
