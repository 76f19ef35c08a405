/**
 * Pagefind excerpts are HTML with <mark> around the hits. We never insert
 * them as HTML: this splits an excerpt into plain-text parts and marked parts.
 */
export interface ExcerptPart {
	text: string;
	marked: boolean;
}

const entities: Record<string, string> = {
	'&amp;': '&',
	'&lt;': '<',
	'&gt;': '>',
	'&quot;': '"',
	'&#39;': "'",
	'&#x27;': "'",
};

function decode(text: string): string {
	return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (m) => entities[m] ?? m);
}

function stripTags(text: string): string {
	return text.replace(/<[^>]*>/g, '');
}

function plain(html: string): string {
	return decode(stripTags(html));
}

export function splitExcerpt(html: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let last = 0;
	for (const match of html.matchAll(/<mark>(.*?)<\/mark>/gs)) {
		if (match.index > last) parts.push({ text: plain(html.slice(last, match.index)), marked: false });
		parts.push({ text: plain(match[1]), marked: true });
		last = match.index + match[0].length;
	}
	if (last < html.length) parts.push({ text: plain(html.slice(last)), marked: false });
	return parts.filter((p) => p.text.length > 0);
}
