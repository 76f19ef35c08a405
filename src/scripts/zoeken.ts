/**
 * Search page behaviour: reads the query and filters from the URL, asks
 * Pagefind, and renders results as text (never as HTML). The form is in the
 * page from the start, so nothing shifts when this script runs; without
 * JavaScript a <noscript> note explains that search needs it.
 *
 * On top of Pagefind: words without meaning in a question are left out, a
 * question whose words are not all on one page still finds the pages with
 * some of them (and says so), and each result names the section where the
 * words were found.
 */
import { splitExcerpt } from '../lib/search/excerpt';
import { meaningfulWords, rankAnyWords, rankSubResults, type ScoredHit, type SubResult } from '../lib/search/query';

interface PagefindResult {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	sub_results: (SubResult & { anchor?: unknown })[];
}
interface PagefindHit extends ScoredHit {
	data(): Promise<PagefindResult>;
}
interface Pagefind {
	options(o: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	preload(q: string, o?: { filters?: Record<string, string> }): Promise<void>;
	search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindHit[] }>;
}

function required<T extends Element>(selector: string): T {
	const found = document.querySelector<T>(selector);
	if (!found) throw new Error(`Zoekpagina: ${selector} ontbreekt`);
	return found;
}
const form = required<HTMLFormElement>('#zoekformulier');
const status = required<HTMLElement>('#zoekstatus');
const list = required<HTMLOListElement>('#zoekresultaten');
const more = required<HTMLButtonElement>('#meer-resultaten');
/** Hidden instead of the button itself: a button's own `hidden` loses to the site's button display style. */
const moreRow = required<HTMLElement>('#meer-resultaten-rij');
const filterNames = ['soort', 'thema', 'stap'] as const;
/** Results per batch. Each one costs a few KB of text; five fill a phone screen and arrive quickly on a slow network. */
const pageSize = 5;
/** Fewer pages than this with all words: rank the pages that have some of them too. */
const fewResults = pageSize;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
	const url = '/pagefind/pagefind.js';
	pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pf) => {
		// Pagefind searches in a web worker (12 KB more). Measured on a slow phone (Lighthouse, mobile):
		// on the page itself the engine blocks the main thread 0.7-2 s, in the worker 20-300 ms.
		await pf.options({
			excerptLength: 28,
			// Tuned on the questions in tests/bench/zoekvragen.json (npm run bench -- --only=relevance).
			ranking: {
				// The answer is usually on a long page (a step, the laws by age); Pagefind's defaults favour short ones.
				pageLength: 0.25,
				termFrequency: 0.5,
				// A word in the title counts 5 times (Pagefind's default), an editor's search word as much,
				// a word naming the kind of page ("zelfscan", "stap", "voorbeeld") 3 times.
				metaWeights: { title: 5, zoekwoorden: 5, soort: 3 },
			},
		});
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

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
	const el = document.createElement(tag);
	if (className) el.className = className;
	if (text) el.textContent = text;
	return el;
}

function link(href: string, text: string) {
	const a = element('a', undefined, text);
	a.href = href;
	return a;
}

function excerptParagraph(html: string): HTMLParagraphElement {
	const p = element('p');
	for (const part of splitExcerpt(html)) p.append(part.marked ? element('mark', undefined, part.text) : part.text);
	return p;
}

/**
 * One result: title, kind of page, the section where the words were found
 * (when that is not the top of the page) and an excerpt from it. A glossary
 * entry is a result of its own (see src/lib/search/begrippen.ts).
 */
function renderResult(result: PagefindResult) {
	const item = element('li');
	const heading = element('h3');
	const title = link(result.url, result.meta.title ?? result.url);
	heading.append(title);
	item.append(heading, element('p', 'kb-result__type', result.meta.soort ?? 'Pagina'));
	const [best] = rankSubResults(result.sub_results);
	if (best?.anchor !== undefined) {
		const section = element('p', 'kb-result__section', 'Onderdeel: ');
		section.append(link(best.url, best.title));
		item.append(section);
	}
	item.append(excerptParagraph(best?.excerpt ?? result.excerpt));
	return { item, link: title };
}

/** Hits of the current search that are not on screen yet. */
let remaining: PagefindHit[] = [];

function updateMoreButton() {
	moreRow.hidden = remaining.length === 0;
	more.textContent = `Toon meer resultaten (nog ${remaining.length})`;
}

/** Show the next batch of search `id`; returns the links of the new results (none when a newer search started). */
async function showNext(id: number): Promise<HTMLAnchorElement[]> {
	const batch = remaining.slice(0, pageSize);
	const results = await Promise.all(batch.map((hit) => hit.data()));
	if (id !== runId) return [];
	remaining = remaining.slice(batch.length);
	const items = results.map(renderResult);
	list.append(...items.map((r) => r.item));
	updateMoreButton();
	return items.map((r) => r.link);
}

/**
 * Pagefind's hits for the meaningful words of `q`. When fewer than a batch of
 * pages have them all, every page with some of them is ranked (`partial`).
 */
async function find(pf: Pagefind, q: string, filters: Record<string, string>) {
	const words = meaningfulWords(q);
	const { results: full } = await pf.search(words.join(' '), { filters });
	if (words.length < 2 || full.length >= fewResults) return { hits: full, full: full.length, partial: false };
	const perWord = await Promise.all(words.map((word) => pf.search(word, { filters })));
	// A page with all words keeps the hit of the whole query: its excerpt marks every word.
	const fullHit = new Map(full.map((hit) => [hit.id, hit]));
	const hits = rankAnyWords(perWord.map((s) => s.results)).map((hit) => fullHit.get(hit.id) ?? hit);
	return { hits, full: full.length, partial: hits.length > full.length };
}

function statusText(q: string, total: number, full: number, partial: boolean, filtered: boolean) {
	const filterText = filtered ? ' met de gekozen filters' : '';
	const count = (n: number) => `${n} ${n === 1 ? 'resultaat' : 'resultaten'}`;
	if (total === 0) return `Geen resultaten voor "${q}"${filterText}. Probeer een ander woord of minder filters.`;
	if (!partial) return `${count(total)} voor "${q}"${filterText}.`;
	const allWords =
		full === 0
			? 'geen pagina bevat ze allemaal'
			: full === 1
				? 'één pagina bevat ze allemaal'
				: `${full} pagina's bevatten ze allemaal`;
	return `${count(total)} voor "${q}"${filterText}. Resultaten voor een deel van uw woorden: ${allWords}.`;
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
		const { hits, full, partial } = await find(pf, q, filters);
		if (id !== runId) return;
		remaining = hits;
		await showNext(id);
		if (id !== runId) return;
		status.textContent = statusText(q, hits.length, full, partial, Object.keys(filters).length > 0);
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
// Start loading the engine when the reader goes to the form, and the index chunks of the words while
// they type: the same bytes as searching right away, but the reader waits less after the last key.
// A failure here shows when the search itself runs.
const ignore = () => undefined;
form.addEventListener(
	'focusin',
	() =>
		void loadPagefind()
			.then((pf) => pf.init())
			.catch(ignore),
	{ once: true },
);
form.addEventListener('input', () => {
	const { q, filters } = readForm();
	if (q)
		void loadPagefind()
			.then((pf) => pf.preload(meaningfulWords(q).join(' '), { filters }))
			.catch(ignore);
	clearTimeout(timer);
	timer = setTimeout(() => void run(true), 250);
});
form.addEventListener('change', () => {
	clearTimeout(timer);
	void run(true);
});

fillFormFromUrl();
void run(false);
