import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { guideLinks } from '../../../src/lib/zelfscan/links';
import {
	assertZelfscan,
	fieldPath,
	fileId,
	findBrokenZelfscanLinks,
	parseZelfscan,
} from '../../../src/lib/zelfscan/schema';

/** The site's step and example ids are the names of their content files. */
const idsIn = (dir: string) =>
	readdirSync(dir)
		.filter((f) => /\.mdx?$/.test(f))
		.map((f) => f.replace(/\.mdx?$/, ''));
const SITE_STEP_IDS = idsIn('content/stappen');
const SITE_EXAMPLE_IDS = idsIn('content/voorbeelden');

const folder = 'content/zelfscans';
// The files the site loads: names starting with `_` are drafts (version 2, tests/unit/zelfscan/v2/).
const files = readdirSync(folder).filter((f) => /\.(ya?ml|json)$/.test(f) && !f.startsWith('_'));

function load(file: string): unknown {
	const text = readFileSync(`${folder}/${file}`, 'utf8');
	return file.endsWith('.json') ? JSON.parse(text) : parse(text);
}

/** A small valid scan to break in the tests below. */
function validScan() {
	const advice = (band: string) => ({
		band,
		text: 'Een advies dat lang genoeg is om te lezen.',
		steps: ['bepaal-de-doelgroep'],
	});
	const theme = (id: string) => ({
		id,
		title: `Thema ${id}`,
		statements: [
			{ id: `${id}-1`, text: 'Een stelling om te scoren.', help: 'Uitleg bij de stelling.' },
			{ id: `${id}-2`, text: 'Nog een stelling om te scoren.', help: 'Uitleg bij de stelling.' },
		],
		advice: [advice('laag'), advice('hoog')],
	});
	return {
		title: 'Testscan',
		summary: 'Een scan die alleen in de tests bestaat.',
		audience: 'Testers',
		version: 1,
		intro: ['Uitleg over deze testscan.'],
		scale: ['Nog niet', 'Een beetje', 'Grotendeels', 'Helemaal'],
		bands: [
			{ id: 'laag', label: 'Laag', min: 1 },
			{ id: 'hoog', label: 'Hoog', min: 3 },
		],
		themes: [theme('a'), theme('b')],
	};
}

describe('zelfscan files in content/zelfscans', () => {
	it('holds the two scans (more may be added as files)', () => {
		expect(files.map(fileId)).toEqual(expect.arrayContaining(['gemeentescan', 'informele-steun']));
	});

	it.each(files)('%s passes the schema', (file) => {
		const result = parseZelfscan(load(file), `${folder}/${file}`);
		expect(result.ok ? [] : result.problems).toEqual([]);
	});

	it('every advice links to a known step or example', () => {
		const scans = files.map((file) => ({
			id: fileId(file),
			filePath: `${folder}/${file}`,
			data: assertZelfscan(load(file), file),
		}));
		// The build checks the links again against the pages that exist (src/lib/zelfscan/links.ts).
		expect(findBrokenZelfscanLinks(scans, SITE_STEP_IDS, SITE_EXAMPLE_IDS)).toEqual([]);
	});

	it('informele steun has at least 6 themes with at least 3 statements each', () => {
		const scan = assertZelfscan(load('informele-steun.yaml'), 'informele-steun.yaml');
		expect(scan.themes.length).toBeGreaterThanOrEqual(6);
		for (const theme of scan.themes) expect(theme.statements.length).toBeGreaterThanOrEqual(3);
	});

	it('gemeentescan has one theme per step, in order, with 2 to 4 statements', () => {
		const scan = assertZelfscan(load('gemeentescan.yaml'), 'gemeentescan.yaml');
		expect(scan.themes.map((t) => t.id)).toEqual([
			'bepaal-de-doelgroep',
			'analyseer-de-lokale-situatie',
			'zet-ervaringsdeskundigen-in',
			'zet-in-op-preventie',
			'formuleer-een-gezamenlijke-ambitie',
			'investeer-in-het-sociale-netwerk',
			'werk-samen-in-gemeente-en-regio',
			'pak-de-beleidsruimte',
			'werk-met-een-toekomstplan',
			'benoem-de-opgave-voor-professionals',
			'vertaal-naar-inkoop-jeugd-en-wmo',
		]);
		for (const theme of scan.themes) {
			expect(theme.statements.length).toBeGreaterThanOrEqual(2);
			expect(theme.statements.length).toBeLessThanOrEqual(4);
		}
	});
});

describe('parseZelfscan refuses a broken file', () => {
	const file = 'content/zelfscans/kapot.yaml';

	it('accepts the valid test scan and takes the id from the file name', () => {
		const result = parseZelfscan(validScan(), file);
		expect(result.ok && result.scan.id).toBe('kapot');
	});

	it('names the file and the field of a missing help text', () => {
		const scan = validScan();
		// @ts-expect-error: deliberately broken
		delete scan.themes[1].statements[0].help;
		const result = parseZelfscan(scan, file);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]).toMatch(/^content\/zelfscans\/kapot\.yaml: veld "themes\[1\]\.statements\[0\]\.help": /);
		expect(result.problems[0]).toMatch(/: ontbreekt \(verwacht string\)$/);
	});

	it('refuses a text that is too short, in Dutch', () => {
		const scan = validScan();
		scan.themes[0].statements[1].text = 'Kort';
		const result = parseZelfscan(scan, file);
		expect(result.ok ? [] : result.problems).toEqual([expect.stringContaining('veld "themes[0].statements[1].text"')]);
		expect(result.ok ? '' : result.problems[0]).toMatch(/te kort/i);
	});

	it('refuses a statement id used twice', () => {
		const scan = validScan();
		scan.themes[1].statements[1].id = 'a-1';
		const result = parseZelfscan(scan, file);
		expect(result.ok ? [] : result.problems).toEqual([
			`${file}: veld "themes[1].statements[1].id": stelling-id "a-1" komt twee keer voor in deze scan`,
		]);
	});

	it('refuses advice for a band that does not exist, and names the missing band', () => {
		const scan = validScan();
		scan.themes[0].advice[1].band = 'midden';
		const result = parseZelfscan(scan, file);
		expect(result.ok ? [] : result.problems).toEqual([
			`${file}: veld "themes[0].advice[1].band": band "midden" bestaat niet; kies uit laag, hoog`,
			`${file}: veld "themes[0].advice": advies voor band "hoog" ontbreekt`,
		]);
	});

	it('refuses advice without any link', () => {
		const scan = validScan();
		scan.themes[1].advice[0].steps = [];
		const result = parseZelfscan(scan, file);
		expect(result.ok ? [] : result.problems).toEqual([
			`${file}: veld "themes[1].advice[0]": verwijs naar minstens één stap (steps) of voorbeeld (examples)`,
		]);
	});

	it('refuses bands that do not start at 1 or do not rise', () => {
		const scan = validScan();
		scan.bands = [
			{ id: 'laag', label: 'Laag', min: 2 },
			{ id: 'hoog', label: 'Hoog', min: 2 },
		];
		const result = parseZelfscan(scan, file);
		expect(result.ok ? [] : result.problems.map((p) => p.split(': ')[1])).toEqual([
			'veld "bands[0].min"',
			'veld "bands[1].min"',
		]);
	});

	it('refuses an id with capitals or spaces', () => {
		const scan = validScan();
		scan.themes[0].id = 'Mijn Thema';
		const result = parseZelfscan(scan, file);
		expect(result.ok ? [] : result.problems).toEqual([
			`${file}: veld "themes[0].id": gebruik kleine letters, cijfers en losse streepjes`,
		]);
	});

	it('assertZelfscan throws one error listing every problem', () => {
		const scan = validScan();
		// @ts-expect-error: deliberately broken
		scan.version = 'een';
		// @ts-expect-error: deliberately broken
		delete scan.title;
		expect(() => assertZelfscan(scan, file)).toThrow(
			/veld "title"[\s\S]*veld "version"|veld "version"[\s\S]*veld "title"/,
		);
	});
});

describe('findBrokenZelfscanLinks', () => {
	it('names the file, the field and the missing step or example', () => {
		const data = assertZelfscan(validScan(), 'x.yaml');
		data.themes[1].advice[0].examples = ['bestaat-niet'];
		expect(
			findBrokenZelfscanLinks([{ id: 'x', filePath: 'content/zelfscans/x.yaml', data }], ['andere-stap'], []),
		).toEqual([
			'content/zelfscans/x.yaml: veld "themes[0].advice[0].steps[0]" verwijst naar stap "bepaal-de-doelgroep", maar die bestaat niet.',
			'content/zelfscans/x.yaml: veld "themes[0].advice[1].steps[0]" verwijst naar stap "bepaal-de-doelgroep", maar die bestaat niet.',
			'content/zelfscans/x.yaml: veld "themes[1].advice[0].steps[0]" verwijst naar stap "bepaal-de-doelgroep", maar die bestaat niet.',
			'content/zelfscans/x.yaml: veld "themes[1].advice[0].examples[0]" verwijst naar voorbeeld "bestaat-niet", maar dat bestaat niet.',
			'content/zelfscans/x.yaml: veld "themes[1].advice[1].steps[0]" verwijst naar stap "bepaal-de-doelgroep", maar die bestaat niet.',
		]);
	});
});

describe('fieldPath', () => {
	it('writes paths the way a person editing YAML looks for them', () => {
		expect(fieldPath(['themes', 2, 'statements', 0, 'text'])).toBe('themes[2].statements[0].text');
		expect(fieldPath(['title'])).toBe('title');
		expect(fieldPath([])).toBe('');
	});
});

describe('guideLinks', () => {
	const data = assertZelfscan(validScan(), 'x.yaml');
	data.themes[0].advice[0].examples = ['hengelo-toekomstplannen'];
	data.themes[1].advice[1].steps = ['bepaal-de-doelgorep'];

	it('labels the linked steps and examples, and names every link to a page that does not exist', () => {
		const result = guideLinks(
			[{ id: 'x', filePath: 'content/zelfscans/x.yaml', data }],
			[{ id: 'bepaal-de-doelgroep', data: { nr: 1, titel: 'Bepaal de doelgroep' } }],
			[],
		);
		expect(result.links).toEqual({
			'stap:bepaal-de-doelgroep': { href: '/stappenplan/bepaal-de-doelgroep/', label: 'Stap 1: Bepaal de doelgroep' },
		});
		expect(result.problems).toEqual([
			'content/zelfscans/x.yaml: veld "themes[0].advice[0].examples[0]" verwijst naar voorbeeld "hengelo-toekomstplannen", maar dat bestaat niet.',
			'content/zelfscans/x.yaml: veld "themes[1].advice[1].steps[0]" verwijst naar stap "bepaal-de-doelgorep", maar die bestaat niet.',
		]);
	});
});
