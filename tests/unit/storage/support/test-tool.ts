import * as z from 'zod/mini';
import type { ToolDefinition } from '../../../../src/lib/storage/types';

/**
 * A small tool that exists only in tests: an "oefenlijst" with three
 * released versions, so migrations, fixtures and import can be tested
 * before (and independently of) the real tools.
 *
 * v1: { items: string[] }
 * v2: { items: { text, done }[] }
 * v3: { items: { text, done }[], notitie: string }
 */
/** Tests may check with zod; the real tools use hand-written checks to keep zod out of the browser. Strict, as the contract asks. */
const valid = (schema: z.ZodMiniType) => (data: unknown) => schema.safeParse(data).success;

const text = z.string().check(z.maxLength(2000));
const v1 = z.strictObject({ items: z.array(text).check(z.maxLength(200)) });
const item = z.strictObject({ text, done: z.boolean() });
const v2 = z.strictObject({ items: z.array(item).check(z.maxLength(200)) });
const v3 = z.strictObject({ items: z.array(item).check(z.maxLength(200)), notitie: text });

export type Oefenlijst = z.infer<typeof v3>;

export const oefenlijst: ToolDefinition<Oefenlijst> = {
	id: 'oefenlijst',
	title: 'Oefenlijst',
	version: 3,
	validators: { 1: valid(v1), 2: valid(v2), 3: valid(v3) },
	migrations: {
		1: (data: z.infer<typeof v1>) => ({ items: data.items.map((t) => ({ text: t, done: false })) }),
		2: (data: z.infer<typeof v2>) => ({ ...data, notitie: '' }),
	},
	empty: () => ({ items: [], notitie: '' }),
	describe: (data) => {
		const done = data.items.filter((i) => i.done).length;
		return `${data.items.length} ${data.items.length === 1 ? 'punt' : 'punten'}, ${done} afgevinkt`;
	},
};

/** A second test tool, for "export everything" and bundle imports. */
const notes = z.strictObject({ tekst: text });
export const notities: ToolDefinition<z.infer<typeof notes>> = {
	id: 'notities',
	title: 'Notities',
	version: 1,
	validators: { 1: valid(notes) },
	migrations: {},
	empty: () => ({ tekst: '' }),
	describe: (data) => (data.tekst ? `${data.tekst.length} tekens` : 'leeg'),
};
