import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../e2e/helpers';

/**
 * Visual regression tests: every page type at 1280 and 390 px, light and
 * dark, compared pixel by pixel with the baselines in
 * screenshots.spec.ts-snapshots/. They catch what axe and the other tests
 * cannot: a header in the wrong colour, a lost margin, a layer in the
 * wrong order.
 *
 * A change of look is a change of baseline, reviewed like code: run
 * `npm run test:visual -- --update-snapshots`, look at every changed PNG
 * (git shows them), and commit them with the change that caused them.
 *
 * Deterministic by construction: the machine's own fonts (the site loads no
 * web fonts; the baselines were made with DejaVu Sans, Debian's default, and
 * a test fails with an explanation when the text is drawn in another font),
 * animations, transitions and the text caret off, a fixed date and time
 * (Playwright's clock) for everything dated, no service worker, stored
 * answers from fixed fixtures.
 *
 * Robust against text changes where that costs nothing: pages are shot as
 * the first screen, not as whole long pages, plus a few components whose
 * text rarely changes. A new page type gets one entry in `pagina's`.
 */

const BASELINE_FONT = 'DejaVu Sans';
const NOW = new Date('2026-12-01T10:00:00+01:00');

const fixture = (name: string) => readFileSync(new URL(`../fixtures/storage/${name}`, import.meta.url), 'utf8');

/** Three real deelcodes of the informele-steun scan (version 1, made before December 2026) with a spread of answers. */
const DRIE_DEELCODES = [
	'z1.informele-steun.1.568469468468468468468468468468.peq',
	'z1.informele-steun.1.78a68a68a68a68a68a68a68a68a68a.2d9',
	'z1.informele-steun.1.457284462844628446284462844628.oe2',
];
const groepsoverzicht = JSON.stringify({
	...JSON.parse(fixture('groepsoverzicht-v1.json')),
	data: { codes: DRIE_DEELCODES },
});

const breedtes = { 1280: { width: 1280, height: 900 }, 390: { width: 390, height: 844 } } as const;
const kleuren = { licht: 'light', donker: 'dark' } as const;

interface Pagina {
	naam: string;
	pad: string;
	/** localStorage before the page's scripts run. */
	opslag?: Record<string, string>;
	/** Waits until the page shows what the screenshot is about. */
	klaar: (page: Page) => Promise<unknown>;
	/** Shoot this part of the page (a tool's view) instead of the first screen. */
	deel?: (page: Page) => Locator;
	/** Extra component screenshots, each at every width and colour. */
	onderdelen?: Record<string, (page: Page) => Locator>;
}

const kop1 = (page: Page, name: string | RegExp) => expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

const tijdlijn = (page: Page) => page.getByRole('list', { name: 'Wetten en regionale afspraken van 16 tot 27 jaar' });

const stap: Pagina = {
	naam: 'stap',
	pad: '/stappenplan/werk-met-een-toekomstplan/',
	klaar: (page) => kop1(page, 'Werk met een toekomstplan'),
	onderdelen: {
		'alle-stappen': (page) => page.getByRole('navigation', { name: 'Alle stappen' }),
		'vorige-volgende': (page) => page.getByRole('navigation', { name: 'Vorige en volgende stap' }),
	},
};

const paginas: Pagina[] = [
	{
		naam: 'home',
		pad: '/',
		klaar: (page) => kop1(page, 'Van jeugd naar volwassenheid'),
		onderdelen: { kop: (page) => page.getByRole('banner') },
	},
	stap,
	{
		naam: 'voorbeeld',
		pad: '/voorbeelden/hengelo-toekomstplannen/',
		klaar: (page) => kop1(page, /^Hengelo/),
	},
	{
		naam: 'tekstpagina',
		pad: '/informele-steun/',
		klaar: (page) => kop1(page, 'Informele steun'),
		onderdelen: { 'op-deze-pagina': (page) => page.getByRole('navigation', { name: 'Op deze pagina' }) },
	},
	{
		naam: 'wetten-per-leeftijd',
		pad: '/wetten-per-leeftijd/',
		klaar: (page) => kop1(page, /Wetten per leeftijd/i),
		onderdelen: {
			'eerste-moment': (page) => tijdlijn(page).getByRole('listitem').first(),
			'eerste-regionale-afspraak': (page) => tijdlijn(page).locator('> li.kb-moment--regionaal').first(),
		},
	},
	{
		naam: 'big-5-ingevuld',
		pad: '/big-5/',
		opslag: { 'kb:tool:big5': fixture('big5-v1.json') },
		klaar: (page) => expect(page.getByRole('heading', { name: /^Checklist voor J-01/ })).toBeVisible(),
		deel: (page) => page.getByRole('group', { name: '2. Een passende woonplek', exact: true }),
		onderdelen: { samenvatting: (page) => page.getByRole('region', { name: 'Samenvatting' }) },
	},
	{
		naam: 'werkmap-netwerkkaart',
		pad: '/werkmap/netwerk/',
		opslag: { 'kb:tool:big5': fixture('big5-v3.json') },
		klaar: (page) => expect(page.getByRole('heading', { name: 'Wie is er voor J-03?' })).toBeVisible(),
		onderdelen: { 'werkmap-delen': (page) => page.getByRole('navigation', { name: 'Werkmap' }) },
	},
	{
		naam: 'werkmap-mijn-plan',
		pad: '/werkmap/plan/',
		opslag: { 'kb:tool:big5': fixture('big5-v3.json').replace('"activeId": "j-3kf93ja0c1zd"', '"activeId": "a1b2"') },
		klaar: (page) => expect(page.getByRole('article', { name: 'Mijn plan' })).toContainText('tante Ria'),
		deel: (page) => page.getByRole('article', { name: 'Mijn plan' }),
	},
	{
		naam: 'zelfscan-resultaten',
		pad: '/zelfscan/informele-steun/?scan=s-1a2b#resultaten',
		opslag: { 'kb:tool:zelfscan': fixture('zelfscan-v3.json') },
		klaar: (page) => expect(page.getByRole('img', { name: /^Gemiddelde per thema, Ronde 2/ })).toBeVisible(),
		deel: (page) => page.getByRole('img', { name: /^Gemiddelde per thema, Ronde 2/ }),
	},
	{
		naam: 'groepsoverzicht-drie-codes',
		pad: '/voor-trainers/groepsoverzicht/',
		opslag: { 'kb:tool:groepsoverzicht': groepsoverzicht },
		klaar: (page) =>
			expect(
				page.getByRole('heading', { name: 'Zelfscan informele steun (vorige versie): 3 deelnemers' }),
			).toBeVisible(),
		deel: (page) => page.getByRole('region', { name: 'Scores per thema: Zelfscan informele steun (vorige versie)' }),
	},
	{
		naam: '404',
		pad: '/bestaat-niet/',
		klaar: (page) => kop1(page, 'Pagina niet gevonden'),
	},
];

test.use({ serviceWorkers: 'block', reducedMotion: 'reduce' });

/** The fonts Chromium draws the home page's heading with, found once per worker. */
let headingFonts: Promise<string[]> | undefined;

/** Fails with an explanation when the machine draws text in another font than the baselines. */
async function expectBaselineFont(page: Page) {
	headingFonts ??= (async () => {
		// A page of its own: a CDP session on the tested page would reset its media emulation (print).
		const probe = await page.context().newPage();
		await probe.goto('/');
		const cdp = await probe.context().newCDPSession(probe);
		await cdp.send('DOM.enable');
		await cdp.send('CSS.enable');
		const { root } = await cdp.send('DOM.getDocument');
		const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: 'h1' });
		const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
		await probe.close();
		return fonts.map((f) => f.familyName);
	})();
	const used = await headingFonts;
	expect(
		used,
		`De basisafbeeldingen zijn gemaakt met het lettertype ${BASELINE_FONT} (Debian: fonts-dejavu-core); ` +
			`deze machine tekent de tekst met ${used.join(', ')}. Dan verschilt elke afbeelding. Installeer ` +
			`fonts-dejavu-core, of maak op deze machine nieuwe basisafbeeldingen en controleer ze ` +
			`(npm run test:visual -- --update-snapshots).`,
	).toEqual([BASELINE_FONT]);
}

/** Opens a page the same way every time: fixed clock, fixed storage, islands hydrated, fonts loaded. */
async function openPagina(page: Page, pagina: Pagina) {
	await page.clock.setFixedTime(NOW);
	if (pagina.opslag) {
		await page.addInitScript((items) => {
			for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
		}, pagina.opslag);
	}
	await page.goto(pagina.pad);
	await pagina.klaar(page);
	await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
	await page.evaluate(() => document.fonts.ready);
	await expectBaselineFont(page);
}

/**
 * A component with a margin beside it: what a component draws just outside
 * its box (a timeline's dot, a border) belongs to its look. Little above and
 * below, so the neighbours' text stays out of the picture.
 *
 * Text higher up on the page (line heights like 1.6 × 17 px) leaves a
 * component at a fractional position, and a different fraction draws every
 * edge and glyph a pixel apart. So the component is first moved by less than
 * a pixel onto whole pixels (position: relative, which leaves the layout
 * alone): a text change above it then no longer changes its picture.
 */
async function expectComponent(page: Page, locator: Locator, name: string, margin = 12, marginBlock = 4) {
	await locator.scrollIntoViewIfNeeded();
	await locator.evaluate((el: HTMLElement) => {
		const style = getComputedStyle(el);
		if (style.position !== 'static' && style.position !== 'relative') return;
		const rect = el.getBoundingClientRect();
		const left = rect.left + window.scrollX;
		const top = rect.top + window.scrollY;
		el.style.position = 'relative';
		el.style.left = `calc(${style.left === 'auto' ? '0px' : style.left} + ${Math.ceil(left) - left}px)`;
		el.style.top = `calc(${style.top === 'auto' ? '0px' : style.top} + ${Math.ceil(top) - top}px)`;
	});
	const box = await locator.boundingBox();
	if (!box) throw new Error(`${name}: het onderdeel staat niet op de pagina`);
	const { scrollX, scrollY, pageWidth } = await page.evaluate(() => ({
		scrollX: window.scrollX,
		scrollY: window.scrollY,
		pageWidth: document.documentElement.scrollWidth,
	}));
	const x = Math.max(0, Math.round(box.x + scrollX - margin));
	const y = Math.max(0, Math.round(box.y + scrollY - marginBlock));
	const width = Math.min(pageWidth, Math.round(box.x + scrollX + box.width + margin)) - x;
	const height = Math.round(box.y + scrollY + box.height + marginBlock) - y;
	await expect(page, name).toHaveScreenshot(name, { fullPage: true, clip: { x, y, width, height } });
}

for (const pagina of paginas) {
	for (const [breedte, viewport] of Object.entries(breedtes)) {
		for (const [kleur, colorScheme] of Object.entries(kleuren)) {
			const naam = `${pagina.naam}-${breedte}-${kleur}`;
			test(`${pagina.naam} op ${breedte} px, ${kleur}`, async ({ page, problems }) => {
				await page.setViewportSize(viewport);
				await page.emulateMedia({ colorScheme });
				await openPagina(page, pagina);
				if (pagina.deel) await expectComponent(page, pagina.deel(page), `${naam}.png`);
				else await expect(page).toHaveScreenshot(`${naam}.png`);
				for (const [onderdeel, locate] of Object.entries(pagina.onderdelen ?? {})) {
					await expectComponent(page, locate(page), `${naam}-${onderdeel}.png`);
				}
				// The browser logs the 404 response itself as a console error; that one is expected.
				if (pagina.naam === '404') problems.consoleErrors = problems.consoleErrors.filter((e) => !e.includes('404'));
			});
		}
	}
}

test.describe('de kop op een telefoon', () => {
	for (const [kleur, colorScheme] of Object.entries(kleuren)) {
		test(`Menu en Zoek open op 390 px, ${kleur}`, async ({ page }) => {
			await page.setViewportSize(breedtes[390]);
			await page.emulateMedia({ colorScheme });
			await openPagina(page, stap);
			const kop = page.getByRole('banner');
			await kop.locator('summary', { hasText: 'Menu' }).click();
			await expect(kop.getByRole('link', { name: 'Voor trainers' })).toBeVisible();
			await expect(kop).toHaveScreenshot(`kop-390-${kleur}-menu-open.png`);
			await kop.locator('summary', { hasText: 'Zoek' }).click();
			await expect(kop.getByRole('searchbox', { name: 'Zoek in de kennisbank' })).toBeVisible();
			await expect(kop).toHaveScreenshot(`kop-390-${kleur}-zoek-open.png`);
		});
	}
});

test('een stap afgedrukt: eerste A4-breedte', async ({ page }) => {
	await page.setViewportSize({ width: 794, height: 1123 });
	await page.emulateMedia({ media: 'print' });
	await openPagina(page, stap);
	expect(await page.evaluate(() => matchMedia('print').matches), 'de afdrukweergave staat aan').toBe(true);
	await expect(page).toHaveScreenshot('stap-afdruk.png');
});
