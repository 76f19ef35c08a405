import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from './dist-files';
import { internetNlCspFailures } from './internet-nl';

/**
 * The site's own address. Without SITE_URL the build knows none, so it names no domain:
 * canonical links, sitemap, handouts and security.txt show paths. With SITE_URL they all
 * use it, and security.txt gets the publisher's SECURITY_CONTACT. The build of `npm test`
 * is checked as it was built; a second build with both settings, in a temporary folder,
 * checks the publisher's side.
 */

/** The address the site printed on its handouts before SITE_URL was required: a domain the project does not own. */
const FOREIGN_DOMAIN = 'vanjeugdnaarvolwassenheid.nl';

interface Build {
	dir: string;
	site?: URL;
	contacts: string[];
}

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}
const read = (build: Build, path: string) => readFileSync(join(build.dir, path), 'utf8');
const htmlPages = (build: Build) =>
	files(build.dir)
		.filter((f) => f.endsWith('.html') && !relative(build.dir, f).startsWith('pagefind'))
		.map((f) => ({ rel: relative(build.dir, f), html: readFileSync(f, 'utf8') }));
/** What an address on the site must look like in this build. */
const address = (build: Build, path: string) => (build.site ? new URL(path, build.site).href : path);

/** security.txt as RFC 9116 fields, with the checks of internet.nl's parser (sectxt) on every line. */
function securityTxtFields(text: string): Map<string, string[]> {
	const fields = new Map<string, string[]>();
	for (const [i, line] of text.split('\n').entries()) {
		if (!line || line.startsWith('#')) continue;
		const [, name, value] = line.match(/^([A-Za-z-]+): (\S.*)$/) ?? [];
		expect(name, `regel ${i + 1} is geen "Veld: waarde": ${line}`).toBeTruthy();
		fields.set(name.toLowerCase(), [...(fields.get(name.toLowerCase()) ?? []), value]);
	}
	return fields;
}

function checkBuild(build: Build) {
	const mode = build.site ? `met SITE_URL=${build.site.origin}` : 'zonder SITE_URL';

	describe(`the site address (${mode})`, () => {
		it(`names no domain the project does not own (${FOREIGN_DOMAIN})`, () => {
			const text = files(build.dir).filter((f) => /\.(html|xml|txt|js|json|conf)$/.test(f) || f.endsWith('_headers'));
			const found = text.filter((f) => readFileSync(f, 'utf8').includes(FOREIGN_DOMAIN));
			expect(found.map((f) => relative(build.dir, f))).toEqual([]);
		});

		it('every canonical link is the address of a page of this site', () => {
			const wrong = htmlPages(build).flatMap(({ rel, html }) =>
				[...html.matchAll(/<link rel="canonical" href="([^"]+)"/g)]
					.map((m) => m[1])
					.filter((href) => href !== address(build, new URL(href, 'http://x').pathname))
					.map((href) => `${rel}: ${href}`),
			);
			expect(wrong).toEqual([]);
			expect(read(build, 'index.html')).toContain(`<link rel="canonical" href="${address(build, '/')}">`);
		});

		it('the sitemap lists every page at its address, and robots.txt points to it only with a full address', () => {
			const index = read(build, 'sitemap-index.xml');
			expect(index).toContain(`<loc>${address(build, '/sitemap-0.xml')}</loc>`);
			const locs = [...read(build, 'sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
			expect(locs).toContain(address(build, '/stappenplan/'));
			expect(locs).toContain(address(build, '/kwetsbaarheid-melden/'));
			expect(locs.filter((loc) => !loc.startsWith(address(build, '/')))).toEqual([]);
			expect(locs.some((loc) => loc.includes('404'))).toBe(false);
			expect(locs).toHaveLength(htmlPages(build).length - 1);
			const robots = read(build, 'robots.txt');
			if (build.site) expect(robots).toContain(`Sitemap: ${address(build, '/sitemap-index.xml')}\n`);
			else expect(robots).not.toContain('Sitemap:');
		});

		it('a step handout prints where the full text is', () => {
			const handout = read(build, 'stappenplan/bepaal-de-doelgroep/handout/index.html');
			const where = build.site
				? address(build, '/stappenplan/bepaal-de-doelgroep/')
				: 'de site Van jeugd naar volwassenheid, pagina /stappenplan/bepaal-de-doelgroep/';
			expect(handout).toContain(`Volledige tekst en bronnen: ${where}`);
		});

		it('security.txt follows RFC 9116 and expires within a year', () => {
			const fields = securityTxtFields(read(build, '.well-known/security.txt'));
			const page = address(build, '/kwetsbaarheid-melden/');
			expect(fields.get('contact')).toEqual(build.contacts.length ? build.contacts : [page]);
			expect(fields.get('policy')).toEqual([page]);
			expect(fields.get('preferred-languages')).toEqual(['nl, en']);
			const expires = fields.get('expires') ?? [];
			expect(expires).toHaveLength(1);
			expect(expires[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
			const now = new Date();
			const yearFromNow = new Date(now);
			yearFromNow.setUTCFullYear(now.getUTCFullYear() + 1);
			expect(new Date(expires[0]).getTime()).toBeGreaterThan(now.getTime());
			expect(new Date(expires[0]).getTime()).toBeLessThanOrEqual(yearFromNow.getTime());
			if (build.site) {
				expect(fields.get('canonical')).toEqual([address(build, '/.well-known/security.txt')]);
				// Every URI field is a full address: https for the web (RFC 9116 §2.5), or mailto/tel.
				const uris = ['contact', 'policy', 'canonical'].flatMap((f) => fields.get(f) ?? []);
				expect(uris.filter((u) => !/^(https:\/\/|mailto:|tel:)/.test(u))).toEqual([]);
			} else {
				expect(fields.has('canonical')).toBe(false);
			}
		});

		it('the page about reporting a vulnerability names the contact of security.txt', () => {
			const html = read(build, 'kwetsbaarheid-melden/index.html').replace(/\s+/g, ' ');
			for (const contact of build.contacts) expect(html).toContain(`href="${contact}"`);
			if (!build.contacts.length) expect(html).toContain('noemt daarvoor nog geen eigen adres');
			expect(html).toContain('href="/.well-known/security.txt"');
		});
	});
}

const siteUrl = process.env.SITE_URL ? new URL(process.env.SITE_URL) : undefined;
const contactsOf = (value: string | undefined) => (value ?? '').split(/[\s,]+/).filter(Boolean);
checkBuild({ dir: distDir, site: siteUrl, contacts: contactsOf(process.env.SECURITY_CONTACT) });

const publisher: Build = {
	dir: mkdtempSync(join(tmpdir(), 'kb-site-url-')),
	site: new URL('https://jeugd.gemeente.example/'),
	contacts: ['mailto:cvd@gemeente.example', 'https://www.gemeente.example/kwetsbaarheid-melden'],
};
describe('a publisher build (SITE_URL and SECURITY_CONTACT set)', () => {
	beforeAll(() => {
		execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', publisher.dir], {
			env: {
				...process.env,
				SITE_URL: publisher.site?.origin,
				SECURITY_CONTACT: publisher.contacts.join(' '),
				ASTRO_TELEMETRY_DISABLED: '1',
			},
			stdio: 'pipe',
		});
	}, 240_000);
	afterAll(() => rmSync(publisher.dir, { recursive: true, force: true }));

	it('builds, and its header CSP passes internet.nl for its own domain', () => {
		expect(existsSync(join(publisher.dir, 'index.html'))).toBe(true);
		const csp = read(publisher, '_headers').match(/^ {2}Content-Security-Policy: (.+)$/m)?.[1] ?? '';
		expect(internetNlCspFailures(csp, 'jeugd.gemeente.example')).toEqual([]);
	});

	checkBuild(publisher);
});
