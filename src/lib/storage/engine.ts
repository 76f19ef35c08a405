/**
 * Safe access to localStorage. Every call is wrapped: a blocked storage
 * (privacy settings, sandboxed frame) throws on the `window.localStorage`
 * getter itself, a full storage throws on write. Nothing here throws.
 */

export type StorageGetter = () => Storage | null | undefined;

export type WriteResult = 'saved' | 'quota' | 'unavailable';

export const browserStorage: StorageGetter = () => (typeof window === 'undefined' ? null : window.localStorage);

/** The storage object, or null when it is missing or blocked. Reading one key proves it works. */
export function openStorage(getStorage: StorageGetter): Storage | null {
	try {
		const storage = getStorage();
		if (!storage) return null;
		storage.getItem('kb:probe');
		return storage;
	} catch {
		return null;
	}
}

/** undefined means: could not read at all. */
export function readKey(storage: Storage, key: string): string | null | undefined {
	try {
		return storage.getItem(key);
	} catch {
		return undefined;
	}
}

/** Quota errors differ per browser: name, legacy code 22 (Chromium, Safari) or 1014 (old Firefox). */
export function isQuotaError(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const { name, code } = error as { name?: unknown; code?: unknown };
	return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/** Write, then read back and compare: only an identical read-back counts as saved. */
export function writeKey(storage: Storage, key: string, value: string): WriteResult {
	try {
		storage.setItem(key, value);
	} catch (error) {
		return isQuotaError(error) ? 'quota' : 'unavailable';
	}
	return readKey(storage, key) === value ? 'saved' : 'unavailable';
}

export function removeKey(storage: Storage, key: string): boolean {
	try {
		storage.removeItem(key);
		return true;
	} catch {
		return false;
	}
}

/** All keys that start with `prefix`. */
export function keysWithPrefix(storage: Storage, prefix: string): string[] {
	const keys: string[] = [];
	try {
		for (let i = 0; i < storage.length; i++) {
			const key = storage.key(i);
			if (key?.startsWith(prefix)) keys.push(key);
		}
	} catch {
		// A storage that breaks while listing: report what we found.
	}
	return keys;
}

/** Storage counts UTF-16 code units of key and value against the quota. */
export function storedBytes(key: string, value: string | null | undefined): number {
	return value == null ? 0 : (key.length + value.length) * 2;
}
