// Relevance of the site's search: for every question in zoekvragen.json, open
// /zoeken/?q=<question> in Chromium, read the result links in the order a
// reader sees them, and find the first page an editor would want on top.
// Reports the share of questions with such a page in the top 3 and the mean
// reciprocal rank (MRR, counted over the first `depth` results).
//
// It measures what the search page shows (including its fallback for partial
// matches and glossary results), not Pagefind on its own. Figures only: the
// rankings move when texts change, so nothing here is a pass/fail test.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @typedef {{ vraag: string, verwacht: string[], toelichting?: string }} Zoekvraag */

/** @returns {Zoekvraag[]} */
export function loadVragen(file = new URL('./zoekvragen.json', import.meta.url)) {
	return JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * Expected addresses that the built site does not have (a page that was renamed,
 * a glossary entry that does not exist yet): listed, so a question does not
 * silently become unanswerable.
 */
export function missingTargets(siteDir, vragen) {
	const missing = [];
	for (const { vraag, verwacht } of vragen) {
		for (const target of verwacht) {
			const [path, id] = target.split('#');
			const file = join(siteDir, path, 'index.html');
			if (!existsSync(file)) missing.push({ vraag, target });
			else if (id && !readFileSync(file, 'utf8').includes(`id="${id}"`)) missing.push({ vraag, target });
		}
	}
	return missing;
}

/** Whether result `href` is expected `target`: same page, and the same anchor when the target names one. */
function matches(href, target) {
	const [path, id] = target.split('#');
	const url = new URL(href, 'http://x');
	return url.pathname === path && (!id || url.hash === `#${id}`);
}

/** Result links in the order shown, up to `depth`, pressing "Toon meer resultaten" as a reader would. */
async function resultLinks(page, origin, vraag, depth) {
	await page.goto(`${origin}/zoeken/?q=${encodeURIComponent(vraag)}`);
	const status = page.locator('#zoekstatus');
	// Settled: the status no longer says it is busy and names a result (or none).
	await page.waitForFunction(
		() => {
			const text = document.querySelector('#zoekstatus')?.textContent ?? '';
			return /resulta/i.test(text) && !/bezig/i.test(text);
		},
		undefined,
		{ timeout: 15_000 },
	);
	const links = page.locator('#zoekresultaten > li h3 a');
	const more = page.locator('#meer-resultaten');
	while ((await links.count()) < depth && (await more.isVisible())) {
		const before = await links.count();
		await more.click();
		// No new results within a few seconds: there are no more (the button may show "nog 0").
		const grew = await page
			.waitForFunction((n) => document.querySelectorAll('#zoekresultaten > li h3 a').length > n, before, {
				timeout: 5_000,
			})
			.then(
				() => true,
				() => false,
			);
		if (!grew) break;
	}
	const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	return { hrefs: hrefs.slice(0, depth), status: (await status.textContent())?.trim() ?? '' };
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin
 * @param {{ vragen?: Zoekvraag[], depth?: number, siteDir?: string }} [options]
 */
export async function measureRelevance(browser, origin, { vragen = loadVragen(), depth = 10, siteDir } = {}) {
	const context = await browser.newContext({ locale: 'nl-NL', serviceWorkers: 'block' });
	const page = await context.newPage();
	const rows = [];
	try {
		for (const { vraag, verwacht } of vragen) {
			const { hrefs, status } = await resultLinks(page, origin, vraag, depth);
			const index = hrefs.findIndex((href) => verwacht.some((target) => matches(href, target)));
			rows.push({
				vraag,
				verwacht,
				rank: index === -1 ? null : index + 1,
				top: hrefs.slice(0, 3),
				status,
			});
		}
	} finally {
		await context.close();
	}
	const inTop3 = rows.filter((r) => r.rank !== null && r.rank <= 3).length;
	const mrr = rows.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / rows.length;
	return {
		questions: rows.length,
		depth,
		top3Share: inTop3 / rows.length,
		mrr,
		missingTargets: siteDir ? missingTargets(siteDir, vragen) : [],
		rows,
	};
}

/** Lines for the bench report: the two figures and every question whose expected page is not first. */
export function formatRelevance(result) {
	const pct = (x) => `${(x * 100).toFixed(0)} %`;
	const lines = [
		`Relevantie van zoeken (${result.questions} vragen uit tests/bench/zoekvragen.json): verwachte pagina in de top 3 bij ${pct(result.top3Share)}, MRR@${result.depth} ${result.mrr.toFixed(2)} (doel: ≥ 90 % en ≥ 0,80)`,
	];
	const notFirst = result.rows.filter((r) => r.rank !== 1);
	if (notFirst.length) {
		lines.push('Vragen waarbij de verwachte pagina niet bovenaan staat:');
		for (const r of notFirst) {
			lines.push(
				`  - "${r.vraag}": ${r.rank ? `plaats ${r.rank}` : `niet in de eerste ${result.depth}`}; bovenaan: ${r.top.join(', ') || '(niets)'}`,
			);
		}
	}
	for (const m of result.missingTargets)
		lines.push(`  Let op: "${m.target}" (verwacht bij "${m.vraag}") bestaat niet in deze build.`);
	lines.push('');
	return lines;
}
