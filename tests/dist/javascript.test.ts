import { describe, expect, it } from 'vitest';
import { isToolPage, pages, scriptSources } from './dist-files';

/** Pages with a tool or search may load JavaScript; every other page loads none. */
/** Trainer pages and presentation mode load the presentation and offline scripts (see src/islands/trainer/). */
const isTrainerPage = (path: string) => path.startsWith('/voor-trainers/') || path.endsWith('/presentatie/');
const mayUseJs = (path: string, html: string) => isToolPage(html) || path === '/zoeken/' || isTrainerPage(path);

describe('JavaScript', () => {
	it('content pages load no JavaScript at all', () => {
		const offenders = pages
			.filter((p) => !mayUseJs(p.path, p.html))
			.filter((p) => /<script\b/.test(p.html))
			.map((p) => p.path);
		expect(offenders).toEqual([]);
	});

	it('no page inlines a script body that the CSP would have to trust blindly', () => {
		for (const { html, path } of pages) {
			const csp = html.match(/content-security-policy" content="([^"]+)"/i)?.[1] ?? '';
			// Every inline script must be covered by a hash in the policy.
			const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].filter((m) =>
				m[1].trim(),
			);
			if (inline.length) expect(csp, path).toMatch(/sha256-/);
		}
	});

	it('the search page loads its own script', () => {
		const zoeken = pages.find((p) => p.path === '/zoeken/')!;
		expect(
			scriptSources(zoeken.html).length + (zoeken.html.match(/<script type="module">/g)?.length ?? 0),
		).toBeGreaterThan(0);
	});
});
