#!/usr/bin/env node
// Prints the JavaScript and CSS each kind of page loads on first view, from
// the built site in dist/ (run `npm run build` first). Fast; the full
// benchmark with transfer sizes and Lighthouse is `npm run bench`.
import { existsSync, readFileSync } from 'node:fs';
import { pageAssets } from '../bench/page-assets.mjs';

const dist = 'dist';
if (!existsSync(`${dist}/index.html`)) {
	console.error('dist/ ontbreekt: voer eerst `npm run build` uit.');
	process.exit(1);
}

const pageTypes = [
	['startpagina', '/'],
	['stap', '/stappenplan/investeer-in-het-sociale-netwerk/'],
	['voorbeeld', '/voorbeelden/leiden-social-parents/'],
	['thema', '/informele-steun/'],
	['begrippen', '/begrippen/'],
	['zoeken', '/zoeken/'],
	['BIG-5-checklist', '/big-5/'],
	['werkmap', '/werkmap/'],
	['netwerkkaart', '/werkmap/netwerk/'],
	['tijdlijn', '/werkmap/tijdlijn/'],
	['mijn plan', '/werkmap/plan/'],
	['zelfscan', '/zelfscan/informele-steun/'],
	['mijn gegevens', '/mijn-gegevens/'],
	['groepsoverzicht', '/voor-trainers/groepsoverzicht/'],
];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const rows = pageTypes
	.filter(([, path]) => existsSync(`${dist}${path}index.html`))
	.map(([type, path]) => {
		const assets = pageAssets(dist, readFileSync(`${dist}${path}index.html`, 'utf8'));
		return {
			type,
			path,
			js: kb(assets.jsRaw),
			'js gzip': kb(assets.jsGzip),
			'js op aanvraag (gzip)': kb(assets.onDemandGzip),
			css: kb(assets.cssRaw),
			'css gzip': kb(assets.cssGzip),
		};
	});
console.table(rows);
