import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, viewports } from './helpers';

/**
 * The site's chrome on a phone and on a wide screen: a header that leaves
 * the first screen to the page, the sections and search one tap away
 * without JavaScript, and the stappenplan navigation on every step page.
 * How it looks is guarded by tests/visual; this file checks what a reader
 * does with it.
 */

const telefoon = { width: 390, height: 844 };
const SECTIES = ['Stappenplan', 'Voorbeelden', 'Informele steun', 'BIG-5', 'Zelfscan', 'Voor trainers'];
const STAP = '/stappenplan/werk-met-een-toekomstplan/';

const kop = (page: Page) => page.getByRole('banner');
const menu = (page: Page) => kop(page).getByRole('navigation', { name: 'Hoofdmenu' });
const zoekveld = (page: Page) => kop(page).getByRole('searchbox', { name: 'Zoek in de kennisbank' });
// A <summary> has no ARIA role of its own that Playwright knows (Chromium exposes it as a disclosure button).
const toggle = (page: Page, name: 'Menu' | 'Zoek') => kop(page).locator('summary', { hasText: name });

/** The element's box on the page; fails when it is not rendered. */
async function box(locator: Locator) {
	const b = await locator.boundingBox();
	if (!b) throw new Error(`${locator} staat niet op de pagina`);
	return b;
}

async function tabTo(page: Page, target: ReturnType<Page['locator']>, max = 30) {
	for (let i = 0; i < max; i++) {
		if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error('niet bereikt met Tab');
}

test.describe('de kop op een telefoon', () => {
	test.use({ viewport: telefoon });

	for (const path of ['/', STAP, '/voorbeelden/hengelo-toekomstplannen/', '/informele-steun/', '/stappenplan/']) {
		test(`${path}: kop hooguit 120 px hoog, paginatitel binnen 200 px van de bovenkant`, async ({ page }) => {
			await page.goto(path);
			const header = await box(kop(page));
			expect(header.y + header.height, 'onderkant van de kop').toBeLessThanOrEqual(120);
			const titel = await box(page.getByRole('heading', { level: 1 }));
			expect(titel.y, 'bovenkant van de paginatitel').toBeLessThanOrEqual(200);
		});
	}

	test('de zes onderdelen en het zoeken zijn één tik weg, zonder JavaScript', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ baseURL, viewport: telefoon, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(STAP);
		await expect(menu(page)).toBeHidden();
		await expect(zoekveld(page)).toBeHidden();

		await toggle(page, 'Menu').click();
		for (const name of SECTIES) await expect(menu(page).getByRole('link', { name, exact: true })).toBeVisible();
		await expect(menu(page).getByRole('link', { name: 'Stappenplan' })).toHaveAttribute('aria-current', 'page');

		// One open at a time: opening Zoek closes Menu.
		await toggle(page, 'Zoek').click();
		await expect(menu(page)).toBeHidden();
		await zoekveld(page).fill('toekomstplan');
		await zoekveld(page).press('Enter');
		await expect(page).toHaveURL(/\/zoeken\/\?q=toekomstplan$/);
		await context.close();
	});

	test('werkt met het toetsenbord, met een zichtbare focus', async ({ page }) => {
		await page.goto('/');
		await tabTo(page, toggle(page, 'Menu'));
		const outline = await toggle(page, 'Menu').evaluate((el) => getComputedStyle(el).outlineStyle);
		expect(outline, 'focus zichtbaar op de knop Menu').not.toBe('none');
		await page.keyboard.press('Enter');
		await expect(menu(page)).toBeVisible();
		await page.keyboard.press('Tab');
		const eerste = menu(page).getByRole('link', { name: 'Stappenplan' });
		await expect(eerste).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/stappenplan\/$/);

		await tabTo(page, toggle(page, 'Zoek'));
		await page.keyboard.press('Space');
		await page.keyboard.press('Tab');
		await expect(zoekveld(page)).toBeFocused();
	});

	test('open en dicht zonder axe-fouten op 320 px, en niets steekt uit', async ({ page }) => {
		await page.setViewportSize(viewports.mobiel);
		await page.goto(STAP);
		await expectNoAxeViolations(page, 'kop dicht, 320 px');
		await toggle(page, 'Menu').click();
		await expectNoAxeViolations(page, 'menu open, 320 px');
		await toggle(page, 'Zoek').click();
		await expectNoAxeViolations(page, 'zoeken open, 320 px');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, 'horizontaal scrollen op 320 px').toBeLessThanOrEqual(0);
	});
});

test('op een breed scherm staan zoeken en de zes onderdelen in de kop, zonder knoppen', async ({ page }) => {
	await page.goto(STAP);
	await expect(zoekveld(page)).toBeVisible();
	for (const name of SECTIES) await expect(menu(page).getByRole('link', { name, exact: true })).toBeVisible();
	await expect(toggle(page, 'Menu')).toBeHidden();
	await expect(toggle(page, 'Zoek')).toBeHidden();
});

test('een element met het attribuut hidden is nergens te zien', async ({ page }) => {
	// A button gets display: inline-flex from the site's styles; hidden must still win (it once did not on /zoeken/).
	for (const path of ['/zoeken/', '/big-5/', '/voor-trainers/groepsoverzicht/', STAP]) {
		await page.goto(path);
		const shown = await page.evaluate(() =>
			[...document.querySelectorAll('[hidden]')]
				.filter((el) => getComputedStyle(el).display !== 'none')
				.map((el) => el.outerHTML.slice(0, 80)),
		);
		expect(shown, path).toEqual([]);
	}
});

test.describe('de navigatie door het stappenplan', () => {
	const alleStappen = (page: Page) => page.getByRole('navigation', { name: 'Alle stappen' });

	test('elke stap toont de elf stappen in drie fasen, met de huidige gemarkeerd', async ({ page }) => {
		await page.goto('/stappenplan/');
		const overzicht = page.getByRole('region', { name: 'De 11 stappen in 3 fasen' });
		const links = overzicht.getByRole('listitem').getByRole('link');
		await expect(links).toHaveCount(11);
		const stappen = await links.evaluateAll((as) =>
			as.map((a) => ({ href: a.getAttribute('href') ?? '', titel: a.textContent?.trim() ?? '' })),
		);
		for (const { href, titel } of stappen) {
			await page.goto(href);
			const nav = alleStappen(page);
			await expect(nav.getByRole('heading', { level: 3 })).toHaveText([/Fase 1: /, /Fase 2: /, /Fase 3: /]);
			await expect(nav.getByRole('listitem')).toHaveCount(11);
			const huidig = nav.locator('[aria-current="page"]');
			await expect(huidig, href).toHaveCount(1);
			await expect(huidig).toHaveText(titel);
			await expect(huidig).toHaveAttribute('href', href);
		}
	});

	test('staat naast de tekst op een breed scherm, in het eerste scherm', async ({ page }) => {
		await page.goto(STAP);
		const nav = await box(alleStappen(page));
		const titel = await box(page.getByRole('heading', { level: 1 }));
		expect(nav.x, 'rechts van de tekst').toBeGreaterThanOrEqual(titel.x + titel.width);
		expect(nav.y, 'begint in het eerste scherm').toBeLessThan(viewports.desktop.height / 2);
	});

	test('staat na de tekst en na vorige/volgende op een telefoon', async ({ page }) => {
		await page.setViewportSize(telefoon);
		await page.goto(STAP);
		const nav = await box(alleStappen(page));
		const pager = await box(page.getByRole('navigation', { name: 'Vorige en volgende stap' }));
		expect(nav.y).toBeGreaterThanOrEqual(pager.y + pager.height);
	});

	test('wordt niet afgedrukt', async ({ page }) => {
		await page.emulateMedia({ media: 'print' });
		await page.goto(STAP);
		await expect(alleStappen(page)).toBeHidden();
	});
});
