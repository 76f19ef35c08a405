// A team overview with 30 participants, stored as the tool itself stores it
// (format 4, src/lib/trainer/definition.ts), so Lighthouse and screenshots see
// the overview with every part filled: roles, medians per role, a plan.
// The deelcodes are made by the site's own encoder (src/lib/zelfscan/deelcode.ts,
// bundled here with esbuild), so they pass the real checksum.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

/** The site's deelcode module, bundled for Node. */
async function loadDeelcode(root) {
	const out = await build({
		entryPoints: [join(root, 'src/lib/zelfscan/deelcode.ts')],
		bundle: true,
		write: false,
		format: 'esm',
		platform: 'node',
		logLevel: 'silent',
	});
	return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

/**
 * @param {string} root the repository
 * @param {{ participants?: number, scanId?: string }} [options]
 * @returns {Promise<{ key: string, value: string, path: string, deelcodes: string[] }>}
 */
export async function groepsoverzichtSeed(root, { participants = 30, scanId = 'informele-steun' } = {}) {
	const yaml = readFileSync(join(root, `content/zelfscans/${scanId}.yaml`), 'utf8');
	const versie = Number(yaml.match(/^versie:\s*(\d+)/m)?.[1]);
	const statementIds = [...yaml.matchAll(/^ {6}- id:\s*([a-z0-9-]+)/gm)].map((m) => m[1]);
	const themeIds = [...yaml.matchAll(/^ {2}- id:\s*([a-z0-9-]+)\n\s+titel:/gm)].map((m) => m[1]);
	const rolIds = [...(yaml.match(/^rollen:\n((?: {2}.*\n)+)/m)?.[1] ?? '').matchAll(/^ {2}- id:\s*([a-z0-9-]+)/gm)].map(
		(m) => m[1],
	);
	if (!versie || statementIds.length === 0 || themeIds.length === 0 || rolIds.length < 3) {
		throw new Error(`bench: ${scanId}.yaml heeft een andere vorm dan groepsoverzichtSeed() verwacht.`);
	}
	const { encodeDeelcode } = await loadDeelcode(root);
	// Three roles of ten people; answers differ per person and role, a few "weet ik niet" and talk marks.
	const deelcodes = Array.from({ length: participants }, (_, p) =>
		encodeDeelcode({
			scanId,
			versie,
			rol: rolIds[p % 3],
			ronde: 'bench001',
			entries: statementIds.map((_, i) =>
				(p + i) % 11 === 0
					? { score: null, geenScore: 'weet-niet', bespreken: false }
					: { score: 1 + ((p + i * (1 + (p % 3))) % 4), bespreken: (p * 7 + i) % 13 === 0 },
			),
		}),
	);
	const value = {
		tool: 'groepsoverzicht',
		schemaVersion: 4,
		revision: 1,
		savedAt: '2026-12-01T10:00:00.000Z',
		data: {
			deelcodes,
			ronde: { naam: 'Gemeente Oost, voorjaar 2027', datum: '2027-03-12' },
			plannen: {
				[scanId]: {
					prioriteiten: themeIds.slice(0, 2),
					acties: [
						{ id: 'a-1', themaId: themeIds[0], wat: 'Netwerkkaart in elk plan', wie: 'Wijkteam', voor: 'juni 2027' },
						{
							id: 'a-2',
							themaId: themeIds[1],
							wat: 'Sleutelfiguren uitnodigen',
							wie: 'Jeugdhulp',
							voor: 'september 2027',
						},
					],
				},
			},
		},
	};
	return {
		key: 'kb:tool:groepsoverzicht',
		value: JSON.stringify(value),
		path: '/voor-trainers/groepsoverzicht/',
		deelcodes,
	};
}
