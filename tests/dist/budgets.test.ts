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
 * All JavaScript of a tool page: island runtime, renderer, component and its
 * static imports. The target is 20 KB; the tool pages measured 26–33 KB on
 * 2026-11-22 (Preact ~6 KB, Astro's island runtime ~3 KB, the storage layer
 * with its status UI and zod ~9–12 KB, the tool itself 4–7 KB). Until they
 * are brought down, this ceiling stops them from growing; lower it with every
 * saving, down to the target. `npm run size` shows where each page stands.
 */
const TOOL_JS_TARGET = 20 * KB;
const TOOL_JS_CEILING = 29 * KB;
/** Pages that load the stores of several tools at once. */
const TOOL_JS_CEILING_FOR: Record<string, number> = {
	'/mijn-gegevens/': 34 * KB,
	'/voor-trainers/groepsoverzicht/': 32 * KB,
};
/** All CSS of any page: linked stylesheets plus inline <style> blocks. */
const CSS_BUDGET = 15 * KB;

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const withAssets = pages.map((page) => ({ ...page, assets: pageAssets(distDir, page.html) }));
const toolPages = withAssets.filter((p) => isToolPage(p.html));

describe('budgets', () => {
	it('there are tool pages to measure', () => {
		expect(toolPages.map((p) => p.path)).toEqual(expect.arrayContaining(['/big-5/', '/zelfscan/']));
	});

	describe.each(toolPages)('tool page $path', ({ path, assets }) => {
		const ceiling = TOOL_JS_CEILING_FOR[path] ?? TOOL_JS_CEILING;
		it(`loads at most ${kb(ceiling)} JavaScript (gzip) on first view (target ${kb(TOOL_JS_TARGET)})`, () => {
			const detail = assets.js.map((a) => `${a.name}: ${kb(a.gzip)}`).join(', ');
			expect(assets.jsGzip, `${path} laadt ${kb(assets.jsGzip)} JS (${detail})`).toBeLessThanOrEqual(ceiling);
		});
	});

	describe.each(withAssets)('$path', ({ path, assets }) => {
		it(`loads at most ${kb(CSS_BUDGET)} CSS (gzip)`, () => {
			const detail = assets.css.map((a) => `${a.name}: ${kb(a.gzip)}`).join(', ');
			expect(assets.cssGzip, `${path} laadt ${kb(assets.cssGzip)} CSS (${detail})`).toBeLessThanOrEqual(CSS_BUDGET);
		});
	});
});
