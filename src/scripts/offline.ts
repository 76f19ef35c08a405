/**
 * Registers the service worker (`/sw.js`, written at build time by
 * src/integrations/service-worker.ts) and tells the user when a newer
 * version of the site is ready. Loaded only on pages that already use
 * JavaScript (trainer pages, presentation mode, tools, search): content
 * pages stay free of scripts. One visit to such a page with a connection
 * is enough: the worker then stores every page of the site.
 *
 * An element with `data-offline-status` on the page gets a sentence about
 * the offline state; pages without one only get the update banner.
 *
 * Loading this module registers the worker once the page has loaded and
 * gone quiet: the worker then copies the whole site (about 1 MB, some 400
 * files), and that must not compete with the page the reader opened. A tool
 * loads some of its parts after the load event and draws its results in
 * parts; copying the site from the load event on slowed exactly those tasks
 * (Lighthouse's mobile blocking time of the timeline 376–560 ms, against
 * 66–174 ms when the copying came later). Tool pages load this file only
 * after the load event, too (src/components/Hulpmiddel.astro); other pages
 * with JavaScript load it with the page (OfflineScript.astro).
 */

const ACTIVATE = 'kb-sw-activeer';

function setStatus(text: string) {
	for (const el of document.querySelectorAll<HTMLElement>('[data-offline-status]')) el.textContent = text;
}

function showUpdateBanner(worker: ServiceWorker) {
	if (document.querySelector('.kb-update')) return;
	const banner = document.createElement('div');
	banner.className = 'kb-update kb-no-print';
	banner.setAttribute('role', 'status');
	const text = document.createElement('p');
	text.textContent = 'Er is een nieuwe versie van de site.';
	const button = document.createElement('button');
	button.type = 'button';
	button.textContent = 'Herladen';
	button.addEventListener('click', () => {
		reloadOnChange = true;
		button.disabled = true;
		worker.postMessage(ACTIVATE);
	});
	banner.append(text, button);
	document.body.prepend(banner);
}

let reloadOnChange = false;

function registerServiceWorker() {
	if (!('serviceWorker' in navigator) || !import.meta.env.PROD) {
		setStatus('Deze browser kan de site niet bewaren voor gebruik zonder internet.');
		return;
	}
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		if (reloadOnChange) location.reload();
	});
	if (document.readyState === 'complete') whenQuiet(register);
	else addEventListener('load', () => whenQuiet(register), { once: true });
}

const QUIET_MS = 2000;

/**
 * Runs `task` once the page has fetched nothing for two seconds (the parts a
 * tool loads after the load event are in by then) and the browser is idle.
 */
function whenQuiet(task: () => void) {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const observer = 'PerformanceObserver' in window ? new PerformanceObserver(() => wait()) : null;
	const wait = () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			observer?.disconnect();
			// Safari has no requestIdleCallback.
			if ('requestIdleCallback' in window) requestIdleCallback(task, { timeout: 5000 });
			else task();
		}, QUIET_MS);
	};
	observer?.observe({ type: 'resource' });
	wait();
}

function register() {
	navigator.serviceWorker
		.register('/sw.js')
		.then((registration) => {
			const offer = (worker: ServiceWorker | null) => {
				if (worker && navigator.serviceWorker.controller) showUpdateBanner(worker);
			};
			if (registration.waiting) offer(registration.waiting);
			registration.addEventListener('updatefound', () => {
				const worker = registration.installing;
				if (!worker) return;
				if (!navigator.serviceWorker.controller) setStatus('De site wordt nu bewaard voor gebruik zonder internet…');
				worker.addEventListener('statechange', () => {
					if (worker.state === 'installed') offer(worker);
					if (worker.state === 'redundant' && !registration.active) {
						setStatus('Bewaren voor gebruik zonder internet is niet gelukt. Laad de pagina opnieuw met internet.');
					}
				});
			});
			return navigator.serviceWorker.ready;
		})
		.then(() => setStatus('Klaar: deze site werkt nu ook zonder internet in deze browser.'))
		.catch(() => setStatus('Bewaren voor gebruik zonder internet lukt niet in deze browser.'));
}

registerServiceWorker();
