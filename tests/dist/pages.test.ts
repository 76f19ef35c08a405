import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileForPath, pages } from './dist-files';

describe.each(pages)('$path', ({ html, path }) => {
	it('is Dutch, has one h1, a title and a description', () => {
		expect(html).toMatch(/<html[^>]*\blang="nl"/);
		expect(html.match(/<h1[\s>]/g) ?? []).toHaveLength(1);
		expect(html).toMatch(/<title>[^<]{3,}<\/title>/);
		expect(html).toMatch(/<meta name="description" content="[^"]{20,}"/);
	});

	it('carries a Content Security Policy without unsafe-inline', () => {
		const csp = html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i)?.[1];
		expect(csp, 'CSP-metatag ontbreekt').toBeDefined();
		expect(csp).toContain("default-src 'self'");
		expect(csp).not.toContain('unsafe-inline');
		expect(csp).not.toMatch(/'unsafe-eval'/);
	});

	it('loads nothing from another origin', () => {
		const external = [
			...html.matchAll(/<(?:script|img|iframe|source|audio|video)\b[^>]*\bsrc="(https?:)?\/\/[^"]*"/g),
			...html.matchAll(/<link\b[^>]*\bhref="(https?:)?\/\/[^"]*"[^>]*>/g),
		]
			.map((m) => m[0])
			.filter((tag) => !/rel="(canonical|sitemap)"/.test(tag));
		expect(external).toEqual([]);
	});

	it('has no internal link that leads nowhere', () => {
		const broken: string[] = [];
		for (const [, href] of html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)) {
			if (/^(https?:|mailto:|tel:)/.test(href)) continue;
			const [target, fragment] = href.split('#');
			const targetFile = target ? fileForPath(target) : undefined;
			if (target && !targetFile) {
				broken.push(href);
				continue;
			}
			if (fragment) {
				const targetHtml = targetFile ? readFileSync(targetFile, 'utf8') : html;
				if (!targetHtml.includes(`id="${decodeURIComponent(fragment)}"`)) broken.push(href);
			}
		}
		expect(broken, `kapotte links op ${path}`).toEqual([]);
	});
});

describe('the site as a whole', () => {
	it('has every page of the URL map', () => {
		const required = [
			'/',
			'/stappenplan/',
			'/voorbeelden/',
			'/informele-steun/',
			'/big-5/',
			'/zelfscan/',
			'/voor-trainers/',
			'/begrippen/',
			'/zoeken/',
			'/mijn-gegevens/',
			'/over/',
			'/bronnen/',
			'/privacy/',
			'/toegankelijkheid/',
			'/wetten-per-leeftijd/',
			'/404',
		];
		const built = new Set(pages.map((p) => p.path.replace(/\.html$/, '')));
		expect(required.filter((p) => !built.has(p))).toEqual([]);
	});

	it('has a sitemap and a robots.txt (their addresses: site-address.test.ts)', () => {
		expect(fileForPath('/sitemap-index.xml')).toBeDefined();
		expect(readFileSync(fileForPath('/robots.txt')!, 'utf8')).toMatch(/^User-agent: \*\nAllow: \/\n/);
	});

	it('has a search index with Dutch pages', () => {
		const entry = JSON.parse(readFileSync(fileForPath('/pagefind/pagefind-entry.json')!, 'utf8'));
		expect(Object.keys(entry.languages)).toEqual(['nl']);
		expect(entry.languages.nl.page_count).toBeGreaterThan(20);
	});
});
