// What a reader's first search downloads under /pagefind/, per kind of file,
// measured in a fresh browser (see firstVisit in bench.mjs). The target (issue 13,
// Pagefind's own "closer to 100kB") is for the gzip-compressed files of a first
// query of one word. HTTP headers are shown apart: the local server speaks
// HTTP/1.1 and repeats its security headers (over 1 KB) on every response,
// where a host with HTTP/2 or HTTP/3 compresses repeated headers away.

/** First queries measured: one word (the target), a question in ordinary words (the fallback), a glossary term. */
export const firstSearchQueries = ['toekomstplan', 'wie regelt wat rond 18 in Friesland', 'verlengde jeugdhulp'];

/** Which part of Pagefind a file under /pagefind/ is. */
function kind(path) {
	if (path.endsWith('/pagefind.js')) return 'pagefind.js';
	if (path.endsWith('/pagefind-worker.js')) return 'worker';
	if (/\/wasm\.[^/]+\.pagefind$/.test(path)) return 'wasm';
	if (path.endsWith('.pf_meta') || path.endsWith('/pagefind-entry.json')) return 'meta';
	if (path.includes('/index/')) return 'index';
	if (path.includes('/filter/')) return 'filters';
	if (path.includes('/fragment/')) return 'fragmenten';
	return 'overig';
}

/** Bytes per kind (gzip body) and in total, with and without headers, from a firstVisit() result. */
export function searchBytes(visit) {
	const parts = {};
	let body = 0;
	for (const file of visit.pagefindFiles) {
		const k = kind(file.path);
		parts[k] ??= { requests: 0, bytes: 0 };
		parts[k].requests += 1;
		parts[k].bytes += file.body;
		body += file.body;
	}
	return {
		requests: visit.pagefindRequests,
		bytes: body,
		bytesWithHeaders: visit.pagefindTransferred,
		shown: visit.shown,
		parts,
	};
}

export function formatSearchBytes(rows) {
	const kb = (b) => (b / 1024).toFixed(1);
	const order = ['wasm', 'pagefind.js', 'worker', 'meta', 'index', 'filters', 'fragmenten', 'overig'];
	const lines = [
		'Eerste zoekvraag in een lege browser: KB gzip onder /pagefind/ (doel ≤ 100 KB voor één woord; tussen haakjes met de HTTP/1.1-headers van de testserver)',
	];
	for (const row of rows) {
		const parts = order
			.filter((k) => row.parts[k])
			.map((k) => `${k} ${kb(row.parts[k].bytes)}${row.parts[k].requests > 1 ? ` (${row.parts[k].requests}×)` : ''}`);
		lines.push(
			`  "${row.query}": ${kb(row.bytes)} KB (${kb(row.bytesWithHeaders)} KB) in ${row.requests} verzoeken${row.shown ? '' : ' (GEEN resultaten getoond)'} = ${parts.join(' + ')}`,
		);
	}
	lines.push('');
	return lines;
}
