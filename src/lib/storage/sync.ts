import { decodeStored } from './envelope';
import type { Envelope, ToolDefinition, UnreadableReason } from './types';

/**
 * The decisions of a tool store, apart from its effects (src/stores/tool-store.ts
 * reads and writes storage and sets the atoms). Pure, so every case is a unit
 * test: tests/unit/storage/sync.test.ts.
 */

/** What memory is based on. */
export interface Base {
	/** The stored text this tab last read or wrote; anything else in storage came from elsewhere. */
	raw: string | null;
	/** Revision of that stored copy; the next save writes revision + 1. */
	revision: number;
	/** Memory holds changes that are not in storage yet. */
	dirty: boolean;
}

export const NOTHING_STORED: Base = { raw: null, revision: 0, dirty: false };

/** What to do about the text found in storage. */
export type Reading<T> =
	/** Storage holds what memory is based on. */
	| { kind: 'same' }
	/** Deleted elsewhere (another tab's "Wis alles") and no edits here: show the empty state. */
	| { kind: 'deleted' }
	/** Newer data and no edits here: show it. */
	| { kind: 'newer'; raw: string; envelope: Envelope<T> }
	/** Newer data or a deletion while memory has edits: the user chooses, nothing is written until then. */
	| { kind: 'conflict'; theirs: { data: T; revision: number; savedAt: string } | null }
	/** Not readable by this version: set it aside, never overwrite it. */
	| { kind: 'unreadable'; raw: string; reason: UnreadableReason };

/**
 * Compare what is stored (`raw`) with what memory is based on. With
 * `force`, stored text is applied even when this tab has seen it before
 * (the user chose "load the other tab's version").
 */
export function readStored<T>(
	definition: ToolDefinition<T>,
	raw: string | null,
	base: Base,
	force = false,
): Reading<T> {
	if (raw === base.raw && !force) return { kind: 'same' };
	if (raw === null) return base.dirty ? { kind: 'conflict', theirs: null } : { kind: 'deleted' };
	const decoded = decodeStored(definition, raw);
	if (!decoded.ok) return { kind: 'unreadable', raw, reason: decoded.reason };
	const { envelope } = decoded;
	if (base.dirty) {
		return {
			kind: 'conflict',
			theirs: { data: envelope.data, revision: envelope.revision, savedAt: envelope.savedAt },
		};
	}
	return { kind: 'newer', raw, envelope };
}

/** The base after the user chose to overwrite whatever is stored now (`raw`) with memory. */
export function adoptStored<T>(definition: ToolDefinition<T>, raw: string | null, base: Base): Base {
	const decoded = raw ? decodeStored(definition, raw) : null;
	return { raw, revision: Math.max(base.revision, decoded?.ok ? decoded.envelope.revision : 0), dirty: true };
}
