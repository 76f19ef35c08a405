import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, viewports } from './helpers';

/**
 * Zelfscans (/zelfscan/ and /zelfscan/<id>/) in the built site: a complete
 * scan by keyboard only, everything back after a reload, results with chart
 * and advice, two rounds compared, the page without JavaScript, and axe in
 * every state at desktop width and at 320 px.
 */

const SCAN = '/zelfscan/informele-steun/';
const THEMES = [
	'Oog voor de waarde van het netwerk',
	'Sleutelfiguren praten mee',
	'Ruimte voor maatwerk',
	'Eén professional betrekt het netwerk',
	'Steun voor netwerkleden',
	'Eén vaste persoon voor elke jongere',
	'Overzicht van maatjes- en vrijwilligersprojecten',
	'Maatjesprojecten en inkoop',
];
const SCALE = ['Nog niet', 'Een beetje', 'Grotendeels', 'Helemaal'];
const UNKNOWN = 'Weet ik niet / niet van toepassing';

const results = (page: Page) => page.getByRole('table', { name: /^Score per thema/ });
const row = (page: Page, theme: string) => results(page).getByRole('row', { name: new RegExp(`^${theme}`) });

async function startScan(page: Page, name: string) {
	await page.goto(SCAN);
	await page.getByLabel('Naam van de scan').fill(name);
	await page.getByRole('button', { name: 'Begin de scan' }).click();
	await expect(page.getByRole('heading', { name: 'Vragen', level: 2 })).toBeFocused();
}

/** Answer every statement of the open theme with the same answer, by mouse. */
async function answerTheme(page: Page, theme: string, answer: string) {
	await page.getByRole('link', { name: theme, exact: true }).click();
	const section = page.getByRole('region', { name: theme });
	const groups = section.getByRole('group');
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

	test('complete a scan by keyboard only, reload, find everything back', async ({ page }) => {
		await page.goto(SCAN);
		await tabTo(page, (f) => f.type === 'text', 'het naamveld');
		await page.keyboard.type('Team Noord');
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: 'Vragen', level: 2 })).toBeFocused();

		// Theme t gets answer (t % 4) + 1; the very first statement gets "weet ik niet",
		// the first of theme 2 is marked to talk about, the second of theme 3 gets a note.
		for (let t = 0; t < THEMES.length; t++) {
			await expect(page.getByRole('heading', { name: THEMES[t], level: 3 })).toBeVisible();
			const names = await page
				.locator('.zs-thema input[type=radio]')
				.evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('name')))]);
			for (const [i, name] of names.entries()) {
				await tabTo(page, (f) => f.type === 'radio' && f.name === name, `stelling ${i + 1} van thema ${t + 1}`);
				const value = t === 0 && i === 0 ? 0 : (t % 4) + 1;
				if (value === 1) await page.keyboard.press('Space');
				for (let step = 1; step < (value === 0 ? 5 : value); step++) await page.keyboard.press('ArrowDown');
				if (t === 1 && i === 0) {
					await page.keyboard.press('Tab');
					expect((await focused(page)).type).toBe('checkbox');
					await page.keyboard.press('Space');
				}
				if (t === 2 && i === 1) {
					await tabTo(page, (f) => f.type === 'textarea', 'de notitie');
					await page.keyboard.type('Bespreken in het teamoverleg');
				}
			}
			const next = t < THEMES.length - 1 ? 'Volgend thema' : 'Controleer uw antwoorden';
			await tabTo(page, (f) => f.text.startsWith(next), next);
			await page.keyboard.press('Enter');
		}

		await expect(page.getByRole('heading', { name: 'Controleer uw antwoorden', level: 2 })).toBeFocused();
		await expect(page.getByText('U heeft alle stellingen beantwoord.')).toBeVisible();
		await expect(page.getByRole('link', { name: /^Wijzig uw antwoord op: In ons team is het netwerk/ })).toBeVisible();
		await tabTo(page, (f) => f.text === 'Naar de resultaten', 'Naar de resultaten');
		await page.keyboard.press('Enter');

		const checkResults = async () => {
			await expect(page.getByRole('heading', { name: 'Resultaten', level: 2 })).toBeVisible();
			await expect(page.getByRole('img', { name: /^Score per thema, Ronde 1/ })).toBeVisible();
			await expect(row(page, THEMES[0])).toContainText('1,0 van 4');
			await expect(row(page, THEMES[0])).toContainText('4 van 4, waarvan 1 weet ik niet');
			await expect(row(page, THEMES[2])).toContainText('3,0 van 4');
			await expect(row(page, THEMES[2])).toContainText('Stevig geregeld');
			await expect(row(page, THEMES[5])).toContainText('Onderweg');
			await expect(page.getByRole('region', { name: 'Hier wilt u over praten' })).toContainText(
				'We weten wie de sleutelfiguren in het leven van de jongere zijn.',
			);
			const strong = page
				.getByRole('heading', { name: 'Hier staat u het sterkst' })
				.locator('xpath=following-sibling::ul');
			await expect(strong).toContainText(THEMES[3]);
			await expect(strong).toContainText(THEMES[7]);
			await expect(page.getByRole('link', { name: 'Stap 6: Investeer in het sociale netwerk' }).first()).toBeVisible();
			const code = await page.getByRole('textbox', { name: 'Deelcode', exact: true }).inputValue();
			expect(code).toMatch(/^z1\.informele-steun\.1\.[0-9a-z]{30}\.[0-9a-z]{3}$/);
			await expect(page.getByLabel('Link voor de trainer')).toHaveValue(
				new RegExp(`/voor-trainers/groepsoverzicht/#code=${code.replace(/\./g, '\\.')}$`),
			);
		};
		await checkResults();

		await page.reload();
		await checkResults();
		await openView(page, 'Vragen');
		await page.getByRole('link', { name: THEMES[2], exact: true }).click();
		const withNote = page.getByRole('group', { name: /^Als een regel in de weg zit/ });
		await expect(withNote.getByLabel('Notitie')).toHaveValue('Bespreken in het teamoverleg');
		await expect(withNote.getByRole('radio', { name: 'Grotendeels' })).toBeChecked();
		await page.getByRole('link', { name: THEMES[1], exact: true }).click();
		await expect(
			page
				.getByRole('group', { name: /^We weten wie de sleutelfiguren/ })
				.getByRole('checkbox', { name: 'Hier wil ik over praten' }),
		).toBeChecked();
		for (const theme of THEMES) {
			await expect(page.getByRole('link', { name: theme, exact: true })).toHaveAccessibleDescription(/^Klaar/);
		}
	});

	test('a change link opens the statement and keeps the answer', async ({ page }) => {
		await startScan(page, 'Wijzigtest');
		const group = page.getByRole('group', { name: /^We kijken eerst wat de jongere/ });
		await group.getByRole('radio', { name: 'Een beetje' }).check();
		await openView(page, 'Controleer uw antwoorden');
		await page.getByRole('link', { name: /^Wijzig uw antwoord op: We kijken eerst wat de jongere/ }).click();
		await expect(page.locator('#stelling-wn-eigen-kracht')).toBeFocused();
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

		const table = page.getByRole('table', { name: /^Verschil per thema tussen Ronde 1/ });
		await expect(table.getByRole('row', { name: new RegExp(`^${THEMES[1]}`) })).toHaveText(
			/2,0\s*4,0\s*\+2,0 \(hoger\)/,
		);
		await expect(table.getByRole('row', { name: new RegExp(`^${THEMES[4]}`) })).toHaveText(
			/4,0\s*3,0\s*-1,0 \(lager\)/,
		);
		await expect(table.getByRole('row', { name: new RegExp(`^${THEMES[0]}`) })).toContainText('Niet te vergelijken');
		await expect(page.getByRole('img', { name: /^Score per thema: Ronde 1 .* en Ronde 2/ })).toBeVisible();

		// The first round is kept as it was.
		await page.getByLabel('Tweede ronde').selectOption({ index: 0 });
		await expect(table.getByRole('row', { name: new RegExp(`^${THEMES[1]}`) })).toHaveText(/2,0\s*2,0\s*Gelijk/);
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
	});

	test('axe finds nothing in any state, at 1280 and 320 px', async ({ page }) => {
		// Ten full-page axe runs on a long page: more than the default minute.
		test.setTimeout(240_000);
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
		await first.getByRole('radio', { name: UNKNOWN }).check();
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

		await page.goto('/zelfscan/gemeentescan/');
		await expect(page.getByLabel('Naam van de scan')).toBeVisible();
		await check('gemeentescan leeg');
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
		await expect(list.locator('li')).toHaveCount(30);
		await expect(list).toContainText(
			'Elke jongere die we begeleiden, heeft minstens één volwassene om op terug te vallen.',
		);
		await expect(page.getByRole('radio')).toHaveCount(0);
	});
});
