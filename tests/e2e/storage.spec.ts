import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, plant, test, viewports, wcagTags } from './helpers';

/**
 * Browser storage, end to end, against the built site: /mijn-gegevens/ and
 * the BIG-5-checklist (/big-5/), the first tool that uses the storage
 * module. Data is put in through the real import of /mijn-gegevens/ or by
 * using the tool; broken stored values are planted before the page loads.
 */

const KEY = 'kb:tool:big5';
const IMPORT_LABEL = 'Importeer een bestand (één hulpmiddel of alles)';
const fixture = JSON.parse(readFileSync(new URL('../fixtures/storage/big5-v1.json', import.meta.url), 'utf8'));
/** The fixture's data as the site keeps it after reading it: version 1 is migrated to the current version 3 (the werkmap). */
const migrated = {
	jongeren: fixture.data.checklists.map((c: object) => ({
		...c,
		netwerk: [],
		verjaardag18: '',
		tijdlijn: {},
		regionaal: [],
	})),
	activeId: fixture.data.actief,
};
const fixtureFile = (data: unknown = fixture, name = 'big-5-checklist.json') => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(typeof data === 'string' ? data : JSON.stringify(data)),
});

/** Put a value in localStorage before the site's scripts run, on the first load only. */
/**
 * axe on the storage UI inside a tool page only (status, notices, export and import); the tool's
 * own markup is checked by the tool's tests and the site-wide crawl.
 */
async function expectStorageUiAccessible(page: Page, context: string) {
	const { violations } = await new AxeBuilder({ page })
		.include('.kb-storage')
		.include('.kb-transfer')
		.withTags(wcagTags)
		.analyze();
	const summary = violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	expect(summary, `axe-fouten ${context}`).toEqual([]);
}

const stored = (page: Page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);
const siteKeys = (page: Page) =>
	page.evaluate(() =>
		Object.keys(localStorage)
			.filter((k) => k.startsWith('kb:'))
			.sort(),
	);
const snapshot = (page: Page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

async function importOnPage(page: Page, file = fixtureFile()) {
	await page.getByLabel(IMPORT_LABEL).setInputFiles(file);
	await page.getByRole('button', { name: 'Vervang mijn gegevens' }).click();
}

async function newChecklist(page: Page, code: string) {
	await page.getByLabel('Code of bijnaam van de jongere').fill(code);
	await page.getByRole('button', { name: 'Nieuwe checklist' }).click();
	await expect(page.getByRole('heading', { name: `Checklist voor ${code}` })).toBeVisible();
}

/** Fill localStorage with other keys until it refuses even one more character. */
async function fillStorage(page: Page) {
	return page.evaluate(() => {
		let size = 1 << 20;
		let i = 0;
		while (size >= 1) {
			try {
				localStorage.setItem(`vulling-${i}`, 'x'.repeat(size));
				i++;
			} catch {
				size = Math.floor(size / 2);
			}
		}
		return i;
	});
}

test.describe('Mijn gegevens', () => {
	test('empty state, and no WCAG problems', async ({ page }) => {
		await page.goto('/mijn-gegevens/');
		await expect(page.getByRole('heading', { level: 1, name: 'Mijn gegevens' })).toBeVisible();
		await expect(page.getByText('Deze site bewaart nu niets in deze browser.')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Wis alles' })).toHaveCount(0);
		await expectNoAxeViolations(page, 'lege staat');
	});

	test('without JavaScript the page says it needs JavaScript', async ({ request }) => {
		// Playwright's "JavaScript off" still parses <noscript> as if scripts ran, so read the HTML a
		// browser without JavaScript gets: the message sits in <noscript>, and the island's server
		// output claims nothing about what is stored.
		const html = await (await request.get('/mijn-gegevens/')).text();
		expect(html).toMatch(/<noscript>\s*<p[^>]*>\s*Deze pagina heeft JavaScript nodig\./);
		expect(html).not.toContain('Deze site bewaart nu niets in deze browser.');
		expect(html).toMatch(/<astro-island[^>]*component-url="[^"]*MijnGegevens[^"]*"[^>]*client="load"/);
	});

	test('import with preview, kept after reload and in a reopened page, undo', async ({ page, context }) => {
		await page.goto('/mijn-gegevens/');
		await page.getByLabel(IMPORT_LABEL).setInputFiles(fixtureFile());
		const preview = page.getByRole('region', { name: 'Wat verandert er bij het importeren van dit bestand?' });
		await expect(preview).toContainText('BIG-5-checklist: nu 0 jongeren');
		await expect(preview).toContainText('Bij vervangen: daarna 2 jongeren.');
		expect(await siteKeys(page)).toEqual([]);
		await expectNoAxeViolations(page, 'importvoorbeeld');
		await page.getByRole('button', { name: 'Vervang mijn gegevens' }).click();

		const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'BIG-5-checklist' }) });
		await expect(card).toContainText('2 jongeren');
		await expect(card).toContainText(/Grootte\s*\d+(,\d)? KB/);
		expect(JSON.parse((await stored(page))!)).toMatchObject({
			tool: 'big5',
			schemaVersion: 3,
			revision: 1,
			data: migrated,
		});
		await expectNoAxeViolations(page, 'met gegevens');

		await page.reload();
		await expect(card).toContainText('2 jongeren');

		const reopened = await context.newPage();
		await page.close();
		await reopened.goto('/big-5/');
		await expect(reopened.getByRole('heading', { name: 'Checklist voor J-01' })).toBeVisible();

		await reopened.goto('/mijn-gegevens/');
		await reopened
			.getByLabel(IMPORT_LABEL)
			.setInputFiles(fixtureFile({ ...fixture, data: { checklists: [fixture.data.checklists[1]], actief: null } }));
		await reopened.getByRole('button', { name: 'Vervang mijn gegevens' }).click();
		await expect(reopened.getByRole('listitem').filter({ hasText: 'BIG-5-checklist' })).toContainText('1 jongere');
		await reopened.getByRole('button', { name: 'Import ongedaan maken' }).click();
		await expect(reopened.getByText('De import is ongedaan gemaakt.', { exact: false })).toBeVisible();
		await expect(reopened.getByRole('listitem').filter({ hasText: 'BIG-5-checklist' })).toContainText('2 jongeren');
		expect(JSON.parse((await stored(reopened))!).data).toEqual(migrated);
	});

	test('hostile imports are refused with a Dutch message and change nothing', async ({ page }) => {
		await page.goto('/mijn-gegevens/');
		await importOnPage(page);
		await expect(page.getByRole('listitem').filter({ hasText: 'BIG-5-checklist' })).toBeVisible();
		const before = await snapshot(page);
		const field = page.getByLabel(IMPORT_LABEL);
		const hostile: [string, ReturnType<typeof fixtureFile>, RegExp][] = [
			['geen JSON', fixtureFile('<html><script>alert(1)</script></html>', 'pagina.json'), /geen JSON/],
			[
				'5 MB',
				{ name: 'groot.json', mimeType: 'application/json', buffer: Buffer.alloc(5 * 1024 * 1024, 32) },
				/te groot/,
			],
			[
				'__proto__',
				fixtureFile(
					`{"__proto__":{"polluted":1},"tool":"big5","schemaVersion":1,"revision":1,"savedAt":"x","data":{"checklists":[],"actief":null}}`,
				),
				/niet zijn toegestaan/,
			],
			['verkeerde typen', fixtureFile({ ...fixture, data: { checklists: 'veel', actief: 7 } }), /kloppen niet/],
			[
				'enorm getal',
				fixtureFile(
					`{"tool":"big5","schemaVersion":1,"revision":1e999,"savedAt":"x","data":{"checklists":[],"actief":null}}`,
				),
				/niet zijn toegestaan/,
			],
			['onbekende versie', fixtureFile({ ...fixture, schemaVersion: 99 }), /nieuwere versie/],
			['onbekend hulpmiddel', fixtureFile({ ...fixture, tool: 'onbekend' }), /niet kent/],
			['lege lijst', fixtureFile({ kind: 'kb-alles', exportedAt: 'x', tools: [] }), /geen gegevens/],
		];
		for (const [label, file, message] of hostile) {
			await field.setInputFiles(file);
			const alert = page.getByRole('alert');
			await expect(alert, label).toContainText(message);
			await expect(alert, label).toContainText('Er is niets veranderd.');
			await expect(page.getByRole('button', { name: 'Vervang mijn gegevens' })).toHaveCount(0);
			expect(await snapshot(page), label).toBe(before);
		}
		expect(await page.evaluate(() => ({}) as Record<string, unknown>).then((o) => o.polluted)).toBeUndefined();
		await expectNoAxeViolations(page, 'importfout');
	});

	test('"Wis alles" asks in a dialog that works by keyboard', async ({ page }) => {
		await page.goto('/mijn-gegevens/');
		await importOnPage(page);
		await page.evaluate(() => localStorage.setItem('andere-site', 'blijft'));
		const wisAlles = page.getByRole('button', { name: 'Wis alles' });
		await wisAlles.focus();
		await page.keyboard.press('Enter');
		const dialog = page.getByRole('dialog', { name: 'Alles wissen?' });
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('button', { name: 'Annuleren' })).toBeFocused();
		await expectNoAxeViolations(page, 'dialoog open');
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(wisAlles).toBeFocused();
		expect(await siteKeys(page)).toEqual([KEY]);

		await page.keyboard.press('Enter');
		await expect(dialog).toBeVisible();
		await page.keyboard.press('Tab');
		await expect(dialog.getByRole('button', { name: 'Ja, wis alles' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(dialog).toBeHidden();
		await expect(page.getByText('Alles is gewist.', { exact: false })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Wat deze site in deze browser bewaart' })).toBeFocused();
		expect(await siteKeys(page)).toEqual([]);
		expect(await stored(page, 'andere-site')).toBe('blijft');
	});

	test('at 320 px wide: list, import preview and dialog have no WCAG problems and no sideways scrolling', async ({
		page,
	}) => {
		await page.setViewportSize(viewports.mobiel);
		await page.goto('/mijn-gegevens/');
		await importOnPage(page);
		await page.getByLabel(IMPORT_LABEL).setInputFiles(fixtureFile());
		await expect(page.getByRole('region', { name: /Wat verandert er/ })).toBeVisible();
		await expectNoAxeViolations(page, '320 px met voorbeeld');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await page.getByRole('button', { name: 'Annuleren' }).click();
		await page.getByRole('button', { name: 'Wis alles' }).click();
		await expect(page.getByRole('dialog', { name: 'Alles wissen?' })).toBeVisible();
		await expectNoAxeViolations(page, '320 px met dialoog');
	});

	test('delete one tool after confirming', async ({ page }) => {
		await page.goto('/mijn-gegevens/');
		await importOnPage(page);
		await page.getByRole('button', { name: 'Wis Werkmap en BIG-5-checklist' }).click();
		const dialog = page.getByRole('dialog', { name: 'Gegevens van de Werkmap en BIG-5-checklist wissen?' });
		await dialog.getByRole('button', { name: 'Ja, wis deze gegevens' }).click();
		await expect(page.getByText('De gegevens van de Werkmap en BIG-5-checklist zijn gewist.')).toBeVisible();
		await expect(page.getByText('Deze site bewaart nu niets in deze browser.')).toBeVisible();
		expect(await stored(page)).toBeNull();
	});

	test('export everything downloads one named file that imports back', async ({ page }) => {
		await page.goto('/mijn-gegevens/');
		await importOnPage(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Exporteer alles' }).click(),
		]);
		expect(download.suggestedFilename()).toMatch(/^van-jeugd-naar-volwassenheid-alles-\d{4}-\d{2}-\d{2}\.json$/);
		const text = await readFile((await download.path())!, 'utf8');
		const file = JSON.parse(text);
		expect(file.kind).toBe('kb-alles');
		expect(file.tools[0]).toMatchObject({ tool: 'big5', data: migrated });

		await page.getByRole('button', { name: 'Wis alles' }).click();
		await page.getByRole('button', { name: 'Ja, wis alles' }).click();
		await importOnPage(page, fixtureFile(text, download.suggestedFilename()));
		expect(JSON.parse((await stored(page))!).data).toEqual(migrated);
	});
});

test.describe('Stored data that cannot be read', () => {
	test('corrupt value: message, download, start again; the original stays in quarantine', async ({ page }) => {
		await plant(page, KEY, '{kapot');
		await page.goto('/mijn-gegevens/');
		const card = page.getByRole('listitem').filter({ hasText: 'BIG-5-checklist' });
		await expect(card).toContainText('Onleesbare gegevens');
		await expect(page.getByRole('region', { name: 'De opgeslagen gegevens zijn niet te lezen' })).toBeVisible();
		await expectNoAxeViolations(page, 'onleesbare gegevens');

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download de onleesbare gegevens' }).click(),
		]);
		expect(download.suggestedFilename()).toMatch(/^werkmap-en-big-5-checklist-onleesbaar-\d{4}-\d{2}-\d{2}\.txt$/);
		expect(await readFile((await download.path())!, 'utf8')).toBe('{kapot');
		expect(await stored(page)).toBe('{kapot');
		const quarantine = (await siteKeys(page)).filter((k) => k.startsWith(`${KEY}:quarantine:`));
		expect(quarantine).toHaveLength(1);
		expect(await stored(page, quarantine[0])).toBe('{kapot');

		await page.getByRole('button', { name: 'Begin opnieuw' }).click();
		await expect(page.getByRole('region', { name: 'De opgeslagen gegevens zijn niet te lezen' })).toHaveCount(0);
		expect(await stored(page)).toBeNull();
		expect(await stored(page, quarantine[0])).toBe('{kapot');
		await expect(card).toContainText('1 kopie van onleesbare gegevens');
	});

	test('on the tool page: nothing is overwritten until the user chooses', async ({ page }) => {
		await plant(page, KEY, '{"tool":"big5","schemaVersion":1');
		await page.goto('/big-5/');
		await expect(page.getByRole('region', { name: 'De opgeslagen gegevens zijn niet te lezen' })).toBeVisible();
		await newChecklist(page, 'J-10');
		await expect(page.getByRole('status').filter({ hasText: 'gegevens zijn niet te lezen' })).toBeVisible();
		expect(await stored(page)).toBe('{"tool":"big5","schemaVersion":1');
		await page.getByRole('button', { name: 'Begin opnieuw' }).click();
		await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen$/ })).toBeVisible();
		expect(JSON.parse((await stored(page))!).data.jongeren[0].code).toBe('J-10');
	});

	test('a version newer than the site: explained, and kept untouched', async ({ page }) => {
		const future = JSON.stringify({ ...fixture, schemaVersion: 99 });
		await plant(page, KEY, future);
		await page.goto('/big-5/');
		await expect(page.getByText(/gemaakt met een nieuwere versie van deze site/)).toBeVisible();
		await newChecklist(page, 'J-11');
		expect(await stored(page)).toBe(future);
		expect((await siteKeys(page)).some((k) => k.startsWith(`${KEY}:quarantine:`))).toBe(true);
	});
});

test.describe('Storage that refuses', () => {
	test('storage really full: the answer stays on screen, status says so, export still works', async ({ page }) => {
		await page.goto('/big-5/');
		await newChecklist(page, 'J-20');
		await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen$/ })).toBeVisible();
		expect(await fillStorage(page)).toBeGreaterThan(3);

		await newChecklist(page, 'J-21');
		await expect(page.getByRole('status').filter({ hasText: 'Niet opgeslagen: opslag vol' })).toBeVisible();
		await expect(page.getByText(/De opslag van deze browser is vol/)).toBeVisible();
		expect(JSON.parse((await stored(page))!).data.jongeren).toHaveLength(1);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Exporteren' }).click(),
		]);
		const file = JSON.parse(await readFile((await download.path())!, 'utf8'));
		expect(file.data.jongeren.map((c: { code: string }) => c.code)).toEqual(['J-20', 'J-21']);
		await expectStorageUiAccessible(page, 'opslag vol');
	});

	test('storage blocked: the tool works in memory, says answers are not kept, and asks before leaving', async ({
		page,
		problems,
	}) => {
		await page.context().addInitScript(() => {
			Object.defineProperty(window, 'localStorage', {
				configurable: true,
				get() {
					throw new DOMException('Opslag geblokkeerd', 'SecurityError');
				},
			});
		});
		await page.goto('/big-5/');
		await expect(page.getByText('De antwoorden worden niet bewaard.')).toBeVisible();
		await newChecklist(page, 'J-30');
		await expect(
			page.getByRole('status').filter({ hasText: 'Niet opgeslagen: opslag niet beschikbaar' }),
		).toBeVisible();
		await expectStorageUiAccessible(page, 'opslag geblokkeerd');

		const other = await page.context().newPage();
		await other.goto('/mijn-gegevens/');
		await expect(other.getByText('Deze browser laat deze site niets bewaren.')).toBeVisible();

		// Leaving with answers that exist only on screen: the browser asks first.
		// (The fixture dismisses the question, so the page stays open; close it
		// without asking again, so the context can close cleanly afterwards.)
		const question = page.waitForEvent('dialog');
		await page.close({ runBeforeUnload: true });
		expect((await question).type()).toBe('beforeunload');
		await expect.poll(() => problems.dialogs.length).toBe(1);
		problems.dialogs.length = 0;
		await other.close();
		await page.close();
	});

	test('leaving after everything is saved does not ask', async ({ page, problems }) => {
		await page.goto('/big-5/');
		await newChecklist(page, 'J-31');
		await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen$/ })).toBeVisible();
		await page.close({ runBeforeUnload: true });
		await page.waitForEvent('close');
		expect(problems.dialogs).toEqual([]);
	});
});

test.describe('Two tabs', () => {
	test("each tab picks up the other tab's saves", async ({ context }) => {
		const one = await context.newPage();
		const two = await context.newPage();
		await one.goto('/big-5/');
		await two.goto('/big-5/');
		await newChecklist(one, 'A-1');
		await expect(two.getByRole('list', { name: 'Checklists' })).toContainText('A-1');
		await newChecklist(two, 'B-2');
		await expect(one.getByRole('list', { name: 'Checklists' })).toContainText('B-2');
		expect(JSON.parse((await stored(one))!).revision).toBe(2);
	});

	test("a tab that missed the other tab's save shows a notice instead of overwriting", async ({ context }) => {
		const fresh = await context.newPage();
		const stale = await context.newPage();
		// The stale tab misses every signal, as a tab restored from the back-forward cache can.
		await stale.addInitScript(() => {
			const swallow = (e: Event) => e.stopImmediatePropagation();
			for (const type of ['storage', 'focus', 'pageshow']) window.addEventListener(type, swallow, true);
			document.addEventListener('visibilitychange', swallow, true);
		});
		await fresh.goto('/big-5/');
		await stale.goto('/big-5/');
		await newChecklist(fresh, 'A-1');
		await newChecklist(stale, 'B-2');

		const notice = stale.getByRole('region', { name: 'In een ander tabblad zijn nieuwere gegevens opgeslagen' });
		await expect(notice).toBeVisible();
		expect(JSON.parse((await stored(stale))!).data.jongeren.map((c: { code: string }) => c.code)).toEqual(['A-1']);
		await expectStorageUiAccessible(stale, 'conflictmelding');

		await notice.getByRole('button', { name: 'Houd mijn versie en overschrijf' }).click();
		await expect(notice).toHaveCount(0);
		const after = JSON.parse((await stored(stale))!);
		expect(after.data.jongeren.map((c: { code: string }) => c.code)).toEqual(['B-2']);
		expect(after.revision).toBe(2);
	});

	test("in a conflict the other tab's version can be loaded", async ({ context }) => {
		const fresh = await context.newPage();
		const stale = await context.newPage();
		await stale.addInitScript(() => {
			const swallow = (e: Event) => e.stopImmediatePropagation();
			for (const type of ['storage', 'focus', 'pageshow']) window.addEventListener(type, swallow, true);
			document.addEventListener('visibilitychange', swallow, true);
		});
		await fresh.goto('/big-5/');
		await stale.goto('/big-5/');
		await newChecklist(fresh, 'A-1');
		await newChecklist(stale, 'B-2');
		await stale.getByRole('button', { name: 'Laad de versie uit het andere tabblad' }).click();
		await expect(stale.getByRole('list', { name: 'Checklists' })).toContainText('A-1');
		await expect(stale.getByRole('list', { name: 'Checklists' })).not.toContainText('B-2');
	});
});

test.describe('Text from files is never HTML', () => {
	test('an HTML payload in imported notes is shown as plain text', async ({ page }) => {
		const payload = '<img src=x onerror=alert(1)>';
		const hostile = structuredClone(fixture);
		hostile.data.checklists[0].code = payload;
		hostile.data.checklists[0].voorwaarden.wonen.toelichting = `${payload}<script>alert(2)</script>`;
		hostile.data.checklists[0].voorwaarden.wonen.actie.wat = payload;
		await page.goto('/mijn-gegevens/');
		await page.getByLabel(IMPORT_LABEL).setInputFiles(fixtureFile(hostile, `${payload}.json`));
		await expect(page.getByRole('region', { name: /Wat verandert er/ })).toContainText(`Bestand: ${payload}.json`);
		await page.getByRole('button', { name: 'Vervang mijn gegevens' }).click();

		await page.goto('/big-5/');
		await expect(page.getByRole('heading', { name: `Checklist voor ${payload}` })).toBeVisible();
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
		await expect(
			page.locator('main script:not([type]), main script[type="module"]').filter({ hasText: 'alert' }),
		).toHaveCount(0);
		await expect(page.getByText(payload).first()).toBeVisible();
	});
});
