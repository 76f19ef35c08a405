import { Window } from 'happy-dom';

/** Parses built HTML into a DOM (happy-dom) so tests can query it like a reader sees it. */
export function parse(html: string): Document {
	const window = new Window();
	return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** The text of an element with collapsed white space. */
export const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The section that starts at the h2 with this text: the h2's parent section, or its next siblings. */
export function sectionAfter(doc: Document, heading: string): Element | undefined {
	const h2 = [...doc.querySelectorAll('main h2')].find((h) => text(h) === heading);
	if (!h2) return undefined;
	if (h2.parentElement?.tagName === 'SECTION' && h2.parentElement.querySelector('h2') === h2) return h2.parentElement;
	const wrapper = doc.createElement('div');
	for (let el = h2.nextElementSibling; el && !/^H[12]$/.test(el.tagName); el = el.nextElementSibling)
		wrapper.append(el.cloneNode(true));
	return wrapper;
}
