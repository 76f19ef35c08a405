import { count } from '../format';
import { type Infer, list, matches, object } from '../storage/check';
import type { ToolDefinition } from '../storage/types';

/**
 * What the group overview keeps in the trainer's browser (tool id
 * `groepsoverzicht`). Version 2: `{ deelcodes: string[] }`, canonical
 * deelcodes only, in the order they were added. No names, no notes: a
 * deelcode holds scores and talk marks. Version 1 called the list `codes`;
 * version 3 (December 2026) also accepts format-2 codes, with role and round.
 *
 * Kept apart from groep.ts on purpose: Mijn gegevens needs this definition,
 * not the code that reads deelcodes and computes the group's numbers.
 */

export const MAX_DEELCODES = 500;
const deelcodes = list(matches(/^z\d+\.[a-z0-9-]+\.\d{1,6}\.[0-9a-z]*\.[0-9a-z]{3}$/, 400), MAX_DEELCODES);
/** Version 3 also holds format-2 deelcodes (`z2.<scan>.<versie>.<rol>.<ronde>.<antwoorden>.<check>`). */
const deelcodes3 = list(
	matches(/^z\d+\.[a-z0-9-]+\.\d{1,6}(\.[a-z0-9-]+\.[0-9a-z-]+)?\.[0-9a-z]*\.[0-9a-z]{3}$/, 400),
	MAX_DEELCODES,
);

const v1 = object({ codes: deelcodes });
const v2 = object({ deelcodes });
const v3 = object({ deelcodes: deelcodes3 });

export type GroepsoverzichtData = Infer<typeof v3>;

export function emptyGroepsoverzicht(): GroepsoverzichtData {
	return { deelcodes: [] };
}

export const groepsoverzichtTool: ToolDefinition<GroepsoverzichtData> = {
	id: 'groepsoverzicht',
	title: 'Groepsoverzicht',
	version: 3,
	validators: { 1: v1, 2: v2, 3: v3 },
	migrations: {
		1: ({ codes }: Infer<typeof v1>): Infer<typeof v2> => ({ deelcodes: codes }),
		// Every version-2 code is a valid version-3 code: nothing changes.
		2: (data: Infer<typeof v2>): GroepsoverzichtData => data,
	},
	empty: emptyGroepsoverzicht,
	describe: (data) => count(data.deelcodes.length, 'deelcode', 'deelcodes'),
};
