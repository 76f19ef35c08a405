import { z } from 'zod';
import { nl } from 'zod/locales';
import { CONTENT_ID } from '../ids';

/**
 * Schema of a zelfscan file in `content/zelfscans/` (YAML or JSON).
 * Adding a zelfscan means adding a file; this schema is what keeps a broken
 * file from reaching the site. It runs at build time only (content
 * collection `zelfscans` and the unit tests); the browser gets the parsed
 * data as props and never loads zod for it.
 *
 * Rules beyond the shape (checked in `superRefine` so the message names
 * the field): ids unique, score bands ascending inside the scale, and every
 * theme has exactly one advice per band with at least one link.
 */

const id = z.string().regex(CONTENT_ID, { error: 'gebruik kleine letters, cijfers en losse streepjes' });

const statementSchema = z.object({
	id,
	/** The statement people score, written from their own point of view. */
	text: z.string().min(10).max(300),
	/** One or two sentences that explain what is meant; shown under the statement. */
	help: z.string().min(10).max(400),
});

const adviceSchema = z.object({
	/** Id of one of the scan's `bands`. */
	band: id,
	text: z.string().min(20).max(600),
	/** Ids of steps (content/stappen), linked as /stappenplan/<id>/. */
	steps: z.array(id).default([]),
	/** Ids of examples (content/voorbeelden), linked as /voorbeelden/<id>/. */
	examples: z.array(id).default([]),
});

const themeSchema = z.object({
	id,
	title: z.string().min(3).max(90),
	/** Optional short explanation shown above the statements. */
	intro: z.string().min(10).max(400).optional(),
	statements: z.array(statementSchema).min(2).max(8),
	advice: z.array(adviceSchema).min(1),
});

const bandSchema = z.object({
	id,
	/** Shown with the score, e.g. "Op weg". */
	label: z.string().min(2).max(40),
	/** Lowest theme average (on the answer scale) that falls in this band. */
	min: z.number().min(1),
});

export const zelfscanSchema = z
	.object({
		title: z.string().min(5).max(90),
		/** One or two sentences for the overview page and the meta description. */
		summary: z.string().min(20).max(320),
		/** Who fills it in, e.g. "Beleidsmedewerkers van gemeenten". */
		audience: z.string().min(5).max(160),
		/** Raise when statements are added, removed or reordered: old deelcodes then stop matching. */
		version: z.number().int().min(1).max(999),
		/** Place in the list on /zelfscan/. */
		order: z.number().int().min(0).default(0),
		/** Short text above the scan: what it is for and how to use it. */
		intro: z.array(z.string().min(10)).min(1),
		/** Labels of the answers, lowest first; their values are 1, 2, 3, ... */
		scale: z.array(z.string().min(2).max(40)).min(3).max(9),
		/** The extra answer that does not count towards any score. */
		unknownLabel: z.string().min(3).max(60).default('Weet ik niet / niet van toepassing'),
		bands: z.array(bandSchema).min(2).max(5),
		themes: z.array(themeSchema).min(2).max(20),
	})
	.superRefine((scan, ctx) => {
		const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });

		// Bands: start at the lowest answer, rise strictly, stay within the scale.
		if (scan.bands[0] && scan.bands[0].min !== 1) {
			issue(['bands', 0, 'min'], 'de eerste band moet bij 1 beginnen, anders valt een lage score nergens onder');
		}
		scan.bands.forEach((band, i) => {
			if (i > 0 && band.min <= scan.bands[i - 1].min) {
				issue(['bands', i, 'min'], 'elke band moet hoger beginnen dan de vorige');
			}
			if (band.min > scan.scale.length) {
				issue(['bands', i, 'min'], `mag niet hoger zijn dan het aantal antwoorden (${scan.scale.length})`);
			}
		});
		const bandIds = scan.bands.map((b) => b.id);
		for (const i of duplicates(bandIds)) issue(['bands', i, 'id'], `id "${bandIds[i]}" komt twee keer voor`);

		const themeIds = scan.themes.map((t) => t.id);
		for (const i of duplicates(themeIds)) issue(['themes', i, 'id'], `thema-id "${themeIds[i]}" komt twee keer voor`);

		// Statement ids must be unique across the whole scan: answers are stored by statement id.
		const seen = new Set<string>();
		scan.themes.forEach((theme, t) => {
			theme.statements.forEach((statement, s) => {
				if (seen.has(statement.id)) {
					issue(['themes', t, 'statements', s, 'id'], `stelling-id "${statement.id}" komt twee keer voor in deze scan`);
				}
				seen.add(statement.id);
			});

			theme.advice.forEach((advice, a) => {
				if (!bandIds.includes(advice.band)) {
					issue(
						['themes', t, 'advice', a, 'band'],
						`band "${advice.band}" bestaat niet; kies uit ${bandIds.join(', ')}`,
					);
				}
				if (advice.steps.length + advice.examples.length === 0) {
					issue(['themes', t, 'advice', a], 'verwijs naar minstens één stap (steps) of voorbeeld (examples)');
				}
			});
			const adviceBands = theme.advice.map((a) => a.band);
			for (const a of duplicates(adviceBands)) {
				issue(['themes', t, 'advice', a, 'band'], `er is al een advies voor band "${adviceBands[a]}"`);
			}
			for (const band of bandIds) {
				if (!adviceBands.includes(band)) issue(['themes', t, 'advice'], `advies voor band "${band}" ontbreekt`);
			}
		});
	});

/** Indexes of values that already occurred earlier in the list. */
function duplicates(values: string[]): number[] {
	return values.flatMap((v, i) => (values.indexOf(v) !== i ? [i] : []));
}

/** The data of one zelfscan file, as the content collection holds it. */
export type ZelfscanFile = z.output<typeof zelfscanSchema>;

/** A zelfscan as the page and the islands use it: the file's data plus its id (the file name). */
export interface Zelfscan extends ZelfscanFile {
	id: string;
}
export type ZelfscanThema = Zelfscan['themes'][number];
export type ZelfscanStelling = ZelfscanThema['statements'][number];
export type ZelfscanAdvies = ZelfscanThema['advice'][number];
export type ZelfscanBand = Zelfscan['bands'][number];

/** "themes[2].statements[0].text": the field as a person editing the file looks for it. */
export function fieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>(
		(out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
		'',
	);
}

export type ParseResult = { ok: true; scan: Zelfscan } | { ok: false; problems: string[] };

/**
 * Checks one file's parsed content. Every problem names the file and the
 * field, in Dutch, e.g.
 * `content/zelfscans/x.yaml: veld "themes[1].statements[0].help": Te kort: ...`.
 */
export function parseZelfscan(data: unknown, file: string, id = fileId(file)): ParseResult {
	const result = zelfscanSchema.safeParse(data, { error: nl().localeError });
	if (result.success) return { ok: true, scan: { ...result.data, id } };
	return {
		ok: false,
		problems: result.error.issues.map((issue) => {
			const field = fieldPath(issue.path);
			// zod says "verwacht string, ontving undefined"; people editing a file think "this field is missing".
			const message = issue.message.replace(
				/^Ongeldige invoer: verwacht (\S+), ontving undefined$/,
				'ontbreekt (verwacht $1)',
			);
			return `${file}: ${field ? `veld "${field}"` : 'het bestand'}: ${message}`;
		}),
	};
}

/** The id of a scan is its file name without folder and extension. */
export function fileId(file: string): string {
	return (file.split('/').pop() ?? file).replace(/\.(ya?ml|json)$/i, '');
}

/** Throws one error listing every problem; used where a broken file must stop the build. */
export function assertZelfscan(data: unknown, file: string, id?: string): Zelfscan {
	const result = parseZelfscan(data, file, id);
	if (!result.ok) throw new Error(`Zelfscan klopt niet:\n- ${result.problems.join('\n- ')}`);
	return result.scan;
}

/**
 * Advice links must point at steps and examples that exist. Astro checks
 * each file on its own, so this runs where all collections are known.
 */
export function findBrokenZelfscanLinks(
	scans: { id: string; filePath?: string; data: ZelfscanFile }[],
	stapIds: Iterable<string>,
	voorbeeldIds: Iterable<string>,
): string[] {
	const stappen = new Set(stapIds);
	const voorbeelden = new Set(voorbeeldIds);
	const problems: string[] = [];
	for (const scan of scans) {
		const file = scan.filePath ?? `content/zelfscans/${scan.id}`;
		scan.data.themes.forEach((theme, t) => {
			theme.advice.forEach((advice, a) => {
				advice.steps.forEach((step, i) => {
					if (!stappen.has(step)) {
						problems.push(
							`${file}: veld "themes[${t}].advice[${a}].steps[${i}]" verwijst naar stap "${step}", maar die bestaat niet.`,
						);
					}
				});
				advice.examples.forEach((example, i) => {
					if (!voorbeelden.has(example)) {
						problems.push(
							`${file}: veld "themes[${t}].advice[${a}].examples[${i}]" verwijst naar voorbeeld "${example}", maar dat bestaat niet.`,
						);
					}
				});
			});
		});
	}
	return problems;
}
