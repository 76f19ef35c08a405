import type { ToolDefinition } from '../storage/types';

/**
 * What the group overview keeps in the trainer's browser (tool id
 * `groepsoverzicht`). Version 1: `{ codes: string[] }`, canonical deelcodes
 * only. No names, no notes: a deelcode holds scores and talk marks.
 *
 * Kept apart from groep.ts on purpose: Mijn gegevens needs this definition,
 * not the code that reads deelcodes and computes the group's numbers.
 */
export interface GroupState {
	/** Canonical deelcodes, in the order they were added. */
	codes: string[];
}

export const MAX_CODES = 500;
const MAX_CODE_LENGTH = 400;
const CODE = /^z\d+\.[a-z0-9-]+\.\d{1,6}\.[0-9a-z]*\.[0-9a-z]{3}$/;

/**
 * True when `v` is valid version 1 data: exactly the key `codes`, at most
 * MAX_CODES strings in canonical deelcode form. A hand-written check, not a
 * zod schema: see `Validator` in src/lib/storage/types.ts.
 */
export function isGroupStateV1(v: unknown): v is GroupState {
	if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
	const keys = Object.keys(v);
	if (keys.length !== 1 || keys[0] !== 'codes') return false;
	const { codes } = v as { codes: unknown };
	return (
		Array.isArray(codes) &&
		codes.length <= MAX_CODES &&
		codes.every((c) => typeof c === 'string' && c.length <= MAX_CODE_LENGTH && CODE.test(c))
	);
}

export function emptyGroup(): GroupState {
	return { codes: [] };
}

export const groepsoverzichtTool: ToolDefinition<GroupState> = {
	id: 'groepsoverzicht',
	title: 'Groepsoverzicht',
	version: 1,
	validators: { 1: isGroupStateV1 },
	migrations: {},
	empty: emptyGroup,
	describe: (data) => (data.codes.length === 1 ? '1 deelcode' : `${data.codes.length} deelcodes`),
};
