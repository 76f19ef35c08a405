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
 * Loading this module registers the worker, once the page has loaded: the
 * worker then copies the whole site (about 1 MB), and on a slow network that
 * must not compete with the page the reader opened. Tool pages load this
 * file only then, too (src/components/Hulpmiddel.astro); other pages with
 * JavaScript load it with the page (OfflineScript.astro).
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
	if (document.readyState === 'complete') register();
	else addEventListener('load', register, { once: true });
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
