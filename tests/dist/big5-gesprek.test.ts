import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { VOORWAARDEN } from '../../src/lib/big5/voorwaarden';
import { begripSchema, big5GesprekSchema, momentSchema } from '../../src/lib/content/schemas';
import { pages } from './dist-files';
import { parse, text } from './html';

/**
 * /big-5/ as built: per condition the questions from content/big5-gesprek.yaml,
 * the moments of its leefgebied (linked to their entry on /wetten-per-leeftijd/),
 * the one definition of the volwassene die blijft, and a source for each moment.
 */
const page = (path: string) => {
	const found = pages.find((p) => p.path === path);
	if (!found) throw new Error(`pagina ${path} ontbreekt in dist/`);
	return parse(found.html);
};
const doc = page('/big-5/');
const wetten = page('/wetten-per-leeftijd/');

const gesprek = (parseYaml(readFileSync('content/big5-gesprek.yaml', 'utf8')) as { id: string }[]).map(
	({ id, ...rest }) => ({ id, data: big5GesprekSchema.parse(rest) }),
);
const momenten = readdirSync('content/momenten')
	.filter((f) => /^[^_].*\.ya?ml$/.test(f))
	.map((f) => ({
		id: f.replace(/\.ya?ml$/, ''),
		data: momentSchema.parse(parseYaml(readFileSync(join('content/momenten', f), 'utf8'))),
	}));
const begrippen = parseYaml(readFileSync('content/begrippen.yaml', 'utf8')) as { id: string }[];
const vasteVolwassene = begripSchema.parse(begrippen.find((b) => b.id === 'vaste-volwassene'));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('/big-5/: het gesprek per voorwaarde', () => {
	it.each(VOORWAARDEN.map((v) => ({ v, g: gesprek.find((x) => x.id === v.id)! })))(
		'$v.titel: shows its questions for the young person',
		({ v, g }) => {
			const blok = doc.querySelector(`#uitleg-${v.id}`);
			const vragen = [...(blok?.querySelectorAll('.big5-vragen li') ?? [])].map(text);
			expect(vragen).toEqual(g.data.vragen);
		},
	);

	it('shows every law and practical moment under its own condition, linked to its entry', () => {
		const fouten: string[] = [];
		for (const m of momenten.filter((x) => x.data.leefgebied && x.data.soort !== 'regionaal')) {
			const href = `/wetten-per-leeftijd/#moment-${m.id}`;
			const onder = VOORWAARDEN.filter((v) =>
				[...doc.querySelectorAll(`#uitleg-${v.id} .big5-regelen a`)].some((a) => a.getAttribute('href') === href),
			).map((v) => v.id);
			if (onder.join() !== m.data.leefgebied) fouten.push(`${m.id}: onder [${onder.join(', ')}]`);
			if (!wetten.getElementById(`moment-${m.id}`)) fouten.push(`${m.id}: geen anker op /wetten-per-leeftijd/`);
		}
		expect(fouten).toEqual([]);
	});

	it('lists the source of every moment it shows in the Bronnen block', () => {
		const bronnen = doc.querySelector('.kb-sources');
		expect(bronnen).not.toBeNull();
		const adressen = new Set([...(bronnen?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href')));
		const titels = text(bronnen);
		const shown = new Set(
			[...doc.querySelectorAll('.big5-uitleg a[href^="/wetten-per-leeftijd/#moment-"]')].map((a) =>
				a.getAttribute('href')!.replace('/wetten-per-leeftijd/#moment-', ''),
			),
		);
		expect(shown.size).toBeGreaterThan(10);
		const missing = momenten
			.filter((m) => shown.has(m.id))
			.flatMap((m) => m.data.bronnen.filter((b) => (b.url ? !adressen.has(b.url) : !titels.includes(b.titel))))
			.map((b) => b.titel);
		expect(missing).toEqual([]);
	});

	it('defines the volwassene die blijft with the glossary entry, and says where timing is not known', () => {
		const blok = doc.querySelector('#uitleg-volwassene .big5-definitie');
		expect(squash(text(blok))).toContain(squash(vasteVolwassene.definitie));
		expect(blok?.querySelector('a[href="/begrippen/#vaste-volwassene"]')).not.toBeNull();
		expect(text(doc.querySelector('main'))).toContain('geen bron die zegt op welke leeftijd u het gesprek begint');
	});
});

describe('één omschrijving van de vaste volwassene', () => {
	it('no page and no zelfscan says that any hulpverlener counts, or that none does', () => {
		const tegenstrijdig = /kan een hulpverlener zijn|hulpverlener telt (hier )?niet/i;
		const scans = readdirSync('content/zelfscans')
			.filter((f) => f.endsWith('.yaml'))
			.map((f) => ({ path: `content/zelfscans/${f}`, html: readFileSync(`content/zelfscans/${f}`, 'utf8') }));
		// Raw HTML, so the island props (the zelfscan's statements and help) count too.
		const found = [...pages, ...scans]
			.filter((p) => tegenstrijdig.test(p.html.replace(/\s+/g, ' ')))
			.map((p) => p.path);
		expect(found).toEqual([]);
	});

	it('the glossary allows a hulpverlener only when that person stays after 18', () => {
		expect(vasteVolwassene.definitie).toMatch(/hulpverlener kan het ook zijn, maar alleen als die na 18 jaar/i);
	});
});
