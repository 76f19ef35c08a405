import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headerPolicy, headersFile, metaPolicy, nginxFile, siteHeaders } from './headers';
import { SECURITY_TXT_PAD, securityTxt } from './security-txt';
import type { PublishSettings } from './settings';
import { sitemapFiles } from './sitemap';

/** The nginx counterpart of `_headers`, next to it in the build output. */
export const NGINX_FILE = '_headers.nginx.conf';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/** "stappenplan/index.html" → "/stappenplan/". */
const pagePath = (rel: string) => `/${rel.replaceAll('\\', '/').replace(/(^|\/)index\.html$/, '$1')}`;

/**
 * Writes what a host needs beside the pages, after every build: `_headers` and its nginx
 * counterpart (security headers, the CSP from the pages' meta tags), the sitemap and
 * `/.well-known/security.txt`. Runs after the other integrations, on the final HTML.
 */
export default function publish(settings: PublishSettings): AstroIntegration {
	return {
		name: 'kennisbank-publish',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const write = (file: string, text: string) => {
					mkdirSync(dirname(join(outDir, file)), { recursive: true });
					writeFileSync(join(outDir, file), text);
				};
				const pages = htmlFiles(outDir).map((file) => ({
					rel: relative(outDir, file),
					html: readFileSync(file, 'utf8'),
				}));

				const metas = pages.map(({ rel, html }) => {
					const policy = metaPolicy(html);
					if (!policy) throw new Error(`${rel} heeft geen CSP-metatag; de header-CSP kan hem niet dekken.`);
					return policy;
				});
				const headers = siteHeaders(headerPolicy(metas));
				write('_headers', headersFile(headers));
				write(NGINX_FILE, nginxFile(headers));

				const paths = pages
					.map((p) => pagePath(p.rel))
					.filter((path) => path !== '/404.html')
					.sort();
				for (const [file, xml] of Object.entries(sitemapFiles(paths, settings.site))) write(file, xml);
				write(SECURITY_TXT_PAD, securityTxt(settings, new Date()));

				const csp = headers[0][1];
				logger.info(`headers geschreven: CSP van ${pages.length} pagina's, ${csp.length} tekens`);
				if (!settings.site) {
					logger.warn(
						'SITE_URL is niet gezet: sitemap, canonical links, handouts en security.txt noemen paden in plaats van adressen. ' +
							'Zet SITE_URL voordat u publiceert (README, "Publiceren").',
					);
				} else if (!settings.securityContacts.length) {
					logger.warn(
						'SECURITY_CONTACT is niet gezet: security.txt verwijst alleen naar /kwetsbaarheid-melden/, zonder eigen meldadres.',
					);
				}
			},
		},
	};
}
