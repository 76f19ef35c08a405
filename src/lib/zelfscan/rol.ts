import type { Ronde } from './definition';

/**
 * The role chosen at the deelcode for a team round, kept with the round
 * (stored format 4). Its own module: only the results view uses it, and in
 * state.ts it would split that module off the scan's first view.
 */
export function setRol(ronde: Ronde, rol: string | null): Ronde {
	const { rol: _old, ...rest } = ronde;
	return rol ? { ...rest, rol } : rest;
}
