#!/usr/bin/env node
// `npm run inhoud`: a report for editors, not a test. It lists
//   1. step, example and theme pages whose facts were checked more than 12 months ago, or never;
//   2. facts marked `teControleren` (on a source, a moment or anywhere else in the content);
//   3. sources without a `geraadpleegd` date.
// It always exits 0: a date passing must never make CI fail. `--datum JJJJ-MM-DD` reports as of another day.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

/** Front matter of an MDX file, or the whole YAML file, as plain data. */
export function readContentFile(path) {
	const text = readFileSync(path, 'utf8');
	if (/\.ya?ml$/.test(path)) return parse(text) ?? {};
	const match = text.match(/^---\r?\n([\s\S]*?)\r?\n---/);
	return match ? (parse(match[1]) ?? {}) : {};
}

const iso = (d) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d));

/** The same day one year earlier (29 February becomes 28 February). */
export function eenJaarEerder(dag) {
	const [j, m, d] = dag.split('-').map(Number);
	const terug = new Date(Date.UTC(j - 1, m - 1, d));
	if (terug.getUTCMonth() !== m - 1) terug.setUTCDate(0);
	return terug.toISOString().slice(0, 10);
}

/** Every `teControleren` in a piece of data, with a readable place ("bronnen[2]"). */
function* openVragen(data, plaats = '') {
	if (Array.isArray(data)) {
		for (const [i, item] of data.entries()) yield* openVragen(item, `${plaats}[${i}]`);
	} else if (data && typeof data === 'object' && !(data instanceof Date)) {
		for (const [key, value] of Object.entries(data)) {
			const hier = plaats ? `${plaats}.${key}` : key;
			if (key === 'teControleren' && typeof value === 'string') yield { plaats: plaats || '(bovenaan)', tekst: value };
			else yield* openVragen(value, hier);
		}
	}
}

/**
 * The report as data. `items` are { file, data, soort } where soort is 'pagina' for pages
 * that need a check date (steps, examples, themes) and 'overig' for everything else.
 */
export function buildReport(items, vandaag) {
	const grens = eenJaarEerder(vandaag);
	const teOud = [];
	const nooit = [];
	const vragen = [];
	const zonderDatum = [];
	for (const { file, data, soort } of items) {
		if (soort === 'pagina') {
			const g = data.gecontroleerd;
			if (g === null || g === undefined) nooit.push({ file });
			else if (iso(g) < grens) teOud.push({ file, datum: iso(g) });
		}
		// In a list of entries (the glossary), name the entry by its id rather than its position.
		const delen = Array.isArray(data) ? data.map((d, i) => [d, d?.id ?? `[${i}]`]) : [[data, '']];
		for (const [deel, naam] of delen)
			for (const vraag of openVragen(deel, naam)) vragen.push({ file, ...vraag, plaats: vraag.plaats });
		const records = Array.isArray(data) ? data : [data];
		for (const record of records) {
			const prefix = Array.isArray(data) && record?.id ? `${record.id}: ` : '';
			for (const bron of record?.bronnen ?? []) {
				if (!bron.geraadpleegd) zonderDatum.push({ file, bron: `${prefix}${bron.titel} (${bron.uitgever})` });
			}
		}
	}
	return { vandaag, grens, teOud, nooit, vragen, zonderDatum };
}

export function formatReport(r) {
	const lines = [`Inhoudsrapport van ${r.vandaag} (gecontroleerd vóór ${r.grens} telt als te oud)`, ''];
	const blok = (kop, rows) => {
		lines.push(`${kop}: ${rows.length}`);
		for (const row of rows) lines.push(`  - ${row}`);
		lines.push('');
	};
	blok(
		'Pagina’s die langer dan 12 maanden geleden zijn gecontroleerd',
		r.teOud.map((p) => `${p.file} (gecontroleerd ${p.datum})`),
	);
	blok(
		'Pagina’s die nog nooit zijn gecontroleerd (gecontroleerd: null)',
		r.nooit.map((p) => p.file),
	);
	blok(
		'Feiten met teControleren',
		r.vragen.map((v) => `${v.file} ${v.plaats}: ${v.tekst}`),
	);
	blok(
		'Bronnen zonder geraadpleegd',
		r.zonderDatum.map((b) => `${b.file}: ${b.bron}`),
	);
	return lines.join('\n');
}

function collect(root) {
	const items = [];
	const dir = (sub) => join(root, 'content', sub);
	const list = (sub, pattern) =>
		existsSync(dir(sub))
			? readdirSync(dir(sub))
					.filter((f) => pattern.test(f) && !f.startsWith('_'))
					.map((f) => join(dir(sub), f))
			: [];
	for (const file of list('stappen', /\.mdx?$/)) items.push({ file, soort: 'pagina' });
	for (const file of list('voorbeelden', /\.mdx?$/)) items.push({ file, soort: 'pagina' });
	for (const file of list('paginas', /\.mdx?$/)) items.push({ file, soort: 'paginaOfInfo' });
	for (const file of list('momenten', /\.ya?ml$/)) items.push({ file, soort: 'overig' });
	for (const file of ['begrippen.yaml'].map((f) => join(root, 'content', f)).filter(existsSync))
		items.push({ file, soort: 'overig' });
	return items.map(({ file, soort }) => {
		const data = readContentFile(file);
		const echt = soort === 'paginaOfInfo' ? (data.soort === 'thema' ? 'pagina' : 'overig') : soort;
		return { file: relative(root, file), data, soort: echt };
	});
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const i = process.argv.indexOf('--datum');
	const vandaag = i > -1 ? process.argv[i + 1] : new Date().toISOString().slice(0, 10);
	if (!/^\d{4}-\d{2}-\d{2}$/.test(vandaag ?? '')) {
		console.error('Gebruik: npm run inhoud [-- --datum JJJJ-MM-DD]');
		process.exit(2);
	}
	const root = join(fileURLToPath(import.meta.url), '..', '..', '..');
	console.log(formatReport(buildReport(collect(root), vandaag)));
}
