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
