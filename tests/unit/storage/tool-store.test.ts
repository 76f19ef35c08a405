import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeStored } from '../../../src/lib/storage/envelope';
import { createToolStore, type ToolStore } from '../../../src/stores/tool-store';
import { FakeStorage } from './support/fake-storage';
import { type Oefenlijst, oefenlijst } from './support/test-tool';

const KEY = 'kb:tool:oefenlijst';
const list = (...texts: string[]): Oefenlijst => ({
	items: texts.map((text) => ({ text, done: false })),
	notitie: '',
});

let storage: FakeStorage;
const open = (s: Storage | null = storage): ToolStore<Oefenlijst> => createToolStore(oefenlijst, { storage: () => s });

beforeEach(() => {
	storage = new FakeStorage();
});
afterEach(() => {
	vi.unstubAllGlobals();
});

describe('saving', () => {
	it('starts with the empty state and idle status before anything is read', () => {
		const store = open();
		expect(store.$data.get()).toEqual(oefenlijst.empty());
		expect(store.$saveState.get()).toBe('idle');
	});

	it('writes a versioned envelope and reports "saved"', () => {
		const store = open();
		store.sync();
		store.set(list('Gesprek plannen'));
		expect(store.$saveState.get()).toBe('saved');
		const envelope = JSON.parse(storage.peek(KEY)!);
		expect(envelope).toMatchObject({
			tool: 'oefenlijst',
			schemaVersion: 3,
			revision: 1,
			data: list('Gesprek plannen'),
		});
		expect(Number.isNaN(Date.parse(envelope.savedAt))).toBe(false);
	});

	it('raises the revision on every save', () => {
		const store = open();
		store.set(list('a'));
		store.update((d) => ({ ...d, notitie: 'x' }));
		store.update((d) => ({ ...d, notitie: 'y' }));
		expect(JSON.parse(storage.peek(KEY)!).revision).toBe(3);
		expect(store.$info.get().revision).toBe(3);
	});

	it('a new store on the same storage (reload, new tab) reads what was saved', () => {
		open().set(list('blijft'));
		const again = open();
		again.sync();
		expect(again.$data.get()).toEqual(list('blijft'));
	});

	it('reads older versions through the migration chain without rewriting them', () => {
		const v1 = JSON.stringify({
			tool: 'oefenlijst',
			schemaVersion: 1,
			revision: 2,
			savedAt: '2026-01-01T00:00:00.000Z',
			data: { items: ['oud'] },
		});
		storage.setItem(KEY, v1);
		const store = open();
		store.sync();
		expect(store.$data.get()).toEqual({ items: [{ text: 'oud', done: false }], notitie: '' });
		expect(storage.peek(KEY)).toBe(v1);
		store.update((d) => ({ ...d, notitie: 'nieuw' }));
		expect(JSON.parse(storage.peek(KEY)!)).toMatchObject({ schemaVersion: 3, revision: 3 });
	});

	it('full storage: memory keeps the answer, status says "opslag vol", and the next save after space frees works', () => {
		const store = open();
		store.set(list('klein'));
		storage.quota = storage.used() + 10;
		store.set(list('een veel langer antwoord dat niet meer past'));
		expect(store.$saveState.get()).toBe('not-saved:quota');
		expect(store.$data.get()).toEqual(list('een veel langer antwoord dat niet meer past'));
		expect(JSON.parse(storage.peek(KEY)!).data).toEqual(list('klein'));
		storage.quota = 5_000_000;
		store.update((d) => d);
		expect(store.$saveState.get()).toBe('saved');
		expect(JSON.parse(storage.peek(KEY)!).data).toEqual(list('een veel langer antwoord dat niet meer past'));
	});

	it('a failed save is retried on the next sync (coming back to the tab after freeing space)', () => {
		const store = open();
		store.set(list('klein'));
		storage.quota = storage.used() + 10;
		store.set(list('te groot voor de opslag op dit moment'));
		expect(store.$saveState.get()).toBe('not-saved:quota');
		storage.quota = 5_000_000;
		store.sync();
		expect(store.$saveState.get()).toBe('saved');
		expect(JSON.parse(storage.peek(KEY)!).data).toEqual(list('te groot voor de opslag op dit moment'));
	});

	it('blocked storage: works in memory, reports unavailable, never throws', () => {
		storage.blocked = true;
		const store = open();
		expect(() => store.sync()).not.toThrow();
		expect(store.$available.get()).toBe(false);
		expect(() => store.set(list('alleen in het geheugen'))).not.toThrow();
		expect(store.$data.get()).toEqual(list('alleen in het geheugen'));
		expect(store.$saveState.get()).toBe('not-saved:unavailable');
	});

	it('a storage getter that throws (blocked by browser settings) counts as unavailable', () => {
		const store = createToolStore(oefenlijst, {
			storage: () => {
				throw new DOMException('denied', 'SecurityError');
			},
		});
		store.set(list('a'));
		expect(store.$available.get()).toBe(false);
		expect(store.$saveState.get()).toBe('not-saved:unavailable');
	});

	it('no storage at all (server, old browser) counts as unavailable', () => {
		const store = open(null);
		store.set(list('a'));
		expect(store.$saveState.get()).toBe('not-saved:unavailable');
	});

	it('writes that fail for another reason than quota report unavailable', () => {
		const store = open();
		storage.brokenWrites = true;
		store.set(list('a'));
		expect(store.$saveState.get()).toBe('not-saved:unavailable');
	});

	it('a read-back that differs from what was written does not count as saved', () => {
		const store = open();
		storage.lyingReads = true;
		store.set(list('a'));
		expect(store.$saveState.get()).not.toBe('saved');
	});

	it('asks for persistent storage once, on the first successful save', async () => {
		const persist = vi.fn(() => Promise.resolve(true));
		vi.stubGlobal('navigator', { storage: { persist } });
		vi.resetModules();
		const fresh = await import('../../../src/stores/tool-store');
		const store = fresh.createToolStore(oefenlijst, { storage: () => storage });
		store.sync();
		expect(persist).not.toHaveBeenCalled();
		store.set(list('a'));
		store.set(list('b'));
		expect(persist).toHaveBeenCalledTimes(1);
	});

	it('a browser without navigator.storage or with a rejecting persist() still saves', async () => {
		vi.stubGlobal('navigator', { storage: { persist: () => Promise.reject(new Error('nee')) } });
		vi.resetModules();
		const fresh = await import('../../../src/stores/tool-store');
		const store = fresh.createToolStore(oefenlijst, { storage: () => storage });
		store.set(list('a'));
		expect(store.$saveState.get()).toBe('saved');
		vi.stubGlobal('navigator', {});
		store.set(list('b'));
		expect(store.$saveState.get()).toBe('saved');
	});
});

describe('unreadable stored data', () => {
	const cases: [string, string, string][] = [
		['not JSON', '{niet af', 'not-json'],
		['JSON of the wrong shape', '[1,2,3]', 'wrong-shape'],
		[
			'another tool',
			JSON.stringify({ tool: 'anders', schemaVersion: 1, revision: 1, savedAt: 'x', data: {} }),
			'wrong-shape',
		],
		[
			'a future version',
			JSON.stringify({ tool: 'oefenlijst', schemaVersion: 99, revision: 1, savedAt: 'x', data: {} }),
			'future-version',
		],
		[
			'data that fails the schema',
			JSON.stringify({
				tool: 'oefenlijst',
				schemaVersion: 3,
				revision: 1,
				savedAt: 'x',
				data: { items: 'geen lijst', notitie: '' },
			}),
			'invalid-data',
		],
		[
			'a __proto__ key',
			`{"tool":"oefenlijst","schemaVersion":3,"revision":1,"savedAt":"x","data":{"items":[],"notitie":"","__proto__":{"x":1}}}`,
			'wrong-shape',
		],
		[
			'a huge number',
			`{"tool":"oefenlijst","schemaVersion":3,"revision":1e400,"savedAt":"x","data":{"items":[],"notitie":""}}`,
			'wrong-shape',
		],
	];

	for (const [label, raw, reason] of cases) {
		it(`${label}: quarantined, original untouched, problem shown, saving waits`, () => {
			storage.setItem(KEY, raw);
			const store = open();
			expect(() => store.sync()).not.toThrow();
			const problem = store.$problem.get();
			expect(problem).toMatchObject({ kind: 'unreadable', raw, reason });
			expect(store.$data.get()).toEqual(oefenlijst.empty());
			const qKey = problem?.kind === 'unreadable' ? problem.quarantineKey : null;
			expect(qKey).toMatch(/^kb:tool:oefenlijst:quarantine:\d+$/);
			expect(storage.peek(qKey!)).toBe(raw);

			store.set(list('nieuw antwoord'));
			expect(store.$saveState.get()).toBe('not-saved:waiting');
			expect(storage.peek(KEY)).toBe(raw);
			expect(store.$data.get()).toEqual(list('nieuw antwoord'));
		});
	}

	it('property: whatever is stored, reading never throws and unreadable text is never overwritten', () => {
		const valid = JSON.parse(
			JSON.stringify({ tool: 'oefenlijst', schemaVersion: 3, revision: 1, savedAt: 'x', data: list('a') }),
		);
		const anyStored = fc.oneof(
			fc.string(),
			fc.json(),
			fc.jsonValue().map((data) => JSON.stringify({ ...valid, data })),
			fc
				.record({ schemaVersion: fc.integer({ min: -2, max: 9 }), revision: fc.integer({ min: -1, max: 5 }) })
				.map((r) => JSON.stringify({ ...valid, ...r })),
		);
		fc.assert(
			fc.property(anyStored, (raw) => {
				const s = new FakeStorage();
				s.setItem(KEY, raw);
				const store = createToolStore(oefenlijst, { storage: () => s });
				expect(() => store.sync()).not.toThrow();
				expect(() => store.set(list('nieuw'))).not.toThrow();
				const readable = decodeStored(oefenlijst, raw).ok;
				if (readable) {
					expect(JSON.parse(s.peek(KEY)!).data).toEqual(list('nieuw'));
				} else {
					expect(s.peek(KEY)).toBe(raw);
					expect(s.keysNow().some((k) => k.startsWith(`${KEY}:quarantine:`) && s.peek(k) === raw)).toBe(true);
				}
			}),
			{ numRuns: 300 },
		);
	});

	it('opening again does not make a second quarantine copy', () => {
		storage.setItem(KEY, '{kapot');
		open().sync();
		open().sync();
		expect(storage.keysNow().filter((k) => k.includes(':quarantine:'))).toHaveLength(1);
	});

	it('startOver drops the unreadable main value, keeps the copy, and saves what is on screen', () => {
		storage.setItem(KEY, '{kapot');
		const store = open();
		store.sync();
		store.set(list('wat ik net typte'));
		store.startOver();
		expect(store.$problem.get()).toBeNull();
		expect(store.$saveState.get()).toBe('saved');
		expect(JSON.parse(storage.peek(KEY)!).data).toEqual(list('wat ik net typte'));
		expect(storage.keysNow().some((k) => k.startsWith('kb:tool:oefenlijst:quarantine:'))).toBe(true);
		expect(store.$info.get().quarantined).toBe(1);
	});

	it('startOver while another tab stored good data meanwhile: that data is loaded, not overwritten', () => {
		storage.setItem(KEY, '{kapot');
		const store = open();
		store.sync();
		createToolStore(oefenlijst, { storage: () => storage }).importData(list('uit ander tabblad'));
		// The other tab's write replaced the unreadable value; this tab still shows the message.
		store.startOver();
		expect(store.$problem.get()).toBeNull();
		expect(store.$data.get()).toEqual(list('uit ander tabblad'));
		expect(JSON.parse(storage.peek(KEY)!).data).toEqual(list('uit ander tabblad'));
	});

	it('when the copy cannot be made (storage full), the original stays and nothing overwrites it', () => {
		storage.setItem(KEY, '{kapot en groot');
		storage.quota = storage.used();
		const store = open();
		store.sync();
		expect(store.$problem.get()).toMatchObject({ kind: 'unreadable', quarantineKey: null });
		store.set(list('a'));
		expect(storage.peek(KEY)).toBe('{kapot en groot');
	});
});

describe('two tabs', () => {
	it("a tab without unsaved edits picks up the other tab's newer save", () => {
		const tabA = open();
		const tabB = open();
		tabA.sync();
		tabB.sync();
		tabA.set(list('van A'));
		tabB.sync();
		expect(tabB.$data.get()).toEqual(list('van A'));
		tabB.set(list('van A', 'en B'));
		expect(JSON.parse(storage.peek(KEY)!).revision).toBe(2);
		tabA.sync();
		expect(tabA.$data.get()).toEqual(list('van A', 'en B'));
		expect(tabA.$problem.get()).toBeNull();
	});

	it('a stale tab does not overwrite newer data: it shows a conflict and waits', () => {
		const tabA = open();
		const tabB = open();
		tabA.sync();
		tabB.sync();
		tabA.set(list('A'));
		// B missed the event and edits on top of its old state.
		tabB.set(list('B'));
		expect(tabB.$problem.get()).toMatchObject({ kind: 'conflict', theirs: { data: list('A'), revision: 1 } });
		expect(tabB.$saveState.get()).toBe('not-saved:waiting');
		expect(tabB.$data.get()).toEqual(list('B'));
		expect(JSON.parse(storage.peek(KEY)!).data).toEqual(list('A'));
	});

	it('a tab with unsaved edits (save failed) that meets newer data shows a conflict', () => {
		const tabA = open();
		const tabB = open();
		tabA.sync();
		tabB.sync();
		storage.brokenWrites = true;
		tabB.set(list('B niet bewaard'));
		storage.brokenWrites = false;
		tabA.set(list('A bewaard'));
		tabB.sync();
		expect(tabB.$problem.get()).toMatchObject({ kind: 'conflict' });
		expect(tabB.$data.get()).toEqual(list('B niet bewaard'));
	});

	it("useTheirs loads the other version and drops this tab's edits", () => {
		const tabA = open();
		const tabB = open();
		tabA.sync();
		tabB.sync();
		tabA.set(list('A'));
		tabB.set(list('B'));
		tabB.useTheirs();
		expect(tabB.$problem.get()).toBeNull();
		expect(tabB.$data.get()).toEqual(list('A'));
		tabB.update((d) => ({ ...d, notitie: 'verder' }));
		expect(JSON.parse(storage.peek(KEY)!)).toMatchObject({ revision: 2, data: { notitie: 'verder' } });
	});

	it('keepMine overwrites with a higher revision', () => {
		const tabA = open();
		const tabB = open();
		tabA.sync();
		tabB.sync();
		tabA.set(list('A'));
		tabA.set(list('A2'));
		tabB.set(list('B'));
		tabB.keepMine();
		expect(tabB.$problem.get()).toBeNull();
		expect(tabB.$saveState.get()).toBe('saved');
		expect(JSON.parse(storage.peek(KEY)!)).toMatchObject({ revision: 3, data: list('B') });
		tabA.sync();
		expect(tabA.$data.get()).toEqual(list('B'));
	});

	it('data deleted in another tab: a clean tab shows the empty state', () => {
		const tabA = open();
		const tabB = open();
		tabA.set(list('A'));
		tabB.sync();
		tabA.remove();
		tabB.sync();
		expect(tabB.$data.get()).toEqual(oefenlijst.empty());
		expect(tabB.$problem.get()).toBeNull();
	});

	it('data deleted in another tab while this tab has unsaved edits: conflict, edits kept', () => {
		const tabA = open();
		const tabB = open();
		tabA.set(list('A'));
		tabB.sync();
		storage.brokenWrites = true;
		tabB.set(list('B'));
		storage.brokenWrites = false;
		tabA.remove();
		tabB.sync();
		expect(tabB.$problem.get()).toEqual({ kind: 'conflict', theirs: null });
		tabB.keepMine();
		expect(JSON.parse(storage.peek(KEY)!).data).toEqual(list('B'));
	});
});

describe('import, undo, delete, export', () => {
	it('importData replaces and undoImport restores the state before', () => {
		const store = open();
		store.set(list('eigen'));
		store.importData(list('geïmporteerd'));
		expect(store.$data.get()).toEqual(list('geïmporteerd'));
		expect(store.$undo.get()).toEqual({ previous: list('eigen') });
		store.undoImport();
		expect(store.$data.get()).toEqual(list('eigen'));
		expect(store.$undo.get()).toBeNull();
		expect(JSON.parse(storage.peek(KEY)!).data).toEqual(list('eigen'));
	});

	it('importing over unreadable data keeps the quarantine copy and saves the import', () => {
		storage.setItem(KEY, 'kapot');
		const store = open();
		store.sync();
		store.importData(list('uit bestand'));
		expect(store.$problem.get()).toBeNull();
		expect(JSON.parse(storage.peek(KEY)!).data).toEqual(list('uit bestand'));
		expect(storage.keysNow().filter((k) => k.includes(':quarantine:'))).toHaveLength(1);
	});

	it('remove deletes the main value and quarantine copies, and shows the empty state', () => {
		storage.setItem(KEY, 'kapot');
		storage.setItem('kb:tool:ander', 'blijft');
		const store = open();
		store.sync();
		store.startOver();
		store.set(list('a'));
		store.remove();
		expect(storage.keysNow()).toEqual(['kb:tool:ander']);
		expect(store.$data.get()).toEqual(oefenlijst.empty());
		expect(store.$info.get()).toEqual({ revision: 0, savedAt: null, bytes: 0, quarantined: 0 });
	});

	it('exportFile holds the current data, even when it could not be saved', () => {
		const store = open();
		store.set(list('a'));
		storage.quota = 0;
		store.set(list('a', 'b'));
		const file = store.exportFile(new Date('2026-11-22T10:00:00Z'));
		expect(file).toMatchObject({
			tool: 'oefenlijst',
			schemaVersion: 3,
			revision: 1,
			exportedAt: '2026-11-22T10:00:00.000Z',
			data: list('a', 'b'),
		});
	});

	it('$info reports size in bytes of key and value', () => {
		const store = open();
		store.set(list('a'));
		expect(store.$info.get().bytes).toBe((KEY.length + storage.peek(KEY)!.length) * 2);
	});
});
