import { expect, expectNoAxeViolations, test, viewports } from './helpers';
import { sitemapPaths } from './sitemap';

const paths = sitemapPaths();

test.describe('elke pagina uit de sitemap', () => {
	for (const path of paths) {
		test(`${path} is toegankelijk op 1280 en 320 px`, async ({ page }) => {
			await page.setViewportSize(viewports.desktop);
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await expectNoAxeViolations(page, 'op 1280 px');
			await page.setViewportSize(viewports.mobiel);
			await expectNoAxeViolations(page, 'op 320 px');
			// Nothing sticks out sideways at 320 px (WCAG 1.4.10 reflow).
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, 'horizontaal scrollen op 320 px').toBeLessThanOrEqual(0);
		});
	}
});

test('de skiplink brengt de focus naar de inhoud', async ({ page }) => {
	await page.goto('/stappenplan/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Ga naar de inhoud' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
	await page.keyboard.press('Tab');
	// The next stop is inside the main content, not in the header.
	const inMain = await page.evaluate(() => document.activeElement?.closest('main') !== null);
	expect(inMain).toBe(true);
});

test('het hoofdmenu werkt met het toetsenbord', async ({ page }) => {
	await page.goto('/');
	const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
	const voorbeelden = menu.getByRole('link', { name: 'Voorbeelden' });
	for (let i = 0; i < 20 && !(await voorbeelden.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(voorbeelden).toBeFocused();
	// The focus is visible: an outline is drawn.
	const outline = await voorbeelden.evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).not.toBe('none');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/voorbeelden\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Praktijkvoorbeelden' })).toBeVisible();
	await expect(menu.getByRole('link', { name: 'Voorbeelden' })).toHaveAttribute('aria-current', 'page');
});

test('een onbekend adres toont de Nederlandse 404-pagina', async ({ page, problems }) => {
	const response = await page.goto('/bestaat-niet/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' })).toBeVisible();
	await expectNoAxeViolations(page);
	// The browser logs the 404 response itself as a console error; that one is expected.
	problems.consoleErrors = problems.consoleErrors.filter((e) => !e.includes('404'));
});

test('pagina’s zonder hulpmiddel laden geen JavaScript', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.push(r.url());
	});
	for (const path of [
		'/',
		'/stappenplan/',
		'/stappenplan/investeer-in-het-sociale-netwerk/',
		'/voorbeelden/',
		'/begrippen/',
	]) {
		await page.goto(path);
	}
	expect(scripts).toEqual([]);
});
