import * as z from 'zod/mini';
import type { ToolDefinition } from '../storage/types';
import { MAX_CODE, MAX_TOELICHTING, MAX_WAT, MAX_WIE, STATUSSEN, type Big5Data } from './checklist';
import { leegBig5 } from './lijst';

/**
 * Stored data of the BIG-5-checklist, version 1. Kept forever: a file
 * exported today must still import after the format changes (add a v2
 * schema and a migration 1 → 2 instead of editing this one).
 *
 * Shape: { checklists: [{ id, code, voorwaarden: { volwassene, wonen,
 * dagbesteding, inkomen, zorg: { status, toelichting, actie: { wat, wie,
 * voor } } }, volgendGesprek }], actief }. Condition keys are fixed, never
 * user input. Dates are "YYYY-MM-DD" or "".
 */

const tekst = (max: number) => z.string().check(z.maxLength(max));
const datum = z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/));

const standV1 = z.object({
	status: z.enum(STATUSSEN),
	toelichting: tekst(MAX_TOELICHTING),
	actie: z.object({ wat: tekst(MAX_WAT), wie: tekst(MAX_WIE), voor: datum }),
});

const checklistV1 = z.object({
	id: z.string().check(z.regex(/^[a-z0-9]{1,20}$/)),
	code: z.string().check(z.minLength(1), z.maxLength(MAX_CODE)),
	voorwaarden: z.object({
		volwassene: standV1,
		wonen: standV1,
		dagbesteding: standV1,
		inkomen: standV1,
		zorg: standV1,
	}),
	volgendGesprek: datum,
});

export const big5SchemaV1 = z.object({
	checklists: z.array(checklistV1).check(
		z.maxLength(500),
		// Two checklists with one id would mix up two young people.
		z.refine((lijst) => new Set(lijst.map((c) => c.id)).size === lijst.length),
	),
	actief: z.nullable(z.string()),
});

export const big5Definition: ToolDefinition<Big5Data> = {
	id: 'big5',
	title: 'BIG-5-checklist',
	version: 1,
	schemas: { 1: big5SchemaV1 },
	migrations: {},
	empty: leegBig5,
	describe: (data) => {
		const n = data.checklists.length;
		return n === 1 ? '1 jongere' : `${n} jongeren`;
	},
};
