import { describe, expect, it, vi } from 'vitest';
import {
	isQuotaError,
	keysWithPrefix,
	openStorage,
	readKey,
	storedBytes,
	writeKey,
} from '../../../src/lib/storage/engine';
import { createToolStore } from '../../../src/stores/tool-store';
import { FakeStorage } from './support/fake-storage';
import { oefenlijst } from './support/test-tool';

describe('quota errors in every browser dialect', () => {
	it('recognises name and legacy codes', () => {
		expect(isQuotaError(new DOMException('vol', 'QuotaExceededError'))).toBe(true);
		expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
		expect(isQuotaError({ code: 22 })).toBe(true);
		expect(isQuotaError({ code: 1014 })).toBe(true);
	});
	it('does not mistake other errors for a full storage', () => {
		expect(isQuotaError(new DOMException('nee', 'SecurityError'))).toBe(false);
		expect(isQuotaError(new Error('x'))).toBe(false);
		expect(isQuotaError('QuotaExceededError')).toBe(false);
		expect(isQuotaError(null)).toBe(false);
	});
});

describe('safe access never throws', () => {
	it('openStorage: null for a missing, null or throwing storage', () => {
		expect(openStorage(() => null)).toBeNull();
		expect(openStorage(() => undefined)).toBeNull();
		expect(
			openStorage(() => {
				throw new Error('geblokkeerd');
			}),
		).toBeNull();
		const blocked = new FakeStorage();
		blocked.blocked = true;
		expect(openStorage(() => blocked)).toBeNull();
	});

	it('writeKey reports quota, unavailable and a read-back mismatch', () => {
		const storage = new FakeStorage(10);
		expect(writeKey(storage, 'k', '12345678')).toBe('saved');
		expect(writeKey(storage, 'k', '123456789012')).toBe('quota');
		storage.brokenWrites = true;
		expect(writeKey(storage, 'k', '1')).toBe('unavailable');
		storage.brokenWrites = false;
		storage.lyingReads = true;
		expect(writeKey(storage, 'k', '1')).toBe('unavailable');
	});

	it('readKey returns undefined when reading fails', () => {
		const storage = new FakeStorage();
		storage.blocked = true;
		expect(readKey(storage, 'k')).toBeUndefined();
		expect(keysWithPrefix(storage, 'kb:')).toEqual([]);
	});

	it('storedBytes counts key and value as UTF-16 code units', () => {
		expect(storedBytes('ab', 'cde')).toBe(10);
		expect(storedBytes('ab', null)).toBe(0);
	});
});

describe('creating a store does not touch storage', () => {
	it('no read at module load or creation: corrupt data cannot break loading the page', () => {
		const storage = new FakeStorage();
		storage.setItem('kb:tool:oefenlijst', '{kapot');
		const getItem = vi.spyOn(storage, 'getItem');
		const getter = vi.fn(() => storage as Storage);
		const store = createToolStore(oefenlijst, { storage: getter });
		expect(getter).not.toHaveBeenCalled();
		expect(getItem).not.toHaveBeenCalled();
		expect(store.$data.get()).toEqual(oefenlijst.empty());
		expect(() => store.sync()).not.toThrow();
		expect(store.$problem.get()?.kind).toBe('unreadable');
	});
});
