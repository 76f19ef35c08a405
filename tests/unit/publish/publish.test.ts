import { describe, expect, it } from 'vitest';
import { headerPolicy, headersFile, nginxFile, siteHeaders } from '../../../src/integrations/publish/headers';
import { oneYearAfter, securityTxt } from '../../../src/integrations/publish/security-txt';
import { readPublishSettings, siteAddress } from '../../../src/integrations/publish/settings';
import { sitemapFiles } from '../../../src/integrations/publish/sitemap';

describe('what a publisher sets', () => {
	it('reads SITE_URL and SECURITY_CONTACT, most preferred contact first', () => {
		const settings = readPublishSettings({
			SITE_URL: 'https://jeugd.gemeente.example',
			SECURITY_CONTACT: 'mailto:cvd@gemeente.example, https://gemeente.example/cvd',
		});
		expect(settings.site?.href).toBe('https://jeugd.gemeente.example/');
		expect(settings.securityContacts).toEqual(['mailto:cvd@gemeente.example', 'https://gemeente.example/cvd']);
		expect(readPublishSettings({})).toEqual({ site: undefined, securityContacts: [] });
	});

	it.each([
		['SITE_URL', 'jeugd.gemeente.example', /geen geldig adres/],
		['SITE_URL', 'http://jeugd.gemeente.example', /moet met https:\/\/ beginnen/],
		['SITE_URL', 'https://gemeente.example/jeugd/', /zonder pad/],
		['SECURITY_CONTACT', 'cvd@gemeente.example', /geen bruikbaar adres/],
		['SECURITY_CONTACT', 'http://gemeente.example/cvd', /geen bruikbaar adres/],
	])('stops the build with a Dutch message for %s=%s', (name, value, message) => {
		expect(() => readPublishSettings({ [name]: value })).toThrow(message);
	});

	it('allows http only for a local test address', () => {
		expect(readPublishSettings({ SITE_URL: 'http://localhost:4321' }).site?.origin).toBe('http://localhost:4321');
	});

	it('an address on the site is a path without SITE_URL, never a domain', () => {
		expect(siteAddress('/stappenplan/', undefined)).toBe('/stappenplan/');
		expect(siteAddress('/stappenplan/', new URL('https://jeugd.gemeente.example/'))).toBe(
			'https://jeugd.gemeente.example/stappenplan/',
		);
	});
});

describe('security.txt', () => {
	const builtAt = new Date('2026-12-01T16:40:33.123Z');

	it('expires one year after the build, never later', () => {
		expect(oneYearAfter(builtAt).toISOString()).toBe('2027-12-01T16:40:33.123Z');
		// A year after 29 February is 28 February: 1 March would be more than a year.
		expect(oneYearAfter(new Date('2028-02-29T12:00:00Z')).toISOString()).toBe('2029-02-28T12:00:00.000Z');
	});

	it('without settings: the page as contact, no Canonical, no domain', () => {
		const text = securityTxt({ securityContacts: [] }, builtAt);
		expect(text).toContain('Contact: /kwetsbaarheid-melden/\n');
		expect(text).toContain('Expires: 2027-12-01T16:40:33Z\n');
		expect(text).toContain('Preferred-Languages: nl, en\n');
		expect(text).not.toMatch(/Canonical|https?:/);
	});

	it("with settings: the publisher's contacts first, the page as policy, and Canonical", () => {
		const site = new URL('https://jeugd.gemeente.example/');
		const text = securityTxt({ site, securityContacts: ['mailto:cvd@gemeente.example', 'tel:+31201234567'] }, builtAt);
		expect(text.split('\n').filter((l) => !l.startsWith('#'))).toEqual([
			'Contact: mailto:cvd@gemeente.example',
			'Contact: tel:+31201234567',
			'Expires: 2027-12-01T16:40:33Z',
			'Preferred-Languages: nl, en',
			'Policy: https://jeugd.gemeente.example/kwetsbaarheid-melden/',
			'Canonical: https://jeugd.gemeente.example/.well-known/security.txt',
			'',
		]);
	});
});

describe('the header CSP from the meta tags', () => {
	const page1 = "default-src 'self'; script-src 'self' 'sha256-b='; style-src 'self'; object-src 'none'";
	const page2 =
		"default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self' 'sha256-c='; object-src 'none'";

	it('is the union of the pages, hashes sorted, plus frame-ancestors', () => {
		expect(headerPolicy([page1, page2])).toBe(
			"default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self' 'sha256-c='; " +
				"object-src 'none'; frame-ancestors 'none'",
		);
		expect(headerPolicy([page2, page1])).toBe(headerPolicy([page1, page2]));
	});

	it('refuses pages with different directives, whose fallbacks a union would change', () => {
		expect(() => headerPolicy([page1, "default-src 'self'; worker-src 'none'"])).toThrow(/andere directives/);
		expect(() => headerPolicy([])).toThrow(/Geen pagina/);
	});

	it('writes _headers and nginx from the same list, and refuses a line Cloudflare Pages would ignore', () => {
		const headers = siteHeaders(headerPolicy([page1]));
		const file = headersFile(headers);
		expect(file).toContain(`/*\n  Content-Security-Policy: ${headers[0][1]}\n  X-Frame-Options: DENY\n`);
		expect(nginxFile(headers)).toContain(`add_header Content-Security-Policy "${headers[0][1]}" always;\n`);
		const many = Array.from({ length: 40 }, (_, i) => `'sha256-${String(i).padStart(43, 'x')}='`).join(' ');
		expect(() => headersFile(siteHeaders(headerPolicy([`default-src 'self'; script-src ${many}`])))).toThrow(
			/Cloudflare Pages/,
		);
	});
});

describe('the sitemap', () => {
	it('has full addresses with SITE_URL and paths without it', () => {
		const site = new URL('https://jeugd.gemeente.example/');
		expect(sitemapFiles(['/', '/over/'], site)['sitemap-0.xml']).toContain(
			'<url><loc>https://jeugd.gemeente.example/</loc></url><url><loc>https://jeugd.gemeente.example/over/</loc></url>',
		);
		expect(sitemapFiles(['/over/'], undefined)['sitemap-index.xml']).toContain('<loc>/sitemap-0.xml</loc>');
	});
});
