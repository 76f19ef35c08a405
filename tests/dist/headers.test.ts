import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../scripts/headers.mjs';
import { distDir, pages } from './dist-files';
import { internetNlCspFailures } from './internet-nl';

/**
 * The security headers the build writes for the host (dist/_headers for Netlify and
 * Cloudflare Pages, dist/_headers.nginx.conf for nginx), checked the way internet.nl
 * checks a live site, and against the CSP meta tags of the pages they serve.
 */

interface Rule {
	pattern: string;
	headers: [string, string][];
}
const rules: Rule[] = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
const siteRule = rules.find((r) => r.pattern === '/*');
const headerValue = (name: string) => siteRule?.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
const csp = headerValue('Content-Security-Policy') ?? '';
const nginx = readFileSync(join(distDir, '_headers.nginx.conf'), 'utf8');
/** The domain internet.nl would test: the one in SITE_URL, or any domain of the publisher. */
const domain = process.env.SITE_URL ? new URL(process.env.SITE_URL).hostname : 'jeugd.gemeente.example';

type Policy = Map<string, string[]>;
const parse = (text: string): Policy =>
	new Map(
		text
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter(([name]) => name)
			.map(([name, ...values]): [string, string[]] => [name, values]),
	);
const metaOf = (html: string) => html.match(/<meta http-equiv="content-security-policy" content="([^"]+)"/i)?.[1];
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('the internet.nl CSP check itself', () => {
	// The rules fail what they should, or the passing results below would mean nothing.
	const bad: [string, string][] = [
		["frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'", 'missing-invalid-default-src'],
		["frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'", 'missing-invalid-frame-src'],
		[
			"default-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
			'has-unsafe-inline',
		],
		[
			"default-src 'self'; script-src 'self' 'unsafe-eval'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
			'has-unsafe-eval',
		],
		[
			"default-src 'self'; style-src 'unsafe-hashes'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
			'has-unsafe-hashes',
		],
		[
			"default-src 'self'; img-src http://cdn.example.nl; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
			'has-http',
		],
		[
			"default-src 'self'; img-src https:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
			'has-bare-https',
		],
		["default-src 'self'; img-src *; frame-ancestors 'none'; base-uri 'self'; form-action 'self'", 'has-invalid-host'],
		[
			"default-src 'self'; img-src cdn.example.nl; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
			'has-host-without-scheme',
		],
		[
			"default-src 'self'; script-src 'self' data:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
			'has-data',
		],
		[
			"default-src 'self' https://cdn.example.com; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
			'missing-invalid-default-src',
		],
		["default-src 'self'; base-uri 'self'; form-action 'self'", 'missing-invalid-frame-ancestors'],
		["default-src 'self'; frame-ancestors 'none'; form-action 'self'", 'missing-invalid-base-uri'],
		["default-src 'self'; frame-ancestors 'none'; base-uri 'self'", 'missing-invalid-form-action'],
	];
	it.each(bad)('fails %s with %s', (policy, code) => {
		expect(internetNlCspFailures(policy, domain)).toContain(code);
	});

	it("passes a strict policy, hashes, data: images and 'wasm-unsafe-eval' (which it does not know)", () => {
		const good =
			"default-src 'self'; img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' 'sha256-AbC+/0='; " +
			"frame-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";
		expect(internetNlCspFailures(good, domain)).toEqual([]);
	});
});

describe('dist/_headers and the nginx include', () => {
	it('has one rule for every path, within what Cloudflare Pages reads', () => {
		expect(siteRule, 'geen regel voor /* in dist/_headers').toBeDefined();
		expect(rules.length).toBeLessThanOrEqual(100);
		const long = readFileSync(join(distDir, '_headers'), 'utf8')
			.split('\n')
			.filter((line) => line.length > 2000);
		expect(long.map((l) => `${l.slice(0, 40)}… (${l.length} tekens)`)).toEqual([]);
	});

	it('every Content-Security-Policy header passes internet.nl', () => {
		const all = rules.flatMap((r) => r.headers).filter(([n]) => n.toLowerCase() === 'content-security-policy');
		expect(all.length).toBeGreaterThan(0);
		for (const [, value] of all) expect(internetNlCspFailures(value, domain), value).toEqual([]);
	});

	it('the header policy has what the site needs beside its hashes', () => {
		const policy = parse(csp);
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('frame-src')).toEqual(["'none'"]);
		expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('base-uri')).toEqual(["'self'"]);
		expect(policy.get('form-action')).toEqual(["'self'"]);
		// Pagefind's search engine is WebAssembly, compiled in its worker, which gets this header as its policy.
		expect(policy.get('script-src')).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
		expect(policy.get('worker-src')).toEqual(["'self'"]);
	});

	it('the other security headers have values internet.nl rates good', () => {
		expect(headerValue('X-Frame-Options')).toMatch(/^(DENY|SAMEORIGIN)$/);
		expect(headerValue('X-Content-Type-Options')).toBe('nosniff');
		expect(headerValue('Referrer-Policy')).toMatch(/^(no-referrer|same-origin)$/);
		expect(Number(headerValue('Strict-Transport-Security')?.match(/max-age=(\d+)/)?.[1])).toBeGreaterThanOrEqual(
			31536000,
		);
	});

	it("the README's nginx example includes the generated file instead of copying headers that would go stale", () => {
		const readme = readFileSync('README.md', 'utf8');
		expect(readme).toMatch(/^\s+include \S+\/dist\/_headers\.nginx\.conf;$/m);
		expect(readme).not.toMatch(/add_header (Content-Security-Policy|Strict-Transport-Security)/);
	});

	it('the nginx include sends exactly the headers of _headers, on every status code', () => {
		const lines = nginx.split('\n').filter((l) => l.trim() && !l.startsWith('#'));
		const fromNginx = lines.map((l) => l.match(/^add_header (\S+) "([^"]*)" always;$/)?.slice(1));
		expect(fromNginx.every(Boolean), 'elke regel is add_header … always;').toBe(true);
		expect(fromNginx).toEqual(siteRule?.headers);
	});
});

describe('the header policy and the pages', () => {
	const metas = pages.map(({ path, html }) => ({ path, html, meta: metaOf(html) }));

	it('every page has a CSP meta tag', () => {
		expect(metas.filter((m) => !m.meta).map((m) => m.path)).toEqual([]);
	});

	it('allows everything each page allows in its meta tag (browsers enforce both)', () => {
		const header = parse(csp);
		const missing = metas.flatMap(({ path, meta }) =>
			[...parse(meta ?? '')].flatMap(([name, values]) =>
				values.filter((v) => !header.get(name)?.includes(v)).map((v) => `${path}: ${name} ${v}`),
			),
		);
		expect(missing).toEqual([]);
	});

	it('allows nothing that no page allows, apart from frame-ancestors', () => {
		const union = new Map<string, Set<string>>();
		for (const { meta } of metas) {
			for (const [name, values] of parse(meta ?? '')) {
				const set = union.get(name) ?? new Set<string>();
				for (const v of values) set.add(v);
				union.set(name, set);
			}
		}
		const extra = [...parse(csp)]
			.filter(([name]) => name !== 'frame-ancestors')
			.flatMap(([name, values]) => values.filter((v) => !union.get(name)?.has(v)).map((v) => `${name} ${v}`));
		expect(extra).toEqual([]);
	});

	it("every inline script and style is in its page's meta tag and in the header", () => {
		const header = parse(csp);
		const blocked: string[] = [];
		for (const { path, html, meta } of metas) {
			const policy = parse(meta ?? '');
			const inline = [
				...[...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => ['script-src', m[1]]),
				...[...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => ['style-src', m[1]]),
			].filter(([, body]) => body.trim());
			for (const [directive, body] of inline) {
				const hash = sha256(body);
				if (!policy.get(directive)?.includes(hash)) blocked.push(`${path}: ${directive} ${hash} (meta)`);
				if (!header.get(directive)?.includes(hash)) blocked.push(`${path}: ${directive} ${hash} (header)`);
			}
		}
		expect(blocked).toEqual([]);
	});
});
