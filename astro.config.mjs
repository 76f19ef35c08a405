// @ts-check

import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import serviceWorker from './src/integrations/service-worker.ts';

// The public address is only needed for absolute URLs in the sitemap.
// Set SITE_URL when publishing under another domain.
const site = process.env.SITE_URL ?? 'https://www.vanjeugdnaarvolwassenheid.nl';

export default defineConfig({
	site,
	trailingSlash: 'always',
	// Keep whitespace between inline elements: Dutch prose in .astro files
	// would otherwise glue words together ("compressHTML: 'jsx'" trap).
	compressHTML: true,
	integrations: [mdx(), preact(), sitemap({ filter: (page) => !page.includes('/404') }), pagefind(), serviceWorker()],
	markdown: { syntaxHighlight: false },
	build: { format: 'directory' },
	devToolbar: { enabled: false },
	vite: {
		build: {
			rolldownOptions: {
				output: {
					codeSplitting: {
						groups: [
							{
								// What every tool page needs, in one file instead of five: Preact, the
								// island renderer, nanostores and the storage core. One request on a slow
								// network, and about 0.7 KB less gzip than separate chunks.
								name: 'hulpmiddel',
								test: /node_modules\/(preact|@astrojs\/preact|nanostores|@nanostores)\/|src\/(lib\/(format|ids)|islands\/lazy|stores\/tool-store|lib\/storage\/(check|envelope|engine|keys|sync)|islands\/storage\/(ToolStatus|texts|ExportImportDetails|useToolStore))\./,
							},
						],
					},
				},
			},
		},
	},
	security: {
		csp: {
			algorithm: 'SHA-256',
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"worker-src 'self'",
				"manifest-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Pagefind compiles its WebAssembly search engine in the browser.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
});
