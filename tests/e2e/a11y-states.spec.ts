import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, plant, test, viewports } from './helpers';

/**
 * axe in the tool states that the tools' own specs do not already check at
 * both 1280 and 320 px: the banner when the browser refuses storage, stored
 * data that cannot be read, a refused import, the import preview on a tool
 * page, search with and without results, the last slide of a presentation,
 * and a filled group overview. Plus a keyboard-only walk through the group
 * overview, the one tool without one elsewhere. Empty and filled states of
 * the BIG-5, the zelfscan and Mijn gegevens are in big5, zelfscan and
 * storage.spec.ts; every page of the sitemap in site.spec.ts.
 */

const fixture = (name: string) => readFileSync(new URL(`../fixtures/storage/${name}`, import.meta.url), 'utf8');
const big5Fixture = fixture('big5-v1.json');
const zelfscanFixture = fixture('zelfscan-v3.json');
const zelfscanId: string = JSON.parse(zelfscanFixture).data.scans[0].id;
const SCAN = '/zelfscan/informele-steun/';
const OVERZICHT = '/voor-trainers/groepsoverzicht/';

/** axe at 1280 and at 320 px, and no sideways scrolling at 320 px. */
async function checkBothWidths(page: Page, state: string) {
	for (const [name, size] of Object.entries(viewports)) {
		await page.setViewportSize(size);
		await expectNoAxeViolations(page, `${state}, ${name}`);
	}
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(overflow, `horizontaal scrollen op 320 px (${state})`).toBeLessThanOrEqual(0);
	await page.setViewportSize(viewports.desktop);
}

/** Put a value in localStorage before the site's scripts run, on the first load only. */
/** Wait until every island on the page has hydrated (Astro then drops the `ssr` attribute). */
async function hydrated(page: Page) {
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** A real deelcode: the stored zelfscan of the fixture, read from its results view. */
async function deelcode(page: Page): Promise<string> {
	await plant(page, 'kb:tool:zelfscan', zelfscanFixture);
	await page.goto(`${SCAN}?scan=${zelfscanId}#resultaten`);
	const code = await page.getByRole('textbox', { name: 'Deelcode', exact: true }).inputValue();
	expect(code).toMatch(/^z2\.informele-steun\./);
	return code;
}

/** A browser that refuses every access to localStorage (strict privacy settings). */
async function blockStorage(page: Page) {
	await page.context().addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			configurable: true,
			get() {
				throw new DOMException('Opslag geblokkeerd', 'SecurityError');
			},
		});
	});
}

test.describe('storage the browser refuses', () => {
	for (const path of ['/big-5/', SCAN, OVERZICHT, '/mijn-gegevens/']) {
		test(`the banner on ${path} passes axe at 1280 and 320 px`, async ({ page }) => {
			test.setTimeout(90_000);
			await blockStorage(page);
			await page.goto(path);
			await expect(
				page.getByText(/De antwoorden worden niet bewaard|Deze browser laat deze site niets bewaren/).first(),
			).toBeVisible();
			await checkBothWidths(page, 'opslag geblokkeerd');
		});
	}
});

test.describe('stored data that cannot be read', () => {
	const cases = [
		{ path: '/big-5/', key: 'kb:tool:big5' },
		{ path: SCAN, key: 'kb:tool:zelfscan' },
		{ path: OVERZICHT, key: 'kb:tool:groepsoverzicht' },
		{ path: '/mijn-gegevens/', key: 'kb:tool:big5' },
	];
	for (const { path, key } of cases) {
		test(`the message on ${path} passes axe at 1280 and 320 px`, async ({ page }) => {
			test.setTimeout(90_000);
			await plant(page, key, '{kapot');
			await page.goto(path);
			await expect(page.getByRole('region', { name: 'De opgeslagen gegevens zijn niet te lezen' })).toBeVisible();
			await checkBothWidths(page, 'onleesbare gegevens');
		});
	}
});

test.describe('import on a tool page', () => {
	test('preview of a file and a refused file pass axe at 1280 and 320 px', async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto('/big-5/');
		await page.getByText('Bewaren als bestand of een bestand openen').click();
		const input = page.getByLabel('Importeren uit een bestand');
		await input.setInputFiles({
			name: 'big-5-checklist.json',
			mimeType: 'application/json',
			buffer: Buffer.from(big5Fixture),
		});
		await expect(page.getByRole('button', { name: 'Vervang mijn gegevens' })).toBeVisible();
		await checkBothWidths(page, 'importvoorbeeld');

		await page.getByRole('button', { name: 'Annuleren' }).click();
		await input.setInputFiles({
			name: 'kapot.json',
			mimeType: 'application/json',
			buffer: Buffer.from('<b>geen json</b>'),
		});
		await expect(page.getByRole('alert').filter({ hasText: 'Importeren is niet gelukt.' })).toBeVisible();
		await checkBothWidths(page, 'importfout');
	});
});

test.describe('search', () => {
	test('results, a filter and no results pass axe at 1280 and 320 px', async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto('/zoeken/?q=toekomstplan');
		await expect(page.getByRole('status')).toContainText(/resultaten? voor "toekomstplan"/);
		await checkBothWidths(page, 'met zoekresultaten');

		await page.getByRole('combobox', { name: 'Soort pagina' }).selectOption('Stap');
		await expect(page.getByRole('status')).toContainText('met de gekozen filters');
		await checkBothWidths(page, 'met filter');

		await page.goto('/zoeken/?q=xyzzyqwerty');
		await expect(page.getByRole('status')).toContainText('Geen resultaten');
		await checkBothWidths(page, 'zonder resultaten');
	});
});

test.describe('presentation mode', () => {
	test('the last slide, with the questions, passes axe at 1280 and 320 px', async ({ page }) => {
		await page.goto('/stappenplan/bepaal-de-doelgroep/presentatie/#dia-1');
		await page.keyboard.press('End');
		await expect(page.getByRole('heading', { name: 'Gespreksvragen', level: 2 })).toBeVisible();
		await checkBothWidths(page, 'presentatie, laatste dia');
	});
});

test.describe('group overview', () => {
	test('filled, with a refused code, passes axe at 1280 and 320 px', async ({ page }) => {
		test.setTimeout(90_000);
		const code = await deelcode(page);
		await page.goto(OVERZICHT);
		await hydrated(page);
		await page.getByLabel(/Plak een of meer deelcodes/).fill(`${code}\nonzin`);
		await page.getByRole('button', { name: 'Voeg toe' }).click();
		await expect(page.getByRole('heading', { name: 'Zelfscan informele steun: 1 deelnemer' })).toBeVisible();
		await expect(page.getByText('onzin: Dit is geen geldige deelcode.', { exact: false })).toBeVisible();
		await checkBothWidths(page, 'groepsoverzicht gevuld, met foutmelding');
	});

	test('works by keyboard alone: paste a code, add it, clear the session', async ({ page }) => {
		const code = await deelcode(page);
		await page.goto(OVERZICHT);
		await hydrated(page);
		const keys = page.keyboard;
		async function tabTo(name: string, locate: () => ReturnType<Page['getByRole']>, max = 60) {
			const target = locate();
			for (let i = 0; i < max; i++) {
				if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
				await keys.press('Tab');
			}
			throw new Error(`${name} niet bereikt met Tab`);
		}
		await tabTo('het codeveld', () => page.getByRole('textbox', { name: /Plak een of meer deelcodes/ }));
		await keys.type(code);
		await tabTo('de knop Voeg toe', () => page.getByRole('button', { name: 'Voeg toe' }));
		await keys.press('Enter');
		await expect(page.getByRole('status').filter({ hasText: 'toegevoegd' })).toContainText('1 deelcode toegevoegd.');
		await expect(page.getByRole('heading', { name: 'Zelfscan informele steun: 1 deelnemer' })).toBeVisible();

		await tabTo('de knop Sessie wissen', () => page.getByRole('button', { name: 'Sessie wissen' }));
		await keys.press('Enter');
		await expect(page.getByText(/Weet u zeker dat u de sessie wilt wissen\?/)).toBeFocused();
		await tabTo('de knop Ja, wis de sessie', () => page.getByRole('button', { name: 'Ja, wis de sessie' }));
		await keys.press('Enter');
		await expect(page.getByText('Er zijn nog geen deelcodes in deze sessie.')).toBeVisible();
		await expect(page.getByLabel(/Plak een of meer deelcodes/)).toBeFocused();
	});
});
