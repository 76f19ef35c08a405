import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitExcerpt } from '../../../src/lib/search/excerpt';

/**
 * Pagefind's excerpts are HTML with <mark> around the hits. The search page
 * never inserts them as HTML: splitExcerpt turns them into text parts, and
 * these tests hold it to that.
 */

describe('splitExcerpt', () => {
	it('splits the hits from the text around them', () => {
		expect(splitExcerpt('Een <mark>maatje</mark> voor elke <mark>jongere</mark>.')).toEqual([
			{ text: 'Een ', marked: false },
			{ text: 'maatje', marked: true },
			{ text: ' voor elke ', marked: false },
			{ text: 'jongere', marked: true },
			{ text: '.', marked: false },
		]);
	});

	it('decodes the entities Pagefind writes, so the reader sees the characters', () => {
		expect(splitExcerpt('18&#x27;s &amp; 18+: &lt;b&gt; &quot;zo&quot; &#39;t')).toEqual([
			{ text: `18's & 18+: <b> "zo" 't`, marked: false },
		]);
	});

	it('strips any other tag, so nothing in an excerpt can become an element', () => {
		const parts = splitExcerpt('<img src=x onerror=alert(1)>Tekst <script>alert(1)</script>met <b>vet</b>');
		expect(parts).toEqual([{ text: 'Tekst alert(1)met vet', marked: false }]);
	});

	it('leaves escaped markup as text: it was text in the page', () => {
		expect(splitExcerpt('&lt;script&gt;alert(1)&lt;/script&gt;')).toEqual([
			{ text: '<script>alert(1)</script>', marked: false },
		]);
	});

	it('a hit may span several words and lines; empty parts are left out', () => {
		expect(splitExcerpt('<mark>eigen\nrisico</mark>')).toEqual([{ text: 'eigen\nrisico', marked: true }]);
		expect(splitExcerpt('')).toEqual([]);
		expect(splitExcerpt('<mark></mark>')).toEqual([]);
	});

	it('the parts together are the excerpt without its tags', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.stringMatching(/^[a-z .,]{0,8}$/), fc.boolean()), { maxLength: 6 }),
				(pieces) => {
					const html = pieces.map(([text, hit]) => (hit ? `<mark>${text}</mark>` : text)).join('');
					const parts = splitExcerpt(html);
					expect(parts.map((p) => p.text).join('')).toBe(pieces.map(([text]) => text).join(''));
					expect(parts.every((p) => p.text.length > 0)).toBe(true);
				},
			),
		);
	});
});
