import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, plant, test, viewports } from './helpers';

/**
 * Zelfscans (/zelfscan/ and /zelfscan/<id>/) in the built site: the whole
 * gemeentescan in the grid form by keyboard only, everything back after a
 * reload, results with the profile, the honest count and three next steps,
 * two rounds compared, a stored round of the earlier version read and
 * compared, the page without JavaScript, and axe in every state at desktop
 * width and at 320 px.
 */

const SCAN = '/zelfscan/informele-steun/';
const GEMEENTESCAN = '/zelfscan/gemeentescan/';
const THEMES = [
	'Oog voor de waarde van het netwerk',
	'Sleutelfiguren praten mee',
	'Ruimte voor maatwerk',
	'Eén professional betrekt het netwerk',
	'Steun voor netwerkleden',
	'Een vaste volwassene voor elke jongere',
];
const SCALE = ['Nog niet', 'Een beetje', 'Grotendeels', 'Helemaal'];
/** The stored format until December 2026, with a round of version 1 of informele steun. */
const OLD_STORE = readFileSync(new URL('../fixtures/storage/zelfscan-v2.json', import.meta.url), 'utf8');
const OLD_SCAN_ID: string = JSON.parse(OLD_STORE).data.scans[0].id;

const results = (page: Page) => page.getByRole('table', { name: /^Gemiddelde per/ });
const row = (page: Page, theme: string) =>
	results(page).getByRole('row', { name: new RegExp(`^${theme.replace(/[()+/]/g, '.')}`) });

async function startScan(page: Page, name: string, path = SCAN) {
	await page.goto(path);
	await page.getByLabel('Naam van de scan').fill(name);
	await page.getByRole('button', { name: 'Begin de scan' }).click();
	await expect(page.getByRole('heading', { name: 'Vragen', level: 2 })).toBeFocused();
}

/** Answer every statement of the open theme with the same answer, by mouse. */
async function answerTheme(page: Page, theme: string, answer: string) {
	await page.getByRole('link', { name: theme, exact: true }).click();
	const section = page.getByRole('region', { name: theme });
	const groups = section.locator('.zs-stelling > fieldset');
	// count() does not wait: first let the theme's statements appear.
	await expect(groups.first()).toBeVisible();
	const total = await groups.count();
	for (let i = 0; i < total; i++) await groups.nth(i).getByRole('radio', { name: answer, exact: true }).check();
	await expect(page.getByText(`Klaar (${total} van ${total})`).first()).toBeVisible();
}

async function openView(page: Page, name: string) {
	await page.getByRole('navigation', { name: 'Onderdelen van de scan' }).getByRole('link', { name }).click();
	await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
}

/** Put a value in localStorage before the site's scripts run, on the first load only. */
interface Focused {
	type: string;
	name: string | null;
	text: string;
}
const focused = (page: Page) =>
	page.evaluate((): Focused => {
		const el = document.activeElement as HTMLInputElement | null;
		return {
			type: el?.type ?? el?.tagName ?? '',
			name: el?.getAttribute('name') ?? null,
			text: el?.textContent?.trim() ?? '',
		};
	});

/** Press Tab until the focused element matches; the test reads where focus is but never clicks. */
async function tabTo(page: Page, match: (f: Focused) => boolean, what: string) {
	for (let i = 0; i < 80; i++) {
		await page.keyboard.press('Tab');
		if (match(await focused(page))) return;
	}
	throw new Error(`Met Tab niet bij ${what} gekomen`);
}

test.describe('zelfscan', () => {
	test('overview lists both scans and, later, the saved scan', async ({ page }) => {
		await page.goto('/zelfscan/');
		await expect(page.getByRole('heading', { name: 'Zelfscans', level: 1 })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Zelfscan informele steun' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Gemeentescan stappenplan 18-/+' })).toBeVisible();
		await expect(page.getByText('U heeft nog geen scans in deze browser.')).toBeVisible();

		await startScan(page, 'Team Zuid');
		await page.goto('/zelfscan/');
		await page.getByRole('link', { name: 'Team Zuid' }).click();
		await expect(page).toHaveURL(/\/zelfscan\/informele-steun\/\?scan=s-/);
		await expect(page.getByText('Team Zuid, ronde 1')).toBeVisible();
	});

	test('the whole gemeentescan in the grid form by keyboard only, reload, find everything back', async ({ page }) => {
		test.setTimeout(240_000);
		await page.goto(GEMEENTESCAN);
		await tabTo(page, (f) => f.type === 'text', 'het naamveld');
		await page.keyboard.type('Gemeente Oost');
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: 'Vragen', level: 2 })).toBeFocused();

		const parts = await page
			.getByRole('list')
			.filter({ has: page.locator('.zs-taak') })
			.getByRole('link')
			.allTextContents();
		expect(parts).toHaveLength(12);
		// Part t, item i gets description ((t + i) % 4) + 1; in part 1 the first item gets "Weet ik niet" (choice 5)
		// and the second "Niet van toepassing" (choice 6). The first item of part 2 is marked to talk about,
		// the second item of part 3 gets a note.
		const choiceOf = (t: number, i: number) => (t === 0 ? 5 + i : ((t + i) % 4) + 1);
		for (let t = 0; t < parts.length; t++) {
			await expect(page.getByRole('heading', { name: parts[t], level: 3 })).toBeVisible();
			const names = await page
				.locator('.zs-thema input[type=radio][name^="antwoord-"]')
				.evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('name')))]);
			for (const [i, name] of names.entries()) {
				await tabTo(page, (f) => f.type === 'radio' && f.name === name, `onderdeel ${i + 1} van deel ${t + 1}`);
				const choice = choiceOf(t, i);
				if (choice === 1) await page.keyboard.press('Space');
				for (let step = 1; step < choice; step++) await page.keyboard.press('ArrowDown');
				if (t === 1 && i === 0) {
					await tabTo(page, (f) => f.type === 'checkbox', 'Hier wil ik over praten');
					await page.keyboard.press('Space');
				}
				if (t === 2 && i === 1) {
					await tabTo(page, (f) => f.type === 'textarea', 'de notitie');
					await page.keyboard.type('Navragen bij de jurist');
				}
			}
			const next = t < parts.length - 1 ? 'Volgend deel' : 'Controleer uw antwoorden';
			await tabTo(page, (f) => f.text.startsWith(next), next);
			await page.keyboard.press('Enter');
		}

		await expect(page.getByRole('heading', { name: 'Controleer uw antwoorden', level: 2 })).toBeFocused();
		await expect(page.getByText('U heeft alle onderdelen beantwoord.')).toBeVisible();
		await tabTo(page, (f) => f.text === 'Naar de resultaten', 'Naar de resultaten');
		await page.keyboard.press('Enter');

		const checkResults = async () => {
			await expect(page.getByRole('heading', { name: 'Resultaten', level: 2 })).toBeVisible();
			await expect(page.getByText(/^Een deel krijgt pas een gemiddelde als ten minste twee onderdelen/)).toBeVisible();
			await expect(page.getByRole('img', { name: /^Gemiddelde per deel, Ronde 1/ })).toBeVisible();
			// Part 1: "Weet ik niet" and "Niet van toepassing": no mean, and the honest count.
			await expect(row(page, parts[0])).toContainText('Geen gemiddelde');
			await expect(row(page, parts[0])).toContainText('0 van de 2 beantwoord, 1 weet ik niet, 1 niet van toepassing');
			// Part 2: 2 and 3. Part 3: 3 and 4, Stevig geregeld. Part 4: 4 and 1: 2,5 but never strong.
			await expect(row(page, parts[1])).toContainText('2,5 (laagste: 2)Onderweg');
			await expect(row(page, parts[2])).toContainText('3,5 (laagste: 3)Stevig geregeld');
			await expect(row(page, parts[3])).toContainText('2,5 (laagste: 1)Onderweg');
			const eerst = page.getByRole('region', { name: 'De drie belangrijkste volgende stappen' });
			await expect(eerst.getByRole('heading', { level: 4 })).toHaveCount(3);
			await expect(eerst).toContainText('Uw antwoord: Nog niet geregeld');
			await expect(eerst).toContainText('Volgend niveau:');
			await expect(eerst).toContainText('Wat u kunt doen:');
			await expect(page.getByRole('region', { name: 'Eerst uitzoeken' })).toContainText('De keuze voor de doelgroep');
			await expect(page.getByRole('region', { name: 'Hier wilt u over praten' })).toContainText(
				'Cijfers over de jongeren uit de doelgroep',
			);
			const code = await page.getByRole('textbox', { name: 'Deelcode', exact: true }).inputValue();
			expect(code).toMatch(/^z2\.gemeentescan\.2\.-\.-\.[0-9a-z]{24}\.[0-9a-z]{3}$/);
		};
		await checkResults();

		await page.reload();
		await checkResults();
		await openView(page, 'Vragen');
		await page.getByRole('link', { name: parts[2], exact: true }).click();
		const withNote = page.getByRole('group', { name: 'Weten waarom jongeren na hun 18e hulp weigeren' });
		await expect(withNote.getByLabel('Notitie')).toHaveValue('Navragen bij de jurist');
		await expect(withNote.getByRole('radio', { name: /^4\. Gevolgd en bijgestuurd/ })).toBeChecked();
		for (const part of parts) {
			await expect(page.getByRole('link', { name: part, exact: true })).toHaveAccessibleDescription(/^Klaar/);
		}
	});

	test('a change link opens the statement and keeps the answer', async ({ page }) => {
		await startScan(page, 'Wijzigtest');
		const group = page.getByRole('group', { name: /^We kijken eerst wat de jongere/ });
		await group.getByRole('radio', { name: 'Een beetje' }).check();
		await openView(page, 'Controleer uw antwoorden');
		await page.getByRole('link', { name: /^Wijzig uw antwoord op: We kijken eerst wat de jongere/ }).click();
		await expect(page.locator('#onderdeel-wn-eigen-kracht')).toBeFocused();
		await expect(group.getByRole('radio', { name: 'Een beetje' })).toBeChecked();
		await group.getByRole('radio', { name: 'Helemaal' }).check();
		await page.goBack();
		await expect(page.getByRole('heading', { name: 'Controleer uw antwoorden', level: 2 })).toBeVisible();
		await expect(page.getByRole('definition').filter({ hasText: 'Helemaal' }).first()).toBeVisible();
	});

	test('compare two rounds side by side with the change per theme', async ({ page }) => {
		await startScan(page, 'Team Oost');
		await answerTheme(page, THEMES[1], 'Een beetje');
		await answerTheme(page, THEMES[4], 'Helemaal');
		await openView(page, 'Resultaten');
		await page.getByRole('button', { name: 'Begin een nieuwe ronde' }).click();
		await expect(page.getByText('Ronde 2 is begonnen.')).toBeVisible();
		await expect(page.getByText('Team Oost, ronde 2 van 2')).toBeVisible();
		await answerTheme(page, THEMES[1], 'Helemaal');
		await answerTheme(page, THEMES[4], 'Grotendeels');
		await openView(page, 'Vergelijk rondes');

		await expect(page.getByText('Alles is te vergelijken.', { exact: false })).toBeVisible();
		const table = page.getByRole('table', { name: /^Gemiddelde per thema in Ronde 1/ });
		await expect(table.getByRole('row', { name: new RegExp(`^${THEMES[1]}`) })).toHaveText(
			/2,0\s*4,0\s*\+2,0 \(hoger\)/,
		);
		await expect(table.getByRole('row', { name: new RegExp(`^${THEMES[4]}`) })).toHaveText(
			/4,0\s*3,0\s*-1,0 \(lager\)/,
		);
		await expect(table.getByRole('row', { name: new RegExp(`^${THEMES[0]}`) })).toContainText('Niet te vergelijken');
		await expect(page.getByRole('img', { name: /^Gemiddelde per thema: Ronde 1 .* en Ronde 2/ })).toBeVisible();

		// The first round is kept as it was.
		await page.getByLabel('Tweede ronde').selectOption({ index: 0 });
		await expect(table.getByRole('row', { name: new RegExp(`^${THEMES[1]}`) })).toHaveText(/2,0\s*2,0\s*Gelijk/);
	});

	test('a stored round of the earlier version is readable, marked, and compared only where it can be', async ({
		page,
	}) => {
		await plant(page, 'kb:tool:zelfscan', OLD_STORE);
		await page.goto(`${SCAN}?scan=${OLD_SCAN_ID}`);
		await expect(page.getByRole('heading', { name: 'Resultaten van de vorige versie', level: 2 })).toBeVisible();
		await expect(page.getByText(/is ingevuld met versie 1 van de scan/)).toBeVisible();
		await expect(page.getByRole('radio')).toHaveCount(0);
		await expect(
			page.getByText(/In ons team is het netwerk van de jongere een vast onderwerp.*: Een beetje/),
		).toBeVisible();
		await expect(page.getByText(/Sleutelfiguren in het dossier zetten, door Mentor/)).toBeVisible();

		await page.getByRole('button', { name: 'Begin een nieuwe ronde met de nieuwe versie' }).click();
		await expect(page.getByRole('heading', { name: 'Vragen', level: 2 })).toBeVisible();
		await answerTheme(page, THEMES[0], 'Helemaal');
		await openView(page, 'Vergelijk rondes');
		await expect(
			page.getByText(/verschillende versies van de scan.*Alleen de 14 vragen die in beide versies hetzelfde zijn/),
		).toBeVisible();
		const vragen = page.getByRole('table', { name: 'De vragen die in beide versies hetzelfde zijn' });
		await expect(vragen.getByRole('row', { name: /^In ons team is het netwerk/ })).toHaveText(
			/Een beetje\s*Helemaal\s*\+2,0 \(hoger\)/,
		);
		await expect(
			page.getByRole('table', { name: /^Gemiddelde per thema in Ronde 1/ }).getByRole('row', { name: /^Oog voor/ }),
		).toContainText('Niet te vergelijken');
		await expectNoAxeViolations(page, 'vergelijken met de vorige versie');
	});

	test('several scans side by side under a name', async ({ page }) => {
		await startScan(page, 'Team Noord');
		await answerTheme(page, THEMES[0], 'Helemaal');
		await page.getByText('Nog een scan beginnen').click();
		await page.getByLabel('Naam van de nieuwe scan').fill('Team Zuid');
		await page.getByRole('button', { name: 'Begin de scan' }).click();
		await expect(page.getByText('Team Zuid, ronde 1')).toBeVisible();
		await expect(page.getByRole('link', { name: THEMES[0], exact: true })).toHaveAccessibleDescription(
			/^Niet begonnen/,
		);
		await page.getByRole('button', { name: 'Open Team Noord' }).click();
		await expect(page.getByText('Team Noord, ronde 1')).toBeVisible();
		await expect(page.getByRole('link', { name: THEMES[0], exact: true })).toHaveAccessibleDescription(/^Klaar/);

		// Deleting asks first and says what is lost; the other scan stays.
		await page.getByText('Naam wijzigen of scan verwijderen').click();
		await page.getByRole('button', { name: 'Verwijder deze scan' }).click();
		await expect(page.getByText(/Weet u zeker dat u Team Noord wilt verwijderen\? Alle rondes/)).toBeVisible();
		await page.getByRole('button', { name: 'Ja, verwijder Team Noord' }).click();
		await expect(page.getByText('Team Noord is verwijderd.')).toBeVisible();
		await expect(page.getByText('Team Zuid, ronde 1')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Open Team Noord' })).toHaveCount(0);
	});

	test('axe finds nothing in any state, at 1280 and 320 px', async ({ page }) => {
		// Many full-page axe runs on a long page: more than the default minute.
		test.setTimeout(300_000);
		const check = async (state: string) => {
			for (const [name, size] of Object.entries(viewports)) {
				await page.setViewportSize(size);
				await expectNoAxeViolations(page, `${state}, ${name}`);
				// Nothing sticks out sideways (WCAG 1.4.10 reflow).
				const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
				expect(overflow, `horizontaal scrollen: ${state}, ${name}`).toBeLessThanOrEqual(0);
			}
			await page.setViewportSize(viewports.desktop);
		};
		await page.goto(SCAN);
		await expect(page.getByLabel('Naam van de scan')).toBeVisible();
		await check('leeg');

		await page.getByLabel('Naam van de scan').fill('Team West');
		await page.getByRole('button', { name: 'Begin de scan' }).click();
		await answerTheme(page, THEMES[0], SCALE[2]);
		await page.getByRole('link', { name: THEMES[1], exact: true }).click();
		const first = page.getByRole('group', { name: /^We weten wie de sleutelfiguren/ });
		await first.getByRole('radio', { name: 'Weet ik niet' }).check();
		await first.getByRole('checkbox', { name: 'Hier wil ik over praten' }).check();
		await first.getByLabel('Notitie').fill('<b>geen html</b>');
		await check('half ingevuld');

		for (const [i, theme] of THEMES.entries()) await answerTheme(page, theme, SCALE[i % 4]);
		await openView(page, 'Controleer uw antwoorden');
		await check('compleet');

		await openView(page, 'Resultaten');
		await page.getByRole('checkbox', { name: new RegExp(`^${THEMES[0]}`) }).check();
		await page.getByRole('checkbox', { name: new RegExp(`^${THEMES[4]}`) }).check();
		await page.getByLabel('Wat gaat u doen?').first().fill('Netwerkkaart invoeren');
		await page.getByLabel('Wie?').first().fill('Teamleider');
		await page.getByLabel('Wanneer?').first().fill('Voor de zomer');
		await check('resultaten');

		await page.getByRole('button', { name: 'Begin een nieuwe ronde' }).click();
		await answerTheme(page, THEMES[2], SCALE[3]);
		await openView(page, 'Vergelijk rondes');
		await check('vergelijken');

		await page.getByText('Exporteren of importeren').click();
		await expect(page.getByRole('button', { name: 'Exporteren' })).toBeVisible();
		await check('exporteren');

		await page.goto('/zelfscan/');
		await expect(page.getByRole('link', { name: 'Team West' })).toBeVisible();
		await check('overzicht met een scan');

		await page.goto(GEMEENTESCAN);
		await expect(page.getByLabel('Naam van de scan')).toBeVisible();
		await check('gemeentescan leeg');
		await page.getByLabel('Naam van de scan').fill('Gemeente West');
		await page.getByRole('button', { name: 'Begin de scan' }).click();
		const grid = page.getByRole('group', { name: 'De keuze voor de doelgroep' });
		await grid.getByRole('radio', { name: /^3\. Afgesproken/ }).check();
		await grid
			.getByRole('group', { name: /^Staan de leeftijden van de aanpak op papier/ })
			.getByRole('radio', { name: 'Nee' })
			.check();
		await page
			.getByRole('group', { name: /^Aansluiting op ander beleid/ })
			.getByRole('radio', { name: /^1\./ })
			.check();
		await check('gemeentescan groeimodel');
		await openView(page, 'Resultaten');
		await expect(page.getByText(/U koos niveau 3, maar u antwoordde 'nee' op: Staan de leeftijden/)).toBeVisible();
		await check('gemeentescan resultaten');
	});

	test('axe finds nothing in the view of a round of the earlier version, at 1280 and 320 px', async ({ page }) => {
		await plant(page, 'kb:tool:zelfscan', OLD_STORE);
		await page.goto(`${SCAN}?scan=${OLD_SCAN_ID}`);
		await expect(page.getByRole('heading', { name: 'Resultaten van de vorige versie', level: 2 })).toBeVisible();
		for (const [name, size] of Object.entries(viewports)) {
			await page.setViewportSize(size);
			await expectNoAxeViolations(page, `vorige versie, ${name}`);
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, `horizontaal scrollen: vorige versie, ${name}`).toBeLessThanOrEqual(0);
		}
	});
});

test.describe('zelfscan without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows every statement as a list and says the scan needs JavaScript', async ({ page }) => {
		await page.goto(SCAN);
		// Playwright's text and role queries skip <noscript>, so find the list by its class.
		const list = page.locator('.zs-geen-js');
		await expect(list).toBeVisible();
		await expect(list).toContainText('De invulbare scan werkt alleen met JavaScript.');
		await expect(list.locator('h2')).toHaveText(THEMES);
		await expect(list.locator(':scope > section > ol > li')).toHaveCount(24);
		await expect(page.getByRole('radio')).toHaveCount(0);
	});

	test('shows the gemeentescan with its four descriptions per item', async ({ page }) => {
		await page.goto(GEMEENTESCAN);
		const list = page.locator('.zs-geen-js');
		await expect(list.locator('h2')).toHaveCount(12);
		await expect(list.locator(':scope > section > ol > li')).toHaveCount(24);
		await expect(list.locator(':scope > section > ol > li > ol > li')).toHaveCount(96);
	});
});
