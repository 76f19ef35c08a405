import { readdirSync, readFileSync } from 'node:fs';

/**
 * Paths of every page in the built sitemap (dist/sitemap-*.xml), read when tests are collected.
 * A <loc> is a full address with SITE_URL and a path without it (src/integrations/publish/sitemap.ts).
 */
export function sitemapPaths(): string[] {
	const files = readdirSync('dist').filter((f) => /^sitemap-\d+\.xml$/.test(f));
	if (!files.length) throw new Error('dist/ heeft geen sitemap. Voer eerst `npm run build` uit.');
	return files.flatMap((f) =>
		[...readFileSync(`dist/${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
			(m) => new URL(m[1], 'http://localhost').pathname,
		),
	);
}
