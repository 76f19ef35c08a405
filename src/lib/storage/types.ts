/**
 * Contract between the storage module and every tool (BIG-5-checklist,
 * zelfscan, trainer tools). A tool describes its data once; the storage
 * module takes care of saving, reading back, migrating, quarantining,
 * two-tab conflicts, export and import.
 *
 * Each version's data is described with the check-builders in ./check.ts
 * (declarative like zod, a few hundred bytes instead of zod's 6 KB).
 */
/** True when `data` is valid data of one version. Strict: an unknown key or a value out of range makes it false. */
export type Validator = (data: unknown) => boolean;

export interface ToolDefinition<T> {
	/** Stable id, also the localStorage key suffix: 'big5' | 'zelfscan' | 'groepsoverzicht'. Lowercase, digits, dashes. */
	id: string;
	/** Dutch name for people: 'BIG-5-checklist'. Also used in export file names ("big-5-checklist-2026-11-22.json"). */
	title: string;
	/** Current schema version (1, 2, ...). */
	version: number;
	/** Check of the data for EVERY version ever released (kept forever, one fixture per version in tests). */
	validators: Record<number, Validator>;
	/** migrations[n] turns valid data of version n (its validator has passed) into data of version n + 1. */
	migrations: Record<number, (data: never) => unknown>;
	/** The empty state (also what the server renders). Must return a fresh value each call. */
	empty: () => T;
	/** Short Dutch summary of a state, for "Mijn gegevens" and the import preview, e.g. "3 jongeren". */
	describe(data: T): string;
}

/** What one tool keeps under `kb:tool:<id>` (and what an export file of one tool holds). */
export interface Envelope<T = unknown> {
	tool: string;
	schemaVersion: number;
	/** Raised by one on every save; lets a tab notice that another tab saved. */
	revision: number;
	/** ISO date-time of the save. */
	savedAt: string;
	data: T;
}

/** An exported file of one tool: the envelope plus the moment of export. */
export interface ToolExportFile<T = unknown> extends Envelope<T> {
	exportedAt: string;
}

/** An exported file with everything: one envelope per tool. */
export interface AllExportFile {
	kind: 'kb-alles';
	exportedAt: string;
	tools: ToolExportFile[];
}

/**
 * Save status per tool, shown by `<ToolStatus>` in an aria-live region.
 * - idle: nothing saved yet in this visit
 * - saved: written and read back
 * - not-saved:quota: the browser refused because storage is full
 * - not-saved:unavailable: storage blocked or broken; work stays in memory only
 * - not-saved:waiting: a problem (unreadable data, other tab) waits for the user's choice
 */
export type SaveState = 'idle' | 'saved' | 'not-saved:quota' | 'not-saved:unavailable' | 'not-saved:waiting';

export type UnreadableReason = 'not-json' | 'wrong-shape' | 'future-version' | 'invalid-data';

/** Something the user has to decide about; the tool shows it through `<ToolStatus>`. */
export type StoreProblem<T> =
	| {
			kind: 'unreadable';
			/** The raw stored text, untouched. */
			raw: string;
			reason: UnreadableReason;
			/** Where a copy of `raw` was put; null when copying failed (then the original stays as well). */
			quarantineKey: string | null;
	  }
	| {
			kind: 'conflict';
			/** What another tab saved; null when the other tab deleted the data. */
			theirs: { data: T; revision: number; savedAt: string } | null;
	  };

/** Facts about what is kept, for "Mijn gegevens". */
export interface StoredInfo {
	/** Revision of the stored copy, 0 when nothing is stored. */
	revision: number;
	savedAt: string | null;
	/** Approximate size in bytes of everything this tool keeps (main value plus quarantine copies). */
	bytes: number;
	/** Number of quarantined copies of unreadable data. */
	quarantined: number;
}
