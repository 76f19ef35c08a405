import { atom, type ReadableAtom } from 'nanostores';
import { decodeStored, makeEnvelope } from '../lib/storage/envelope';
import {
	browserStorage,
	keysWithPrefix,
	openStorage,
	readKey,
	removeKey,
	storedBytes,
	writeKey,
	type StorageGetter,
} from '../lib/storage/engine';
import { quarantinePrefix, toolKey } from '../lib/storage/keys';
import type { SaveState, StoredInfo, StoreProblem, ToolDefinition, ToolExportFile } from '../lib/storage/types';

export type { SaveState, StoreProblem, StoredInfo, ToolDefinition } from '../lib/storage/types';

/**
 * One store per tool. Lifecycle and guarantees:
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

	/** The stored text this tab last read or wrote; anything else in storage came from elsewhere. */
	let lastRaw: string | null = null;
	/** Revision of the stored copy that memory is based on. */
	let baseRevision = 0;
	/** Memory holds changes that are not in storage yet. */
	let dirty = false;
	let loaded = false;
	let starts = 0;

	function open(): Storage | null {
		const storage = openStorage(getStorage);
		$available.set(storage !== null);
		return storage;
	}

	/** Quarantine copies change rarely: counted on a full refresh, reused after each save. */
	let quarantineBytes = 0;
	let quarantineCount = 0;

	function refreshInfo(storage: Storage | null): void {
		if (!storage) return $info.set(EMPTY_INFO);
		const raw = readKey(storage, key);
		const quarantineKeys = keysWithPrefix(storage, qPrefix);
		quarantineCount = quarantineKeys.length;
		quarantineBytes = 0;
		for (const k of quarantineKeys) quarantineBytes += storedBytes(k, readKey(storage, k));
		const decoded = raw ? decodeStored(definition, raw) : null;
		$info.set({
			revision: decoded?.ok ? decoded.envelope.revision : 0,
			savedAt: decoded?.ok ? decoded.envelope.savedAt : null,
			bytes: storedBytes(key, raw) + quarantineBytes,
			quarantined: quarantineCount,
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

	/** React to what is in storage now; `raw` differs from `lastRaw`. */
	function applyExternal(storage: Storage, raw: string | null): void {
		if (raw === null) {
			// Deleted elsewhere (another tab's "Wis alles").
			if (dirty) return $problem.set({ kind: 'conflict', theirs: null });
			lastRaw = null;
			baseRevision = 0;
			$problem.set(null);
			$data.set(definition.empty());
			$saveState.set('idle');
			return;
		}
		const decoded = decodeStored(definition, raw);
		if (!decoded.ok) {
			$problem.set({ kind: 'unreadable', raw, reason: decoded.reason, quarantineKey: quarantine(storage, raw) });
			if (!dirty) $data.set(definition.empty());
			return;
		}
		const { envelope } = decoded;
		if (dirty) {
			$problem.set({
				kind: 'conflict',
				theirs: { data: envelope.data, revision: envelope.revision, savedAt: envelope.savedAt },
			});
			return;
		}
		lastRaw = raw;
		baseRevision = envelope.revision;
		$problem.set(null);
		$data.set(envelope.data);
		$saveState.set('saved');
	}

	/** Read storage and apply anything this tab has not seen yet. */
	function sync(): void {
		const firstRead = !loaded;
		loaded = true;
		const storage = open();
		if (!storage) return;
		const raw = readKey(storage, key);
		if (raw === undefined) {
			$available.set(false);
			return;
		}
		if (raw !== lastRaw) {
			applyExternal(storage, raw);
			// Reading what an earlier visit saved is not news: no "Opgeslagen" announcement.
			if (firstRead && $saveState.get() === 'saved') $saveState.set('idle');
		}
		refreshInfo(storage);
		// A save that failed earlier (storage full) is retried when the user comes back,
		// for instance after freeing space on "Mijn gegevens" in another tab.
		if (dirty && !$problem.get()) persist();
	}

	/** Write memory to storage if nothing stands in the way. */
	function persist(): void {
		if ($problem.get()) return $saveState.set('not-saved:waiting');
		const storage = open();
		if (!storage) return $saveState.set('not-saved:unavailable');
		const current = readKey(storage, key);
		if (current === undefined) {
			$available.set(false);
			return $saveState.set('not-saved:unavailable');
		}
		if (current !== lastRaw) {
			applyExternal(storage, current);
			refreshInfo(storage);
			if ($problem.get()) return $saveState.set('not-saved:waiting');
		}
		const envelope = makeEnvelope(definition, $data.get(), baseRevision + 1);
		const text = JSON.stringify(envelope);
		const result = writeKey(storage, key, text);
		if (result === 'saved') {
			lastRaw = text;
			baseRevision = envelope.revision;
			dirty = false;
			$saveState.set('saved');
			// Known without reading back and parsing again: this runs on every keystroke.
			$info.set({
				revision: envelope.revision,
				savedAt: envelope.savedAt,
				bytes: storedBytes(key, text) + quarantineBytes,
				quarantined: quarantineCount,
			});
			requestPersistentStorage();
		} else {
			$saveState.set(result === 'quota' ? 'not-saved:quota' : 'not-saved:unavailable');
		}
	}

	function set(next: T): void {
		if (!loaded) sync();
		$data.set(next);
		dirty = true;
		persist();
	}

	/** Accept whatever is stored now as the base, so the next write may overwrite it. */
	function adoptCurrentAsBase(): void {
		const storage = open();
		const raw = storage ? readKey(storage, key) : undefined;
		if (raw === undefined) return;
		lastRaw = raw;
		const decoded = raw ? decodeStored(definition, raw) : null;
		baseRevision = Math.max(baseRevision, decoded?.ok ? decoded.envelope.revision : 0);
	}

	function startOver(): void {
		const problem = $problem.get();
		if (problem?.kind !== 'unreadable') return;
		const storage = open();
		if (storage && readKey(storage, key) === problem.raw) removeKey(storage, key);
		lastRaw = null;
		baseRevision = 0;
		$problem.set(null);
		$saveState.set('idle');
		// Saves what is on screen, or picks up what another tab stored meanwhile (both check storage first).
		if (dirty) persist();
		else sync();
		refreshInfo(storage);
	}

	function useTheirs(): void {
		const problem = $problem.get();
		if (problem?.kind !== 'conflict') return;
		dirty = false;
		$problem.set(null);
		const storage = open();
		if (!storage) return;
		const raw = readKey(storage, key);
		// Apply whatever is stored now, even if this tab saw it before.
		if (raw !== undefined) applyExternal(storage, raw);
		refreshInfo(storage);
	}

	function keepMine(): void {
		if ($problem.get()?.kind !== 'conflict') return;
		adoptCurrentAsBase();
		$problem.set(null);
		dirty = true;
		persist();
	}

	function importData(next: T): void {
		if (!loaded) sync();
		const problem = $problem.get();
		// Confirming an import is the user's choice about any pending problem.
		if (problem?.kind === 'unreadable') startOver();
		if (problem?.kind === 'conflict') {
			adoptCurrentAsBase();
			$problem.set(null);
		}
		$undo.set({ previous: $data.get() });
		set(next);
	}

	function undoImport(): void {
		const undo = $undo.get();
		if (!undo) return;
		$undo.set(null);
		if ($problem.get()?.kind === 'conflict') {
			adoptCurrentAsBase();
			$problem.set(null);
		}
		set(undo.previous);
	}

	function remove(): void {
		const storage = open();
		if (storage) {
			removeKey(storage, key);
			for (const k of keysWithPrefix(storage, qPrefix)) removeKey(storage, k);
		}
		lastRaw = null;
		baseRevision = 0;
		dirty = false;
		$problem.set(null);
		$undo.set(null);
		$data.set(definition.empty());
		$saveState.set('idle');
		refreshInfo(storage);
	}

	function exportFile(now = new Date()): ToolExportFile<T> {
		const info = $info.get();
		return {
			...makeEnvelope(definition, $data.get(), Math.max(baseRevision, info.revision), now),
			savedAt: info.savedAt ?? now.toISOString(),
			exportedAt: now.toISOString(),
		};
	}

	const onStorage = (event: StorageEvent) => {
		if (event.key === null || event.key === key || event.key.startsWith(qPrefix)) sync();
	};
	const onVisible = () => {
		if (document.visibilityState === 'visible') sync();
	};
	/** Leaving with changes that are only in memory: let the browser ask first (only then). */
	const onBeforeUnload = (event: BeforeUnloadEvent) => {
		if (!dirty) return;
		event.preventDefault();
		// Chromium before 119 only asks when returnValue is set (deprecated but still needed there).
		Reflect.set(event, 'returnValue', '');
	};

	function start(): () => void {
		starts++;
		if (starts === 1) {
			sync();
			window.addEventListener('storage', onStorage);
			window.addEventListener('focus', sync);
			window.addEventListener('pageshow', sync);
			window.addEventListener('beforeunload', onBeforeUnload);
			document.addEventListener('visibilitychange', onVisible);
		}
		let stopped = false;
		return () => {
			if (stopped) return;
			stopped = true;
			starts--;
			if (starts === 0) {
				window.removeEventListener('storage', onStorage);
				window.removeEventListener('focus', sync);
				window.removeEventListener('pageshow', sync);
				window.removeEventListener('beforeunload', onBeforeUnload);
				document.removeEventListener('visibilitychange', onVisible);
			}
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
		start,
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
