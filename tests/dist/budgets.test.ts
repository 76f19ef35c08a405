import { describe, expect, it } from 'vitest';
import { pageAssets } from '../bench/page-assets.mjs';
import { distDir, isToolPage, pages } from './dist-files';

/**
 * Size budgets for the built site, in gzip bytes as a static host sends them.
 * Sizes, never times: they are stable on any machine. `npm run bench` prints
 * the same figures per page type. That content pages load no JavaScript at
 * all (except search) is checked in javascript.test.ts.
 */
const KB = 1024;
/**
 * All JavaScript a tool page loads before anyone clicks: island runtime,
 * renderer, components and their static imports. Parts that load on demand
 * (checking answers, results, comparison, export and import, problem
 * notices, the group's numbers) are not counted; `npm run size` shows the
 * figures per page.
 */
const TOOL_JS_BUDGET = 20 * KB;
/** All CSS of any page: linked stylesheets plus inline <style> blocks. */
const CSS_BUDGET = 15 * KB;

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const withAssets = pages.map((page) => ({ ...page, assets: pageAssets(distDir, page.html) }));
const toolPages = withAssets.filter((p) => isToolPage(p.html));

describe('budgets', () => {
	it('there are tool pages to measure', () => {
		expect(toolPages.map((p) => p.path)).toEqual(
			expect.arrayContaining([
				'/big-5/',
				'/zelfscan/',
				'/werkmap/',
				'/werkmap/netwerk/',
				'/werkmap/tijdlijn/',
				'/werkmap/plan/',
			]),
		);
	});

	describe.each(toolPages)('tool page $path', ({ path, assets }) => {
		it(`loads at most ${kb(TOOL_JS_BUDGET)} JavaScript (gzip) on first view`, () => {
			const detail = assets.js.map((a) => `${a.name}: ${kb(a.gzip)}`).join(', ');
			expect(assets.jsGzip, `${path} laadt ${kb(assets.jsGzip)} JS (${detail})`).toBeLessThanOrEqual(TOOL_JS_BUDGET);
		});
	});

	describe.each(withAssets)('$path', ({ path, assets }) => {
		it(`loads at most ${kb(CSS_BUDGET)} CSS (gzip)`, () => {
			const detail = assets.css.map((a) => `${a.name}: ${kb(a.gzip)}`).join(', ');
			expect(assets.cssGzip, `${path} laadt ${kb(assets.cssGzip)} CSS (${detail})`).toBeLessThanOrEqual(CSS_BUDGET);
		});
	});
});
