import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { werkmapEnvelope } from '../bench/werkmap-seed.mjs';
import { expect, expectNoAxeViolations, plant, test, viewports } from './helpers';

/**
 * The werkmap in the built site, as a professional uses it in one
 * conversation: create a young person, add three people, mark a vaste
 * volwassene and see it on the BIG-5 page, set the birthday month, tick
 * timeline items, reload, print, export, import in a fresh browser, delete
 * with undo. Plus axe in every state at 1280 and 320 px, keyboard only, and
 * the pages without JavaScript.
 */

/** The month `offset` months from now as the selects want it: [month number, year]. */
function monthFromNow(offset: number): [string, string] {
	const d = new Date();
	d.setDate(1);
	d.setMonth(d.getMonth() + offset);
	return [String(d.getMonth() + 1), String(d.getFullYear())];
}

async function newWerkmap(page: Page, code: string) {
	await page.goto('/werkmap/');
	await page.getByLabel('Code of bijnaam van de jongere').fill(code);
	await page.getByRole('button', { name: 'Nieuwe werkmap' }).click();
	await expect(page.getByRole('heading', { name: `Werkmap van ${code}` })).toBeFocused();
}

async function addPersoon(
	page: Page,
	p: { naam: string; relatie: string; ring: string; steun: string[]; blijft: string; vast?: boolean },
) {
	const form = page.getByRole('form', { name: /Iemand toevoegen/ });
	await form.getByLabel('Rol of voornaam').fill(p.naam);
	await form.getByRole('group', { name: 'Relatie' }).getByRole('radio', { name: p.relatie }).check();
	await form
		.getByRole('group', { name: /Hoe dichtbij/ })
		.getByRole('radio', { name: new RegExp(`^${p.ring}`) })
		.check();
	for (const s of p.steun) await form.getByRole('checkbox', { name: s }).check();
	await form
		.getByRole('group', { name: /Blijft deze persoon/ })
		.getByRole('radio', { name: p.blijft, exact: true })
		.check();
	if (p.vast) await form.getByRole('checkbox', { name: 'Dit is een vaste volwassene' }).check();
	await form.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(page.getByRole('status').filter({ hasText: `${p.naam} is toegevoegd` })).toBeVisible();
	await expect(form.getByLabel('Rol of voornaam')).toBeFocused();
}

const table = (page: Page) => page.getByRole('table', { name: /Mensen rond/ });

const KEY = 'kb:tool:big5';
const fixture = (version: number) =>
	readFileSync(new URL(`../fixtures/storage/big5-v${version}.json`, import.meta.url), 'utf8');

/** Put a value in localStorage before the site's scripts run, on the first load only. */
/** axe at 1280 and at 320 px, and no sideways scrolling of the page at 320 px. */
async function checkBothWidths(page: Page, state: string) {
	for (const [name, size] of Object.entries(viewports)) {
		await page.setViewportSize(size);
		await expectNoAxeViolations(page, `${state}, ${name}`);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, `horizontaal scrollen (${state}, ${name})`).toBeLessThanOrEqual(0);
	}
	await page.setViewportSize(viewports.desktop);
}

/** Each page, and the heading of its part for the young person J-01 of the fixture (the part loads on demand). */
const PAGES = [
	{ path: '/werkmap/', title: 'Werkmap per jongere', part: 'Werkmap van J-01' },
	{ path: '/werkmap/netwerk/', title: 'Netwerkkaart', part: 'Wie is er voor J-01?' },
	{ path: '/werkmap/tijdlijn/', title: 'Tijdlijn naar 18+', part: 'Wat moet wanneer geregeld zijn voor J-01?' },
	{ path: '/werkmap/plan/', title: 'Mijn plan', part: 'Mijn plan' },
];

test.describe('werkmap', () => {
	test('the whole conversation: network, BIG-5, timeline, reload, plan, export, added to a colleague’s werkmap, delete with undo', async ({
		page,
		newContext,
	}) => {
		test.setTimeout(120_000);
		await newWerkmap(page, 'J-07');

		// Netwerkkaart: three people, one of them the vaste volwassene.
		await page.getByRole('link', { name: 'Netwerkkaart' }).first().click();
		await expect(page.getByRole('heading', { name: 'Wie is er voor J-07?' })).toBeVisible();
		await expect(page.getByText('Er staat nog niemand in de netwerkkaart.')).toBeVisible();
		await addPersoon(page, {
			naam: 'oma',
			relatie: 'Familie',
			ring: 'Heel dichtbij',
			steun: ['Emotionele steun', 'Praktische hulp'],
			blijft: 'Ja',
			vast: true,
		});
		await addPersoon(page, {
			naam: 'mentor',
			relatie: 'Professional',
			ring: 'Dichtbij',
			steun: ['Advies of informatie'],
			blijft: 'Nee',
		});
		await addPersoon(page, {
			naam: 'Sam',
			relatie: 'Vrienden',
			ring: 'Verder weg',
			steun: ['Gezelschap'],
			blijft: 'Ja',
		});
		await expect(table(page).getByRole('row')).toHaveCount(4);
		await expect(table(page).getByRole('rowheader', { name: /oma/ })).toContainText('Vaste volwassene');
		const gaps = page.getByRole('region', { name: 'Wat opvalt' });
		await expect(gaps).toContainText('1 van de 3 mensen stopt bij 18 (professional).');
		await expect(gaps).not.toContainText('Nog geen vaste volwassene');

		// The picture loads on demand and says the same in words.
		await page.getByText('Netwerkkaart als tekening').click();
		const picture = page.getByRole('img', { name: /Netwerkkaart van J-07, met 3 mensen/ });
		await expect(picture).toBeVisible();
		await expect(picture).toHaveAttribute('aria-label', /Vaste volwassene: oma\./);

		// BIG-5 condition 1 shows the vaste volwassene from the netwerkkaart.
		await page.getByRole('link', { name: 'BIG-5' }).first().click();
		const first = page.getByRole('group', { name: '1. Een volwassene die blijft', exact: true });
		await expect(first).toContainText('oma');
		await expect(first.getByRole('link', { name: /netwerkkaart/i })).toBeVisible();
		await first.getByRole('radio', { name: 'Geregeld', exact: true }).check();

		// Tijdlijn: the birthday month, then tick items.
		await page.getByRole('link', { name: 'Tijdlijn' }).first().click();
		const [maand, jaar] = monthFromNow(2);
		await page.getByLabel('Maand', { exact: true }).selectOption(maand);
		await page.getByLabel('Jaar', { exact: true }).selectOption(jaar);
		await expect(page.getByText(/is nu 17 jaar en 10 maanden/)).toBeVisible();
		const digid = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'DigiD aanvragen' }) });
		await expect(digid).toContainText('Te laat');
		await digid.getByRole('radio', { name: 'Geregeld' }).check();
		await expect(digid).not.toContainText('Te laat');
		const bank = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { name: 'Bankrekening en contracten' }) });
		await bank.getByRole('radio', { name: 'Niet nodig' }).check();
		// Who arranges it and a note, under the item's explanation.
		await bank.getByText('Uitleg, wie en vóór wanneer').click();
		await bank.getByRole('textbox', { name: 'Wie regelt het?' }).fill('mentor Sam');
		await bank.getByRole('textbox', { name: 'Notitie' }).fill('Zorgverzekering loopt via de ouders.');
		await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen$/ })).toBeVisible();

		// Everything is still there after a reload.
		await page.reload();
		await expect(page.getByLabel('Jaar', { exact: true })).toHaveValue(jaar);
		await expect(digid.getByRole('radio', { name: 'Geregeld' })).toBeChecked();
		await expect(bank.getByRole('radio', { name: 'Niet nodig' })).toBeChecked();
		await bank.getByText('Uitleg, wie en vóór wanneer').click();
		await expect(bank.getByRole('textbox', { name: 'Wie regelt het?' })).toHaveValue('mentor Sam');
		await expect(bank.getByRole('textbox', { name: 'Notitie' })).toHaveValue('Zorgverzekering loopt via de ouders.');

		// Mijn plan, printed.
		await page.getByRole('link', { name: 'Mijn plan' }).first().click();
		const plan = page.getByRole('article', { name: 'Mijn plan' });
		await expect(plan).toContainText('oma (je vaste volwassene)');
		await expect(plan.getByRole('row', { name: /Iemand die blijft/ })).toContainText('Geregeld');
		await expect(plan).not.toContainText('DigiD aanvragen');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
		await expect(plan).toBeVisible();
		await page.emulateMedia({ media: 'screen' });

		// Export this young person, and import the file in a fresh browser.
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Bewaar als bestand' }).click();
		const file = await (await download).path();
		// The colleague's browser already holds a werkmap of its own: the file is added, nothing replaced.
		const other = await (await newContext()).newPage();
		await newWerkmap(other, 'J-02');
		await other.getByText('Bewaren als bestand of een bestand openen').click();
		await other.getByLabel('Importeren uit een bestand').setInputFiles(file);
		await expect(other.getByRole('region', { name: /Wat verandert er/ })).toContainText(
			'Bij toevoegen: Erbij komt J-07.',
		);
		await other.getByRole('button', { name: 'Voeg toe aan mijn gegevens' }).click();
		const lijst = other.getByRole('list', { name: 'Werkmappen' });
		await expect(lijst.getByRole('button', { name: /^J-02/ })).toBeVisible();
		await other.getByRole('button', { name: /^J-07/ }).click();
		await other.goto('/werkmap/netwerk/');
		await expect(other.getByRole('table', { name: 'Mensen rond J-07' }).getByRole('row')).toHaveCount(4);

		// Delete with undo, back on the first browser.
		await page.goto('/werkmap/');
		await page.getByRole('button', { name: 'Verwijderen van J-07' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'De werkmap van J-07 is verwijderd' })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeFocused();
		await page.getByRole('button', { name: 'Ongedaan maken' }).click();
		await expect(page.getByRole('heading', { name: 'Werkmap van J-07' })).toBeFocused();
		await page.goto('/werkmap/netwerk/');
		await expect(table(page).getByRole('row')).toHaveCount(4);
	});

	test('the BIG-5 data stored today (version 2) is all there in the werkmap and on the BIG-5 page', async ({
		page,
	}) => {
		const stored = JSON.parse(fixture(2));
		await plant(page, KEY, fixture(2));
		await page.goto('/werkmap/');
		const list = page.getByRole('list', { name: 'Werkmappen' });
		for (const c of stored.data.checklists)
			await expect(list.getByRole('button', { name: new RegExp(`^${c.code}`) })).toBeVisible();
		await expect(list.getByRole('button', { name: /^J-01/ })).toContainText('2 van 5 voorwaarden geregeld');
		await list.getByRole('button', { name: /^J-01/ }).click();
		await page.goto('/big-5/');
		const wonen = page.getByRole('group', { name: '2. Een passende woonplek', exact: true });
		await expect(wonen.getByRole('radio', { name: 'Deels geregeld' })).toBeChecked();
		await expect(wonen.getByLabel('Toelichting en afspraken')).toHaveValue('Kamer tot maart');
		await expect(wonen.getByLabel('Wat', { exact: true })).toHaveValue('Woonruimte zoeken');
		await expect(page.getByLabel('Datum volgend gesprek')).toHaveValue('2026-12-01');
		const first = page.getByRole('group', { name: '1. Een volwassene die blijft', exact: true });
		await expect(first).toContainText('In de netwerkkaart van J-01 is nog niemand gemarkeerd als vaste volwassene.');
		// Saved again, it is stored as the werkmap (version 3), with nothing dropped.
		await page.getByLabel('Datum volgend gesprek').fill('2026-12-08');
		await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen$/ })).toBeVisible();
		const now = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY)) ?? 'null');
		expect(now.schemaVersion).toBe(3);
		expect(now.data.jongeren.map((j: { code: string }) => j.code)).toEqual(
			stored.data.checklists.map((c: { code: string }) => c.code),
		);
		expect(now.data.jongeren[0].voorwaarden).toEqual(stored.data.checklists[0].voorwaarden);
	});

	test('a marked vaste volwassene who stops at 18 does not count on the BIG-5 page, and the gap says so', async ({
		page,
	}) => {
		await newWerkmap(page, 'J-30');
		await page.goto('/werkmap/netwerk/');
		await addPersoon(page, {
			naam: 'ambulant hulpverlener',
			relatie: 'Professional',
			ring: 'Dichtbij',
			steun: ['Advies of informatie'],
			blijft: 'Nee',
			vast: true,
		});
		await expect(page.getByRole('region', { name: 'Wat opvalt' })).toContainText('stopt bij 18');
		await page.goto('/big-5/');
		const first = page.getByRole('group', { name: '1. Een volwassene die blijft', exact: true });
		await expect(first).toContainText('ambulant hulpverlener stopt bij 18 en telt hier daarom niet');
		await expect(first).not.toContainText('Vaste volwassene volgens de netwerkkaart');
	});

	test('an imported file is shown as text, never run as HTML', async ({ page }) => {
		const hostile = JSON.parse(fixture(3));
		const payload = '<img src=x onerror="document.title=1">';
		hostile.data.jongeren[0].netwerk[0].naam = payload;
		hostile.data.jongeren[0].netwerk[0].notitie = `${payload}<script>document.title=2</script>`;
		hostile.data.activeId = hostile.data.jongeren[0].id;
		await page.goto('/werkmap/');
		await page.getByText('Bewaren als bestand of een bestand openen').click();
		await page.getByLabel('Importeren uit een bestand').setInputFiles({
			name: 'werkmap.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(hostile)),
		});
		// The preview shows what the file holds as text, for both choices.
		await expect(page.getByRole('region', { name: /Wat verandert er/ })).toContainText(
			'Bij vervangen: daarna 3 jongeren.',
		);
		await expect(page.locator('main img')).toHaveCount(0);
		await page.getByRole('button', { name: 'Vervang mijn gegevens' }).click();
		await page.goto('/werkmap/netwerk/');
		await expect(table(page).getByRole('rowheader', { name: /onerror/ })).toContainText(payload);
		await expect(page.locator('main img')).toHaveCount(0);
		expect(await page.title()).toContain('Netwerkkaart');
	});

	test('a damaged file is refused with a Dutch message, and nothing changes', async ({ page }) => {
		await plant(page, KEY, fixture(3));
		await page.goto('/werkmap/');
		const damaged = JSON.parse(fixture(3));
		damaged.data.jongeren[0].verjaardag18 = '2009-03-14';
		await page.getByText('Bewaren als bestand of een bestand openen').click();
		await page.getByLabel('Importeren uit een bestand').setInputFiles({
			name: 'werkmap.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(damaged)),
		});
		await expect(page.getByText(/Er is niets veranderd\./)).toBeVisible();
		await expect(page.getByRole('list', { name: 'Werkmappen' }).getByRole('listitem')).toHaveCount(3);
	});

	for (const { path, title, part } of PAGES) {
		test(`${path}: axe and no sideways scrolling, empty and filled, at 1280 and 320 px`, async ({ page }) => {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
			await expect(page.getByLabel('Code of bijnaam van de jongere')).toBeVisible();
			await checkBothWidths(page, 'leeg');
			const filled = JSON.parse(fixture(3));
			filled.data.activeId = filled.data.jongeren[0].id;
			await page.evaluate(([k, v]) => localStorage.setItem(k as string, v as string), [KEY, JSON.stringify(filled)]);
			await page.reload();
			await expect(
				page.getByRole('combobox', { name: 'Jongere', exact: true }).or(page.getByRole('list', { name: 'Werkmappen' })),
			).toBeVisible();
			await expect(page.getByRole('heading', { level: 2, name: part, exact: true })).toBeVisible();
			if (path === '/werkmap/netwerk/') {
				await page.getByText('Netwerkkaart als tekening').click();
				await expect(page.getByRole('img', { name: /Netwerkkaart van J-01/ })).toBeVisible();
			}
			await checkBothWidths(page, 'gevuld');
		});

		test(`${path}: says without JavaScript what it is for and that it needs JavaScript`, async ({
			browser,
			baseURL,
		}) => {
			const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
			const page = await context.newPage();
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
			await expect(page.locator('.wm-uitleg')).not.toBeEmpty();
			await expect(page.getByText(/De werkmap werkt alleen met JavaScript/)).toBeVisible();
			await expect(page.getByRole('navigation', { name: 'Werkmap' }).getByRole('link')).toHaveCount(5);
			await context.close();
		});
	}

	test('one young person, just made: every page passes axe at 1280 and 320 px', async ({ page }) => {
		test.setTimeout(120_000);
		await newWerkmap(page, 'J-03');
		await checkBothWidths(page, 'één jongere');
		await page.goto('/werkmap/netwerk/');
		await expect(page.getByRole('heading', { name: 'Wie is er voor J-03?' })).toBeVisible();
		await expect(page.getByText('Er staat nog niemand in de netwerkkaart van J-03.')).toBeVisible();
		await checkBothWidths(page, 'één jongere, leeg netwerk');
		await page.goto('/werkmap/tijdlijn/');
		await expect(page.getByText('Vul de maand van de 18e verjaardag in.', { exact: false })).toBeVisible();
		await checkBothWidths(page, 'één jongere, geen verjaardag');
		await page.goto('/werkmap/plan/');
		await expect(page.getByRole('article', { name: 'Mijn plan' })).toContainText('J-03');
		await checkBothWidths(page, 'één jongere, plan');
	});
});

/**
 * A filled werkmap, the one Lighthouse measures in `npm run bench`: 15 people,
 * 30 timeline items with a status, a filled BIG-5 checklist, stored in today's
 * format. Each view with it passes axe; deleting and undoing keep the focus
 * on the page, never on its body.
 */
test.describe('werkmap, filled', () => {
	const seed = werkmapEnvelope(new URL('../..', import.meta.url).pathname);
	const notOnBody = (page: Page) =>
		expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');

	test.beforeEach(async ({ page }) => {
		await plant(page, seed.key, seed.value);
	});

	test('the netwerkkaart with 15 people: table and picture pass axe; delete and undo keep the focus', async ({
		page,
	}) => {
		test.setTimeout(120_000);
		await page.goto('/werkmap/netwerk/');
		await expect(table(page).getByRole('row')).toHaveCount(16);
		await page.getByText('Netwerkkaart als tekening').click();
		await expect(page.getByRole('img', { name: /Netwerkkaart van J-15, met 15 mensen/ })).toBeVisible();
		await checkBothWidths(page, 'vol netwerk met tekening');

		await page.getByRole('button', { name: 'Verwijderen buurvrouw' }).click();
		const undo = page.getByRole('button', { name: 'Ongedaan maken' });
		await expect(undo).toBeFocused();
		await expect(
			page.getByRole('status').filter({ hasText: 'buurvrouw is uit de netwerkkaart verwijderd.' }),
		).toBeVisible();
		await expect(table(page).getByRole('row')).toHaveCount(15);
		await checkBothWidths(page, 'melding met ongedaan maken');
		await page.keyboard.press('Enter');
		await expect(page.getByRole('button', { name: 'Wijzigen buurvrouw' })).toBeFocused();
		await expect(table(page).getByRole('row')).toHaveCount(16);
		await notOnBody(page);
	});

	test('the timeline with late and this-month items passes axe', async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto('/werkmap/tijdlijn/');
		const glance = page.getByRole('list', { name: 'In één oogopslag' });
		await expect(glance).toContainText('te laat');
		await expect(glance).toContainText('deze maand');
		await expect(page.getByRole('listitem').filter({ hasText: 'Te laat' }).first()).toBeVisible();
		await checkBothWidths(page, 'tijdlijn met te laat en deze maand');
		const late = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { level: 4 }), hasText: 'Te laat' })
			.first();
		await late.getByText('Uitleg, wie en vóór wanneer').click();
		await expect(late.getByLabel('Vóór wanneer')).toBeVisible();
		await checkBothWidths(page, 'tijdlijn met een punt open');
		await page.getByRole('checkbox', { name: 'Alleen open punten tonen' }).check();
		await checkBothWidths(page, 'tijdlijn, alleen open punten');
	});

	test('the overview, the plan and the BIG-5 page pass axe', async ({ page }) => {
		test.setTimeout(150_000);
		await page.goto('/werkmap/');
		await expect(page.getByRole('heading', { name: 'Werkmap van J-15' })).toBeVisible();
		await expect(page.getByRole('button', { name: /^J-15/ })).toContainText('te laat');
		await checkBothWidths(page, 'overzicht, gevuld');
		await page.goto('/werkmap/plan/');
		const plan = page.getByRole('article', { name: 'Mijn plan' });
		await expect(plan).toContainText('tante Ria (je vaste volwassene)');
		await checkBothWidths(page, 'plan, gevuld');
		await page.goto('/big-5/');
		await expect(page.getByRole('group', { name: '1. Een volwassene die blijft', exact: true })).toContainText(
			'tante Ria',
		);
		await checkBothWidths(page, 'BIG-5, gevuld');
	});

	test('delete a young person with undo, by keyboard: the focus moves to undo, then back to the werkmap', async ({
		page,
	}) => {
		test.setTimeout(120_000);
		await page.goto('/werkmap/');
		await expect(page.getByRole('heading', { name: 'Werkmap van J-15' })).toBeVisible();
		await page.getByRole('button', { name: 'Verwijderen van J-15' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeFocused();
		await expect(page.getByText('Er zijn nog geen werkmappen in deze browser.')).toBeVisible();
		await checkBothWidths(page, 'werkmap verwijderd, met ongedaan maken');
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: 'Werkmap van J-15' })).toBeFocused();
		await notOnBody(page);
	});

	test('an import preview on the werkmap page passes axe', async ({ page }) => {
		test.setTimeout(120_000);
		await page.goto('/werkmap/');
		await expect(page.getByRole('heading', { name: 'Werkmap van J-15' })).toBeVisible();
		await page.getByText('Bewaren als bestand of een bestand openen').click();
		await page.getByLabel('Importeren uit een bestand').setInputFiles({
			name: 'werkmap.json',
			mimeType: 'application/json',
			buffer: Buffer.from(fixture(3)),
		});
		await expect(page.getByRole('region', { name: /Wat verandert er/ })).toBeVisible();
		await checkBothWidths(page, 'importvoorbeeld werkmap');
	});
});
