import * as z from 'zod/mini';
import type { ToolDefinition } from '../storage/types';
import { MAX_CODES, type GroupState } from './groep';

/**
 * What the group overview keeps in the trainer's browser (tool id
 * `groepsoverzicht`). Version 1: `{ codes: string[] }`, canonical deelcodes
 * only. No names, no notes: a deelcode holds scores and talk marks.
 */
const codeSchema = z.string().check(z.regex(/^z\d+\.[a-z0-9-]+\.\d{1,6}\.[0-9a-z]*\.[0-9a-z]{3}$/), z.maxLength(400));

export const groepsoverzichtSchemaV1 = z.object({
	codes: z.array(codeSchema).check(z.maxLength(MAX_CODES)),
});

export function emptyGroup(): GroupState {
	return { codes: [] };
}

export const groepsoverzichtTool: ToolDefinition<GroupState> = {
	id: 'groepsoverzicht',
	title: 'Groepsoverzicht',
	version: 1,
	schemas: { 1: groepsoverzichtSchemaV1 },
	migrations: {},
	empty: emptyGroup,
	describe: (data) => (data.codes.length === 1 ? '1 deelcode' : `${data.codes.length} deelcodes`),
};
