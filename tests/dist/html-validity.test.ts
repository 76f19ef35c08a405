import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pages } from './dist-files';

/**
 * Every built page passes the Nu Html Checker (vnu, the W3C validator)
 * without errors. One Java run checks all pages (starting Java costs
 * seconds), then each page gets its own assertion with its messages.
 * Java is required: on a machine without it this fails with a Dutch
 * message instead of silently skipping.
 */
interface VnuMessage {
	type: string;
	subType?: string;
	url?: string;
	lastLine?: number;
	firstColumn?: number;
	message: string;
	extract?: string;
}

const vnuJar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')), 'build/dist/vnu.jar');
const files = pages.map((p) => resolve(p.file));

function runVnu(): { messages: VnuMessage[]; problem?: string } {
	const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
	if (java.error || java.status !== 0) {
		return {
			messages: [],
			problem:
				'Java ontbreekt: de HTML-controle (Nu Html Checker, vnu-jar) heeft Java 17 of nieuwer nodig. ' +
				'Installeer het met `apt-get install -y openjdk-17-jre-headless` en voer de test opnieuw uit.',
		};
	}
	if (!existsSync(vnuJar)) return { messages: [], problem: `vnu.jar niet gevonden op ${vnuJar}. Voer \`npm ci\` uit.` };
	const run = spawnSync('java', ['-Xss2m', '-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	// vnu writes its JSON report to stderr and exits 1 when it found errors.
	try {
		return { messages: (JSON.parse(run.stderr || run.stdout) as { messages: VnuMessage[] }).messages };
	} catch {
		return {
			messages: [],
			problem: `De Nu Html Checker gaf geen leesbaar rapport (exitcode ${run.status}): ${run.stderr.slice(0, 500)}`,
		};
	}
}

const report = runVnu();
const fileOf = (url = '') => resolve(decodeURIComponent(url.replace(/^file:/, '')));

describe('valid HTML (Nu Html Checker)', () => {
	it('the checker ran', () => {
		expect(report.problem, report.problem).toBeUndefined();
	});

	it('reported nothing about files it was not asked to check', () => {
		const unknown = report.messages.filter((m) => !files.includes(fileOf(m.url)));
		expect(unknown.map((m) => `${m.url}: ${m.message}`)).toEqual([]);
	});

	describe.each(pages)('$path', ({ file }) => {
		it('has no HTML errors', () => {
			// Without a report every page counts as unchecked, never as valid.
			expect(report.problem, report.problem).toBeUndefined();
			const errors = report.messages
				.filter((m) => fileOf(m.url) === resolve(file))
				.map((m) => `regel ${m.lastLine}:${m.firstColumn} ${m.message}${m.extract ? ` [${m.extract.trim()}]` : ''}`);
			expect(errors).toEqual([]);
		});
	});
});
