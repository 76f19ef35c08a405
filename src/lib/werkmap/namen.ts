/**
 * "moeder", "moeder en oma", "moeder, oma en Sam": names in a sentence. Here
 * and not in ../format, which every tool page loads: only the werkmap (and
 * what builds on it) writes lists of people. A module of its own, so the
 * BIG-5 page can name the vaste volwassenen without loading the netwerkkaart.
 */
export function formatList(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}
