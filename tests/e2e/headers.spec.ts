import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parseHeadersFile } from '../scripts/headers.mjs';
import { expect, test } from './helpers';

/**
 * The security headers the build writes into dist/_headers, as the host sends them:
 * tests/scripts/serve.mjs applies that file the way Netlify and Cloudflare Pages do.
 * Every kind of response carries them, and the site works under the header CSP and the
 * meta CSP together: every test here (and in the other files) fails on a CSP violation
 * in the page (helpers.ts). A violation inside a web worker is not reported to the page's
 * listener, so the search test also checks that Pagefind really searched in its worker.
 */
const dist = process.env.DIST_DIR ?? 'dist';
const expected: [string, string][] = parseHeadersFile(readFileSync(`${dist}/_headers`, 'utf8'))
	.filter((rule: { pattern: string }) => rule.pattern === '/*')
	.flatMap((rule: { headers: [string, string][] }) => rule.headers);
const csp = expected.find(([name]) => name === 'Content-Security-Policy')?.[1];
const script = readdirSync(`${dist}/_astro`).find((f) => f.endsWith('.js'));

const responses = [
	{ soort: 'een HTML-pagina', path: '/stappenplan/', status: 200, type: /^text\/html/ },
	{ soort: 'een JavaScript-bestand', path: `/_astro/${script}`, status: 200, type: /javascript/ },
	// A worker's CSP is the one sent with its script, not the page's: Pagefind compiles WebAssembly there.
	{ soort: 'de zoek-worker', path: '/pagefind/pagefind-worker.js', status: 200, type: /javascript/ },
	{ soort: 'de service worker', path: '/sw.js', status: 200, type: /javascript/ },
	{ soort: 'security.txt', path: '/.well-known/security.txt', status: 200, type: /^text\/plain; charset=utf-8$/ },
	{ soort: 'de 404-pagina', path: '/bestaat-niet/', status: 404, type: /^text\/html/ },
];

test('dist/_headers has a Content-Security-Policy and the other security headers', () => {
	expect(csp, 'geen Content-Security-Policy in dist/_headers').toBeTruthy();
	expect(expected.map(([name]) => name)).toEqual(
		expect.arrayContaining([
			'Strict-Transport-Security',
			'X-Content-Type-Options',
			'X-Frame-Options',
			'Referrer-Policy',
			'Permissions-Policy',
		]),
	);
});

for (const { soort, path, status, type } of responses) {
	test(`${soort} krijgt alle beveiligingsheaders (${path})`, async ({ request }) => {
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

test('the host reads _headers but does not serve it', async ({ request }) => {
	expect((await request.get('/_headers')).status()).toBe(404);
});

/** Answers every statement of a zelfscan, theme by theme, and opens the results; returns the deelcode. */
async function completeScan(page: Page, path: string, name: string) {
	await page.goto(path);
	await page.getByLabel('Naam van de scan').fill(name);
	await page.getByRole('button', { name: 'Begin de scan' }).click();
	const vragen = page.getByRole('region', { name: 'Vragen' });
	const themes = await vragen.getByRole('list').first().getByRole('link').allTextContents();
	expect(themes.length).toBeGreaterThan(1);
	for (const theme of themes) {
		await vragen.getByRole('link', { name: theme, exact: true }).click();
		const groups = page.getByRole('region', { name: theme }).getByRole('group');
		await expect(groups.first()).toBeVisible();
		const total = await groups.count();
		for (let i = 0; i < total; i++) await groups.nth(i).getByRole('radio').nth(2).check();
	}
	await page
		.getByRole('navigation', { name: 'Onderdelen van de scan' })
		.getByRole('link', { name: 'Resultaten' })
		.click();
	await expect(page.getByRole('heading', { name: 'Resultaten', level: 2 })).toBeVisible();
	await expect(page.getByRole('img', { name: /^Gemiddelde per/ })).toBeVisible();
	return page.getByRole('textbox', { name: 'Deelcode', exact: true }).inputValue();
}

test.describe('under the header CSP', () => {
	test('search runs in its worker, which compiles its WebAssembly under the header policy', async ({ page }) => {
		const warnings: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'warning') warnings.push(message.text());
		});
		const response = await page.goto('/zoeken/?q=jongeren');
		expect(response?.headers()['content-security-policy']).toBe(csp);
		await expect(page.getByRole('status')).toContainText(/\d+ resultaten voor "jongeren"/);
		// Blocked in its worker, Pagefind either fails (above) or falls back to the page with a warning.
		expect(warnings.filter((w) => /pagefind/i.test(w))).toEqual([]);
		expect(page.workers().map((w) => new URL(w.url()).pathname)).toContain('/pagefind/pagefind-worker.js');
	});

	test('every tool, export and import, and the group overview work without a CSP violation', async ({ page }) => {
		test.setTimeout(180_000);

		// BIG-5-checklist
		await page.goto('/big-5/');
		await page.getByLabel('Code of bijnaam van de jongere').fill('J-01');
		await page.getByRole('button', { name: 'Nieuwe checklist' }).click();
		const first = page.getByRole('group', { name: '1. Een volwassene die blijft', exact: true });
		await first.getByRole('radio', { name: 'Geregeld', exact: true }).check();
		await expect(first.getByRole('radio', { name: 'Geregeld', exact: true })).toBeChecked();
		// The service worker (registered by tool pages) installs: its own script runs under the header policy.
		await expect
			.poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), { timeout: 30_000 })
			.toBe('activated');

		// Both zelfscans, with results
		const code = await completeScan(page, '/zelfscan/informele-steun/', 'Team Noord');
		expect(code).toMatch(/^z2\.informele-steun\.2\./);
		await completeScan(page, '/zelfscan/gemeentescan/', 'Gemeente Zuid');

		// Export everything and import it back
		await page.goto('/mijn-gegevens/');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Exporteer alles' }).click(),
		]);
		const exported = await readFile(await download.path(), 'utf8');
		await page.getByRole('button', { name: 'Wis alles' }).click();
		await page.getByRole('button', { name: 'Ja, wis alles' }).click();
		await page.getByLabel('Importeer een bestand (één hulpmiddel of alles)').setInputFiles({
			name: download.suggestedFilename(),
			mimeType: 'application/json',
			buffer: Buffer.from(exported),
		});
		await page.getByRole('button', { name: 'Vervang mijn gegevens' }).click();
		await page.goto('/big-5/');
		await expect(page.getByRole('heading', { name: 'Checklist voor J-01' })).toBeVisible();

		// Group overview
		await page.goto('/voor-trainers/groepsoverzicht/');
		await page.getByLabel(/Plak een of meer deelcodes/).fill(code);
		await page.getByRole('button', { name: 'Voeg toe' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'toegevoegd' })).toContainText('1 deelcode toegevoegd.');
		await expect(page.getByRole('table', { name: /^Scores per thema/ })).toBeVisible();
	});
});
