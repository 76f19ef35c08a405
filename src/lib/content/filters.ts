/** Filters of the examples overview: pure, so the filter pages and tests share them. */

export type FilterSoort = 'thema' | 'stap' | 'regio';

export interface VoorbeeldVelden {
	id: string;
	themas: string[];
	stappen: string[];
	provincie: string;
}

export function slug(tekst: string): string {
	return tekst
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

export function pastBij(voorbeeld: VoorbeeldVelden, soort: FilterSoort, waarde: string): boolean {
	if (soort === 'thema') return voorbeeld.themas.includes(waarde);
	if (soort === 'stap') return voorbeeld.stappen.includes(waarde);
	return slug(voorbeeld.provincie) === waarde;
}
