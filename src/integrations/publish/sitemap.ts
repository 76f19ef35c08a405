import { siteAddress } from './settings';

const escapeXml = (text: string) =>
	text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c);

const XML = '<?xml version="1.0" encoding="UTF-8"?>';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/**
 * The sitemap, at the addresses the README promises (/sitemap-index.xml pointing to
 * /sitemap-0.xml). With SITE_URL every <loc> is a full address, as search engines need.
 * Without it the build knows no address, and writes paths (/stappenplan/) rather than an
 * address the publisher does not own; the browser tests read the page list from it either way.
 */
export function sitemapFiles(paths: readonly string[], site: URL | undefined): Record<string, string> {
	const loc = (path: string) => `<loc>${escapeXml(siteAddress(path, site))}</loc>`;
	return {
		'sitemap-index.xml': `${XML}<sitemapindex xmlns="${NS}"><sitemap>${loc('/sitemap-0.xml')}</sitemap></sitemapindex>\n`,
		'sitemap-0.xml': `${XML}<urlset xmlns="${NS}">${paths.map((p) => `<url>${loc(p)}</url>`).join('')}</urlset>\n`,
	};
}
