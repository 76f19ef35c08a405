import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, viewports } from './helpers';

/**
 * BIG-5-checklist (/big-5/) in the built site: filling in, keeping it after
 * a reload, keeping young people apart, the print view, axe in every state
 * at desktop and 320 px, and a complete run by keyboard only.
 */

const CONDITIONS = [
	'1. Een volwassene die blijft',
	'2. Een passende woonplek',
	'3. School, werk of een zinvolle dag',
	'4. Genoeg inkomen',
	'5. Zorg tot 27 als dat nodig is',
] as const;

/** A date relative to today in the format of a date input. */
function dag(offset: number): string {
	const d = new Date();
	d.setDate(d.getDate() + offset);
	return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const condition = (page: Page, name: string) => page.getByRole('group', { name, exact: true });
const summary = (page: Page) => page.getByRole('region', { name: 'Samenvatting' });
const summaryStatus = (page: Page) => summary(page).getByRole('status');
const checklistList = (page: Page) => page.getByRole('list', { name: 'Checklists' });

async function open(page: Page) {
	await page.goto('/big-5/');
	await expect(page.getByLabel('Code of bijnaam van de jongere')).toBeVisible();
}

async function newChecklist(page: Page, code: string) {
	await page.getByLabel('Code of bijnaam van de jongere').fill(code);
	await page.getByRole('button', { name: 'Nieuwe checklist' }).click();
	await expect(page.getByRole('heading', { name: `Checklist voor ${code}` })).toBeVisible();
}

async function setStatus(page: Page, name: string, status: string) {
	await condition(page, name).getByRole('radio', { name: status, exact: true }).check();
}

async function fillAction(page: Page, name: string, wat: string, wie: string, voor: string) {
	const group = condition(page, name);
	await group.getByLabel('Wat', { exact: true }).fill(wat);
	await group.getByLabel('Wie', { exact: true }).fill(wie);
	await group.getByLabel('Vóór wanneer').fill(voor);
}

/** The partly filled state used by several tests. */
async function fillPartly(page: Page) {
	await setStatus(page, CONDITIONS[0], 'Geregeld');
	await condition(page, CONDITIONS[0]).getByLabel('Toelichting en afspraken').fill('Tante Mies blijft bereikbaar.');
	await setStatus(page, CONDITIONS[1], 'Deels geregeld');
	await fillAction(page, CONDITIONS[1], 'Wmo-aanvraag indienen', 'mentor', dag(-3));
	await setStatus(page, CONDITIONS[3], 'Niet geregeld');
	await fillAction(page, CONDITIONS[3], 'Zorgtoeslag aanvragen', 'jongere', dag(10));
}

test.describe('BIG-5-checklist', () => {
	test('shows the five conditions without JavaScript and says the checklist needs it', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
		const page = await context.newPage();
		await page.goto('/big-5/');
		const list = page.getByRole('region', { name: 'De vijf voorwaarden: waar let je op?' });
		for (const name of CONDITIONS) await expect(list.getByRole('heading', { name, exact: true })).toBeVisible();
		await expect(list).toContainText('Leefgebied in de Big 5: Welzijn');
		await expect(list.getByRole('link', { name: /Stap \d+: Investeer in het sociale netwerk/ })).toBeVisible();
		// Playwright's text queries skip <noscript>, so find the notice by its class.
		const notice = page.locator('.big5-geen-js');
		await expect(notice).toBeVisible();
		await expect(notice).toContainText('De invulbare checklist werkt alleen met JavaScript.');
		await expect(page.getByRole('radio')).toHaveCount(0);
		await context.close();
	});

	test('a filled checklist is still there after a reload', async ({ page }) => {
		await open(page);
		await expect(page.getByText('Vul geen namen of andere persoonsgegevens in.')).toBeVisible();
		await newChecklist(page, 'J-12');
		for (const name of CONDITIONS) {
			await expect(condition(page, name).getByRole('radio', { name: 'Nog niet besproken' })).toBeChecked();
		}
		await expect(summaryStatus(page)).toContainText('0 van de 5 voorwaarden zijn geregeld.');
		await fillPartly(page);
		await page.getByLabel('Datum volgend gesprek').fill(dag(14));

		await expect(summaryStatus(page)).toContainText('1 van de 5 voorwaarden is geregeld.');
		await expect(summaryStatus(page)).toContainText('2 open acties, waarvan 1 te laat');
		const actions = summary(page).getByRole('listitem');
		await expect(actions).toHaveCount(2);
		await expect(actions.first()).toContainText('Wmo-aanvraag indienen');
		await expect(actions.first()).toContainText('(te laat)');
		await expect(actions.nth(1)).toContainText('Zorgtoeslag aanvragen');
		await expect(actions.nth(1)).not.toContainText('te laat');
		await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen$/ })).toBeVisible();

		await page.reload();
		await expect(page.getByRole('heading', { name: 'Checklist voor J-12' })).toBeVisible();
		await expect(condition(page, CONDITIONS[0]).getByRole('radio', { name: 'Geregeld', exact: true })).toBeChecked();
		await expect(condition(page, CONDITIONS[0]).getByLabel('Toelichting en afspraken')).toHaveValue(
			'Tante Mies blijft bereikbaar.',
		);
		await expect(condition(page, CONDITIONS[1]).getByRole('radio', { name: 'Deels geregeld' })).toBeChecked();
		await expect(condition(page, CONDITIONS[1]).getByLabel('Wat', { exact: true })).toHaveValue(
			'Wmo-aanvraag indienen',
		);
		await expect(condition(page, CONDITIONS[1]).getByLabel('Vóór wanneer')).toHaveValue(dag(-3));
		await expect(condition(page, CONDITIONS[1])).toContainText('Te laat: deze datum is voorbij.');
		await expect(condition(page, CONDITIONS[3]).getByLabel('Wie', { exact: true })).toHaveValue('jongere');
		await expect(page.getByLabel('Datum volgend gesprek')).toHaveValue(dag(14));
		await expect(summaryStatus(page)).toContainText('1 van de 5 voorwaarden is geregeld.');
	});

	test('the verdict appears only when all five are arranged', async ({ page }) => {
		await open(page);
		await newChecklist(page, 'Vlinder');
		for (const name of CONDITIONS.slice(0, 4)) await setStatus(page, name, 'Geregeld');
		await expect(summaryStatus(page)).toContainText('4 van de 5 voorwaarden zijn geregeld.');
		await expect(summaryStatus(page)).toContainText('Nog open: Zorg tot 27 als dat nodig is (nog niet besproken).');
		await expect(summaryStatus(page)).not.toContainText('Alle vijf voorwaarden zijn geregeld.');
		await setStatus(page, CONDITIONS[4], 'Geregeld');
		await expect(summaryStatus(page)).toContainText('Alle vijf voorwaarden zijn geregeld.');
		await expect(page.getByRole('group', { name: 'Actie: wat moet er nog gebeuren?' })).toHaveCount(0);
	});

	test('two young people are kept apart; rename, copy, delete and undo', async ({ page }) => {
		await open(page);
		await newChecklist(page, 'A-1');
		await setStatus(page, CONDITIONS[1], 'Geregeld');
		await condition(page, CONDITIONS[1]).getByLabel('Toelichting en afspraken').fill('Kamer bij oom');
		await newChecklist(page, 'B-2');
		await expect(condition(page, CONDITIONS[1]).getByRole('radio', { name: 'Nog niet besproken' })).toBeChecked();
		await expect(condition(page, CONDITIONS[1]).getByLabel('Toelichting en afspraken')).toHaveValue('');
		await setStatus(page, CONDITIONS[2], 'Niet geregeld');

		await checklistList(page).getByRole('button', { name: /^A-1/ }).click();
		await expect(page.getByRole('heading', { name: 'Checklist voor A-1' })).toBeVisible();
		await expect(condition(page, CONDITIONS[1]).getByRole('radio', { name: 'Geregeld', exact: true })).toBeChecked();
		await expect(condition(page, CONDITIONS[1]).getByLabel('Toelichting en afspraken')).toHaveValue('Kamer bij oom');
		await expect(condition(page, CONDITIONS[2]).getByRole('radio', { name: 'Nog niet besproken' })).toBeChecked();
		await expect(checklistList(page).getByRole('listitem')).toHaveText([
			/^A-1 1 van 5 geregeld/,
			/^B-2 0 van 5 geregeld/,
		]);

		// Rename: a code already in use is refused, a free one is taken.
		await page.getByRole('button', { name: 'Naam wijzigen van A-1' }).click();
		const rename = page.getByLabel('Nieuwe code voor A-1');
		await expect(rename).toBeFocused();
		await rename.fill('b-2');
		await page.getByRole('button', { name: 'Opslaan' }).click();
		await expect(page.getByText('Deze code is al in gebruik. Kies een andere.')).toBeVisible();
		await rename.fill('A-9');
		await page.getByRole('button', { name: 'Opslaan' }).click();
		await expect(page.getByRole('heading', { name: 'Checklist voor A-9' })).toBeVisible();

		// Copy: an independent checklist with the same answers.
		await page.getByRole('button', { name: 'Kopie maken van A-9' }).click();
		await expect(page.getByRole('heading', { name: 'Checklist voor A-9 (kopie)' })).toBeVisible();
		await expect(condition(page, CONDITIONS[1]).getByLabel('Toelichting en afspraken')).toHaveValue('Kamer bij oom');
		await setStatus(page, CONDITIONS[1], 'Niet geregeld');
		await checklistList(page)
			.getByRole('button', { name: /^A-9 \d/ })
			.click();
		await expect(condition(page, CONDITIONS[1]).getByRole('radio', { name: 'Geregeld', exact: true })).toBeChecked();

		// Delete and undo.
		await page.getByRole('button', { name: 'Verwijderen van A-9', exact: true }).click();
		await expect(page.getByText('De checklist van A-9 is verwijderd.')).toBeVisible();
		await expect(checklistList(page).getByRole('listitem')).toHaveCount(2);
		await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeFocused();
		await page.getByRole('button', { name: 'Ongedaan maken' }).click();
		await expect(page.getByRole('heading', { name: 'Checklist voor A-9' })).toBeVisible();
		await expect(condition(page, CONDITIONS[1]).getByLabel('Toelichting en afspraken')).toHaveValue('Kamer bij oom');
		await expect(checklistList(page).getByRole('listitem')).toHaveCount(3);

		await page.reload();
		await expect(checklistList(page).getByRole('listitem')).toHaveText([
			/^A-9 1 van 5/,
			/^A-9 \(kopie\) 0 van 5/,
			/^B-2 0 van 5/,
		]);
		await checklistList(page).getByRole('button', { name: /^B-2/ }).click();
		await expect(condition(page, CONDITIONS[2]).getByRole('radio', { name: 'Niet geregeld' })).toBeChecked();
		await expect(condition(page, CONDITIONS[1]).getByRole('radio', { name: 'Nog niet besproken' })).toBeChecked();
	});

	test('warns when a code looks like a full name', async ({ page }) => {
		await open(page);
		await page.getByLabel('Code of bijnaam van de jongere').fill('Sanne de Vries');
		await expect(page.getByText('Dit lijkt op een volledige naam. Gebruik liever een code of bijnaam.')).toBeVisible();
		await page.getByLabel('Code of bijnaam van de jongere').fill('');
		await page.getByRole('button', { name: 'Nieuwe checklist' }).click();
		await expect(page.getByText('Vul een code of bijnaam in.')).toBeVisible();
		await expect(page.getByLabel('Code of bijnaam van de jongere')).toHaveAttribute('aria-invalid', 'true');
	});

	test('print view: one clean page with code, statuses, notes, actions and the next conversation', async ({ page }) => {
		await open(page);
		await newChecklist(page, 'J-40');
		await fillPartly(page);
		await page.getByLabel('Datum volgend gesprek').fill(dag(14));
		await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeVisible();

		await page.emulateMedia({ media: 'print' });
		const paper = page.locator('.big5-afdruk');
		await expect(paper).toBeVisible();
		await expect(paper).toContainText('J-40');
		await expect(paper.getByRole('row', { name: /^1\. Een volwassene die blijft/ })).toContainText('Geregeld');
		await expect(paper.getByRole('row', { name: /^1\. Een volwassene die blijft/ })).toContainText(
			'Tante Mies blijft bereikbaar.',
		);
		await expect(paper.getByRole('row', { name: /^2\. Een passende woonplek/ })).toContainText('Deels geregeld');
		await expect(paper.getByRole('row', { name: /^4\. Genoeg inkomen/ })).toContainText('Niet geregeld');
		await expect(paper.getByRole('row', { name: /^3\. School, werk/ })).toContainText('Nog niet besproken');
		await expect(paper).toContainText('Wmo-aanvraag indienen');
		await expect(paper).toContainText('(te laat)');
		await expect(paper).toContainText('Volgend gesprek');
		// includeHidden: role queries skip hidden elements, and these must exist to prove they are hidden.
		const navigation = page.getByRole('navigation', { includeHidden: true });
		expect(await navigation.count()).toBeGreaterThan(0);
		for (const nav of await navigation.all()) await expect(nav).toBeHidden();
		for (const [role, name] of [
			['banner', undefined],
			['contentinfo', undefined],
			['button', 'Afdrukken'],
			['radio', 'Geregeld'],
			['heading', 'De vijf voorwaarden: waar let je op?'],
			['heading', 'BIG-5-checklist'],
		] as const) {
			const hidden = page.getByRole(role, { name, exact: true, includeHidden: true }).first();
			await expect(hidden, `${role} ${name ?? ''}`).toHaveCount(1);
			await expect(hidden, `${role} ${name ?? ''}`).toBeHidden();
		}

		// The print button opens the browser's print dialog.
		await page.emulateMedia({ media: 'screen' });
		await page.evaluate(() => {
			(window as unknown as { geprint: number }).geprint = 0;
			window.print = () => void (window as unknown as { geprint: number }).geprint++;
		});
		await page.getByRole('button', { name: 'Afdrukken' }).click();
		expect(await page.evaluate(() => (window as unknown as { geprint: number }).geprint)).toBe(1);
	});

	for (const [naam, viewport] of Object.entries(viewports)) {
		test(`no WCAG problems when empty, partly filled and complete (${naam})`, async ({ page }) => {
			await page.setViewportSize(viewport);
			await open(page);
			await expectNoAxeViolations(page, 'leeg');
			await newChecklist(page, 'J-50');
			await expectNoAxeViolations(page, 'nieuwe checklist');
			await fillPartly(page);
			await page.getByLabel('Code of bijnaam van de jongere').fill('Jan Jansen');
			await expectNoAxeViolations(page, 'deels ingevuld, met waarschuwing');
			for (const name of CONDITIONS) await setStatus(page, name, 'Geregeld');
			await page.getByRole('button', { name: 'Verwijderen van J-50', exact: true }).click();
			await page.getByRole('button', { name: 'Ongedaan maken' }).click();
			await page.getByText('Bewaren als bestand of een bestand openen').click();
			await expect(page.getByRole('button', { name: 'Exporteren' })).toBeVisible();
			await expect(summaryStatus(page)).toContainText('Alle vijf voorwaarden zijn geregeld.');
			await expectNoAxeViolations(page, 'compleet');
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
			expect(overflow, 'geen horizontaal scrollen').toBeLessThanOrEqual(0);
		});
	}

	test('the whole checklist can be completed by keyboard alone', async ({ page }) => {
		await open(page);
		const keys = page.keyboard;
		/** Press Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
		async function tabTo(target: Locator, terug = false, max = 80) {
			for (let i = 0; i < max; i++) {
				if (await target.evaluate((el) => el === document.activeElement)) return;
				await keys.press(terug ? 'Shift+Tab' : 'Tab');
			}
			throw new Error('Element niet bereikt met Tab');
		}

		await tabTo(page.getByLabel('Code of bijnaam van de jongere'));
		await keys.type('K-1');
		await tabTo(page.getByRole('button', { name: 'Nieuwe checklist' }));
		await keys.press('Space');
		await expect(page.getByRole('heading', { name: 'Checklist voor K-1' })).toBeFocused();

		// Condition 1: Geregeld (one arrow from "Nog niet besproken") plus a note.
		const eerste = condition(page, CONDITIONS[0]);
		await tabTo(eerste.getByRole('radio', { name: 'Nog niet besproken' }));
		await keys.press('ArrowRight');
		await expect(eerste.getByRole('radio', { name: 'Geregeld', exact: true })).toBeChecked();
		await tabTo(eerste.getByLabel('Toelichting en afspraken'));
		await keys.type('Oom blijft in beeld.');

		// Conditions 2 to 5: "Niet geregeld" (three arrows) and an action with a date.
		for (const [i, name] of CONDITIONS.slice(1).entries()) {
			const group = condition(page, name);
			await tabTo(group.getByRole('radio', { name: 'Nog niet besproken' }));
			for (let n = 0; n < 3; n++) await keys.press('ArrowDown');
			await expect(group.getByRole('radio', { name: 'Niet geregeld' })).toBeChecked();
			await tabTo(group.getByLabel('Wat', { exact: true }));
			await keys.type(`Actie ${i + 2}`);
			await keys.press('Tab');
			await keys.type('mentor');
			await keys.press('Tab');
			await expect(group.getByLabel('Vóór wanneer')).toBeFocused();
			// Day equals month, so the date reads the same in day-month and month-day browsers.
			await keys.type(`0${i + 1}0${i + 1}2030`);
			await expect(group.getByLabel('Vóór wanneer')).toHaveValue(`2030-0${i + 1}-0${i + 1}`);
		}
		await tabTo(page.getByLabel('Datum volgend gesprek'));
		await keys.type('03032031');
		await expect(page.getByLabel('Datum volgend gesprek')).toHaveValue('2031-03-03');

		await expect(summaryStatus(page)).toContainText('1 van de 5 voorwaarden is geregeld.');
		await expect(summary(page).getByRole('listitem')).toHaveText([/Actie 2/, /Actie 3/, /Actie 4/, /Actie 5/]);

		// Later conversation: back up with Shift+Tab and set the others to Geregeld.
		for (const name of [...CONDITIONS.slice(1)].reverse()) {
			const group = condition(page, name);
			await tabTo(group.getByRole('radio', { name: 'Niet geregeld' }), true);
			await keys.press('ArrowUp');
			await keys.press('ArrowUp');
			await expect(group.getByRole('radio', { name: 'Geregeld', exact: true })).toBeChecked();
		}
		await expect(summaryStatus(page)).toContainText('Alle vijf voorwaarden zijn geregeld.');
		await tabTo(page.getByRole('button', { name: 'Afdrukken' }));
		await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeFocused();
	});
});
