import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { VOORWAARDE_IDS } from '../../../src/lib/big5/definition';
import { mergeBronnen, momentenVoor, momentHref } from '../../../src/lib/big5/gesprek';
import { big5GesprekSchema, momentSchema } from '../../../src/lib/content/schemas';

/** content/big5-gesprek.yaml: the conversation per BIG-5 condition, as the page reads it. */
const raw = parseYaml(readFileSync('content/big5-gesprek.yaml', 'utf8')) as { id: string }[];
const gesprek = raw.map(({ id, ...rest }) => ({ id, data: big5GesprekSchema.parse(rest) }));
const momenten = readdirSync('content/momenten')
	.filter((f) => /^[^_].*\.ya?ml$/.test(f))
	.map((f) => ({
		id: f.replace(/\.ya?ml$/, ''),
		data: momentSchema.parse(parseYaml(readFileSync(join('content/momenten', f), 'utf8'))),
	}));
const exists = (folder: string, id: string) =>
	existsSync(`content/${folder}/${id}.mdx`) || existsSync(`content/${folder}/${id}.md`);

describe('het gesprek per voorwaarde', () => {
	it('has one entry per condition, in the order of the checklist', () => {
		expect(gesprek.map((g) => g.id)).toEqual([...VOORWAARDE_IDS]);
	});

	it.each(gesprek)('$id: two or three questions for the young person, in the je-form', ({ data }) => {
		expect(data.vragen.length).toBeGreaterThanOrEqual(2);
		expect(data.vragen.length).toBeLessThanOrEqual(3);
		for (const vraag of data.vragen) {
			expect(vraag).toMatch(/\?$/);
			// Addressed to the young person: "je/jij/jouw", never the site's "u".
			expect(vraag).toMatch(/\b(je|jij|jou|jouw)\b/i);
			expect(vraag).not.toMatch(/\b(u|uw)\b/);
		}
	});

	it('rejects a condition with one question or with four', () => {
		const base = { letOp: ['Een punt voor de professional.'] };
		expect(big5GesprekSchema.safeParse({ ...base, vragen: ['Waar woon je straks?'] }).success).toBe(false);
		expect(big5GesprekSchema.safeParse({ ...base, vragen: Array(4).fill('Waar woon je straks?') }).success).toBe(false);
		expect(big5GesprekSchema.safeParse({ ...base, vragen: ['Waar woon je straks', 'Wie helpt je dan?'] }).success).toBe(
			false,
		);
	});

	it('links only to steps and examples that exist', () => {
		const missing = gesprek.flatMap(({ id, data }) => [
			...data.stappen.filter((s) => !exists('stappen', s)).map((s) => `stap ${s} (bij ${id})`),
			...data.voorbeelden.filter((v) => !exists('voorbeelden', v)).map((v) => `voorbeeld ${v} (bij ${id})`),
		]);
		expect(missing).toEqual([]);
	});
});

describe('momentenVoor', () => {
	it('puts every law and practical moment with a leefgebied under exactly that condition', () => {
		for (const m of momenten.filter((x) => x.data.leefgebied && x.data.soort !== 'regionaal')) {
			const onder = VOORWAARDE_IDS.filter((id) => momentenVoor(momenten, id).some((x) => x.id === m.id));
			expect(onder, m.id).toEqual([m.data.leefgebied]);
		}
	});

	it('leaves regional agreements out and keeps timeline order', () => {
		const volwassene = momentenVoor(momenten, 'volwassene');
		expect(volwassene.some((m) => m.data.soort === 'regionaal')).toBe(false);
		const inkomen = momentenVoor(momenten, 'inkomen');
		expect(inkomen.map((m) => m.data.vanaf)).toEqual([...inkomen.map((m) => m.data.vanaf)].sort((a, b) => a - b));
		expect(inkomen.map((m) => m.id)).toEqual(expect.arrayContaining(['digid', 'zorgtoeslag', 'kinderbijslag']));
	});

	it('links a moment to its entry on /wetten-per-leeftijd/', () => {
		expect(momentHref('digid')).toBe('/wetten-per-leeftijd/#moment-digid');
	});
});

describe('mergeBronnen', () => {
	it('keeps each source once, by address or by title and publisher', () => {
		const a = { titel: 'Ik word 18', uitgever: 'Sociaal Plein', url: 'https://example.org/18' };
		const b = { titel: 'Stap 8', uitgever: 'NJi' };
		expect(mergeBronnen([a, b], [{ ...a, titel: 'Andere titel' }, { ...b }])).toEqual([a, b]);
	});
});
