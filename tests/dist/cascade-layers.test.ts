import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, pages } from './dist-files';

/**
 * The order of the cascade layers is fixed where the browser first meets a
 * layer name. It must therefore be declared once, before any other style,
 * on every page: when a component's `@layer components{…}` came first,
 * components became the weakest layer and lost to base (blue header links
 * on prose pages, a large TOC heading). See src/components/CascadeLayers.astro.
 */

const layerStatement = readFileSync('src/styles/layers.css', 'utf8').trim();
const declared = layerStatement
	.replace(/^@layer\s+|;$/g, '')
	.split(',')
	.map((name) => name.trim());

/** Linked stylesheets and inline <style> blocks of a page's <head>, in document order. */
function headStyles(html: string): { source: string; css: string }[] {
	const head = html.slice(0, html.indexOf('</head>'));
	return [
		...head.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>|<style\b[^>]*>([\s\S]*?)<\/style>/g),
	].map((m) =>
		m[1] !== undefined
			? { source: m[1], css: readFileSync(join(distDir, m[1]), 'utf8') }
			: { source: 'inline <style>', css: m[2] ?? '' },
	);
}

/** Every style of a page, also the <style> blocks Astro puts in <body> before an island. */
function allCss(html: string): string {
	const linked = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"/g)].map((m) =>
		readFileSync(join(distDir, m[1] ?? ''), 'utf8'),
	);
	const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
	return [...linked, ...inline].join('\n');
}

describe('cascade layers', () => {
	it('src/styles/layers.css names the layers, lowest priority first', () => {
		expect(declared).toEqual(['reset', 'tokens', 'base', 'layout', 'components', 'utilities', 'print']);
	});

	it.each(pages)('$path declares the layer order before any other style', ({ html }) => {
		const [first] = headStyles(html);
		expect(first?.css, `eerste stijl: ${first?.source}`).toBe(layerStatement);
	});

	it.each(pages)('$path uses only the declared layers', ({ html }) => {
		const used = new Set([...allCss(html).matchAll(/@layer\s+([\w-]+)\s*[{;,]/g)].map((m) => m[1]));
		expect([...used].filter((name) => !declared.includes(name ?? ''))).toEqual([]);
	});
});
