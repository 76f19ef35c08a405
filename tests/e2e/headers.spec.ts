import { readdirSync, readFileSync } from 'node:fs';
import { parseHeadersFile } from '../scripts/headers.mjs';
import { expect, test } from './helpers';

/**
 * The security headers of public/_headers arrive on every kind of response:
 * an HTML page, a JavaScript file and the 404 page. The test server
 * (tests/scripts/serve.mjs) applies dist/_headers like a static host does,
 * so this also proves the file is copied into the build unchanged.
 */
const expected: [string, string][] = parseHeadersFile(readFileSync('public/_headers', 'utf8'))
	.filter((rule: { pattern: string }) => rule.pattern === '/*')
	.flatMap((rule: { headers: [string, string][] }) => rule.headers);

const dist = process.env.DIST_DIR ?? 'dist';
const script = readdirSync(`${dist}/_astro`).find((f) => f.endsWith('.js'));

test('public/_headers names the security headers we promise', () => {
	const names = expected.map(([name]) => name.toLowerCase());
	expect(names).toEqual(
		expect.arrayContaining([
			'content-security-policy',
			'strict-transport-security',
			'x-content-type-options',
			'x-frame-options',
			'referrer-policy',
			'permissions-policy',
		]),
	);
	expect(readFileSync(`${dist}/_headers`, 'utf8'), 'dist/_headers wijkt af van public/_headers').toBe(
		readFileSync('public/_headers', 'utf8'),
	);
});

const responses = [
	{ soort: 'een HTML-pagina', path: '/stappenplan/', status: 200, type: /text\/html/ },
	{ soort: 'een JavaScript-bestand', path: `/_astro/${script}`, status: 200, type: /javascript/ },
	{ soort: 'de 404-pagina', path: '/bestaat-niet/', status: 404, type: /text\/html/ },
];

for (const { soort, path, status, type } of responses) {
	test(`${soort} krijgt alle beveiligingsheaders (${path})`, async ({ request }) => {
		expect(script, 'geen JavaScript-bestand in dist/_astro').toBeDefined();
		const response = await request.get(path, { maxRedirects: 0 });
		expect(response.status()).toBe(status);
		expect(response.headers()['content-type']).toMatch(type);
		const missing = expected.filter(([name, value]) => response.headers()[name.toLowerCase()] !== value);
		expect(
			missing.map(([name, value]) => `${name}: ${value}`),
			`ontbrekende of andere headers op ${path}`,
		).toEqual([]);
	});
}

test('the header policy forbids framing, plugins and foreign form targets', () => {
	const csp = expected.find(([name]) => name.toLowerCase() === 'content-security-policy')?.[1] ?? '';
	expect(csp).toContain("frame-ancestors 'none'");
	expect(csp).toContain("object-src 'none'");
	expect(csp).toContain("form-action 'self'");
	// A default-src here would also apply to the hashed inline scripts and block them.
	expect(csp).not.toContain('default-src');
	const hsts = expected.find(([name]) => name.toLowerCase() === 'strict-transport-security')?.[1] ?? '';
	expect(Number(hsts.match(/max-age=(\d+)/)?.[1])).toBeGreaterThanOrEqual(31536000);
});
