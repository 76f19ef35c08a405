/** 'BIG-5-checklist' → 'big-5-checklist', 'Fryslân' → 'fryslan': accents dropped, anything else becomes a dash. */
export function slugify(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
