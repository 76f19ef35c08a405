import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The built site; DIST_DIR lets a helper check a build elsewhere (e.g. /tmp) without touching dist/. */
export const distDir = process.env.DIST_DIR ?? 'dist';

if (!existsSync(join(distDir, 'index.html'))) {
	throw new Error('dist/ is leeg. Voer eerst `npm run build` uit.');
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

export const allFiles = walk(distDir);

/** Every built HTML page with its URL path, e.g. "/stappenplan/". */
export const pages = allFiles
	.filter((f) => f.endsWith('.html') && !f.startsWith(join(distDir, 'pagefind')))
	.map((file) => {
		const rel = relative(distDir, file).replaceAll('\\', '/');
		const path = `/${rel.replace(/index\.html$/, '').replace(/\.html$/, '')}`;
		return { file, path, html: readFileSync(file, 'utf8') };
	});

/** Pages that hold an interactive tool (a hydrated island). */
export const isToolPage = (html: string) => html.includes('<astro-island');

/** Scripts a page loads: module scripts with src plus hashed inline scripts. */
export function scriptSources(html: string): string[] {
	return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
}

/** Resolves a site path such as "/voorbeelden/" to a built file, or undefined. */
export function fileForPath(path: string): string | undefined {
	const clean = decodeURIComponent(path.split(/[?#]/)[0]);
	for (const candidate of [join(distDir, clean), join(distDir, clean, 'index.html')]) {
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	}
	return undefined;
}
