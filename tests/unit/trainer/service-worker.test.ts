import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { precacheList, serviceWorkerSource, urlFor } from '../../../src/integrations/service-worker';

function fakeBuild(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'kb-sw-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

const site = {
	'index.html': '<h1>Home</h1>',
	'stappenplan/bepaal-de-doelgroep/index.html': '<h1>Stap 1</h1>',
	'_astro/app.abc123.js': 'console.log(1)',
	'pagefind/pagefind.js': '// zoeken',
	'404.html': 'Niet gevonden',
	_headers: '/*\n  X-Frame-Options: DENY',
	'sw.js': '// oude versie',
};

describe('service worker precache list', () => {
	it('lists pages by their URL and every asset, but not sw.js or the headers file', () => {
		const { files } = precacheList(fakeBuild(site));
		expect(files).toEqual([
			'/404.html',
			'/_astro/app.abc123.js',
			'/',
			'/pagefind/pagefind.js',
			'/stappenplan/bepaal-de-doelgroep/',
		]);
	});

	it('gets a new build id when any file changes, and the same id for the same files', () => {
		const a = precacheList(fakeBuild(site)).build;
		const b = precacheList(fakeBuild(site)).build;
		const c = precacheList(fakeBuild({ ...site, 'index.html': '<h1>Home, nieuw</h1>' })).build;
		expect(a).toBe(b);
		expect(c).not.toBe(a);
		expect(a).toMatch(/^[0-9a-f]{12}$/);
	});

	it('maps index.html to its folder', () => {
		expect(urlFor('index.html')).toBe('/');
		expect(urlFor('voor-trainers/index.html')).toBe('/voor-trainers/');
		expect(urlFor('favicon.svg')).toBe('/favicon.svg');
	});

	it('writes the build id and list into a worker that waits for the page before an update takes over', () => {
		const source = serviceWorkerSource('abc123def456', ['/', '/_astro/x.js']);
		expect(source).toContain('const BUILD = "abc123def456";');
		expect(source).toContain('const FILES = ["/","/_astro/x.js"];');
		expect(source).toMatch(/if \(!worker\.registration\.active\) return worker\.skipWaiting\(\);/);
		expect(source).toContain("event.data === 'kb-sw-activeer'");
		// The worker must be valid JavaScript.
		expect(() => new Function(source)).not.toThrow();
	});

	it('stops the build when the worker no longer has the places the build fills in', () => {
		expect(() => serviceWorkerSource('abc', ['/'], "const BUILD = 'x';\nconst FILES = [];")).toThrow(
			/src\/scripts\/service-worker\.js/,
		);
	});
});
