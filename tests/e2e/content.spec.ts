import { expect, test } from './helpers';

/** Each word leads to the page that is about it, among the first results. */
const expectations: [string, RegExp][] = [
	['maatje', /Begrippen|Investeer in het sociale netwerk|Social Parents|Informele steun/],
	['casusregisseur', /Soepele Overgang|Begrippen/],
	['jeugdverbinder', /jeugdverbinder|Jeugdverbinder/],
	['toekomstplan', /Werk met een toekomstplan/],
	['beleidsruimte', /Pak de beleidsruimte/],
];

for (const [word, page] of expectations) {
	test(`zoeken naar "${word}" vindt de pagina erover bovenaan`, async ({ page: browserPage }) => {
		await browserPage.goto(`/zoeken/?q=${word}`);
		await expect(browserPage.getByRole('status')).toContainText(`voor "${word}"`);
		const titles = await browserPage.locator('#zoekresultaten h3').allTextContents();
		expect(
			titles.slice(0, 3).some((t) => page.test(t)),
			`eerste resultaten: ${titles.slice(0, 3).join(' | ')}`,
		).toBe(true);
	});
}

test('de filters van de voorbeelden maken de lijst korter, zonder JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/voorbeelden/');
	const cards = page
		.getByRole('main')
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { level: 3 }) });
	const all = await cards.count();
	expect(all).toBeGreaterThanOrEqual(9);

	const filters = page.getByRole('navigation', { name: 'Filter de voorbeelden' });
	await filters.getByRole('link', { name: 'Informele steun' }).click();
	await expect(page).toHaveURL(/\/voorbeelden\/thema\/informele-steun\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Praktijkvoorbeelden: Informele steun');
	const filtered = await cards.count();
	expect(filtered).toBeGreaterThan(0);
	expect(filtered).toBeLessThan(all);
	await expect(page.getByRole('heading', { name: /Leiden/, level: 3 })).toBeVisible();

	await filters.getByText('Provincie', { exact: true }).click();
	await filters.getByRole('link', { name: 'Friesland' }).click();
	// Read the cards of the new page, not of the one being left.
	await expect(page).toHaveURL(/\/voorbeelden\/regio\/friesland\/$/);
	for (const meta of await page.locator('.kb-card__meta').allTextContents()) expect(meta).toContain('Friesland');
	await context.close();
});

test('een stap toont zijn praktijkvoorbeelden en het voorbeeld linkt terug', async ({ page }) => {
	await page.goto('/stappenplan/investeer-in-het-sociale-netwerk/');
	const section = page.getByRole('region', { name: 'Praktijkvoorbeelden bij deze stap' });
	await section.getByRole('link', { name: /Leiden/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Leiden');
	await page
		.getByRole('region', { name: 'Past bij' })
		.getByRole('link', { name: /Stap 6/ })
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Investeer in het sociale netwerk');
});
