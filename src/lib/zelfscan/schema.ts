import { z } from 'zod';
import { nl } from 'zod/locales';
import { CONTENT_ID } from '../ids';

/**
 * Schema of a version-2 zelfscan file (content/zelfscans/README.md describes the
 * format, the scoring and the advice rules). One schema for both kinds of item:
 *
 * - a grid item has `niveaus`, four descriptions of practice (lowest first) from
 *   which the respondent picks the one that fits (the gemeentescan);
 * - a statement has none and is answered on the scan's `schaal` (informele steun),
 *   whose meaning `schaalUitleg` spells out.
 *
 * Build time only (content collection `zelfscans` and the unit tests); the browser gets the parsed data as props and never loads zod.
 * Field names are Dutch, as all content front matter.
 */

const id = z.string().regex(CONTENT_ID, { error: 'gebruik kleine letters, cijfers en losse streepjes' });

/** One full sentence at least: a next step is something to do, never only a link. */
const zin = z
	.string()
	.min(30)
	.max(600)
	.refine((text) => /[.!?]$/.test(text.trim()), { error: 'schrijf minstens één hele zin, met een punt aan het eind' })
	.refine((text) => !/^(zie|lees)\b/i.test(text.trim()), {
		error: 'een volgende stap zegt wat u doet; begin niet met "Zie" of "Lees"',
	});

const volgendeStapSchema = z.object({
	/** What to do, in at least one full sentence. */
	wat: zin,
	/** Who does it. */
	wie: z.string().min(5).max(200),
	/** Step ids (content/stappen), linked as /stappenplan/<id>/. */
	stappen: z.array(id).default([]),
	/** Example ids (content/voorbeelden), linked as /voorbeelden/<id>/. */
	voorbeelden: z.array(id).default([]),
});

const bewijsSchema = z.object({
	id,
	/** A yes/deels/nee question that backs up a level; never part of a score. */
	vraag: z.string().min(10).max(300),
	/** The level a "ja" belongs to; without it the question only informs. */
	niveau: z.number().int().min(1).max(9).optional(),
});

const onderdeelSchema = z.object({
	id,
	/** Grid item: a short name ("De keuze voor de doelgroep"). Statement: the statement itself. */
	tekst: z.string().min(5).max(300),
	/** One or two sentences that say what is meant. */
	uitleg: z.string().min(10).max(400).optional(),
	/** Respondent groups (`respondenten`) that can answer it; without it: everyone. */
	wie: z.array(id).min(1).optional(),
	/** Grid item only: one description per level, lowest first. */
	niveaus: z.array(z.string().min(10).max(400)).optional(),
	bewijs: z.array(bewijsSchema).max(3).default([]),
	/** Glossary ids whose definition is shown with the item. */
	begrippen: z.array(id).default([]),
	volgendeStap: volgendeStapSchema,
});

const themaSchema = z.object({
	id,
	titel: z.string().min(3).max(90),
	/** The step of the stappenplan this theme covers (gemeentescan). */
	stap: id.optional(),
	intro: z.string().min(10).max(400).optional(),
	onderdelen: z.array(onderdeelSchema).min(1).max(8),
});

const standSchema = z.object({
	id,
	/** Shown with the score, e.g. "Onderweg". */
	naam: z.string().min(2).max(40),
	/** The theme's mean is at least this. */
	gemiddeldVanaf: z.number().min(1).optional(),
	/** The theme's lowest counted answer is at least this. */
	laagsteVanaf: z.number().int().min(1).optional(),
});

const respondentSchema = z.object({ id, naam: z.string().min(3).max(80), uitleg: z.string().min(10).max(300) });
const rolSchema = z.object({ id, naam: z.string().min(3).max(80), respondent: id });

export const zelfscanSchema = z
	.object({
		titel: z.string().min(5).max(90),
		samenvatting: z.string().min(20).max(320),
		voorWie: z.string().min(5).max(200),
		/** Raise when items are added, removed, reordered or rewritten: deelcodes name the version. */
		versie: z.number().int().min(1).max(999),
		volgorde: z.number().int().min(0).default(0),
		intro: z.array(z.string().min(10)).min(1),
		/** Short names of the answers, lowest first; their values are 1, 2, 3, ... */
		schaal: z.array(z.string().min(2).max(40)).min(3).max(9),
		/** What each answer means, one line per answer (statements only). */
		schaalUitleg: z.array(z.string().min(10).max(200)).optional(),
		weetNiet: z.string().min(3).max(40).default('Weet ik niet'),
		nietVanToepassing: z.string().min(3).max(40).default('Niet van toepassing'),
		standen: z.array(standSchema).min(2).max(5),
		/** How the site's texts name the parts: "stelling"/"thema" (default) or, for a grid, "onderdeel"/"deel". */
		woorden: z
			.object({
				onderdeel: z.string().min(3).max(30),
				onderdelen: z.string().min(3).max(30),
				thema: z.string().min(3).max(30),
				themas: z.string().min(3).max(30),
			})
			.default({ onderdeel: 'stelling', onderdelen: 'stellingen', thema: 'thema', themas: "thema's" }),
		respondenten: z.array(respondentSchema).min(1),
		rollen: z.array(rolSchema).default([]),
		themas: z.array(themaSchema).min(2).max(20),
	})
	.superRefine((scan, ctx) => {
		const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
		const points = scan.schaal.length;

		if (scan.schaalUitleg && scan.schaalUitleg.length !== points) {
			issue(['schaalUitleg'], `geef één uitleg per antwoord (${points})`);
		}

		// Bands: the first has no conditions, each next one asks more, the highest never allows a bottom answer.
		const [first] = scan.standen;
		if (first && (first.gemiddeldVanaf !== undefined || first.laagsteVanaf !== undefined)) {
			issue(['standen', 0], 'de eerste stand heeft geen voorwaarden: elke score valt er minstens onder');
		}
		scan.standen.forEach((stand, i) => {
			if (i === 0) return;
			const previous = scan.standen[i - 1];
			if ((stand.gemiddeldVanaf ?? 0) <= (previous.gemiddeldVanaf ?? 0)) {
				issue(['standen', i, 'gemiddeldVanaf'], 'elke stand moet een hoger gemiddelde vragen dan de vorige');
			}
			if ((stand.gemiddeldVanaf ?? 0) > points || (stand.laagsteVanaf ?? 0) > points) {
				issue(['standen', i], `mag niet hoger zijn dan het aantal antwoorden (${points})`);
			}
		});
		const top = scan.standen[scan.standen.length - 1];
		if (top && (top.laagsteVanaf ?? 0) < points - 1) {
			issue(
				['standen', scan.standen.length - 1, 'laagsteVanaf'],
				`de hoogste stand moet laagsteVanaf van ten minste ${points - 1} hebben: geen thema heet sterk met een antwoord onderaan`,
			);
		}
		for (const i of duplicates(scan.standen.map((s) => s.id)))
			issue(['standen', i, 'id'], 'deze id komt twee keer voor');

		const groepen = scan.respondenten.map((r) => r.id);
		for (const i of duplicates(groepen)) issue(['respondenten', i, 'id'], 'deze id komt twee keer voor');
		for (const i of duplicates(scan.rollen.map((r) => r.id))) issue(['rollen', i, 'id'], 'deze id komt twee keer voor');
		scan.rollen.forEach((rol, i) => {
			if (!groepen.includes(rol.respondent)) {
				issue(['rollen', i, 'respondent'], `groep "${rol.respondent}" staat niet in respondenten`);
			}
		});

		for (const i of duplicates(scan.themas.map((t) => t.id)))
			issue(['themas', i, 'id'], 'thema-id komt twee keer voor');

		// Item and evidence ids share one space: answers are stored by id.
		const seen = new Set<string>();
		const claim = (value: string, path: (string | number)[]) => {
			if (seen.has(value)) issue(path, `id "${value}" komt twee keer voor in deze scan`);
			seen.add(value);
		};
		scan.themas.forEach((thema, t) => {
			thema.onderdelen.forEach((onderdeel, o) => {
				const path = ['themas', t, 'onderdelen', o];
				claim(onderdeel.id, [...path, 'id']);
				if (onderdeel.niveaus && onderdeel.niveaus.length !== points) {
					issue([...path, 'niveaus'], `geef precies ${points} niveaus, één per antwoord, laagste eerst`);
				}
				for (const groep of onderdeel.wie ?? []) {
					if (!groepen.includes(groep)) issue([...path, 'wie'], `groep "${groep}" staat niet in respondenten`);
				}
				onderdeel.bewijs.forEach((vraag, b) => {
					claim(vraag.id, [...path, 'bewijs', b, 'id']);
					if (vraag.niveau !== undefined && vraag.niveau > points) {
						issue([...path, 'bewijs', b, 'niveau'], `mag niet hoger zijn dan ${points}`);
					}
				});
				const stap = onderdeel.volgendeStap;
				if (stap.stappen.length + stap.voorbeelden.length === 0) {
					issue([...path, 'volgendeStap'], 'verwijs naar minstens één stap (stappen) of voorbeeld (voorbeelden)');
				}
			});
		});
	});

/** Indexes of values that already occurred earlier in the list. */
function duplicates(values: string[]): number[] {
	return values.flatMap((v, i) => (values.indexOf(v) !== i ? [i] : []));
}

export type ZelfscanFile = z.output<typeof zelfscanSchema>;
/** A zelfscan as the page and the islands use it: the file's data plus its id (the file name). */
export interface Zelfscan extends ZelfscanFile {
	id: string;
}
export type ZelfscanThema = Zelfscan['themas'][number];
export type ZelfscanOnderdeel = ZelfscanThema['onderdelen'][number];
export type ZelfscanStand = Zelfscan['standen'][number];
export type VolgendeStap = ZelfscanOnderdeel['volgendeStap'];

export type ParseResult = { ok: true; scan: Zelfscan } | { ok: false; problems: string[] };

/** "themas[2].onderdelen[0].tekst": the field as a person editing the file looks for it. */
export function fieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>(
		(out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
		'',
	);
}

/** Checks one file's parsed content; every problem names the file and the field, in Dutch. */
export function parseZelfscan(data: unknown, file: string, id = fileId(file)): ParseResult {
	const result = zelfscanSchema.safeParse(data, { error: nl().localeError });
	if (result.success) return { ok: true, scan: { ...result.data, id } };
	return {
		ok: false,
		problems: result.error.issues.map((issue) => {
			const field = fieldPath(issue.path);
			const message = issue.message.replace(
				/^Ongeldige invoer: verwacht (\S+), ontving undefined$/,
				'ontbreekt (verwacht $1)',
			);
			return `${file}: ${field ? `veld "${field}"` : 'het bestand'}: ${message}`;
		}),
	};
}

/** Throws one error listing every problem; used where a broken file must stop the build. */
export function assertZelfscan(data: unknown, file: string, id?: string): Zelfscan {
	const result = parseZelfscan(data, file, id);
	if (!result.ok) throw new Error(`Zelfscan klopt niet:\n- ${result.problems.join('\n- ')}`);
	return result.scan;
}

/** The id of a scan is its file name without folder and extension. */
export function fileId(file: string): string {
	return (file.split('/').pop() ?? file).replace(/\.(ya?ml|json)$/i, '');
}

/**
 * Links of next steps and themes must point at steps and examples that exist.
 * Astro checks each file on its own, so this runs where all collections are known.
 */
export function findBrokenZelfscanLinks(
	scans: readonly { id: string; filePath?: string; data: ZelfscanFile }[],
	stapIds: Iterable<string>,
	voorbeeldIds: Iterable<string>,
): string[] {
	const stappen = new Set(stapIds);
	const voorbeelden = new Set(voorbeeldIds);
	const problems: string[] = [];
	for (const scan of scans) {
		const file = scan.filePath ?? `content/zelfscans/${scan.id}`;
		scan.data.themas.forEach((thema, t) => {
			if (thema.stap && !stappen.has(thema.stap)) {
				problems.push(`${file}: veld "themas[${t}].stap" verwijst naar stap "${thema.stap}", maar die bestaat niet.`);
			}
			thema.onderdelen.forEach((onderdeel, o) => {
				const at = `themas[${t}].onderdelen[${o}].volgendeStap`;
				onderdeel.volgendeStap.stappen.forEach((stap, i) => {
					if (!stappen.has(stap)) {
						problems.push(`${file}: veld "${at}.stappen[${i}]" verwijst naar stap "${stap}", maar die bestaat niet.`);
					}
				});
				onderdeel.volgendeStap.voorbeelden.forEach((v, i) => {
					if (!voorbeelden.has(v)) {
						problems.push(
							`${file}: veld "${at}.voorbeelden[${i}]" verwijst naar voorbeeld "${v}", maar dat bestaat niet.`,
						);
					}
				});
			});
		});
	}
	return problems;
}

/**
 * An earlier version of a scan, kept read-only in content/zelfscans/eerder/
 * (`<scan-id>-<versie>.yaml`): only what is needed to read an old round or an
 * old deelcode (ids, texts, the scale). The site never asks these questions again.
 */
export const eerdereVersieSchema = z.object({
	titel: z.string().min(5).max(90),
	versie: z.number().int().min(1).max(999),
	schaal: z.array(z.string().min(2).max(40)).min(3).max(9),
	/** Version 1 had one answer for both: it is shown as it was chosen. */
	weetNietOfNvt: z.string().min(3).max(60),
	themas: z
		.array(
			z.object({
				id,
				titel: z.string().min(3).max(90),
				onderdelen: z.array(z.object({ id, tekst: z.string().min(10).max(300) })).min(1),
			}),
		)
		.min(2),
});
export type EerdereVersieFile = z.output<typeof eerdereVersieSchema>;
export interface EerdereVersie extends EerdereVersieFile {
	id: string;
}
