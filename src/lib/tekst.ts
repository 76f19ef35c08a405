/** Small helpers for Dutch text on screen. */

/** "1 stelling", "3 stellingen": a number with the singular or plural noun. */
export function count(n: number, one: string, many: string): string {
	return `${n} ${n === 1 ? one : many}`;
}
