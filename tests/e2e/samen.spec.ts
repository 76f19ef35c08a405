import type { BrowserContext } from '@playwright/test';
import { expect, expectNoAxeViolations, pdfPages, test, viewports } from './helpers';

/**
 * Samen scannen: a coordinator starts a team round and gets an invitation
 * link; six colleagues open it and fill in the informele-steun scan on their
 * own device (a browser context each), choose a role at their deelcode, and
 * the coordinator gathers the codes, with an old (format-1) code and a
 * duplicate, in the team overview. It shows the median per role only for roles with at
 * least three participants, and where the roles differ. The team picks its priorities and
 * actions, which survive a reload, and prints one report of at most two A4 pages.
 */

const SCAN = '/zelfscan/informele-steun/';
const OVERZICHT = '/voor-trainers/groepsoverzicht/';
const THEMES = ['Oog voor de waarde van het netwerk', 'Sleutelfiguren praten mee'];
/** A deelcode as the site made them until December 2026 (format 1, version 1 of the scan, 30 statements). */
const OLD_CODE = 'z1.informele-steun.1.266666666666666666666666666666.p9t';
const RONDE = 'Wijkteams Oost, voorjaar 2027';

/** One participant in a fresh browser context: the first two themes answered with `answers`; returns the deelcode. */
async function participant(
	newContext: () => Promise<BrowserContext>,
	link: string,
	rol: string,
	answers: [string, string],
	reload = false,
): Promise<string> {
	const context = await newContext();
	const page = await context.newPage();
	await page.goto(link);
	await page.getByLabel('Naam van de scan').fill('Teamronde');
	await page.getByRole('button', { name: 'Begin de scan' }).click();
	for (const [t, theme] of THEMES.entries()) {
		const answer = answers[t];
		await page.getByRole('link', { name: theme, exact: true }).first().click();
		const groups = page.getByRole('region', { name: theme }).getByRole('group');
		await expect(groups.first()).toBeVisible();
		const total = await groups.count();
		for (let i = 0; i < total; i++) await groups.nth(i).getByRole('radio', { name: answer, exact: true }).check();
	}
	await page
		.getByRole('navigation', { name: 'Onderdelen van de scan' })
		.getByRole('link', { name: 'Resultaten' })
		.click();
	await expect(page.getByText(/^U vult deze scan in voor de teamronde "/)).toBeVisible();
	const field = page.getByRole('textbox', { name: 'Deelcode', exact: true });
	// The round is in the code from the start, as its key (8 characters), never as its name.
	await expect(field).toHaveValue(/^z2\.informele-steun\.2\.-\.[0-9a-z]{8}\./);
	await page.getByRole('combobox', { name: 'Uw rol in het team (komt in de deelcode)' }).selectOption({ label: rol });
	// The role goes into the code; the checksum is made again.
	await expect(field).toHaveValue(new RegExp(`^z2\\.informele-steun\\.2\\.${rol.toLowerCase()}\\.[0-9a-z]{8}\\.`));
	const code = await field.inputValue();
	if (reload) {
		// The role is kept with the answers: after a reload it is still chosen, and the code is the same.
		await page.waitForTimeout(600);
		await page.reload();
		await expect(page.getByRole('combobox', { name: 'Uw rol in het team (komt in de deelcode)' })).toHaveValue(
			rol.toLowerCase(),
		);
		await expect(page.getByRole('textbox', { name: 'Deelcode', exact: true })).toHaveValue(code);
	}
	await context.close();
	return code;
}

test.describe('samen scannen', () => {
	test('the scan page explains the team route and links to the team overview', async ({ page }) => {
		await page.goto(SCAN);
		const samen = page.getByRole('region', { name: "Samen scannen met collega's en partners" });
		await expect(samen).toContainText('De rollen zijn: Jeugdhulp, Jeugdbescherming, Onderwijs, Wijkteam');
		await samen.getByRole('link', { name: 'team- en groepsoverzicht' }).click();
		await expect(page.getByRole('heading', { name: 'Team- en groepsoverzicht', level: 1 })).toBeVisible();
		await expect(page).toHaveURL(new RegExp(`${OVERZICHT}$`));
	});

	test('the coordinator names a round and gets a link and QR code with the scan and the name only', async ({
		page,
		baseURL,
	}) => {
		await page.goto(SCAN);
		await page.getByRole('link', { name: 'teamronde starten' }).click();
		await expect(page.getByRole('heading', { name: 'Teamronde: Zelfscan informele steun', level: 1 })).toBeVisible();
		await page.getByLabel('Naam van de ronde').fill(RONDE);
		await page.getByRole('button', { name: 'Maak de uitnodiging' }).click();
		await expect(page.getByRole('heading', { name: `Uitnodiging voor de ronde "${RONDE}"` })).toBeVisible();
		await expect(page.getByRole('textbox', { name: 'Link voor de deelnemers' })).toHaveValue(
			`${baseURL}${SCAN}?ronde=${encodeURIComponent(RONDE)}`,
		);
		await expect(page.getByRole('img', { name: 'QR-code met de link voor de deelnemers' })).toBeVisible();
		await expect(page.getByText('In de link staan alleen de scan')).toBeVisible();
		await expect(page.getByRole('textbox', { name: 'Tekst voor een e-mail of chatbericht' })).toHaveValue(
			new RegExp(`voor de ronde "${RONDE}"`),
		);
		await expectNoAxeViolations(page, 'teamronde met uitnodiging');
		await page.setViewportSize(viewports.mobiel);
		await expectNoAxeViolations(page, 'teamronde met uitnodiging, 320 px');
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
			'horizontaal scrollen',
		).toBeLessThanOrEqual(0);
	});

	test('six participants with two roles and an old code: medians per role only where three took part', async ({
		page,
		newContext,
	}) => {
		test.setTimeout(300_000);
		const LINK = `${SCAN}?ronde=${encodeURIComponent(RONDE)}`;
		const codes = await Promise.all([
			// Different answers: two people with the same role and the same answers have the same code, which counts once.
			participant(newContext, LINK, 'Jeugdhulp', ['Nog niet', 'Nog niet'], true),
			participant(newContext, LINK, 'Jeugdhulp', ['Een beetje', 'Nog niet']),
			participant(newContext, LINK, 'Jeugdhulp', ['Een beetje', 'Een beetje']),
			participant(newContext, LINK, 'Onderwijs', ['Grotendeels', 'Helemaal']),
			participant(newContext, LINK, 'Onderwijs', ['Helemaal', 'Helemaal']),
		]);

		await page.goto(OVERZICHT);
		const paste = async (text: string) => {
			await page.getByLabel(/Plak een of meer deelcodes/).fill(text);
			await page.getByRole('button', { name: 'Voeg toe' }).click();
		};
		// Four codes, one of them twice, and the old code: the duplicate counts once.
		await paste([...codes.slice(0, 4), codes[0], OLD_CODE].join('\n'));
		await expect(page.getByRole('status').filter({ hasText: 'toegevoegd' })).toContainText(
			'5 deelcodes toegevoegd. 1 code stond er al in; die telt maar één keer.',
		);
		await expect(page.getByRole('heading', { name: 'Zelfscan informele steun: 4 deelnemers' })).toBeVisible();
		const perRol = page.getByRole('table', { name: /^Mediaan per rol/ });
		const row = perRol.getByRole('row', { name: new RegExp(`^${THEMES[0]}`) });
		// Three from jeugdhulp, one from onderwijs: onderwijs has too few, and then jeugdhulp is hidden too, or the
		// team's median would give away the one onderwijs answer.
		await expect(perRol.getByRole('columnheader')).toHaveText(['Thema', 'Jeugdhulp', 'Onderwijs']);
		await expect(row.getByRole('cell')).toHaveText([
			'niet getoond, zodat niemand herkenbaar is',
			'te weinig deelnemers om te tonen',
		]);
		await expect(page.getByText('Dit is nog niet te zien. Daarvoor zijn ten minste twee rollen nodig')).toBeVisible();

		// The old code: shown against the earlier version, as "rol onbekend".
		const oud = page.getByRole('region', { name: 'Zelfscan informele steun (vorige versie): 1 deelnemer' });
		await expect(oud.getByRole('listitem').filter({ hasText: 'Rol onbekend' })).toHaveText(/Rol onbekend:\s*1/);

		// A second onderwijs participant and a third: both roles now show their median, and the gap is named.
		await paste(codes[4]);
		await paste(await participant(newContext, LINK, 'Onderwijs', ['Helemaal', 'Grotendeels']));
		await expect(page.getByRole('heading', { name: 'Zelfscan informele steun: 6 deelnemers' })).toBeVisible();
		await expect(row.getByRole('cell')).toHaveText(['2,0', '4,0']);
		const verschillen = page
			.getByRole('heading', { name: 'Waar rollen het meest verschillen' })
			.locator('xpath=following-sibling::ol[1]');
		// The largest gap first.
		await expect(verschillen.getByRole('listitem')).toHaveText([
			`${THEMES[1]}: Onderwijs ziet dit hoger (4,0) dan Jeugdhulp (1,0).`,
			`${THEMES[0]}: Onderwijs ziet dit hoger (4,0) dan Jeugdhulp (2,0).`,
		]);
		const current = page.getByRole('region', { name: 'Zelfscan informele steun: 6 deelnemers' });
		await expect(current.getByRole('listitem').filter({ hasText: /^Jeugdhulp:/ })).toHaveText(/Jeugdhulp:\s*3/);
		await expect(current.getByRole('listitem').filter({ hasText: /^Onderwijs:/ })).toHaveText(/Onderwijs:\s*3/);

		// A code of another round is counted, and the overview says the session mixes rounds.
		const andereRonde = await participant(newContext, `${SCAN}?ronde=Andere%20ronde`, 'Jeugdhulp', [
			'Helemaal',
			'Nog niet',
		]);
		await paste(andereRonde);
		await expect(page.getByText('Deze codes komen uit 2 verschillende teamrondes')).toBeVisible();

		// Priorities: no more than three, said in Dutch; each chosen theme gets an action to fill in.
		const team = page.getByRole('region', { name: 'Zelfscan informele steun: 7 deelnemers' }).first();
		const keuze = team.getByRole('group', { name: "Met welke thema's gaat u als eerste aan de slag?" });
		const themas = keuze.getByRole('checkbox');
		for (let i = 0; i < 4; i++) await themas.nth(i).check();
		await expect(keuze).toContainText("U heeft 4 thema's gekozen. Kies er niet meer dan 3");
		await themas.nth(3).uncheck();
		await themas.nth(2).uncheck();
		await expect(keuze).not.toContainText('Kies er niet meer dan 3');
		const actie = team.getByRole('region', { name: THEMES[1] }).getByRole('group', { name: /^Actie 1/ });
		await actie.getByRole('textbox', { name: 'Wat gaat u doen?' }).fill('Sleutelfiguren uitnodigen bij elk plan');
		await actie.getByRole('textbox', { name: 'Wie?' }).fill('Teamleider wijkteam');
		await actie.getByRole('textbox', { name: 'Wanneer?' }).fill('juni 2027');
		// Stored with the session: after a reload the plan is still there.
		await page.waitForTimeout(600);
		await page.reload();
		await expect(themas.nth(1)).toBeChecked();
		await expect(themas.nth(2)).not.toBeChecked();
		await expect(actie.getByRole('textbox', { name: 'Wie?' })).toHaveValue('Teamleider wijkteam');

		// The team report loads on demand, takes the round's name and date, and prints on two A4 pages at most.
		await page.getByRole('button', { name: 'Maak het teamrapport' }).click();
		const rapport = page.getByRole('region', { name: 'Teamrapport' });
		await expect(rapport.getByRole('heading', { name: /^Ronde zonder naam/ })).toBeFocused();
		await rapport.getByRole('textbox', { name: 'Naam van de ronde' }).fill(RONDE);
		await rapport.getByLabel('Datum van de ronde').fill('2027-03-12');
		await expect(rapport.getByRole('heading', { level: 3 })).toHaveText(new RegExp(`^${RONDE}\\s*12 maart 2027$`));
		const teamDeel = rapport.getByRole('region', { name: 'Zelfscan informele steun: 7 deelnemers' });
		await expect(teamDeel).toContainText('Deelnemers per rol: Jeugdhulp 4, Onderwijs 3.');
		await expect(teamDeel.getByRole('img', { name: /^Mediaan per thema/ })).toBeVisible();
		await expect(teamDeel.getByRole('table', { name: /^Scores per thema/ }).getByRole('row')).toHaveCount(7);
		await expect(teamDeel.getByRole('table', { name: 'Actieplan' })).toContainText(
			'Sleutelfiguren uitnodigen bij elk plan',
		);
		await expect(rapport).toContainText('Een rol krijgt alleen een eigen getal als ten minste 3 deelnemers');
		await expectNoAxeViolations(page, 'teamrapport');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('heading', { name: 'Deelcodes verzamelen' })).toBeHidden();
		await expect(page.getByRole('button', { name: 'Druk het teamrapport af' })).toBeHidden();
		await expect(teamDeel).toBeVisible();
		expect(await pdfPages(page), 'teamrapport op papier').toBeLessThanOrEqual(2);
		await page.emulateMedia({ media: 'screen' });
		await page.getByRole('button', { name: 'Sluit het teamrapport' }).click();
		await expect(page.getByRole('button', { name: 'Maak het teamrapport' })).toBeFocused();

		// Rounds over time: last round's session file next to this one. A damaged file is refused with a reason.
		await page.getByRole('button', { name: 'Open de sessie van een vorige ronde' }).click();
		const bestand = page.getByLabel('Sessiebestand van de vorige ronde');
		await expect(bestand).toBeFocused();
		const sessie = (data: unknown) => ({
			name: 'najaar-2026.json',
			mimeType: 'application/json',
			buffer: Buffer.from(
				JSON.stringify({
					tool: 'groepsoverzicht',
					schemaVersion: 4,
					revision: 1,
					savedAt: '2026-10-01T10:00:00.000Z',
					data,
				}),
			),
		});
		await bestand.setInputFiles(sessie({ deelcodes: '<img src=x>' }));
		await expect(page.getByRole('alert')).toContainText('kloppen niet of zijn beschadigd. Er is niets vergeleken.');
		await bestand.setInputFiles(
			sessie({ deelcodes: codes.slice(0, 3), ronde: { naam: 'Najaar 2026', datum: '2026-10-01' }, plannen: {} }),
		);
		await expect(page.getByText('Geopend: najaar-2026.json (Najaar 2026, 3 deelcodes).')).toBeFocused();
		const vergelijking = page.getByRole('table', {
			name: /^Mediaan per thema: Najaar 2026 \(3 deelnemers\) en deze ronde \(7 deelnemers\)/,
		});
		await expect(vergelijking.getByRole('row', { name: new RegExp(`^${THEMES[0]}`) }).getByRole('cell')).toHaveText([
			'2,0',
			'3,0',
			'+1,0 (hoger)',
		]);
		await expect(page.getByText('Beide rondes zijn met dezelfde versie van de scan ingevuld.')).toBeVisible();
		// The session itself did not change.
		await expect(page.getByRole('heading', { name: 'Zelfscan informele steun: 7 deelnemers' }).first()).toBeVisible();

		await expectNoAxeViolations(page, 'teamoverzicht met twee rollen');
		await page.setViewportSize(viewports.mobiel);
		await expectNoAxeViolations(page, 'teamoverzicht met twee rollen, 320 px');
		await page.getByRole('button', { name: 'Maak het teamrapport' }).click();
		await expect(rapport.getByRole('heading', { name: new RegExp(`^${RONDE}`) })).toBeFocused();
		await expectNoAxeViolations(page, 'teamrapport, 320 px');
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
			'horizontaal scrollen',
		).toBeLessThanOrEqual(0);
	});
});
