/**
 * Search page behaviour: reads the query and filters from the URL, asks
 * Pagefind, and renders results as text (never as HTML). The form is in the
 * page from the start, so nothing shifts when this script runs; without
 * JavaScript a <noscript> note explains that search needs it.
 */
import { splitExcerpt } from '../lib/search/excerpt';

interface PagefindResult {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
}
interface PagefindHit {
	data(): Promise<PagefindResult>;
}
interface Pagefind {
	options(o: Record<string, unknown>): Promise<void>;
	search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindHit[] }>;
}

const form = document.querySelector('#zoekformulier') as HTMLFormElement;
const status = document.querySelector('#zoekstatus') as HTMLElement;
const list = document.querySelector('#zoekresultaten') as HTMLOListElement;
const more = document.querySelector('#meer-resultaten') as HTMLButtonElement;
const filterNames = ['soort', 'thema', 'stap'] as const;
/** Results per batch. Each one costs a few KB of text; five fill a phone screen and arrive quickly on a slow network. */
const pageSize = 5;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
	const url = '/pagefind/pagefind.js';
	pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
		// Pagefind searches in a web worker (12 KB more). Measured: on the page itself the engine blocks
		// the main thread 400-800 ms on a slow phone (Lighthouse TBT), in the worker under 100 ms.
		await pf.options({ excerptLength: 28 });
		return pf;
	});
	return pagefind;
}

function readForm() {
	const data = new FormData(form);
	const q = String(data.get('q') ?? '').trim();
	const filters: Record<string, string> = {};
	for (const name of filterNames) {
		const value = String(data.get(name) ?? '');
		if (value) filters[name] = value;
	}
	return { q, filters };
}

function fillFormFromUrl() {
	const params = new URLSearchParams(location.search);
	for (const name of ['q', ...filterNames]) {
		const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
		if (field) field.value = params.get(name) ?? '';
	}
}

function renderResult(result: PagefindResult): HTMLLIElement {
	const item = document.createElement('li');
	const heading = document.createElement('h3');
	const link = document.createElement('a');
	link.href = result.url;
	link.textContent = result.meta.title ?? result.url;
	heading.append(link);
	const soort = document.createElement('p');
	soort.className = 'kb-result__type';
	soort.textContent = result.meta.soort ?? 'Pagina';
	const excerpt = document.createElement('p');
	for (const part of splitExcerpt(result.excerpt)) {
		if (part.marked) {
			const mark = document.createElement('mark');
			mark.textContent = part.text;
			excerpt.append(mark);
		} else excerpt.append(part.text);
	}
	item.append(heading, soort, excerpt);
	return item;
}

/** Hits of the current search that are not on screen yet. */
let remaining: PagefindHit[] = [];

function updateMoreButton() {
	more.hidden = remaining.length === 0;
	more.textContent = `Toon meer resultaten (nog ${remaining.length})`;
}

/** Show the next batch of search `id`; returns the links of the new results (none when a newer search started). */
async function showNext(id: number): Promise<HTMLAnchorElement[]> {
	const batch = remaining.slice(0, pageSize);
	const results = await Promise.all(batch.map((hit) => hit.data()));
	if (id !== runId) return [];
	remaining = remaining.slice(batch.length);
	const items = results.map(renderResult);
	list.append(...items);
	updateMoreButton();
	return items.map((item) => item.querySelector('a') as HTMLAnchorElement);
}

let runId = 0;
async function run(updateUrl: boolean) {
	const { q, filters } = readForm();
	const id = ++runId;
	if (updateUrl) {
		const params = new URLSearchParams();
		if (q) params.set('q', q);
		for (const [k, v] of Object.entries(filters)) params.set(k, v);
		history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
	}
	list.replaceChildren();
	remaining = [];
	updateMoreButton();
	if (!q) {
		status.textContent = 'Typ een zoekwoord, bijvoorbeeld "toekomstplan" of "maatje".';
		return;
	}
	status.textContent = 'Bezig met zoeken…';
	try {
		const pf = await loadPagefind();
		const search = await pf.search(q, { filters });
		if (id !== runId) return;
		remaining = search.results;
		await showNext(id);
		if (id !== runId) return;
		const total = search.results.length;
		const filterText = Object.keys(filters).length ? ' met de gekozen filters' : '';
		status.textContent =
			total === 0
				? `Geen resultaten voor "${q}"${filterText}. Probeer een ander woord of minder filters.`
				: `${total} ${total === 1 ? 'resultaat' : 'resultaten'} voor "${q}"${filterText}.`;
	} catch {
		if (id !== runId) return;
		status.textContent =
			'Zoeken lukt nu niet. De zoekindex kon niet worden geladen. Laad de pagina opnieuw of gebruik het menu.';
	}
}

more.addEventListener('click', async () => {
	more.disabled = true;
	try {
		const links = await showNext(runId);
		// Keyboard and screen-reader users continue at the first new result.
		links[0]?.focus();
	} catch {
		status.textContent = 'Meer resultaten laden lukt nu niet. Controleer de verbinding en probeer het opnieuw.';
	} finally {
		more.disabled = false;
	}
});

let timer: ReturnType<typeof setTimeout> | undefined;
form.addEventListener('submit', (event) => {
	event.preventDefault();
	clearTimeout(timer);
	void run(true);
});
form.addEventListener('input', () => {
	clearTimeout(timer);
	timer = setTimeout(() => void run(true), 250);
});
form.addEventListener('change', () => {
	clearTimeout(timer);
	void run(true);
});

fillFormFromUrl();
void run(false);
