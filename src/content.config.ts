import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
	begripSchema,
	momentSchema,
	paginaSchema,
	sessieSchema,
	stapSchema,
	themaSchema,
	voorbeeldSchema,
	wijzigingSchema,
} from './lib/content/schemas';
import { eerdereVersieSchema, zelfscanSchema } from './lib/zelfscan/schema';

/** Content lives in the root `content/` folder; files starting with `_` are skipped. */
const mdx = (folder: string) => glob({ base: `./content/${folder}`, pattern: '**/[^_]*.{md,mdx}' });

export const collections = {
	stappen: defineCollection({ loader: mdx('stappen'), schema: stapSchema }),
	voorbeelden: defineCollection({ loader: mdx('voorbeelden'), schema: voorbeeldSchema }),
	paginas: defineCollection({ loader: mdx('paginas'), schema: paginaSchema }),
	themas: defineCollection({ loader: file('./content/themas.yaml'), schema: themaSchema }),
	begrippen: defineCollection({ loader: file('./content/begrippen.yaml'), schema: begripSchema }),
	/** Moments from 16 to 27 (laws, things to arrange at 18, regional agreements); one YAML file each. */
	momenten: defineCollection({
		loader: glob({ base: './content/momenten', pattern: '[^_]*.{yaml,yml}' }),
		schema: momentSchema,
	}),
	/** Session plans for trainers (/voor-trainers/). */
	sessies: defineCollection({ loader: mdx('sessies'), schema: sessieSchema }),
	/** One change per file (content/wijzigingen/<jjjj-mm-dd>-<slug>.yaml), shown newest first on /wijzigingen/. */
	wijzigingen: defineCollection({
		loader: glob({ base: './content/wijzigingen', pattern: '[^_]*.{yaml,yml}' }),
		schema: wijzigingSchema,
	}),
	/** One questionnaire per file (YAML or JSON); the id is the file name. */
	zelfscans: defineCollection({
		loader: glob({ base: './content/zelfscans', pattern: '[^_]*.{yaml,yml,json}' }),
		schema: zelfscanSchema,
	}),
	/** Earlier versions of the zelfscans, read-only (content/zelfscans/eerder/<scan-id>-<versie>.yaml): old rounds and deelcodes. */
	eerdereZelfscans: defineCollection({
		loader: glob({ base: './content/zelfscans/eerder', pattern: '[^_]*.{yaml,yml}' }),
		schema: eerdereVersieSchema,
	}),
};
