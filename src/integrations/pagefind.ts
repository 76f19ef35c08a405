import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index after every `astro build`, so every
 * preview, test run and deployment has working search.
 * Only `<main data-pagefind-body>` is indexed, with Dutch stemming.
 */
export default function pagefindIntegration(): AstroIntegration {
	return {
		name: 'kennisbank-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { index, errors } = await pagefind.createIndex({
					rootSelector: 'html',
					forceLanguage: 'nl',
					excludeSelectors: ['[data-pagefind-ignore="all"]'],
				});
				try {
					if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
					const added = await index.addDirectory({ path: outDir });
					if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
					const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
					if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
					logger.info(`zoekindex gemaakt: ${added.page_count} pagina's`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
