import { z } from 'zod';
import { CONTENT_ID } from '../ids';

/**
 * Schemas for every content collection. They live here, apart from
 * `src/content.config.ts`, so unit tests can use them without Astro.
 * Links between entries are plain ids (file names without extension);
 * `checkReferences` in `./integrity.ts` makes sure each one exists.
 */

const id = z.string().regex(CONTENT_ID, { error: 'gebruik kleine letters, cijfers en losse streepjes' });

/** A source behind a fact: shown in the "Bronnen" block of a page. */
export const bronSchema = z.object({
	titel: z.string().min(3),
	uitgever: z.string().min(2),
	/**
	 * Year of publication; a string such as "2016/17" is allowed. Optional
	 * because several NJi step pages show no date, and guessing one would be
	 * a made-up fact; leave it out and say so in `teControleren`.
	 */
	jaar: z.union([z.number().int().min(1990).max(2100), z.string().regex(/^\d{4}(\/\d{2,4})?$/)]).optional(),
	url: z.url().optional(),
	/**
	 * The day an editor last read this source (YYYY-MM-DD). Optional so that an
	 * unchecked source does not break the build; `npm run inhoud` lists every
	 * source without it. Never fill in a day on which nobody read the source.
	 */
	geraadpleegd: z
		.preprocess(
			// YAML reads 2026-12-01 as a date; keep the day as written, as text. Quoted
			// strings ('2026-12-01') pass unchanged.
			(v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
			z.iso.date({ error: 'schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-12-01' }),
		)
		.optional(),
	/** Set when the fact base marks the address or a detail as not yet checked. */
	teControleren: z.string().optional(),
});
export type Bron = z.infer<typeof bronSchema>;

/**
 * The day an editor last checked a page's facts against its sources. Required on
 * step, example and theme pages: write a date, or `null` when nobody has checked
 * the page yet (the page then says so, and `npm run inhoud` lists it). A missing
 * field fails the build, so a new page cannot forget the question.
 */
const gecontroleerd = z
	.union([z.null(), z.coerce.date()], {
		error: (issue) =>
			issue.input === undefined
				? 'vul gecontroleerd in: de datum waarop de feiten op deze pagina met de bronnen zijn vergeleken, of null als dat nog niet is gebeurd'
				: 'gecontroleerd is een datum (JJJJ-MM-DD) of null',
	})
	.refine((d) => d === null || !Number.isNaN(d.getTime()), 'gecontroleerd is een datum (JJJJ-MM-DD) of null');

const gemeenschappelijk = {
	titel: z.string().min(3),
	/** One or two sentences: used in lists, meta description and search results. */
	samenvatting: z.string().min(20).max(320),
	bronnen: z.array(bronSchema).min(1, { error: 'noem minstens één bron' }),
	bijgewerkt: z.coerce.date(),
	themas: z.array(id).default([]),
	/** Words readers search with that the text does not use (synonyms, abbreviations): indexed for search, never shown. */
	zoekwoorden: z.array(z.string().min(2)).default([]),
};

export const fasen = {
	1: 'Analyse',
	2: 'Ambitie en samenwerking',
	3: 'Uitvoering en borging',
} as const;

export const stapSchema = z
	.object({
		...gemeenschappelijk,
		gecontroleerd,
		nr: z.number().int().min(1).max(11),
		fase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
		acties: z.array(z.string().min(5)).min(2),
		resultaat: z.string().min(10),
		/**
		 * Where `acties` and `resultaat` come from. "redactie" (the default): the
		 * editors wrote them from the step's sources, and the page labels them
		 * "volgens de redactie". "bron": they retell an Acties/Resultaat block of an
		 * NJi step page, named in `actiesBron` (shown with the block).
		 */
		actiesHerkomst: z.enum(['redactie', 'bron']).default('redactie'),
		actiesBron: z.string().min(5).optional(),
		gespreksvragen: z.array(z.string().min(10)).min(3).max(5),
		/**
		 * "bron": the text rests on an NJi step text.
		 * "redactie": the sources give little more than a title; the page says so
		 * and names in `redactie` what the editorial text rests on.
		 */
		status: z.enum(['bron', 'redactie']),
		redactie: z.string().optional(),
		begrippen: z.array(id).default([]),
	})
	.refine((s) => s.actiesHerkomst === 'redactie' || s.actiesBron, {
		error: 'noem in actiesBron de NJi-pagina waar de acties en het resultaat vandaan komen',
		path: ['actiesBron'],
	});
export type Stap = z.infer<typeof stapSchema>;

export const voorbeeldSchema = z.object({
	...gemeenschappelijk,
	gecontroleerd,
	/** Municipality or region as readers search for it, e.g. "Leiden". */
	plaats: z.string().min(2),
	provincie: z.string().min(2),
	organisaties: z.array(z.string().min(2)).min(1),
	doelgroep: z.string().min(5),
	leeftijd: z.string().min(2),
	jaar: z.union([z.number().int(), z.string()]),
	stappen: z.array(id).min(1, { error: 'koppel het voorbeeld aan minstens één stap' }),
	begrippen: z.array(id).default([]),
});
export type Voorbeeld = z.infer<typeof voorbeeldSchema>;

export const themaSchema = z.object({
	titel: z.string().min(3),
	omschrijving: z.string().min(10),
	/** Page that explains the theme, if there is one (a path such as "/informele-steun/"). */
	pagina: z.string().startsWith('/').optional(),
});
export type Thema = z.infer<typeof themaSchema>;

export const begripSchema = z.object({
	term: z.string().min(2),
	definitie: z.string().min(20),
	/** Other words readers may use for the same thing. */
	ookWel: z.array(z.string()).default([]),
	zieOok: z.array(id).default([]),
	bronnen: z.array(bronSchema).default([]),
});
export type Begrip = z.infer<typeof begripSchema>;

/** Prose pages: themes such as informele steun, and pages like Over or Privacy. */
export const paginaSchema = z
	.object({
		...gemeenschappelijk,
		/** Required on theme pages (see `gecontroleerd` above); info pages may leave it out. */
		gecontroleerd: gecontroleerd.optional(),
		bronnen: z.array(bronSchema).default([]),
		stappen: z.array(id).default([]),
		begrippen: z.array(id).default([]),
		/** Show an on-page table of contents (long pages). */
		inhoudsopgave: z.boolean().default(false),
		/** Page type for search filters and breadcrumbs. */
		soort: z.enum(['thema', 'info']).default('info'),
	})
	.refine((p) => p.soort !== 'thema' || p.gecontroleerd !== undefined, {
		error: 'een themapagina heeft gecontroleerd nodig: een datum (JJJJ-MM-DD) of null',
		path: ['gecontroleerd'],
	});
export type Pagina = z.infer<typeof paginaSchema>;

/**
 * One change to the content, for /wijzigingen/: one small YAML file per change
 * in content/wijzigingen/<jjjj-mm-dd>-<slug>.yaml, so helpers never edit one file.
 */
export const wijzigingSchema = z.object({
	datum: z.coerce.date(),
	/**
	 * One short Dutch line: what changed, for a reader who printed the page earlier.
	 * "[woord](begrip:id)" links a term to the glossary; the 300 characters count the text a reader sees.
	 */
	tekst: z
		.string()
		.min(10)
		.refine((t) => t.replace(/\[([^\]]+)\]\(begrip:[a-z0-9-]+\)/g, '$1').length <= 300, {
			error: 'houd de regel kort: hoogstens 300 tekens',
		}),
	/** Site paths of the pages the change touched, e.g. "/wetten-per-leeftijd/". */
	paginas: z.array(z.string().regex(/^\/[a-z0-9/#-]*$/, { error: 'een pad op deze site, zoals /big-5/' })).min(1),
});
export type Wijziging = z.infer<typeof wijzigingSchema>;

/** Session plans for trainers (content/sessies). One block is one part of the session with its own time. */
const sessieBlokSchema = z.object({
	titel: z.string().min(3),
	minuten: z.number().int().min(5).max(60),
	/** What the trainer does in this block, in one or two sentences. */
	wat: z.string().min(10),
	/** Site paths to show, e.g. "/stappenplan/bepaal-de-doelgroep/" (steps and examples get a presentation link). */
	tonen: z.array(z.string().regex(/^\/[a-z0-9/-]*\/$/)).default([]),
	vragen: z.array(z.string().min(10)).default([]),
});
export const sessieSchema = z
	.object({
		titel: z.string().min(5),
		samenvatting: z.string().min(20).max(300),
		volgorde: z.number().int().min(0),
		doel: z.string().min(10),
		doelgroep: z.string().min(5),
		materialen: z.array(z.string().min(3)).min(1),
		blokken: z.array(sessieBlokSchema).min(3),
	})
	.refine((s) => {
		const totaal = s.blokken.reduce((n, b) => n + b.minuten, 0);
		return totaal >= 60 && totaal <= 120;
	}, 'een sessie duurt samen 60 tot 120 minuten');
export type Sessie = z.infer<typeof sessieSchema>;

/** Months relative to the month of the 18th birthday: -36 is 15 years, 120 is 28 years. */
const maandenRondAchttien = z.number().int().min(-36).max(120);

/**
 * One moment on the way to adulthood (content/momenten/<id>.yaml): a law that starts
 * or stops at an age, a practical matter to arrange around the 18th birthday, or a
 * regional agreement. /wetten-per-leeftijd/ renders these; the werkmap builds a dated
 * timeline on the same data. In `uitleg` and `regelen`, "[tekst](begrip:id)" links a
 * term to the glossary.
 */
export const momentSchema = z
	.object({
		titel: z.string().min(3),
		/** wet: law moment; praktisch: something to arrange; regionaal: a region's own agreement, not law. */
		soort: z.enum(['wet', 'praktisch', 'regionaal']),
		/** When it starts: months relative to the month of the 18th birthday (0 = that month, -6 = at 17½, 36 = at 21). */
		vanaf: maandenRondAchttien,
		/** Optional end, same unit (pleegzorg tot 21: vanaf 0, tot 36). */
		tot: maandenRondAchttien.optional(),
		/**
		 * For soort "wet" when the rule is not (yet) law itself, e.g. pleegzorg tot 21: "landelijke afspraak sinds 2018;
		 * wetsvoorstel 35 833". Shown instead of "Wet".
		 */
		nogGeenWet: z.string().min(5).optional(),
		/** The exact rule in words where months are too coarse, e.g. "na het kwartaal waarin de jongere 18 wordt". */
		wanneer: z.string().min(5).optional(),
		/** One or two sentences: what changes or what applies. */
		uitleg: z.string().min(20),
		/** What the young person (with help) has to arrange, as short imperative lines. */
		regelen: z.array(z.string().min(5)).default([]),
		/** Who can help: organisations or roles. */
		wieHelpt: z.string().optional(),
		/** BIG-5 condition it belongs to, if any. */
		leefgebied: z.enum(['volwassene', 'wonen', 'dagbesteding', 'inkomen', 'zorg']).optional(),
		/** Regional practice only: whose agreement this is, e.g. "Friesland (Soepele Overgang)". */
		regio: z.string().optional(),
		/** Links into the site, e.g. "/stappenplan/werk-met-een-toekomstplan/". */
		zie: z.array(z.object({ label: z.string().min(2), href: z.string().startsWith('/') })).default([]),
		bronnen: z.array(bronSchema).min(1, { error: 'noem minstens één bron' }),
		/** Set while a fact still needs checking; the page then shows this as a caveat. */
		teControleren: z.string().optional(),
	})
	.refine((m) => m.soort !== 'regionaal' || Boolean(m.regio), {
		error: 'een regionale afspraak noemt in "regio" wiens afspraak het is',
		path: ['regio'],
	})
	.refine((m) => m.tot === undefined || m.tot > m.vanaf, {
		error: '"tot" moet na "vanaf" liggen',
		path: ['tot'],
	});
export type Moment = z.infer<typeof momentSchema>;
