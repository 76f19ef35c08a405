import { int, isRecord } from './check';
import type { Envelope, ToolDefinition, UnreadableReason } from './types';

/**
 * Reading stored or imported data: text → JSON → envelope → migrations →
 * current schema. Every step can fail; none of them throws. The caller
 * decides what to do with a failure (quarantine, or refuse an import).
 */

export type Decoded<T> =
	| { ok: true; envelope: Envelope<T>; fromVersion: number }
	| { ok: false; reason: UnreadableReason };

/** Keys that could change an object's prototype when copied; refused anywhere in a value. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Deeper than any tool needs; stops stack exhaustion on hostile nesting. */
const MAX_DEPTH = 40;

/** True when a parsed JSON value is free of prototype keys and not absurdly deep. */
export function isPlainJsonTree(value: unknown, depth = 0): boolean {
	if (depth > MAX_DEPTH) return false;
	if (typeof value === 'number') return Number.isFinite(value);
	if (value === null || typeof value !== 'object') return true;
	if (Array.isArray(value)) return value.every((item) => isPlainJsonTree(item, depth + 1));
	for (const key of Object.keys(value)) {
		if (FORBIDDEN_KEYS.has(key)) return false;
		if (!isPlainJsonTree((value as Record<string, unknown>)[key], depth + 1)) return false;
	}
	return true;
}

/** JSON.parse that returns undefined instead of throwing. */
export function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

const isVersion = int(1);
const isRevision = int(0);

/** The envelope fields without looking at `data`; null when the shape is wrong. */
export function readEnvelopeShape(value: unknown): Envelope<unknown> | null {
	if (!isRecord(value)) return null;
	if (typeof value.tool !== 'string' || !isVersion(value.schemaVersion) || !isRevision(value.revision)) return null;
	if (typeof value.savedAt !== 'string' || value.savedAt.length > 40 || !('data' in value)) return null;
	return {
		tool: value.tool,
		schemaVersion: value.schemaVersion,
		revision: value.revision,
		savedAt: value.savedAt,
		data: value.data,
	};
}

/**
 * Bring data of `version` to the current version: each step is checked with
 * that version's own validator, then migrated; the result is checked with the
 * current validator. Migrations that throw count as invalid data.
 */
export function migrateToCurrent<T>(
	definition: ToolDefinition<T>,
	version: number,
	data: unknown,
): { ok: true; data: T } | { ok: false; reason: UnreadableReason } {
	if (!isVersion(version)) return { ok: false, reason: 'wrong-shape' };
	if (version > definition.version) return { ok: false, reason: 'future-version' };
	let current = data;
	try {
		for (let v = version; v < definition.version; v++) {
			const isValid = definition.validators[v];
			const migrate = definition.migrations[v];
			if (!isValid?.(current) || !migrate) return { ok: false, reason: 'invalid-data' };
			current = migrate(current as never);
		}
		const isValid = definition.validators[definition.version];
		return isValid?.(current) ? { ok: true, data: current as T } : { ok: false, reason: 'invalid-data' };
	} catch {
		return { ok: false, reason: 'invalid-data' };
	}
}

/** Check an already parsed value as an envelope of this tool and migrate its data. */
export function decodeValue<T>(definition: ToolDefinition<T>, value: unknown): Decoded<T> {
	if (!isPlainJsonTree(value)) return { ok: false, reason: 'wrong-shape' };
	const envelope = readEnvelopeShape(value);
	if (!envelope || envelope.tool !== definition.id) return { ok: false, reason: 'wrong-shape' };
	const migrated = migrateToCurrent(definition, envelope.schemaVersion, envelope.data);
	if (!migrated.ok) return migrated;
	return {
		ok: true,
		fromVersion: envelope.schemaVersion,
		envelope: { ...envelope, schemaVersion: definition.version, data: migrated.data },
	};
}

/** Decode the raw text of a stored value. */
export function decodeStored<T>(definition: ToolDefinition<T>, raw: string): Decoded<T> {
	const value = parseJson(raw);
	if (value === undefined) return { ok: false, reason: 'not-json' };
	return decodeValue(definition, value);
}

export function makeEnvelope<T>(
	definition: ToolDefinition<T>,
	data: T,
	revision: number,
	now = new Date(),
): Envelope<T> {
	return { tool: definition.id, schemaVersion: definition.version, revision, savedAt: now.toISOString(), data };
}
