import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/lib/slug';
import { importMessages, MAX_IMPORT_BYTES, parseImport, readImportFile } from '../../../src/lib/storage/files';
import { ALL_EXPORT_NAME, buildAllExport, exportFileName } from '../../../src/lib/storage/names';
import type { ToolDefinition } from '../../../src/lib/storage/types';
import { createToolStore } from '../../../src/stores/tool-store';
import { FakeStorage } from './support/fake-storage';
import { notities, type Oefenlijst, oefenlijst } from './support/test-tool';

const definitions = [oefenlijst, notities] as ToolDefinition<unknown>[];
const envelope = (data: unknown, extra: Record<string, unknown> = {}) => ({
	tool: 'oefenlijst',
	schemaVersion: 3,
	revision: 1,
	savedAt: '2026-11-22T10:00:00.000Z',
	exportedAt: '2026-11-22T10:00:00.000Z',
	data,
	...extra,
});
const good = envelope({ items: [{ text: 'Gesprek plannen', done: false }], notitie: '' });

describe('file names', () => {
	it('tool title and local date', () => {
		expect(exportFileName('BIG-5-checklist', new Date(2026, 10, 22, 23, 30))).toBe('big-5-checklist-2026-11-22.json');
		expect(exportFileName(ALL_EXPORT_NAME, new Date(2026, 0, 5))).toBe(
			'van-jeugd-naar-volwassenheid-alles-2026-01-05.json',
		);
	});
	it('slugify drops accents and odd characters', () => {
		expect(slugify('Zelfscan ‘Één’ regio!')).toBe('zelfscan-een-regio');
		expect(exportFileName('***', new Date(2026, 0, 5))).toBe('gegevens-2026-01-05.json');
	});
});

describe('import of one tool', () => {
	it('accepts an export and migrates older versions', () => {
		const result = parseImport(JSON.stringify(envelope({ items: ['oud'] }, { schemaVersion: 1 })), definitions);
		expect(result).toMatchObject({
			ok: true,
			items: [{ fromVersion: 1, data: { items: [{ text: 'oud', done: false }], notitie: '' } }],
		});
	});

	it('refuses data with an unknown key, so nothing unexpected lands in storage', () => {
		const result = parseImport(JSON.stringify(envelope({ items: [], notitie: '', extra: 'x' })), definitions);
		expect(result.ok).toBe(false);
	});

	it('keeps HTML in text fields as plain text (it is rendered as text, never as HTML)', () => {
		const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
		const result = parseImport(
			JSON.stringify(envelope({ items: [{ text: payload, done: true }], notitie: payload })),
			definitions,
		);
		expect(result.ok && result.items[0]!.data).toEqual({ items: [{ text: payload, done: true }], notitie: payload });
	});

	it("with onlyTool, an everything-file gives just that tool's part", () => {
		const notes = { ...envelope({ tekst: 'x' }), tool: 'notities', schemaVersion: 1 };
		const all = JSON.stringify({ kind: 'kb-alles', exportedAt: 'x', tools: [notes, good] });
		const result = parseImport(all, definitions, 'oefenlijst');
		expect(result.ok && result.items.map((i) => i.definition.id)).toEqual(['oefenlijst']);
		const withoutIt = JSON.stringify({ kind: 'kb-alles', exportedAt: 'x', tools: [notes] });
		expect(parseImport(withoutIt, definitions, 'oefenlijst')).toEqual({
			ok: false,
			message: importMessages.otherTool('Oefenlijst'),
		});
	});

	it('with onlyTool, a file of another tool is refused', () => {
		const file = JSON.stringify({ ...envelope({ tekst: 'x' }), tool: 'notities', schemaVersion: 1 });
		expect(parseImport(file, definitions, 'oefenlijst')).toEqual({
			ok: false,
			message: importMessages.otherTool('Oefenlijst'),
		});
	});
});

describe('hostile and broken files are refused with a Dutch message, without throwing', () => {
	const big = JSON.stringify(envelope({ items: [], notitie: 'x'.repeat(5 * 1024 * 1024) }));
	const cases: [string, string, string | RegExp][] = [
		['empty file', '', importMessages.notJson],
		['not JSON', 'dit is geen json', importMessages.notJson],
		['HTML page', '<!doctype html><script>alert(1)</script>', importMessages.notJson],
		['5 MB', big, importMessages.tooLarge],
		[
			'__proto__ at the top',
			`{"__proto__":{"polluted":true},"tool":"oefenlijst","schemaVersion":3,"revision":1,"savedAt":"x","data":{"items":[],"notitie":""}}`,
			importMessages.forbidden,
		],
		[
			'__proto__ deep in data',
			`{"tool":"oefenlijst","schemaVersion":3,"revision":1,"savedAt":"x","data":{"items":[{"text":"a","done":true,"__proto__":{"x":1}}],"notitie":""}}`,
			importMessages.forbidden,
		],
		[
			'constructor.prototype',
			`{"tool":"oefenlijst","schemaVersion":3,"revision":1,"savedAt":"x","data":{"constructor":{"prototype":{"x":1}}}}`,
			importMessages.forbidden,
		],
		['a bare array', '[1,2,3]', importMessages.wrongShape],
		['a bare string', '"hallo"', importMessages.wrongShape],
		['null', 'null', importMessages.wrongShape],
		[
			'wrong types in data',
			JSON.stringify(envelope({ items: 'veel', notitie: 5 })),
			importMessages.invalid('Oefenlijst'),
		],
		[
			'wrong type of a field',
			JSON.stringify(envelope({ items: [{ text: 1, done: 'ja' }], notitie: '' })),
			importMessages.invalid('Oefenlijst'),
		],
		[
			'text longer than the schema allows',
			JSON.stringify(envelope({ items: [], notitie: 'x'.repeat(3000) })),
			importMessages.invalid('Oefenlijst'),
		],
		[
			'huge number as version',
			JSON.stringify(envelope({ items: [], notitie: '' }, { schemaVersion: 1e300 })),
			importMessages.wrongShape,
		],
		[
			'number overflowing to Infinity',
			'{"tool":"oefenlijst","schemaVersion":3,"revision":1e999,"savedAt":"x","data":{"items":[],"notitie":""}}',
			importMessages.forbidden,
		],
		[
			'negative revision',
			JSON.stringify(envelope({ items: [], notitie: '' }, { revision: -1 })),
			importMessages.wrongShape,
		],
		[
			'unknown future version',
			JSON.stringify(envelope({ items: [], notitie: '' }, { schemaVersion: 99 })),
			importMessages.futureVersion('Oefenlijst'),
		],
		['unknown tool', JSON.stringify({ ...good, tool: '<b>kwaad</b>' }), importMessages.unknownTool('<b>kwaad</b>')],
		[
			'missing data',
			JSON.stringify({ tool: 'oefenlijst', schemaVersion: 3, revision: 1, savedAt: 'x' }),
			importMessages.wrongShape,
		],
		[
			'everything-file without tools',
			JSON.stringify({ kind: 'kb-alles', exportedAt: 'x', tools: [] }),
			importMessages.empty,
		],
		[
			'everything-file with tools not a list',
			JSON.stringify({ kind: 'kb-alles', exportedAt: 'x', tools: {} }),
			importMessages.wrongShape,
		],
		[
			'everything-file with one bad part',
			JSON.stringify({
				kind: 'kb-alles',
				exportedAt: 'x',
				tools: [good, { ...good, tool: 'notities', schemaVersion: 1, data: { tekst: 7 } }],
			}),
			importMessages.invalid('Notities'),
		],
		[
			'everything-file with a tool twice',
			JSON.stringify({ kind: 'kb-alles', exportedAt: 'x', tools: [good, good] }),
			importMessages.duplicate,
		],
		[
			'absurdly deep nesting',
			`{"tool":"oefenlijst","schemaVersion":3,"revision":1,"savedAt":"x","data":${'['.repeat(5000)}${']'.repeat(5000)}}`,
			importMessages.forbidden,
		],
	];

	for (const [label, text, message] of cases) {
		it(label, () => {
			let result: ReturnType<typeof parseImport> | undefined;
			expect(() => (result = parseImport(text, definitions))).not.toThrow();
			expect(result).toEqual({ ok: false, message });
			expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		});
	}

	it('HTML in every text field of a file with an unknown tool is still refused as unknown', () => {
		const result = parseImport(JSON.stringify({ ...good, tool: 'x'.repeat(500) }), definitions);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message.length).toBeLessThan(200);
	});

	it('the size limit is checked on the file before reading it', async () => {
		let read = false;
		const text = async () => {
			read = true;
			return '{}';
		};
		const file = { size: MAX_IMPORT_BYTES + 1, text } as unknown as Blob;
		expect(await readImportFile(file, definitions)).toEqual({ ok: false, message: importMessages.tooLarge });
		expect(read).toBe(false);
	});

	it('a file that cannot be read gives a message', async () => {
		const file = { size: 10, text: () => Promise.reject(new Error('weg')) } as unknown as Blob;
		expect(await readImportFile(file, definitions)).toEqual({ ok: false, message: importMessages.unreadableFile });
	});

	it('any text at all: parseImport never throws', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.json(),
					fc.jsonValue().map((v) => JSON.stringify({ ...good, data: v })),
				),
				(text) => {
					const result = parseImport(text, definitions);
					expect(typeof result.ok).toBe('boolean');
				},
			),
			{ numRuns: 500 },
		);
	});
});

describe('export → import round trip', () => {
	const text = fc.string({ maxLength: 80 });
	const oefenData = fc.record({
		items: fc.array(fc.record({ text, done: fc.boolean() }), { maxLength: 20 }),
		notitie: text,
	});

	it('one tool: the imported data equals the exported data (property)', () => {
		fc.assert(
			fc.property(oefenData, (data: Oefenlijst) => {
				const source = createToolStore(oefenlijst, { storage: () => new FakeStorage() });
				source.set(data);
				const file = JSON.stringify(source.exportFile());
				const result = parseImport(file, definitions);
				expect(result.ok).toBe(true);
				if (!result.ok) return;
				const target = createToolStore(oefenlijst, { storage: () => new FakeStorage() });
				target.importData(result.items[0]!.data as Oefenlijst);
				expect(target.$data.get()).toEqual(data);
			}),
			{ numRuns: 200 },
		);
	});

	it('everything at once: both tools come back equal (property)', () => {
		fc.assert(
			fc.property(oefenData, fc.record({ tekst: text }), (a, b) => {
				const storage = new FakeStorage();
				const one = createToolStore(oefenlijst, { storage: () => storage });
				const two = createToolStore(notities, { storage: () => storage });
				one.set(a);
				two.set(b);
				const file = JSON.stringify(buildAllExport([one.exportFile(), two.exportFile()], new Date()));
				const result = parseImport(file, definitions);
				expect(result.ok && result.items.map((i) => [i.definition.id, i.data])).toEqual([
					['oefenlijst', a],
					['notities', b],
				]);
			}),
			{ numRuns: 100 },
		);
	});
});
