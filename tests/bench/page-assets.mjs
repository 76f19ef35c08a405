// What one built page makes the browser download before anyone clicks:
// its JavaScript (module graph of scripts and islands) and its CSS.
// Shared by the budget test (tests/dist/budgets.test.ts) and the benchmark
// (tests/bench/bench.mjs), so both count bytes the same way.
import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip size as a static host would send it (level 9, like most CDNs' static compression). */
export const gzipSize = (/** @type {string | Buffer} */ content) => gzipSync(content, { level: 9 }).length;

const byteLength = (/** @type {string | Buffer} */ content) =>
	typeof content === 'string' ? Buffer.byteLength(content) : content.length;

/**
 * Static imports of a built ES module: `import{a}from"./x.js"`, `import"./x.js"`
 * and `export{a}from"./x.js"`. Dynamic `import("./x.js")` is left out on
 * purpose: those chunks load only when the user opens that part of a tool.
 * @param {string} code
 * @returns {string[]}
 */
export function staticImports(code) {
	const found = new Set();
	const pattern = /(?:^|[;\n}\s])(?:import|export)\s*(?:[\w$*\s{},]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g;
	for (const match of code.matchAll(pattern)) found.add(match[1]);
	return [...found];
}

/**
 * Dynamic imports of a built ES module: `import("./x.js")`. These load when
 * the user opens a part of a tool (results, export, ...).
 * @param {string} code
 * @returns {string[]}
 */
export function dynamicImports(code) {
	// The minifier writes these specifiers as template literals.
	return [...new Set([...code.matchAll(/\bimport\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g)].map((m) => m[1]))];
}

/**
 * Every JS file a module pulls in through static imports, itself included.
 * @param {string} distDir
 * @param {string} urlPath site path such as "/_astro/client.abc.js"
 * @param {Set<string>} [seen]
 * @returns {Set<string>} site paths
 */
export function moduleGraph(distDir, urlPath, seen = new Set()) {
	if (seen.has(urlPath)) return seen;
	seen.add(urlPath);
	const code = readFileSync(join(distDir, urlPath), 'utf8');
	for (const specifier of staticImports(code)) {
		if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue;
		const next = specifier.startsWith('/') ? specifier : posix.join(posix.dirname(urlPath), specifier);
		moduleGraph(distDir, next, seen);
	}
	return seen;
}

/**
 * @typedef {{ name: string, raw: number, gzip: number }} Asset
 * @typedef {{ js: Asset[], css: Asset[], jsRaw: number, jsGzip: number, cssRaw: number, cssGzip: number, onDemand: Asset[], onDemandGzip: number }} PageAssets
 */

/** @param {Asset[]} list */
const sum = (list, /** @type {'raw' | 'gzip'} */ key) => list.reduce((total, a) => total + a[key], 0);

/** @param {string} content @param {string} name @returns {Asset} */
const asset = (name, content) => ({ name, raw: byteLength(content), gzip: gzipSize(content) });

/**
 * JS and CSS that the HTML of one page loads on first view.
 * JS: module scripts with src, inline script bodies (Astro's island runtime),
 * each island's component-url and renderer-url, and all their static imports.
 * CSS: linked stylesheets plus inline <style> blocks.
 * @param {string} distDir
 * @param {string} html
 * @returns {PageAssets}
 */
export function pageAssets(distDir, html) {
	const decode = (/** @type {string} */ s) => s.replaceAll('&amp;', '&');
	const entryModules = new Set();
	for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) entryModules.add(decode(m[1]));
	for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
		for (const attr of ['component-url', 'renderer-url']) {
			const value = m[0].match(new RegExp(`\\b${attr}="([^"]+)"`))?.[1];
			if (value) entryModules.add(decode(value));
		}
	}
	const files = new Set();
	for (const entry of entryModules) if (entry.startsWith('/')) moduleGraph(distDir, entry, files);

	const js = [...files].sort().map((path) => asset(path, readFileSync(join(distDir, path))));
	const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
		.map((m) => m[1])
		.filter((body) => body.trim());
	for (const [i, body] of inlineScripts.entries()) js.push(asset(`inline-script-${i + 1}`, body));
	// Inline scripts may import modules too (the search page does).
	for (const body of inlineScripts) {
		for (const specifier of staticImports(body)) {
			if (!specifier.startsWith('/')) continue;
			for (const path of moduleGraph(distDir, specifier)) {
				if (!js.some((a) => a.name === path)) js.push(asset(path, readFileSync(join(distDir, path))));
			}
		}
	}

	const css = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)]
		.map((m) => m[0].match(/\bhref="([^"]+)"/)?.[1])
		.filter((href) => href?.startsWith('/'))
		.map((href) => asset(/** @type {string} */ (href), readFileSync(join(distDir, /** @type {string} */ (href)))));
	for (const [i, m] of [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].entries()) {
		css.push(asset(`inline-style-${i + 1}`, m[1]));
	}

	// What the page may load later, when a part that loads on demand is opened: not in the first view, shown apart.
	const later = new Set();
	const queue = [...files];
	while (queue.length) {
		const path = /** @type {string} */ (queue.pop());
		for (const specifier of dynamicImports(readFileSync(join(distDir, path), 'utf8'))) {
			const target = specifier.startsWith('/') ? specifier : posix.join(posix.dirname(path), specifier);
			for (const file of moduleGraph(distDir, target)) {
				if (files.has(file) || later.has(file)) continue;
				later.add(file);
				queue.push(file);
			}
		}
	}
	const onDemand = [...later].sort().map((path) => asset(path, readFileSync(join(distDir, path))));

	return {
		js,
		css,
		jsRaw: sum(js, 'raw'),
		jsGzip: sum(js, 'gzip'),
		cssRaw: sum(css, 'raw'),
		cssGzip: sum(css, 'gzip'),
		onDemand,
		onDemandGzip: sum(onDemand, 'gzip'),
	};
}

/** Directory of this file; lets scripts find the project root. */
export const benchDir = dirname(new URL(import.meta.url).pathname);
