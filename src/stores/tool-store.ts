import { atom, type ReadableAtom } from 'nanostores';
import {
	browserStorage,
	keysWithPrefix,
	openStorage,
	readKey,
	removeKey,
	type StorageGetter,
	storedBytes,
	writeKey,
} from '../lib/storage/engine';
import { decodeStored, makeEnvelope } from '../lib/storage/envelope';
import { quarantinePrefix, toolKey } from '../lib/storage/keys';
import { adoptStored, type Base, NOTHING_STORED, type Reading, readStored } from '../lib/storage/sync';
import type { SaveState, StoredInfo, StoreProblem, ToolDefinition, ToolExportFile } from '../lib/storage/types';

export type { SaveState, StoredInfo, StoreProblem, ToolDefinition } from '../lib/storage/types';

/**
 * One store per tool. What to do in each situation is decided by the pure
 * functions in src/lib/storage/sync.ts; this file carries it out (storage,
 * atoms, window events). Lifecycle and guarantees:
 *
 * - The server and the first render see `definition.empty()`. `start()`,
 *   called after mount, reads `kb:tool:<id>`, migrates it and applies it.
 * - `set()` changes memory first (the screen never lags behind a click),
 *   then writes the envelope with revision + 1, then reads it back. The
 *   outcome goes to `$saveState`.
 * - Unreadable stored data (not JSON, wrong shape, newer version than this
 *   code) is copied to a quarantine key and never overwritten: saving waits
 *   until the user chooses `startOver()` (after an optional download).
 * - Another tab's save is noticed on `storage`, `focus`, `visibilitychange`
 *   and `pageshow`, and before every write. Without unsaved edits here the
 *   newer data is loaded; with unsaved edits `$problem` becomes a conflict
 *   and nothing is written until the user picks `useTheirs()` or `keepMine()`.
 * - While memory holds changes that are not stored (storage full or blocked,
 *   a pending choice), leaving the page triggers the browser's "leave?" prompt.
 */
export interface ToolStore<T> {
	readonly definition: ToolDefinition<T>;
	/** Current data (memory); `empty()` until `start()`. */
	readonly $data: ReadableAtom<T>;
	readonly $saveState: ReadableAtom<SaveState>;
	readonly $problem: ReadableAtom<StoreProblem<T> | null>;
	/** False when the browser blocks storage: the tool works in memory only. */
	readonly $available: ReadableAtom<boolean>;
	/** What is kept in this browser (for "Mijn gegevens"). */
	readonly $info: ReadableAtom<StoredInfo>;
	/** The state before the last import, until it is undone or replaced. */
	readonly $undo: ReadableAtom<{ previous: T } | null>;
	/** Apply stored state; call after mount. Returns a cleanup for useEffect. Safe to call more than once. */
	start(): () => void;
	/** Replace data: memory first, then storage, then read back. */
	set(next: T): void;
	update(fn: (current: T) => T): void;
	/** Unreadable data: drop it from the main key (the quarantine copy stays) and continue with what is on screen. */
	startOver(): void;
	/** Conflict: take the other tab's version, dropping this tab's unsaved edits. */
	useTheirs(): void;
	/** Conflict: overwrite the other tab's version with this tab's data. */
	keepMine(): void;
	/** Replace data by an import the user confirmed; keeps the old state for `undoImport()`. */
	importData(next: T): void;
	undoImport(): void;
	/** Delete everything this tool keeps, including quarantine copies, and show the empty state. */
	remove(): void;
	/** The current data (memory, including unsaved edits) as an export file. */
	exportFile(now?: Date): ToolExportFile<T>;
	/** Re-read storage now (the page calls this after it changed storage itself). */
	sync(): void;
}

export interface ToolStoreOptions {
	/** Where to keep data; tests pass a fake Storage. Default: window.localStorage. */
	storage?: StorageGetter;
}

const EMPTY_INFO: StoredInfo = { revision: 0, savedAt: null, bytes: 0, quarantined: 0 };

let persistRequested = false;
/** Ask the browser not to evict our data (Safari clears unused sites after 7 days). Best effort. */
function requestPersistentStorage(): void {
	if (persistRequested) return;
	persistRequested = true;
	try {
		void navigator.storage?.persist?.().catch(() => undefined);
	} catch {
		// Not supported: nothing to do.
	}
}

/**
 * The store's `start()`: the first user reads storage and adds the window
 * listeners, which call `sync` whenever another tab may have changed storage
 * and let the browser ask before leaving while `hasUnsaved()`. The listeners
 * stay while at least one island uses the store.
 */
function watchWindow(key: string, qPrefix: string, sync: () => void, hasUnsaved: () => boolean): () => () => void {
	const onStorage = (event: StorageEvent) => {
		if (event.key === null || event.key === key || event.key.startsWith(qPrefix)) sync();
	};
	const onVisible = () => {
		if (document.visibilityState === 'visible') sync();
	};
	const onBeforeUnload = (event: BeforeUnloadEvent) => {
		if (!hasUnsaved()) return;
		event.preventDefault();
		// Chromium before 119 only asks when returnValue is set (deprecated but still needed there).
		Reflect.set(event, 'returnValue', '');
	};
	// Built when first needed: stores are also created on the server, where there is no window.
	const listeners = (): [EventTarget, string, EventListener][] => [
		[window, 'storage', onStorage as EventListener],
		[window, 'focus', sync],
		[window, 'pageshow', sync],
		[window, 'beforeunload', onBeforeUnload as EventListener],
		[document, 'visibilitychange', onVisible],
	];
	const listen = (on: boolean) => {
		for (const [target, type, listener] of listeners()) {
			if (on) target.addEventListener(type, listener);
			else target.removeEventListener(type, listener);
		}
	};
	let users = 0;
	return () => {
		if (users++ === 0) {
			sync();
			listen(true);
		}
		let stopped = false;
		return () => {
			if (stopped) return;
			stopped = true;
			if (--users === 0) listen(false);
		};
	};
}

export function createToolStore<T>(definition: ToolDefinition<T>, options: ToolStoreOptions = {}): ToolStore<T> {
	const getStorage = options.storage ?? browserStorage;
	const key = toolKey(definition.id);
	const qPrefix = quarantinePrefix(definition.id);

	const $data = atom<T>(definition.empty());
	const $saveState = atom<SaveState>('idle');
	const $problem = atom<StoreProblem<T> | null>(null);
	const $available = atom(true);
	const $info = atom<StoredInfo>(EMPTY_INFO);
	const $undo = atom<{ previous: T } | null>(null);

	let base: Base = NOTHING_STORED;
	let loaded = false;
	/** Quarantine copies change rarely: measured on a full refresh, reused after each save (every keystroke). */
	let quarantined = { bytes: 0, count: 0 };

	function open(): Storage | null {
		const storage = openStorage(getStorage);
		$available.set(storage !== null);
		return storage;
	}

	/** The stored text, or undefined (and the tool marked unavailable) when storage cannot be read. */
	function read(storage: Storage | null): string | null | undefined {
		const raw = storage ? readKey(storage, key) : undefined;
		if (raw === undefined) $available.set(false);
		return raw;
	}

	function refreshInfo(storage: Storage | null): void {
		if (!storage) {
			$info.set(EMPTY_INFO);
			return;
		}
		const raw = readKey(storage, key);
		const keys = keysWithPrefix(storage, qPrefix);
		quarantined = { bytes: keys.reduce((n, k) => n + storedBytes(k, readKey(storage, k)), 0), count: keys.length };
		const decoded = raw ? decodeStored(definition, raw) : null;
		$info.set({
			revision: decoded?.ok ? decoded.envelope.revision : 0,
			savedAt: decoded?.ok ? decoded.envelope.savedAt : null,
			bytes: storedBytes(key, raw) + quarantined.bytes,
			quarantined: quarantined.count,
		});
	}

	/** Copy unreadable text aside; reuse an identical earlier copy. Returns the key or null. */
	function quarantine(storage: Storage, raw: string): string | null {
		for (const k of keysWithPrefix(storage, qPrefix)) {
			if (readKey(storage, k) === raw) return k;
		}
		const target = `${qPrefix}${Date.now()}`;
		return writeKey(storage, target, raw) === 'saved' ? target : null;
	}

	/** Carry out a decision about what storage holds. */
	function apply(storage: Storage, reading: Reading<T>): void {
		switch (reading.kind) {
			case 'same':
				return;
			case 'deleted':
				base = NOTHING_STORED;
				$problem.set(null);
				$data.set(definition.empty());
				$saveState.set('idle');
				return;
			case 'newer':
				base = { raw: reading.raw, revision: reading.envelope.revision, dirty: false };
				$problem.set(null);
				$data.set(reading.envelope.data);
				$saveState.set('saved');
				return;
			case 'conflict':
				$problem.set(reading);
				return;
			case 'unreadable':
				$problem.set({ ...reading, quarantineKey: quarantine(storage, reading.raw) });
				if (!base.dirty) $data.set(definition.empty());
		}
	}

	/** Read storage and apply anything this tab has not seen yet. */
	function sync(): void {
		const firstRead = !loaded;
		loaded = true;
		const storage = open();
		const raw = read(storage);
		if (!storage || raw === undefined) return;
		apply(storage, readStored(definition, raw, base));
		// Reading what an earlier visit saved is not news: no "Opgeslagen" announcement.
		if (firstRead && $saveState.get() === 'saved') $saveState.set('idle');
		refreshInfo(storage);
		// A save that failed earlier (storage full) is retried when the user comes back,
		// for instance after freeing space on "Mijn gegevens" in another tab.
		if (base.dirty && !$problem.get()) persist();
	}

	/** Write memory to storage if nothing stands in the way. */
	function persist(): void {
		if (!$problem.get()) {
			const storage = open();
			const raw = read(storage);
			if (!storage || raw === undefined) {
				$saveState.set('not-saved:unavailable');
				return;
			}
			// Another tab may have saved since this tab last looked: that comes first.
			const reading = readStored(definition, raw, base);
			if (reading.kind !== 'same') {
				apply(storage, reading);
				refreshInfo(storage);
			}
			if (!$problem.get()) {
				write(storage);
				return;
			}
		}
		$saveState.set('not-saved:waiting');
	}

	function write(storage: Storage): void {
		const envelope = makeEnvelope(definition, $data.get(), base.revision + 1);
		const text = JSON.stringify(envelope);
		const result = writeKey(storage, key, text);
		if (result !== 'saved') {
			$saveState.set(result === 'quota' ? 'not-saved:quota' : 'not-saved:unavailable');
			return;
		}
		base = { raw: text, revision: envelope.revision, dirty: false };
		$saveState.set('saved');
		// Known without reading back and parsing again: this runs on every keystroke.
		$info.set({
			revision: envelope.revision,
			savedAt: envelope.savedAt,
			bytes: storedBytes(key, text) + quarantined.bytes,
			quarantined: quarantined.count,
		});
		requestPersistentStorage();
	}

	function set(next: T): void {
		if (!loaded) sync();
		$data.set(next);
		base = { ...base, dirty: true };
		persist();
	}

	/** The user chose to overwrite what is stored now with memory. */
	function adoptCurrentAsBase(): void {
		const storage = open();
		const raw = storage ? readKey(storage, key) : undefined;
		if (raw !== undefined) base = adoptStored(definition, raw, base);
		$problem.set(null);
	}

	function startOver(): void {
		const problem = $problem.get();
		if (problem?.kind !== 'unreadable') return;
		const storage = open();
		if (storage && readKey(storage, key) === problem.raw) removeKey(storage, key);
		base = { ...NOTHING_STORED, dirty: base.dirty };
		$problem.set(null);
		$saveState.set('idle');
		// Saves what is on screen, or picks up what another tab stored meanwhile (both check storage first).
		if (base.dirty) persist();
		else sync();
		refreshInfo(storage);
	}

	function useTheirs(): void {
		if ($problem.get()?.kind !== 'conflict') return;
		base = { ...base, dirty: false };
		$problem.set(null);
		const storage = open();
		const raw = read(storage);
		if (!storage) return;
		// Apply whatever is stored now, even if this tab saw it before.
		if (raw !== undefined) apply(storage, readStored(definition, raw, base, true));
		refreshInfo(storage);
	}

	function keepMine(): void {
		if ($problem.get()?.kind !== 'conflict') return;
		adoptCurrentAsBase();
		persist();
	}

	function importData(next: T): void {
		if (!loaded) sync();
		const problem = $problem.get();
		// Confirming an import is the user's choice about any pending problem.
		if (problem?.kind === 'unreadable') startOver();
		if (problem?.kind === 'conflict') adoptCurrentAsBase();
		$undo.set({ previous: $data.get() });
		set(next);
	}

	function undoImport(): void {
		const undo = $undo.get();
		if (!undo) return;
		$undo.set(null);
		if ($problem.get()?.kind === 'conflict') adoptCurrentAsBase();
		set(undo.previous);
	}

	function remove(): void {
		const storage = open();
		if (storage) {
			removeKey(storage, key);
			for (const k of keysWithPrefix(storage, qPrefix)) removeKey(storage, k);
		}
		base = NOTHING_STORED;
		$problem.set(null);
		$undo.set(null);
		$data.set(definition.empty());
		$saveState.set('idle');
		refreshInfo(storage);
	}

	function exportFile(now = new Date()): ToolExportFile<T> {
		const info = $info.get();
		return {
			...makeEnvelope(definition, $data.get(), Math.max(base.revision, info.revision), now),
			savedAt: info.savedAt ?? now.toISOString(),
			exportedAt: now.toISOString(),
		};
	}

	return {
		definition,
		$data,
		$saveState,
		$problem,
		$available,
		$info,
		$undo,
		start: watchWindow(key, qPrefix, sync, () => base.dirty),
		set,
		update: (fn) => set(fn($data.get())),
		startOver,
		useTheirs,
		keepMine,
		importData,
		undoImport,
		remove,
		exportFile,
		sync,
	};
}
