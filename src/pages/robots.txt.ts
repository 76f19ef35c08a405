import type { APIRoute } from 'astro';

// A Sitemap line needs a full address (sitemaps.org), so it is only there when SITE_URL is set.
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n${site ? `\nSitemap: ${new URL('/sitemap-index.xml', site)}\n` : ''}`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
