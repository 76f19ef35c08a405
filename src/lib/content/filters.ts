import { slugify } from '../slug';

/** Filters of the examples overview: pure, so the filter pages and tests share them. */

/** What the examples can be filtered on; also the first part of the filter URL (/voorbeelden/thema/<id>/). */
export type FilterKind = 'thema' | 'stap' | 'regio';

/** The fields of an example that the filters read. */
export interface VoorbeeldFilterFields {
	id: string;
	themas: string[];
	stappen: string[];
	provincie: string;
}

/** The URL value of a region filter: 'Fryslân' → 'fryslan'. */
export const regioValue = (provincie: string): string => slugify(provincie);

export function matchesFilter(voorbeeld: VoorbeeldFilterFields, kind: FilterKind, value: string): boolean {
	if (kind === 'thema') return voorbeeld.themas.includes(value);
	if (kind === 'stap') return voorbeeld.stappen.includes(value);
	return regioValue(voorbeeld.provincie) === value;
}
