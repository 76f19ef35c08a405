import type { BrowserContext } from '@playwright/test';
import { expect, expectNoAxeViolations, pdfPages, test, viewports } from './helpers';

/**
 * Voor trainers: three participants fill in a zelfscan in their own
 * browser, their deelcodes reach the group overview by paste, link and
 * file, and the overview shows the expected spread. Also presentation mode
 * by keyboard, the print stylesheet, use without a network after one
 * visit, and axe on every trainer page.
 */

const SCAN = '/zelfscan/informele-steun/';
const OVERZICHT = '/voor-trainers/groepsoverzicht/';
const THEMES = [
	'Oog voor de waarde van het netwerk',
	'Sleutelfiguren praten mee',
	'Ruimte voor maatwerk',
	'Eén professional betrekt het netwerk',
	'Steun voor netwerkleden',
	'Een vaste volwassene voor elke jongere',
];
/** A deelcode as the site made them until December 2026 (format 1, version 1 of the scan, 30 statements). */
const OLD_CODE = 'z1.informele-steun.1.266666666666666666666666666666.p9t';
const FIRST_THEME = THEMES[0];
const FIRST_STATEMENT = /^In ons team is het netwerk van de jongere een vast onderwerp/;

/** One participant in a fresh browser context: answer every statement with `answer`, mark the first one to talk about. */
async function participant(
	newContext: () => Promise<BrowserContext>,
	baseURL: string,
	name: string,
	answer: string,
): Promise<{ code: string; link: string }> {
	const context = await newContext();
	const page = await context.newPage();
	await page.goto(SCAN);
	await page.getByLabel('Naam van de scan').fill(name);
	await page.getByRole('button', { name: 'Begin de scan' }).click();
	for (const theme of THEMES) {
		await page.getByRole('link', { name: theme, exact: true }).first().click();
		const groups = page.getByRole('region', { name: theme }).getByRole('group');
		// count() does not wait: first let the theme's statements appear.
		await expect(groups.first()).toBeVisible();
		const total = await groups.count();
		for (let i = 0; i < total; i++) await groups.nth(i).getByRole('radio', { name: answer, exact: true }).check();
	}
	await page.getByRole('link', { name: FIRST_THEME, exact: true }).first().click();
	await page
		.getByRole('group', { name: FIRST_STATEMENT })
		.getByRole('checkbox', { name: 'Hier wil ik over praten' })
		.check();
	await page
		.getByRole('navigation', { name: 'Onderdelen van de scan' })
		.getByRole('link', { name: 'Resultaten' })
		.click();
	const code = await page.getByRole('textbox', { name: 'Deelcode', exact: true }).inputValue();
	expect(code).toMatch(/^z2\.informele-steun\.2\.-\.-\./);
	// The result page also offers a link and a QR code for the trainer; the code is drawn when the reader scrolls to it.
	await page.getByText(/^Zit u in een workshop\?/).scrollIntoViewIfNeeded();
	await expect(
		page.getByRole('img', { name: 'QR-code met de link naar het groepsoverzicht van de trainer' }),
	).toBeVisible();
	const link = (await page.getByRole('link', { name: 'Open het groepsoverzicht met deze code' }).getAttribute('href'))!;
	expect(link).toBe(`${baseURL}/voor-trainers/groepsoverzicht/#code=${code}`);
	await context.close();
	return { code, link };
}

test.describe('voor trainers', () => {
	test('three participants, codes by paste, link and file: the group overview shows the spread', async ({
		page,
		newContext,
		baseURL,
	}) => {
		test.setTimeout(240_000);
		const [a, b, c] = await Promise.all([
			participant(newContext, baseURL!, 'Deelnemer A', 'Nog niet'),
			participant(newContext, baseURL!, 'Deelnemer B', 'Grotendeels'),
			participant(newContext, baseURL!, 'Deelnemer C', 'Helemaal'),
		]);
		const [laag, hoog] = [a.code, c.code];

		// 1. Pasted, together with a malformed code and a damaged one.
		await page.goto(OVERZICHT);
		const damaged = laag.slice(0, -1) + (laag.endsWith('0') ? '1' : '0');
		await page.getByLabel(/Plak een of meer deelcodes/).fill(`${laag}\nonzin\n${damaged}`);
		await page.getByRole('button', { name: 'Voeg toe' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'toegevoegd' })).toContainText('1 deelcode toegevoegd.');
		await expect(page.getByText('onzin: Dit is geen geldige deelcode.', { exact: false })).toBeVisible();
		await expect(page.getByText(/klopt niet: er is waarschijnlijk een teken veranderd/)).toBeVisible();

		// 2. Through the link (also in the QR code) that participant B's result page shows.
		await page.goto(b.link);
		await expect(page.getByText('Deze sessie heeft 2 deelcodes.')).toBeVisible();
		await expect(page).toHaveURL(new RegExp(`${OVERZICHT}$`));

		// 3. From a file, with a duplicate of the first code.
		await page.getByLabel('Of laad bestanden met deelcodes').setInputFiles({
			name: 'codes.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from(`${hoog}\n${laag}\n`),
		});
		await expect(page.getByRole('status').filter({ hasText: 'toegevoegd' })).toContainText(
			'1 deelcode toegevoegd. 1 code stond er al in; die telt maar één keer.',
		);
		await expect(page.getByText('Deze sessie heeft 3 deelcodes.')).toBeVisible();

		// The spread: answers 1, 3 and 4 on every statement.
		await expect(page.getByRole('heading', { name: 'Zelfscan informele steun: 3 deelnemers' })).toBeVisible();
		const row = page
			.getByRole('table', { name: /^Scores per thema/ })
			.getByRole('row', { name: new RegExp(`^${FIRST_THEME}`) });
		await expect(row).toContainText('3,0');
		await expect(row).toContainText('1,0 tot 4,0');
		await expect(row.getByRole('listitem')).toHaveText([
			/Nog aan het begin:\s*1/,
			/Onderweg:\s*0/,
			/Stevig geregeld:\s*2/,
		]);
		await expect(
			page.getByRole('heading', { name: 'Hier lopen de meningen uiteen' }).locator('xpath=following-sibling::ol'),
		).toContainText('In ons team is het netwerk van de jongere een vast onderwerp');
		await expect(
			page.getByRole('heading', { name: 'Hier willen deelnemers over praten' }).locator('xpath=following-sibling::ol'),
		).toContainText('(3 deelnemers)');
		await expectNoAxeViolations(page, 'groepsoverzicht met drie deelnemers');
		await page.setViewportSize(viewports.mobiel);
		await expectNoAxeViolations(page, 'groepsoverzicht met drie deelnemers, 320 px');
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
			'horizontaal scrollen',
		).toBeLessThanOrEqual(0);
		await page.setViewportSize(viewports.desktop);

		// An old code (format 1) still counts, against the earlier version of the scan.
		await page.getByLabel(/Plak een of meer deelcodes/).fill(OLD_CODE);
		await page.getByRole('button', { name: 'Voeg toe' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'toegevoegd' })).toContainText('1 deelcode toegevoegd.');
		await expect(
			page.getByRole('heading', { name: 'Zelfscan informele steun (vorige versie): 1 deelnemer' }),
		).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Zelfscan informele steun: 3 deelnemers' })).toBeVisible();

		// Kept after a reload; printable; "Sessie wissen" asks first.
		await page.reload();
		await expect(page.getByText('Deze sessie heeft 4 deelcodes.')).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('heading', { name: 'Deelcodes verzamelen' })).toBeHidden();
		await expect(page.getByRole('table', { name: /^Scores per thema/ }).first()).toBeVisible();
		await page.emulateMedia({ media: 'screen' });
		await page.getByRole('button', { name: 'Sessie wissen' }).click();
		await expect(page.getByText(/Weet u zeker dat u de sessie wilt wissen\?/)).toBeFocused();
		await page.getByRole('button', { name: 'Annuleren' }).click();
		await expect(page.getByText('Deze sessie heeft 4 deelcodes.')).toBeVisible();
		await page.getByRole('button', { name: 'Sessie wissen' }).click();
		await page.getByRole('button', { name: 'Ja, wis de sessie' }).click();
		await expect(page.getByText('Er zijn nog geen deelcodes in deze sessie.')).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'De sessie is gewist.' })).toBeVisible();
		await expect(page.getByLabel(/Plak een of meer deelcodes/)).toBeFocused();
	});

	test('on a slow network, codes pasted before the overview is ready are not lost', async ({ page }) => {
		// Hold back the scripts, as a slow municipal network would.
		let release!: () => void;
		const scriptsArrive = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_astro/**/*.js', async (route) => {
			await scriptsArrive;
			await route.continue();
		});
		// Not 'domcontentloaded': that waits for the page's module scripts, which are held back here.
		await page.goto(OVERZICHT, { waitUntil: 'commit' });
		await page.getByLabel(/Plak een of meer deelcodes/).fill('onzin');
		await expect(page.getByRole('button', { name: 'Voeg toe' })).toBeDisabled();
		await expect(page.getByLabel('Of laad bestanden met deelcodes')).toBeDisabled();

		release();
		await page.getByRole('button', { name: 'Voeg toe' }).click();
		await expect(page.getByText('onzin: Dit is geen geldige deelcode.', { exact: false })).toBeVisible();
	});

	test('presentation mode of a step works by keyboard and ends with the questions', async ({ page }) => {
		await page.goto('/stappenplan/bepaal-de-doelgroep/');
		await page.getByRole('link', { name: 'Presenteer deze stap' }).click();
		await expect(page).toHaveURL(/\/stappenplan\/bepaal-de-doelgroep\/presentatie\/#dia-1$/);
		const counter = page.getByRole('navigation', { name: 'Presentatie' }).getByText(/^Dia \d+ van \d+$/);
		await expect(counter).toHaveText(/^Dia 1 van (\d+)$/);
		const total = Number((await counter.textContent())!.match(/van (\d+)/)![1]);
		expect(total).toBeGreaterThan(4);
		await expect(page.getByRole('heading', { name: 'Bepaal de doelgroep', level: 1 })).toBeVisible();

		await page.keyboard.press('ArrowRight');
		await expect(counter).toHaveText(`Dia 2 van ${total}`);
		await expect(page.getByRole('heading', { name: 'Bepaal de doelgroep', level: 1 })).toBeHidden();
		await expect(page.getByRole('heading', { name: 'Waarom deze stap', level: 2 })).toBeVisible();
		await page.keyboard.press('ArrowLeft');
		await expect(counter).toHaveText(`Dia 1 van ${total}`);
		await page.keyboard.press('End');
		await expect(counter).toHaveText(`Dia ${total} van ${total}`);
		await expect(page.getByRole('heading', { name: 'Gespreksvragen', level: 2 })).toBeVisible();
		await expect(
			page.getByText('Op welke leeftijd komen jongeren nu bij ons in beeld, en is dat vroeg genoeg?'),
		).toBeVisible();
		await expect(page.getByRole('button', { name: 'Volgende dia' })).toBeDisabled();
		await expectNoAxeViolations(page, 'presentatie, laatste dia');
		await page.keyboard.press('Home');
		await expect(counter).toHaveText(`Dia 1 van ${total}`);
		await page.getByRole('button', { name: 'Volgende dia' }).click();
		await expect(counter).toHaveText(`Dia 2 van ${total}`);
		await page.reload();
		await expect(counter).toHaveText(`Dia 2 van ${total}`);
		await page.keyboard.press('Escape');
		await expect(page).toHaveURL(/\/stappenplan\/bepaal-de-doelgroep\/$/);
	});

	test('an example has a presentation mode too', async ({ page }) => {
		await page.goto('/voorbeelden/spirit-big-5/');
		await page.getByRole('link', { name: 'Presenteer dit voorbeeld' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Spirit');
		// The slide counter appears once the presentation script has run; a key
		// pressed before that would reach a page without slides.
		const counter = page.getByRole('navigation', { name: 'Presentatie' }).getByText(/^Dia \d+ van \d+$/);
		await expect(counter).toHaveText(/^Dia 1 van \d+$/);
		await page.keyboard.press('End');
		await expect(counter).toHaveText(/^Dia (\d+) van \1$/);
		await expect(page.getByRole('heading', { name: 'Gespreksvragen', level: 2 })).toBeVisible();
	});

	test('print: a step page and the paper forms print without site navigation', async ({ page }) => {
		test.setTimeout(120_000);
		await page.emulateMedia({ media: 'print' });
		await page.goto('/stappenplan/bepaal-de-doelgroep/');
		await expect(page.getByRole('heading', { name: 'Bepaal de doelgroep', level: 1 })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Presenteer deze stap' })).toBeHidden();
		await expect(page.getByRole('heading', { name: 'Gespreksvragen' })).toBeVisible();

		await page.goto('/voor-trainers/handouts/big-5/');
		await expect(page.getByRole('heading', { level: 2 })).toHaveCount(5);
		await expect(page.getByRole('heading', { name: '1. Een volwassene die blijft' })).toBeVisible();
		await expect(page.getByText('Druk dit formulier af')).toBeHidden();
		expect(await pdfPages(page), 'BIG-5-checklist op papier').toBeLessThanOrEqual(2);

		// Every step has a handout of at most two A4 pages (today each fits on one).
		await page.emulateMedia({ media: 'screen' });
		await page.goto('/voor-trainers/');
		const handouts = await page
			.getByRole('link', { name: /^Handout stap \d+:/ })
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		expect(handouts).toHaveLength(11);
		await page.emulateMedia({ media: 'print' });
		for (const href of handouts) {
			await page.goto(href);
			await expect(page.getByRole('heading', { name: 'Gespreksvragen' })).toBeVisible();
			await expect(page.getByRole('banner')).toBeHidden();
			expect(await pdfPages(page), href).toBeLessThanOrEqual(2);
		}

		await page.goto('/voor-trainers/handouts/informele-steun/');
		await expect(page.getByRole('heading', { name: `1. ${FIRST_THEME}` })).toBeVisible();
		await expect(page.getByRole('rowheader', { name: FIRST_STATEMENT })).toBeVisible();
	});

	test('after one visit with a network, a step, search and a zelfscan work offline', async ({ page, context }) => {
		test.setTimeout(90_000);
		await page.goto('/voor-trainers/');
		await expect(page.getByText('Klaar: deze site werkt nu ook zonder internet in deze browser.')).toBeVisible({
			timeout: 30_000,
		});

		await context.setOffline(true);
		await page.goto('/stappenplan/investeer-in-het-sociale-netwerk/');
		await expect(page.getByRole('heading', { name: 'Investeer in het sociale netwerk', level: 1 })).toBeVisible();
		expect(await page.evaluate(() => navigator.onLine)).toBe(false);

		await page.goto('/zoeken/?q=netwerk');
		await expect(
			page
				.getByRole('list')
				.getByRole('link', { name: /Investeer in het sociale netwerk/ })
				.first(),
		).toBeVisible({
			timeout: 15_000,
		});

		await page.goto(SCAN);
		await page.getByLabel('Naam van de scan').fill('Zonder internet');
		await page.getByRole('button', { name: 'Begin de scan' }).click();
		await expect(page.getByRole('heading', { name: 'Vragen', level: 2 })).toBeFocused();

		await page.goto('/stappenplan/bepaal-de-doelgroep/presentatie/');
		await expect(page.getByText(/^Dia 1 van \d+$/)).toBeVisible();
		await context.setOffline(false);
	});

	test('axe finds nothing on the trainer pages, at 1280 and 320 px', async ({ page }) => {
		test.setTimeout(240_000);
		await page.goto('/voor-trainers/');
		const sessions = await page
			.getByRole('region', { name: 'Sessieplannen' })
			.getByRole('link')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		expect(sessions).toHaveLength(3);
		const paths = [
			'/voor-trainers/',
			...sessions,
			OVERZICHT,
			'/voor-trainers/handouts/big-5/',
			'/voor-trainers/handouts/informele-steun/',
			'/voor-trainers/handouts/gemeentescan/',
			'/stappenplan/bepaal-de-doelgroep/presentatie/',
			'/stappenplan/bepaal-de-doelgroep/handout/',
			'/voorbeelden/hengelo-toekomstplannen/presentatie/',
		];
		for (const viewport of Object.values(viewports)) {
			await page.setViewportSize(viewport);
			for (const path of paths) {
				await page.goto(path);
				await expectNoAxeViolations(page, `${viewport.width}px`);
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow, `horizontaal scrollen op ${path}`).toBeLessThanOrEqual(0);
			}
		}
		// Every session plan has goal, audience, timing and blocks with pages and questions.
		for (const path of sessions) {
			await page.goto(path);
			for (const term of ['Doel', 'Voor wie', 'Duur', 'Materialen'])
				await expect(page.getByRole('term').filter({ hasText: term })).toBeVisible();
			await expect(page.getByRole('heading', { name: /^Blok 1:/ })).toBeVisible();
			await expect(page.getByRole('heading', { name: 'Vragen aan de groep' }).first()).toBeVisible();
		}
	});
});
