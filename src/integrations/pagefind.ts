import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { begripRecords } from '../lib/search/begrippen';

/**
 * Words per index chunk (Pagefind counts word positions; its default is 20,000).
 * A first search loads the chunk of each word it looks up: at the default that
 * was one chunk of about 30 KB of this site's 70 KB index, at 2,000 it is about
 * 3 KB (measured with `npm run bench -- --only=search`). Pagefind 1.6 reads this
 * setting only from the environment and calls it unstable; without it the
 * index still works, with bigger chunks.
 */
const indexChunkSize = '1000';

/**
 * Builds the Pagefind search index after every `astro build`, so every
 * preview, test run and deployment has working search.
 * Only pages with `data-pagefind-body` are indexed, with Dutch stemming:
 * BaseLayout leaves it out with `noIndex` (home, search, 404, handouts, filter
 * pages) and the presentation views have a layout of their own without it. What counts more or not at all is marked in
 * the pages themselves (`data-pagefind-weight`, `data-pagefind-ignore`).
 */
export default function pagefindIntegration(): AstroIntegration {
	return {
		name: 'kennisbank-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				// The indexer runs as a child process and reads the setting when it starts (in createIndex).
				process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= indexChunkSize;
				const { index, errors } = await pagefind.createIndex({
					rootSelector: 'html',
					forceLanguage: 'nl',
					excludeSelectors: ['[data-pagefind-ignore="all"]'],
				});
				try {
					if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
					const added = await index.addDirectory({ path: outDir });
					if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
					// Each glossary entry is a result of its own, linked to /begrippen/#<id>.
					const begrippen = begripRecords(readFileSync(join(outDir, 'begrippen/index.html'), 'utf8'));
					if (!begrippen.length) throw new Error('Pagefind: geen enkel begrip (data-begrip) gevonden op /begrippen/');
					for (const record of begrippen) {
						const file = await index.addHTMLFile({ url: record.url, content: record.html });
						if (file.errors.length) throw new Error(`Pagefind (${record.url}): ${file.errors.join('; ')}`);
					}
					const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
					if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
					logger.info(`zoekindex gemaakt: ${added.page_count} HTML-bestanden, ${begrippen.length} begrippen`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
