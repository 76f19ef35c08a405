// @ts-check
/**
 * The service worker, served as /sw.js. src/integrations/service-worker.ts
 * copies this file into the build and fills in the two values below: the
 * build id (a hash of all files) and the list of every built file.
 *
 * - install: download every file of this build into cache `kb-<build id>`;
 * - pages (HTML): network first, the cached page when there is no network
 *   or it takes longer than four seconds;
 * - everything else: from the cache first (hashed /_astro/ assets and the
 *   /pagefind/ index never change under the same name within a build);
 * - a new build installs next to the old one and waits; pages with
 *   JavaScript show "Er is een nieuwe versie van de site" with a button
 *   that activates it and reloads (src/scripts/offline.ts). The old cache
 *   is removed then.
 *
 * Plain JavaScript, checked by TypeScript through the JSDoc types: it runs
 * as it is written, without a build step of its own.
 */

/** @typedef {Event & { waitUntil(promise: Promise<unknown>): void }} WorkerEvent */
/** @typedef {WorkerEvent & { request: Request, respondWith(response: Promise<Response>): void }} WorkerFetchEvent */
/** @typedef {WorkerEvent & { data: unknown, source: { postMessage(message: unknown): void } | null }} WorkerMessageEvent */
/**
 * What this worker uses of its global scope (the DOM types of the rest of the site do not describe a worker).
 * @typedef {object} WorkerScope
 * @property {{ active: unknown }} registration
 * @property {{ claim(): Promise<void> }} clients
 * @property {() => Promise<void>} skipWaiting
 * @property {Location} location
 * @property {(type: 'install' | 'activate', listener: (event: WorkerEvent) => void) => void} addEventListener
 */

const worker =
	/** @type {WorkerScope & { addEventListener(type: 'message', listener: (event: WorkerMessageEvent) => void): void, addEventListener(type: 'fetch', listener: (event: WorkerFetchEvent) => void): void }} */ (
		/** @type {unknown} */ (self)
	);

// Filled in at build time: see src/integrations/service-worker.ts.
const BUILD = 'dev';
const FILES = /** @type {string[]} */ ([]);

const CACHE = `kb-${BUILD}`;
const HTML_TIMEOUT_MS = 4000;

worker.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(FILES))
			.then(() => {
				// The first install takes over at once; an update waits until the page asks (see 'message').
				if (!worker.registration.active) return worker.skipWaiting();
			}),
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k.startsWith('kb-') && k !== CACHE).map((k) => caches.delete(k))))
			.then(() => worker.clients.claim()),
	);
});

worker.addEventListener('message', (event) => {
	if (event.data === 'kb-sw-activeer') void worker.skipWaiting();
	if (event.data === 'kb-sw-versie' && event.source) event.source.postMessage({ build: BUILD });
});

/** @param {Request | string} request */
function fromCache(request) {
	return caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }));
}

/**
 * A page: from the network, or from the cache when the network fails or is very slow.
 * @param {Request} request
 * @returns {Promise<Response>}
 */
function page(request) {
	const network = fetch(request);
	const timeout = new Promise((resolve) => setTimeout(resolve, HTML_TIMEOUT_MS));
	const cachedOr404 = () =>
		fromCache(request).then((hit) => hit || fromCache(new URL('/404.html', worker.location.origin).href));
	return Promise.race([
		network.then(
			(response) => ({ response }),
			() => ({ response: null }),
		),
		timeout.then(() => ({ response: null })),
	]).then(({ response }) => {
		if (response) return response;
		// No network, or a very slow one: the cached page, if there is one.
		return cachedOr404().then((hit) => hit || network);
	});
}

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== worker.location.origin || url.pathname === '/sw.js') return;
	const isPage = request.mode === 'navigate' || (request.headers.get('accept') || '').includes('text/html');
	if (isPage) {
		event.respondWith(page(request));
		return;
	}
	event.respondWith(fromCache(request).then((hit) => hit || fetch(request)));
});
