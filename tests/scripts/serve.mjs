#!/usr/bin/env node
import { readFile, stat } from 'node:fs/promises';
// Serves the built site in dist/ the way a static host that reads `_headers`
// (Netlify, Cloudflare Pages) would: directory index files, /pad → /pad/, the
// 404 page, and the headers of dist/_headers (written by the build, see
// src/integrations/publish/) on every response, with the same rules as those
// hosts: every matching rule applies, a header set by two rules gets both values
// joined by ", ", and _headers itself is not served. Used by `npm start` and the
// browser tests, so tests see what the host sends.
//
// Usage: node tests/scripts/serve.mjs [--port 4321] [--dir dist] [--gzip]
// --gzip compresses text responses like a production host; the benchmark
// (npm run bench) uses it so its byte counts match what visitors download.
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHeadersFile } from './headers.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i === -1 ? fallback : args[i + 1];
};
const port = Number(option('port', process.env.PORT ?? 4321));
const root = resolve(option('dir', 'dist'));
const gzip = args.includes('--gzip');
const compressible = /^(text\/|application\/(json|javascript|xml|manifest\+json))|^image\/svg/;

const types = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
};

const headerRules = await readFile(join(root, '_headers'), 'utf8')
	.then(parseHeadersFile)
	.catch(() => {
		console.error(`Let op: ${join(root, '_headers')} ontbreekt; de site wordt zonder security headers geserveerd.`);
		return [];
	});

async function findFile(pathname) {
	let decoded;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return undefined;
	}
	const safe = normalize(decoded).replace(/^(\.\.[/\\])+/, '');
	// The host reads _headers; it never serves it.
	if (safe === '/_headers') return undefined;
	const candidate = join(root, safe);
	if (!candidate.startsWith(root)) return undefined;
	for (const file of [candidate, join(candidate, 'index.html')]) {
		const info = await stat(file).catch(() => undefined);
		if (info?.isFile()) return file;
	}
	return undefined;
}

const server = createServer(async (req, res) => {
	let url;
	try {
		// A leading "//" would be read as a host name; a path is all we serve.
		url = new URL((req.url ?? '/').replace(/^\/+/, '/'), 'http://localhost');
	} catch {
		res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Ongeldig adres');
		return;
	}
	const headers = new Map();
	for (const rule of headerRules) {
		if (!rule.matches(url.pathname)) continue;
		for (const [name, value] of rule.headers) {
			const key = name.toLowerCase();
			headers.set(key, headers.has(key) ? `${headers.get(key)}, ${value}` : value);
		}
	}
	for (const [name, value] of headers) res.setHeader(name, value);
	let file = await findFile(url.pathname);
	// Like static hosts: /pad without slash redirects to /pad/ when that is a folder.
	if (!file && !url.pathname.endsWith('/') && (await findFile(`${url.pathname}/`))) {
		res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
		return;
	}
	let status = 200;
	if (!file) {
		status = 404;
		file = join(root, '404.html');
	}
	try {
		let body = await readFile(file);
		const type = types[extname(file)] ?? 'application/octet-stream';
		if (gzip && compressible.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
			body = gzipSync(body, { level: 9 });
			res.setHeader('Content-Encoding', 'gzip');
			res.setHeader('Vary', 'Accept-Encoding');
		}
		res.writeHead(status, { 'Content-Type': type });
		res.end(req.method === 'HEAD' ? undefined : body);
	} catch {
		res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Niet gevonden');
	}
});

server.listen(port, () => console.log(`De site draait op http://localhost:${port}/ (map: ${root})`));
