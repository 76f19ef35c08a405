import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, type BrowserContextOptions, test as base, expect, type Page } from '@playwright/test';

/** The WCAG rule sets every page and every tool state must pass. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, context = '') {
	const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
	const summary = violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
	);
	expect(summary, `axe-fouten ${context} op ${page.url()}`).toEqual([]);
}

/**
 * Puts a value in localStorage before the page's own scripts run, once per tab: a reload
 * then shows what the page itself stored, not the planted value again.
 */
export async function plant(page: Page, key: string, value: string) {
	await page.addInitScript(
		([k, v]) => {
			if (sessionStorage.getItem(`geplant:${k}`)) return;
			localStorage.setItem(k as string, v as string);
			sessionStorage.setItem(`geplant:${k}`, '1');
		},
		[key, value],
	);
}

/** Number of A4 pages the page prints on (Chromium's PDF, print media). */
export async function pdfPages(page: Page): Promise<number> {
	const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
	return pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

export const viewports = {
	desktop: { width: 1280, height: 900 },
	mobiel: { width: 320, height: 640 },
};

export interface PageProblems {
	consoleErrors: string[];
	pageErrors: string[];
	cspViolations: string[];
	foreignRequests: string[];
	dialogs: string[];
}

/** Records every problem of a browser context (and the pages it opens) into `problems`. */
async function watchContext(context: BrowserContext, problems: PageProblems, origin: string) {
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			console.error(`CSP-overtreding: ${e.violatedDirective} ${e.blockedURI}`);
		});
	});
	const watch = (page: Page) => {
		page.on('console', (msg) => {
			if (msg.type() !== 'error') return;
			const text = msg.text();
			if (text.startsWith('CSP-overtreding')) problems.cspViolations.push(text);
			else problems.consoleErrors.push(`${page.url()}: ${text}`);
		});
		page.on('pageerror', (err) => problems.pageErrors.push(`${page.url()}: ${err.message}`));
		page.on('dialog', async (dialog) => {
			problems.dialogs.push(dialog.message());
			await dialog.dismiss();
		});
	};
	context.pages().forEach(watch);
	context.on('page', watch);
	context.on('request', (request) => {
		const url = request.url();
		if (/^(data|blob):/.test(url)) return;
		if (new URL(url).origin !== origin) problems.foreignRequests.push(url);
	});
}

/**
 * `test` with an automatic check after every test: no console error, no
 * uncaught page error, no CSP violation, no dialog and no request to another
 * origin, in the test's own context and in every context made with
 * `newContext` (e.g. extra participants). Tests that expect one of these can
 * clear `problems` first.
 */
export const test = base.extend<{
	problems: PageProblems;
	newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
}>({
	problems: [
		async ({ context, baseURL }, use) => {
			const problems: PageProblems = {
				consoleErrors: [],
				pageErrors: [],
				cspViolations: [],
				foreignRequests: [],
				dialogs: [],
			};
			await watchContext(context, problems, new URL(baseURL!).origin);
			await use(problems);
			expect(problems.pageErrors, 'onverwachte fouten in de pagina').toEqual([]);
			expect(problems.cspViolations, 'CSP-overtredingen').toEqual([]);
			expect(problems.foreignRequests, 'verzoeken naar andere domeinen').toEqual([]);
			expect(problems.consoleErrors, 'fouten in de console').toEqual([]);
			expect(problems.dialogs, 'onverwachte dialoogvensters (alert/confirm)').toEqual([]);
		},
		{ auto: true },
	],
	newContext: async ({ browser, baseURL, problems }, use) => {
		const contexts: BrowserContext[] = [];
		await use(async (options = {}) => {
			const context = await browser.newContext({ baseURL, ...options });
			await watchContext(context, problems, new URL(baseURL!).origin);
			contexts.push(context);
			return context;
		});
		await Promise.all(contexts.map((c) => c.close()));
	},
});

export { expect };
