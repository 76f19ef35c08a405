import { keysWithPrefix, readKey, removeKey, storedBytes } from './engine';
import { quarantinePrefix, SITE_PREFIX, toolKey } from './keys';

/** Everything this site keeps beyond its tools, for "Mijn gegevens". */

/** Keys with the site prefix that no tool of `toolIds` owns (an older tool, a half-finished write). */
export function otherSiteKeys(storage: Storage, toolIds: readonly string[]): { count: number; bytes: number } {
	const owned = (key: string) => toolIds.some((id) => key === toolKey(id) || key.startsWith(quarantinePrefix(id)));
	const keys = keysWithPrefix(storage, SITE_PREFIX).filter((k) => !owned(k));
	return { count: keys.length, bytes: keys.reduce((sum, k) => sum + storedBytes(k, readKey(storage, k)), 0) };
}

/** "Wis alles": every key this site wrote, whichever tool it belongs to. Other sites' keys stay. */
export function removeSiteKeys(storage: Storage): void {
	for (const key of keysWithPrefix(storage, SITE_PREFIX)) removeKey(storage, key);
}
