#!/usr/bin/env node
// The site's promises in numbers: bytes per page type, bytes a first visit
// transfers in Chromium, Lighthouse scores, Pagefind's first query, and build
// time and memory for the real site and for generated sites of 1,000 and
// 3,000 pages. Prints a table and writes the same to bench-results/<date>.json.
//
// Usage: npm run bench [-- --quick]
//   --quick          skip the 3,000-page build and do 1 Lighthouse run instead of 3
//   --only=a,b       run only some parts: bytes, transfer, search, relevance, blocking, lighthouse, scale
//                    (search = what a first search downloads, per file; relevance = tests/bench/zoekvragen.json)
//   --runs=N         Lighthouse runs per page and device (default 3; median is reported)
//   --pages=a,b      Lighthouse and blocking time only for the pages whose name contains one of these
//                    (e.g. --pages=zelfscan,teamoverzicht,werkmap); blocking = tests/bench/blocking.mjs, which other work on the
//                    machine does not change
//   --keep-reports   also write every Lighthouse report (JSON) to bench-results/lighthouse/, to trace lost points
//
// Builds go to a temporary folder; dist/ is never touched.
import { spawn } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	symlinkSync,
	writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { measureBlocking } from './blocking.mjs';
import { generatePages } from './generate-pages.mjs';
import { groepsoverzichtSeed } from './groepsoverzicht-seed.mjs';
import { pageAssets } from './page-assets.mjs';
import { formatRelevance, measureRelevance } from './relevance.mjs';
import { firstSearchQueries, formatSearchBytes, searchBytes } from './search-bytes.mjs';
import { werkmapEnvelope } from './werkmap-seed.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args
	.find((a) => a.startsWith('--only='))
	?.slice(7)
	.split(',');
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? (quick ? 1 : 3));
const wants = (part) => !only || only.includes(part);
const keepReports = args.includes('--keep-reports');
const lighthousePages = args
	.find((a) => a.startsWith('--pages='))
	?.slice(8)
	.split(',');
const chromePath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const chromeFlags = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-default-apps',
	'--disable-extensions',
];
const KB = 1024;
const started = Date.now();
const log = (message) =>
	process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);

// ---------------------------------------------------------------- helpers

const median = (values) => {
	const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
	if (!sorted.length) return null;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const kb = (bytes) => (bytes == null ? '–' : `${(bytes / KB).toFixed(1)}`);

async function freePort() {
	return new Promise((done) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => done(port));
		});
	});
}

/** Sum of the resident memory of a process and all its descendants, in bytes (Linux /proc). */
function treeRss(rootPid) {
	const parents = new Map();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			parents.set(Number(name), Number(fields[1]));
		} catch {
			// The process ended while we looked.
		}
	}
	const tree = new Set([rootPid]);
	let grew = true;
	while (grew) {
		grew = false;
		for (const [pid, ppid] of parents) {
			if (tree.has(ppid) && !tree.has(pid)) {
				tree.add(pid);
				grew = true;
			}
		}
	}
	let total = 0;
	for (const pid of tree) {
		try {
			const kbRss = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+)/m)?.[1];
			total += Number(kbRss ?? 0) * 1024;
		} catch {
			// Gone.
		}
	}
	return total;
}

/** Runs `astro build` in `projectDir`, measuring wall time and peak memory of the whole process tree. */
function timedBuild(projectDir, outDir) {
	return new Promise((done, fail) => {
		const begin = process.hrtime.bigint();
		const child = spawn(join(root, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
			cwd: projectDir,
			// Measured as published: with a site address, canonical links are absolute (Lighthouse SEO
			// fails relative ones). A reserved .example name unless the caller sets SITE_URL.
			env: {
				...process.env,
				SITE_URL: process.env.SITE_URL ?? 'https://kennisbank.example',
				ASTRO_TELEMETRY_DISABLED: '1',
				ASTRO_DEV_BACKGROUND: '0',
			},
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		let peak = 0;
		const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid))), 200);
		child.on('exit', (code) => {
			clearInterval(timer);
			const seconds = Number(process.hrtime.bigint() - begin) / 1e9;
			if (code !== 0)
				return fail(new Error(`astro build in ${projectDir} mislukte (code ${code}):\n${output.slice(-3000)}`));
			const pages = countHtml(outDir);
			done({
				seconds: Math.round(seconds * 10) / 10,
				peakRssMB: Math.round(peak / 1024 / 1024),
				pages,
				pagesPerSecond: Math.round((pages / seconds) * 10) / 10,
			});
		});
	});
}

function walk(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}
const countHtml = (dir) =>
	walk(dir).filter((f) => f.endsWith('.html') && !relative(dir, f).startsWith('pagefind')).length;

/** Servers started by this run; stopped when the run is interrupted too. */
const servers = new Set();
/** Project copies made by this run; removed at exit, also after a crash. */
const createdCopies = new Set();
process.on('exit', () => {
	for (const child of servers) child.kill();
	for (const dir of createdCopies) rmSync(dir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM']) {
	process.once(signal, () => {
		for (const child of servers) child.kill();
		process.exit(130);
	});
}

/** Starts tests/scripts/serve.mjs (with the _headers and gzip, like a production host) for `dir`. */
async function serve(dir) {
	const port = await freePort();
	const child = spawn(
		process.execPath,
		[join(root, 'tests/scripts/serve.mjs'), '--port', String(port), '--dir', dir, '--gzip'],
		{
			stdio: ['ignore', 'pipe', 'inherit'],
		},
	);
	servers.add(child);
	child.once('exit', () => servers.delete(child));
	await new Promise((ready, fail) => {
		child.stdout.once('data', ready);
		child.once('exit', (code) => fail(new Error(`serve.mjs stopte (code ${code})`)));
	});
	return { origin: `http://localhost:${port}`, stop: () => child.kill() };
}

// ---------------------------------------------------------------- page types and bytes

/** Which kind of page a path is; tool pages (with an island) are listed one by one. */
function pageType(path, html) {
	if (html.includes('<astro-island')) return `tool ${path}`;
	if (path === '/') return 'home';
	if (path === '/zoeken/') return 'zoeken';
	if (path === '/404.html' || path === '/404') return '404';
	if (/^\/stappenplan\/[^/]+\/$/.test(path)) return 'stap';
	if (/^\/voorbeelden\/[^/]+\/$/.test(path)) return 'voorbeeld';
	if (/^\/(stappenplan|voorbeelden|begrippen)\/$/.test(path)) return 'overzicht';
	return 'pagina';
}

function builtPages(dir) {
	return walk(dir)
		.filter((f) => f.endsWith('.html') && !relative(dir, f).startsWith('pagefind'))
		.map((file) => {
			const rel = relative(dir, file).replaceAll('\\', '/');
			const path = `/${rel.replace(/index\.html$/, '')}`;
			return { file, path, html: readFileSync(file, 'utf8') };
		});
}

function bytesPerType(dir) {
	const groups = new Map();
	for (const page of builtPages(dir)) {
		const type = pageType(page.path, page.html);
		const assets = pageAssets(dir, page.html);
		const row = {
			path: page.path,
			htmlRaw: Buffer.byteLength(page.html),
			htmlGzip: gzip(page.html),
			jsRaw: assets.jsRaw,
			jsGzip: assets.jsGzip,
			jsOnDemandGzip: assets.onDemandGzip,
			cssRaw: assets.cssRaw,
			cssGzip: assets.cssGzip,
		};
		if (!groups.has(type)) groups.set(type, []);
		groups.get(type).push(row);
	}
	// Per type: the heaviest page (by JS + CSS + HTML gzip), which is what a budget must hold for.
	return [...groups].map(([type, rows]) => {
		const heaviest = rows.reduce((a, b) =>
			b.jsGzip + b.cssGzip + b.htmlGzip > a.jsGzip + a.cssGzip + a.htmlGzip ? b : a,
		);
		return { type, pages: rows.length, heaviest: heaviest.path, ...heaviest, path: undefined };
	});
}
const gzip = (text) => gzipSync(text, { level: 9 }).length;

// ---------------------------------------------------------------- zelfscan results state

/** A stored zelfscan (the tool's own envelope, version 1) with every statement answered, so the results view has data. */
function zelfscanEnvelope() {
	const yaml = readFileSync(join(root, 'content/zelfscans/informele-steun.yaml'), 'utf8');
	const versie = Number(yaml.match(/^versie:\s*(\d+)/m)?.[1]);
	// Statement ids are the `- id:` entries under `onderdelen:` (indented deeper than themes).
	const statementIds = [...yaml.matchAll(/^ {6}- id:\s*([a-z0-9-]+)/gm)].map((m) => m[1]);
	const themeIds = [...yaml.matchAll(/^ {2}- id:\s*([a-z0-9-]+)\n\s+titel:/gm)].map((m) => m[1]);
	if (!versie || statementIds.length === 0 || themeIds.length === 0) {
		throw new Error(
			'bench: informele-steun.yaml heeft een andere vorm dan zelfscanEnvelope() verwacht (versie, themas, onderdelen).',
		);
	}
	const now = '2026-11-01T10:00:00.000Z';
	const antwoorden = Object.fromEntries(statementIds.map((id, i) => [id, { score: 1 + (i % 4) }]));
	// Stored format 3 (src/lib/zelfscan/definition.ts; fixture tests/fixtures/storage/zelfscan-v3.json).
	return {
		key: 'kb:tool:zelfscan',
		value: JSON.stringify({
			tool: 'zelfscan',
			schemaVersion: 3,
			revision: 1,
			savedAt: now,
			data: {
				scans: [
					{
						id: 's-bench',
						scanId: 'informele-steun',
						name: 'Benchmark',
						createdAt: now,
						updatedAt: now,
						rondes: [
							{
								id: 'r-bench',
								startedAt: now,
								scanVersion: versie,
								antwoorden,
								prioriteiten: themeIds.slice(0, 2),
								acties: [],
							},
						],
					},
				],
			},
		}),
		path: '/zelfscan/informele-steun/?scan=s-bench#resultaten',
	};
}

// ---------------------------------------------------------------- first visit in Chromium

/** Loads `path` in a fresh browser context and counts what went over the wire. */
async function firstVisit(browser, origin, path, { seed, waitFor, serviceWorkers = 'block' } = {}) {
	// By default the offline service worker is blocked: its precache is measured apart (see below).
	const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 }, serviceWorkers });
	if (seed) {
		await context.addInitScript(
			([key, value]) => {
				if (!localStorage.getItem(key)) localStorage.setItem(key, value);
			},
			[seed.key, seed.value],
		);
	}
	const page = await context.newPage();
	// Playwright sees the requests of web workers too (Pagefind searches in one); CDP on the page would not.
	const pending = [];
	const requests = [];
	const onFinished = (request) => {
		pending.push(
			(async () => {
				const response = await request.response();
				const sizes = await request.sizes();
				const body = await response?.body().catch(() => Buffer.alloc(0));
				const decoded = body?.length ?? 0;
				// Chromium reports 0 for some worker scripts; then count what the server sent.
				const sentBody =
					sizes.responseBodySize ||
					(response?.headers()['content-encoding'] === 'gzip' ? gzipSync(body).length : decoded);
				requests.push({
					url: request.url(),
					encoded: sentBody + sizes.responseHeadersSize,
					body: sentBody,
					decoded,
					serviceWorker: Boolean(request.serviceWorker()),
				});
			})().catch(() => {
				// The context closed while this request was still being read; it is not counted.
			}),
		);
	};
	context.on('requestfinished', onFinished);
	await page.goto(origin + path, { waitUntil: 'networkidle' });
	let shown = true;
	if (waitFor) {
		shown = await page
			.locator(waitFor)
			.first()
			.waitFor({ timeout: 15_000 })
			.then(
				() => true,
				() => false,
			);
		await page.waitForLoadState('networkidle');
	}
	await page.waitForTimeout(300);
	context.off('requestfinished', onFinished);
	await Promise.all(pending);
	await context.close();
	const list = requests;
	const sum = (filter, key) => list.filter(filter).reduce((t, r) => t + r[key], 0);
	const all = () => true;
	// What the query itself fetches; the service worker's offline copy of the index is counted separately.
	const isPagefind = (r) => new URL(r.url).pathname.startsWith('/pagefind/') && !r.serviceWorker;
	const bySw = (r) => r.serviceWorker;
	return {
		path,
		requests: list.length,
		transferred: sum(all, 'encoded'),
		decoded: sum(all, 'decoded'),
		// A service worker that stores pages for offline use downloads them right after the first visit.
		serviceWorkerRequests: list.filter(bySw).length,
		serviceWorkerTransferred: sum(bySw, 'encoded'),
		pagefindRequests: list.filter(isPagefind).length,
		pagefindTransferred: sum(isPagefind, 'encoded'),
		pagefindDecoded: sum(isPagefind, 'decoded'),
		pagefindFiles: list
			.filter(isPagefind)
			.map((r) => ({ path: new URL(r.url).pathname, body: r.body, encoded: r.encoded })),
		shown,
	};
}

// ---------------------------------------------------------------- Lighthouse

async function lighthouseRun(url, formFactor, seed) {
	const [{ default: lighthouse, desktopConfig }, chromeLauncher] = await Promise.all([
		import('lighthouse'),
		import('chrome-launcher'),
	]);
	const chrome = await chromeLauncher.launch({ chromePath, chromeFlags, logLevel: 'silent' });
	try {
		if (seed) {
			// Put the stored data (a zelfscan, a werkmap) into this fresh profile, then tell Lighthouse not to wipe storage.
			const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
			const page = await browser.contexts()[0].newPage();
			await page.goto(new URL('/robots.txt', url).href);
			await page.evaluate(([key, value]) => localStorage.setItem(key, value), [seed.key, seed.value]);
			await page.close();
			await browser.close();
		}
		const flags = {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
			disableStorageReset: Boolean(seed),
		};
		const result = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
		return result?.lhr;
	} finally {
		chrome.kill();
	}
}

function summarizeLighthouse(lhrs) {
	const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
	const scores = Object.fromEntries(
		categories.map((c) => [
			c,
			median(lhrs.map((l) => (l?.categories[c]?.score == null ? null : Math.round(l.categories[c].score * 100)))),
		]),
	);
	const metric = (id) => median(lhrs.map((l) => l?.audits[id]?.numericValue));
	const metrics = {
		fcpMs: Math.round(metric('first-contentful-paint') ?? NaN),
		lcpMs: Math.round(metric('largest-contentful-paint') ?? NaN),
		tbtMs: Math.round(metric('total-blocking-time') ?? NaN),
		cls: Math.round((metric('cumulative-layout-shift') ?? NaN) * 1000) / 1000,
		speedIndexMs: Math.round(metric('speed-index') ?? NaN),
	};
	// Audits that cost points in any run, so a score below 100 can be traced.
	const failing = new Set();
	for (const lhr of lhrs) {
		if (!lhr) continue;
		for (const category of categories) {
			for (const ref of lhr.categories[category]?.auditRefs ?? []) {
				const audit = lhr.audits[ref.id];
				if (ref.weight > 0 && audit && typeof audit.score === 'number' && audit.score < 1)
					failing.add(`${category}:${ref.id}`);
			}
		}
	}
	const warnings = [...new Set(lhrs.flatMap((l) => l?.runWarnings ?? []))];
	// Lighthouse's own CPU benchmark: lower means a slower or busier machine, and worse performance scores.
	const benchmarkIndex = median(lhrs.map((l) => l?.environment?.benchmarkIndex));
	// Every run's performance score and blocking time: a target such as "100 in 3 of 3 runs" is read here, not from the median.
	// A run whose metrics Lighthouse could not compute has no performance score: shown as "fout".
	const perRun = lhrs.filter(Boolean).map((l) => {
		const score = l.categories.performance?.score;
		const tbt = l.audits['total-blocking-time']?.numericValue;
		return { performance: score == null ? null : Math.round(score * 100), tbtMs: tbt == null ? null : Math.round(tbt) };
	});
	return { runs: perRun.length, scores, metrics, perRun, benchmarkIndex, failing: [...failing], warnings };
}

// ---------------------------------------------------------------- build scale

/**
 * A copy of the project in `target`. node_modules is a folder of links to the
 * real packages, not one link, so Astro's and Vite's caches (node_modules/.astro,
 * node_modules/.vite) stay inside the copy: every build starts cold and the
 * real project's caches are never touched.
 */
function copyProject(target) {
	rmSync(target, { recursive: true, force: true });
	const skip = new Set([
		'node_modules',
		'dist',
		'.git',
		'.astro',
		'test-results',
		'playwright-report',
		'bench-results',
	]);
	mkdirSync(join(target, 'node_modules'), { recursive: true });
	for (const name of readdirSync(root)) {
		if (skip.has(name)) continue;
		cpSync(join(root, name), join(target, name), { recursive: true });
	}
	for (const name of readdirSync(join(root, 'node_modules'))) {
		if (name === '.astro' || name === '.vite' || name === '.cache') continue;
		symlinkSync(join(root, 'node_modules', name), join(target, 'node_modules', name));
	}
}

/** Copies the project, adds `extra` generated pages, builds it and measures the build. */
async function buildCopy(extra) {
	// One folder per run (process id): two benchmarks on one machine must not build in each other's copy.
	const project = join(tmpdir(), `bench-site-${process.pid}-${extra}`);
	log(extra ? `site met ${extra} extra MDX-pagina's bouwen in ${project}` : `echte site bouwen in ${project}`);
	createdCopies.add(project);
	copyProject(project);
	if (extra) generatePages(project, extra);
	const outDir = join(project, 'dist');
	const measured = await timedBuild(project, outDir);
	log(`klaar: ${measured.pages} pagina's in ${measured.seconds} s, piek ${measured.peakRssMB} MB`);
	return { project, outDir, measured };
}

// ---------------------------------------------------------------- main

const results = {
	date: new Date().toISOString(),
	commit: await gitCommit(),
	quick,
	machine: {
		cpus: cpus().length,
		cpuModel: cpus()[0]?.model,
		memoryGB: Math.round(totalmem() / 1024 ** 3),
		node: process.version,
		chromium: await chromiumVersion(),
	},
	// Other work on the machine slows builds and lowers Lighthouse performance scores; keep it on record.
	loadAverageAtStart: loadavg().map((l) => Math.round(l * 10) / 10),
	notes: [],
};

async function gitCommit() {
	return new Promise((done) => {
		const child = spawn('git', ['rev-parse', '--short', 'HEAD'], { cwd: root });
		let out = '';
		child.stdout.on('data', (d) => (out += d));
		child.on('exit', () => done(out.trim() || null));
		child.on('error', () => done(null));
	});
}
async function chromiumVersion() {
	return new Promise((done) => {
		const child = spawn(chromePath, ['--version']);
		let out = '';
		child.stdout.on('data', (d) => (out += d));
		child.on('exit', () => done(out.trim() || null));
		child.on('error', () => done(null));
	});
}

const existing = args.find((a) => a.startsWith('--dist='))?.slice(7);
const copies = [];
try {
	let siteDir;
	let realBuild;
	if (existing) {
		// Development aid: measure a site that was built already (no build figures for it).
		siteDir = resolve(existing);
		results.notes.push(`Gemeten op een bestaande build (${siteDir}); bouwtijd van de echte site niet gemeten.`);
	} else {
		const real = await buildCopy(0);
		copies.push(real.project);
		siteDir = real.outDir;
		realBuild = real.measured;
		results.build = { real: realBuild };
	}

	if (wants('bytes')) {
		results.bytes = bytesPerType(siteDir);
		const pf = walk(join(siteDir, 'pagefind'));
		results.pagefindIndex = { files: pf.length, bytes: pf.reduce((t, f) => t + statSync(f).size, 0) };
	}

	const pages = builtPages(siteDir);
	const firstOf = (pattern) =>
		pages
			.map((p) => p.path)
			.filter((p) => pattern.test(p))
			.sort()[0];
	const stap = firstOf(/^\/stappenplan\/[^/]+\/$/);
	const voorbeeld = firstOf(/^\/voorbeelden\/[^/]+\/$/);
	const toolPaths = pages
		.filter((p) => p.html.includes('<astro-island'))
		.map((p) => p.path)
		.sort();
	const zelfscan = zelfscanEnvelope();
	const teamSeed = await groepsoverzichtSeed(root, { participants: 30 });
	const resultsHeading = 'main h2:has-text("Resultaten"), main h2:has-text("resultaten"), #resultaten';

	const server = await serve(siteDir);
	try {
		if (wants('transfer')) {
			log('eerste bezoek meten in Chromium');
			const browser = await chromium.launch({
				executablePath: chromePath,
				args: chromeFlags.filter((f) => !f.startsWith('--headless')),
			});
			try {
				const visits = [];
				for (const path of ['/', stap, voorbeeld, '/privacy/'])
					if (path) visits.push({ kind: 'inhoud', ...(await firstVisit(browser, server.origin, path)) });
				for (const path of toolPaths)
					visits.push({ kind: 'tool', ...(await firstVisit(browser, server.origin, path)) });
				visits.push({
					kind: 'tool met resultaten',
					...(await firstVisit(browser, server.origin, zelfscan.path, { seed: zelfscan, waitFor: resultsHeading })),
				});
				const search = await firstVisit(browser, server.origin, '/zoeken/?q=toekomstplan', {
					waitFor: '#zoekresultaten li',
				});
				visits.push({ kind: 'zoeken', ...search });
				// Pages that register the offline service worker: what it downloads on top, in a second fresh visit.
				for (const visit of visits.filter((v) => v.kind !== 'inhoud')) {
					const withWorker = await firstVisit(browser, server.origin, visit.path, {
						seed: visit.kind === 'tool met resultaten' ? zelfscan : undefined,
						serviceWorkers: 'allow',
					});
					visit.serviceWorkerRequests = withWorker.serviceWorkerRequests;
					visit.serviceWorkerTransferred = withWorker.serviceWorkerTransferred;
				}
				results.firstVisit = visits;
				results.search = {
					query: 'toekomstplan',
					resultsShown: search.shown,
					pagefindRequests: search.pagefindRequests,
					pagefindTransferred: search.pagefindTransferred,
					pagefindDecoded: search.pagefindDecoded,
					pageTotalTransferred: search.transferred,
				};
				if (!search.shown)
					results.notes.push('Zoeken: na 15 s stonden er geen resultaten voor "toekomstplan" in #zoekresultaten.');
				const zs = visits.find((v) => v.kind === 'tool met resultaten');
				if (!zs?.shown)
					results.notes.push(
						'Zelfscan met resultaten: de resultatenweergave verscheen niet; de cijfers gelden voor de zelfscanpagina zelf.',
					);
			} finally {
				await browser.close();
			}
		}

		if (wants('search') || wants('relevance')) {
			const browser = await chromium.launch({
				executablePath: chromePath,
				args: chromeFlags.filter((f) => !f.startsWith('--headless')),
			});
			try {
				if (wants('search')) {
					log('eerste zoekvraag meten, per bestand');
					results.firstSearch = [];
					for (const query of firstSearchQueries) {
						const visit = await firstVisit(browser, server.origin, `/zoeken/?q=${encodeURIComponent(query)}`, {
							waitFor: '#zoekresultaten li',
						});
						results.firstSearch.push({ query, ...searchBytes(visit) });
					}
				}
				if (wants('relevance')) {
					log('relevantie van zoeken meten');
					results.relevance = await measureRelevance(browser, server.origin, { siteDir });
				}
			} finally {
				await browser.close();
			}
		}

		// The pages Lighthouse and the blocking time measure; a seed puts stored data in first.
		const targets = [
			{ name: 'home', path: '/' },
			{ name: 'stap', path: stap },
			{ name: 'voorbeeld', path: voorbeeld },
			{ name: 'BIG-5', path: '/big-5/' },
			// A filled werkmap (15 people, 30 timeline items, a BIG-5 checklist): --pages=werkmap
			...[
				['werkmap', '/werkmap/'],
				['werkmap netwerkkaart', '/werkmap/netwerk/'],
				['werkmap tijdlijn', '/werkmap/tijdlijn/'],
				['werkmap plan', '/werkmap/plan/'],
				['werkmap BIG-5', '/big-5/'],
			].map(([name, path]) => ({ name, path, seed: werkmapEnvelope(root) })),
			{ name: 'zelfscan met resultaten', path: zelfscan.path, seed: zelfscan },
			// The team overview with 30 participants in three roles, medians per role and a plan (issue 15).
			{ name: 'teamoverzicht met 30 deelnemers', path: teamSeed.path, seed: teamSeed },
			{ name: 'zoeken', path: '/zoeken/?q=toekomstplan' },
		].filter((t) => t.path && (!lighthousePages || lighthousePages.some((p) => t.name.includes(p))));

		if (wants('blocking')) {
			log('blokkeertijd meten (eigen processortijd van de hoofdthread, ×4)');
			const browser = await chromium.launch({
				executablePath: chromePath,
				args: chromeFlags.filter((f) => !f.startsWith('--headless')),
			});
			try {
				results.blocking = [];
				for (const target of targets) {
					results.blocking.push({
						page: target.name,
						path: target.path,
						...(await measureBlocking(browser, server.origin + target.path, {
							seed: target.seed,
							runs: Math.max(3, runs),
						})),
					});
				}
			} finally {
				await browser.close();
			}
		}

		if (wants('lighthouse')) {
			results.lighthouse = [];
			for (const target of targets) {
				for (const formFactor of ['mobile', 'desktop']) {
					const lhrs = [];
					for (let i = 1; i <= runs; i++) {
						log(`Lighthouse ${target.name} (${formFactor}) run ${i}/${runs}`);
						lhrs.push(
							await lighthouseRun(server.origin + target.path, formFactor, target.seed).catch((e) => {
								log(`mislukt: ${e.message}`);
								return null;
							}),
						);
					}
					if (keepReports) {
						const dir = join(root, 'bench-results', 'lighthouse');
						mkdirSync(dir, { recursive: true });
						lhrs.forEach((lhr, i) => {
							const file = `${target.name.replaceAll(/[^a-z0-9]+/gi, '-')}-${formFactor}-${i + 1}.json`;
							if (lhr) writeFileSync(join(dir, file), JSON.stringify(lhr));
						});
					}
					results.lighthouse.push({ page: target.name, path: target.path, formFactor, ...summarizeLighthouse(lhrs) });
				}
			}
		}
	} finally {
		server.stop();
	}

	if (wants('scale') && realBuild) {
		const sizes = quick ? [1000] : [1000, 3000];
		results.build.generated = [];
		for (const count of sizes) {
			const copy = await buildCopy(count);
			results.build.generated.push({ extraPages: count, ...copy.measured });
			rmSync(copy.project, { recursive: true, force: true });
		}
		const [t1, t3] = results.build.generated;
		if (t1 && t3) {
			const perPageLow = (t1.seconds - realBuild.seconds) / (t1.pages - realBuild.pages);
			const perPageHigh = (t3.seconds - t1.seconds) / (t3.pages - t1.pages);
			results.build.growth = {
				ratio3000to1000: Math.round((t3.seconds / t1.seconds) * 100) / 100,
				msPerExtraPage1000: Math.round(perPageLow * 1000 * 10) / 10,
				msPerExtraPage1000to3000: Math.round(perPageHigh * 1000 * 10) / 10,
				linearOrBetter: perPageHigh <= perPageLow * 1.1,
			};
		}
	}
} finally {
	for (const project of copies) rmSync(project, { recursive: true, force: true });
}
results.durationSeconds = Math.round((Date.now() - started) / 1000);
results.loadAverageAtEnd = loadavg().map((l) => Math.round(l * 10) / 10);

// ---------------------------------------------------------------- report

const lines = [];
const table = (headers, rows) => {
	const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
	const fmt = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
	lines.push(fmt(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(fmt), '');
};
lines.push(
	`Benchmark ${results.date} (commit ${results.commit ?? '?'}${quick ? ', --quick' : ''}); ${results.machine.cpus} cores, ${results.machine.memoryGB} GB, Node ${results.machine.node}, ${results.machine.chromium}`,
	`Belasting van de machine (load average 1/5/15 min) bij start: ${results.loadAverageAtStart.join(' / ')}, aan het eind: ${results.loadAverageAtEnd.join(' / ')}` +
		(Math.max(results.loadAverageAtStart[0], results.loadAverageAtEnd[0]) > results.machine.cpus
			? `; boven ${results.machine.cpus} draaide er ander werk mee: bouwtijden zijn dan te hoog en prestatiescores te laag.`
			: '.'),
	'',
);

if (results.bytes) {
	lines.push(
		'Bytes per paginasoort (zwaarste pagina van die soort; KB = 1024 bytes; gzip niveau 9; JS = eerste weergave, "op aanvraag" = delen die pas laden als iemand ze opent)',
	);
	table(
		['soort', "pagina's", 'zwaarste', 'HTML gz', 'JS raw', 'JS gz', 'JS op aanvraag gz', 'CSS raw', 'CSS gz'],
		results.bytes
			.sort((a, b) => a.type.localeCompare(b.type))
			.map((r) => [
				r.type,
				r.pages,
				r.heaviest,
				kb(r.htmlGzip),
				kb(r.jsRaw),
				kb(r.jsGzip),
				kb(r.jsOnDemandGzip),
				kb(r.cssRaw),
				kb(r.cssGzip),
			]),
	);
	lines.push(
		`Pagefind-index: ${results.pagefindIndex.files} bestanden, ${kb(results.pagefindIndex.bytes)} KB op schijf`,
		'',
	);
}
if (results.firstVisit) {
	lines.push(
		'Eerste bezoek in Chromium (lege cache, server met gzip zoals een host; KB over de lijn incl. headers; zonder service worker, die staat apart)',
	);
	table(
		[
			'soort',
			'pagina',
			'verzoeken',
			'KB over de lijn',
			'KB uitgepakt',
			'daarna offline-cache (service worker)',
			'klaar',
		],
		results.firstVisit.map((v) => [
			v.kind,
			v.path,
			v.requests,
			kb(v.transferred),
			kb(v.decoded),
			v.serviceWorkerRequests ? `${v.serviceWorkerRequests} verzoeken, ${kb(v.serviceWorkerTransferred)} KB` : '–',
			v.shown ? 'ja' : 'nee',
		]),
	);
	const s = results.search;
	lines.push(
		`Pagefind, eerste zoekvraag "${s.query}": ${s.pagefindRequests} verzoeken, ${kb(s.pagefindTransferred)} KB over de lijn onder /pagefind/ (${kb(s.pagefindDecoded)} KB uitgepakt); hele pagina ${kb(s.pageTotalTransferred)} KB`,
		'',
	);
}
if (results.firstSearch) lines.push(...formatSearchBytes(results.firstSearch));
if (results.relevance) lines.push(...formatRelevance(results.relevance));
if (results.blocking) {
	lines.push(
		'Blokkeertijd op een telefoon, per pagina: eigen processortijd van de hoofdthread ×4, per taak het deel boven 50 ms, alle taken vanaf het laden tot 3 s erna, ook de eerste opmaak van de pagina (mediaan; hangt niet af van ander werk op de machine)',
	);
	table(
		['pagina', 'blokkeertijd ms', 'langste taak ms', 'taken > 50 ms', 'alle runs'],
		results.blocking.map((b) => [b.page, b.blocking, b.longest, b.longTasks, b.runs.join(' ')]),
	);
}
if (results.lighthouse) {
	lines.push(
		`Lighthouse ${results.lighthouse[0]?.runs ?? runs}× per pagina en apparaat, mediaan (prestaties / toegankelijkheid / best practices / SEO)`,
	);
	table(
		[
			'pagina',
			'apparaat',
			'perf',
			'perf per run',
			'a11y',
			'bp',
			'seo',
			'LCP ms',
			'TBT ms',
			'TBT per run',
			'CLS',
			'CPU-index',
			'punten kwijt op',
		],
		results.lighthouse.map((l) => [
			l.page,
			l.formFactor,
			l.scores.performance ?? '–',
			l.perRun?.map((r) => r.performance ?? 'fout').join(' / ') || '–',
			l.scores.accessibility ?? '–',
			l.scores['best-practices'] ?? '–',
			l.scores.seo ?? '–',
			l.metrics.lcpMs,
			l.metrics.tbtMs,
			l.perRun?.map((r) => r.tbtMs ?? 'fout').join(' / ') || '–',
			l.metrics.cls,
			l.benchmarkIndex == null ? '–' : Math.round(l.benchmarkIndex),
			l.failing.join(' ') || '–',
		]),
	);
}
if (results.build?.real) {
	lines.push('Bouwen (astro build incl. Pagefind; piekgeheugen = som van alle processen)');
	table(
		['site', "pagina's", 'tijd s', "pagina's/s", 'piek MB'],
		[
			[
				'echte site',
				results.build.real.pages,
				results.build.real.seconds,
				results.build.real.pagesPerSecond,
				results.build.real.peakRssMB,
			],
			...(results.build.generated ?? []).map((g) => [
				`+${g.extraPages} MDX`,
				g.pages,
				g.seconds,
				g.pagesPerSecond,
				g.peakRssMB,
			]),
		],
	);
	const g = results.build.growth;
	if (g) {
		lines.push(
			`Groei: t(3000)/t(1000) = ${g.ratio3000to1000}; ${g.msPerExtraPage1000} ms per extra pagina tot 1.000, ${g.msPerExtraPage1000to3000} ms per pagina van 1.000 naar 3.000 → ${g.linearOrBetter ? 'lineair of beter' : 'sneller dan lineair'}`,
			'',
		);
	}
}
for (const note of results.notes) lines.push(`Let op: ${note}`);
lines.push(`Duur: ${results.durationSeconds} s`);

const outDir = join(root, 'bench-results');
mkdirSync(outDir, { recursive: true });
const outFile = join(outDir, `${results.date.slice(0, 16).replace(':', '-')}.json`);
writeFileSync(outFile, `${JSON.stringify(results, null, '\t')}\n`);
console.log(lines.join('\n'));
console.log(`\nResultaten ook in ${relative(root, outFile)}`);
if (!existsSync(outFile)) process.exitCode = 1;
