// @ts-check

import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import pagefind from './src/integrations/pagefind.ts';
import publish from './src/integrations/publish/index.ts';
import { readPublishSettings } from './src/integrations/publish/settings.ts';
import serviceWorker from './src/integrations/service-worker.ts';

// What a publisher sets: SITE_URL (the public address) and SECURITY_CONTACT (README, "Publiceren").
// Without SITE_URL there is no `site`: addresses on the site are then paths, never a domain we do not own.
const publishSettings = readPublishSettings();

export default defineConfig({
	site: publishSettings.site?.href,
	trailingSlash: 'always',
	// Keep whitespace between inline elements: Dutch prose in .astro files
	// would otherwise glue words together ("compressHTML: 'jsx'" trap).
	compressHTML: true,
	// publish() last: it reads the final pages (their CSP meta tags) and writes _headers, sitemap and security.txt.
	integrations: [mdx(), preact(), pagefind(), serviceWorker(), publish(publishSettings)],
	markdown: { syntaxHighlight: false },
	build: {
		format: 'directory',
		// Stylesheets as files, never inlined: every inline <style> needs its hash in the CSP header too,
		// and with inlined styles that header grew past the 2,000 characters Cloudflare Pages accepts.
		// The files are shared by all pages, so the browser caches them across the site.
		inlineStylesheets: 'never',
	},
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
							{
								// The werkmap's store and its stored format: every werkmap page, /big-5/ and
								// "Mijn gegevens" load both, so one file.
								name: 'werkmap',
								test: /src\/(stores\/werkmap|lib\/big5\/definition)\./,
							},
							{
								// What every werkmap page and /big-5/ loads besides: the list operations, the
								// five conditions and the shared fields. Kept in one file; otherwise each import
								// that also uses a part (such as adding an imported file) splits it further.
								name: 'werkmap-basis',
								test: /src\/(lib\/werkmap\/(jongeren|namen)|lib\/big5\/(checklist|voorwaarden)|islands\/werkmap\/basis)\./,
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
				"frame-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Pagefind compiles its WebAssembly search engine in the browser.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'"] },
		},
	},
});
