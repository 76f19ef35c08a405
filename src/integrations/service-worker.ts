import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Writes `sw.js` into the build output after every `astro build`: the
 * worker of src/scripts/service-worker.js (what it does is described
 * there) with the list of every built file and a build id (a hash of all
 * files) filled in. Runs after the Pagefind integration, so the search
 * index is on the list too.
 */

/** Files that are not served as pages or assets. */
const SKIP = new Set(['sw.js', '_headers', '_redirects']);

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/** "stappenplan/index.html" → "/stappenplan/"; other files keep their path. */
export function urlFor(relPath: string): string {
	const path = `/${relPath.replaceAll('\\', '/')}`;
	return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export function precacheList(outDir: string): { build: string; files: string[] } {
	const hash = createHash('sha256');
	const files: string[] = [];
	for (const file of walk(outDir).sort()) {
		const rel = relative(outDir, file);
		if (SKIP.has(rel)) continue;
		hash.update(rel);
		hash.update(readFileSync(file));
		files.push(urlFor(rel));
	}
	return { build: hash.digest('hex').slice(0, 12), files };
}

const WORKER = fileURLToPath(new URL('../scripts/service-worker.js', import.meta.url));
const BUILD_LINE = "const BUILD = 'dev';";
const FILES_LINE = 'const FILES = /** @type {string[]} */ ([]);';

/** The worker of src/scripts/service-worker.js with this build's id and files filled in. */
export function serviceWorkerSource(
	build: string,
	files: readonly string[],
	source = readFileSync(WORKER, 'utf8'),
): string {
	for (const line of [BUILD_LINE, FILES_LINE]) {
		// A changed placeholder would ship a worker that caches nothing: stop the build instead.
		if (source.split(line).length !== 2)
			throw new Error(`src/scripts/service-worker.js: "${line}" moet er één keer in staan.`);
	}
	return `// Built from src/scripts/service-worker.js by src/integrations/service-worker.ts. Do not edit.\n${source
		.replace(BUILD_LINE, `const BUILD = ${JSON.stringify(build)};`)
		.replace(FILES_LINE, `const FILES = ${JSON.stringify(files)};`)}`;
}

export default function serviceWorkerIntegration(): AstroIntegration {
	return {
		name: 'kennisbank-service-worker',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { build, files } = precacheList(outDir);
				writeFileSync(join(outDir, 'sw.js'), serviceWorkerSource(build, files));
				logger.info(`service worker geschreven: ${files.length} bestanden, versie ${build}`);
			},
		},
	};
}
