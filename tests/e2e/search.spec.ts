import { expect, expectNoAxeViolations, test } from './helpers';

test('zoeken vanuit de kop vindt een pagina met een verbogen woord', async ({ page }) => {
	await page.goto('/');
	const zoekveld = page.getByRole('searchbox', { name: 'Zoek in de kennisbank' });
	await zoekveld.fill('toekomstplannen');
	await zoekveld.press('Enter');
	await expect(page).toHaveURL(/\/zoeken\/\?q=toekomstplannen/);
	const resultaten = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) });
	await expect(page.getByRole('status')).toContainText('resulta');
	// "toekomstplannen" (plural) finds the step about the toekomstplan (singular) via Dutch stemming.
	await expect(resultaten.getByRole('link', { name: 'Werk met een toekomstplan' })).toBeVisible();
	await expectNoAxeViolations(page, 'met zoekresultaten');
});

test('/zoeken/?q= opent direct met resultaten en de filters beperken ze', async ({ page }) => {
	await page.goto('/zoeken/?q=jongeren');
	const status = page.getByRole('status');
	await expect(status).toContainText(/\d+ resultaten voor "jongeren"/);
	const alle = Number((await status.textContent())!.match(/(\d+) resultaten/)![1]);

	await page.getByRole('combobox', { name: 'Soort pagina' }).selectOption('Voorbeeld');
	await expect(status).toContainText('met de gekozen filters');
	const gefilterd = Number((await status.textContent())!.match(/(\d+) resulta/)![1]);
	expect(gefilterd).toBeGreaterThan(0);
	expect(gefilterd).toBeLessThan(alle);
	for (const soort of await page.locator('#zoekresultaten .kb-result__type').allTextContents()) {
		expect(soort).toBe('Voorbeeld');
	}
	await expect(page).toHaveURL(/soort=Voorbeeld/);
});

test('zoeken is met het toetsenbord te bedienen en meldt als er niets is', async ({ page }) => {
	await page.goto('/zoeken/');
	const veld = page.getByRole('searchbox', { name: 'Zoekwoord' });
	await veld.focus();
	await page.keyboard.type('xyzzyqwerty');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toContainText('Geen resultaten voor "xyzzyqwerty"');
});

test('resultaten komen per vijf; "Toon meer resultaten" laadt de volgende en zet de focus erop', async ({ page }) => {
	await page.goto('/zoeken/?q=jongeren');
	const status = page.getByRole('status');
	await expect(status).toContainText(/\d+ resultaten voor "jongeren"/);
	const total = Number((await status.textContent())!.match(/(\d+) resultaten/)![1]);
	expect(total, 'genoeg resultaten voor twee pagina’s').toBeGreaterThan(10);
	const links = page.locator('#zoekresultaten').getByRole('heading', { level: 3 }).getByRole('link');
	await expect(links).toHaveCount(5);

	await page.getByRole('button', { name: `Toon meer resultaten (nog ${total - 5})` }).click();
	await expect(links).toHaveCount(10);
	await expect(links.nth(5)).toBeFocused();
	await expect(page.getByRole('button', { name: `Toon meer resultaten (nog ${total - 10})` })).toBeVisible();
	await expectNoAxeViolations(page, 'met tien zoekresultaten en de knop voor meer');
});

/** Every result link in the list, after pressing "Toon meer resultaten" until all are shown. */
async function allResultLinks(page: import('@playwright/test').Page) {
	const links = page.locator('#zoekresultaten').getByRole('heading', { level: 3 }).getByRole('link');
	const more = page.getByRole('button', { name: /Toon meer resultaten/ });
	while (await more.isVisible()) {
		const before = await links.count();
		await more.click();
		await expect(links).not.toHaveCount(before);
	}
	return links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

test('een begrip is zijn eigen eerste resultaat, met de uitleg, en de pagina’s erover volgen', async ({ page }) => {
	await page.goto('/zoeken/');
	const veld = page.getByRole('searchbox', { name: 'Zoekwoord' });
	await veld.fill('verlengde jeugdhulp');
	await veld.press('Enter');
	await expect(page.getByRole('status')).toContainText('resultaten voor "verlengde jeugdhulp"');
	const eerste = page.locator('#zoekresultaten > li').first();
	await expect(eerste.getByRole('heading', { level: 3 })).toHaveText('Verlengde jeugdhulp');
	await expect(eerste.getByText('Begrip', { exact: true })).toBeVisible();
	// The definition from content/begrippen.yaml, with the words marked.
	await expect(eerste).toContainText('na de 18e verjaardag');
	await expect(eerste.locator('mark').first()).toBeVisible();
	const links = await allResultLinks(page);
	expect(
		links.filter((href) => !href.startsWith('/begrippen/')).length,
		'pagina’s die het begrip uitleggen',
	).toBeGreaterThan(0);

	await eerste.getByRole('link', { name: 'Verlengde jeugdhulp' }).click();
	await expect(page).toHaveURL(/\/begrippen\/#verlengde-jeugdhulp$/);
	await expect(page.locator('#verlengde-jeugdhulp')).toBeInViewport();
});

test('handouts, presentaties en filterpagina’s staan niet in de resultaten; de pagina zelf wel', async ({ page }) => {
	// Words that the handouts and presentation views repeat from the steps, and that a trainer would try.
	for (const vraag of ['maatjes', 'netwerk betrekken', 'gespreksvragen', 'handout', 'presentatie', 'Friesland']) {
		await page.goto(`/zoeken/?q=${encodeURIComponent(vraag)}`);
		await expect(page.getByRole('status')).toContainText(`voor "${vraag}"`);
		const links = await allResultLinks(page);
		const kopieen = links.filter((href) =>
			/\/handouts?\/|\/handout\/$|\/presentatie\/$|^\/voorbeelden\/(thema|stap|regio)\//.test(href),
		);
		expect(kopieen, `resultaten voor "${vraag}"`).toEqual([]);
	}
	await page.goto('/zoeken/?q=netwerk%20betrekken');
	await expect(
		page.locator('#zoekresultaten').getByRole('link', { name: 'Investeer in het sociale netwerk' }),
	).toBeVisible();
});

test('een vraag in gewone woorden geeft pagina’s, en zegt dat ze een deel van de woorden bevatten', async ({
	page,
}) => {
	await page.goto('/zoeken/?q=wie%20regelt%20wat%20rond%2018%20in%20Friesland');
	const status = page.getByRole('status');
	await expect(status).toContainText('Resultaten voor een deel van uw woorden');
	const resultaten = page.locator('#zoekresultaten').getByRole('heading', { level: 3 });
	await expect(resultaten.first()).toBeVisible();
	await expect(resultaten.filter({ hasText: 'Friesland' }).first()).toBeVisible();
	await expectNoAxeViolations(page, 'met resultaten voor een deel van de woorden');

	// A query whose words are all on one page says nothing about a part.
	await page.goto('/zoeken/?q=toekomstplan');
	await expect(status).toContainText('resultaten voor "toekomstplan"');
	await expect(status).not.toContainText('deel van uw woorden');
});

test('een resultaat noemt de soort pagina en het kopje waaronder de woorden staan', async ({ page }) => {
	await page.goto('/zoeken/?q=bootcamps');
	const resultaat = page
		.locator('#zoekresultaten > li')
		.filter({ has: page.getByRole('link', { name: 'Leiden: Social Parents voor dakloze jongeren' }) });
	await expect(resultaat.getByText('Voorbeeld', { exact: true })).toBeVisible();
	const kopje = resultaat.getByRole('link', { name: 'Bootcamps' });
	await expect(kopje).toHaveAttribute('href', '/voorbeelden/leiden-social-parents/#bootcamps');
	await kopje.click();
	await expect(page.getByRole('heading', { name: 'Bootcamps' })).toBeInViewport();
});

test('zoekwoorden van de redactie vinden een pagina, maar staan niet op die pagina', async ({ page }) => {
	// content/stappen/bepaal-de-doelgroep.mdx: zoekwoorden: [jongvolwassenen, leeftijdsgrens, 18-plussers]
	await page.goto('/zoeken/?q=jongvolwassenen');
	await expect(page.getByRole('status')).toContainText('voor "jongvolwassenen"');
	const titels = page.locator('#zoekresultaten').getByRole('heading', { level: 3 });
	await expect(titels.first()).toBeVisible();
	expect((await titels.allTextContents()).slice(0, 3)).toContain('Bepaal de doelgroep');

	await page.getByRole('link', { name: 'Bepaal de doelgroep' }).click();
	await expect(page.getByRole('heading', { name: 'Bepaal de doelgroep', level: 1 })).toBeVisible();
	// In the page for the search index only, never shown.
	await expect(page.getByText('jongvolwassenen').filter({ visible: true })).toHaveCount(0);
	await expect(page.getByText('18-plussers').filter({ visible: true })).toHaveCount(0);
});
