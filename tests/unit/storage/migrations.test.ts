import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeStored, migrateToCurrent } from '../../../src/lib/storage/envelope';
import type { ToolDefinition } from '../../../src/lib/storage/types';
import { toolStores } from '../../../src/stores/tools';
import { notities, oefenlijst } from './support/test-tool';

const fixtureDir = fileURLToPath(new URL('../../fixtures/storage/', import.meta.url));
const fixtures = readdirSync(fixtureDir)
	.filter((name) => /^[a-z0-9-]+-v\d+\.json$/.test(name))
	.map((name) => {
		const [, tool, version] = /^([a-z0-9-]+)-v(\d+)\.json$/.exec(name)!;
		return { name, tool: tool!, version: Number(version), raw: readFileSync(fixtureDir + name, 'utf8') };
	});

const definitions: ToolDefinition<unknown>[] = [
	oefenlijst,
	notities,
	...toolStores.map((store) => store.definition),
] as ToolDefinition<unknown>[];

describe('stored data of every released version still reads', () => {
	it('finds the fixtures', () => {
		expect(fixtures.length).toBeGreaterThanOrEqual(3);
	});

	for (const definition of definitions) {
		if (definition === notities) continue;
		it(`${definition.id}: every version 1..${definition.version} has a fixture`, () => {
			const versions = fixtures.filter((f) => f.tool === definition.id).map((f) => f.version);
			for (let v = 1; v <= definition.version; v++) expect(versions, `${definition.id}-v${v}.json`).toContain(v);
		});
	}

	for (const fixture of fixtures) {
		it(`${fixture.name} migrates to the current version`, () => {
			const definition = definitions.find((d) => d.id === fixture.tool);
			expect(definition, `no tool with id ${fixture.tool}`).toBeDefined();
			const decoded = decodeStored(definition!, fixture.raw);
			expect(decoded).toMatchObject({ ok: true, fromVersion: fixture.version });
			if (decoded.ok) expect(decoded.envelope.schemaVersion).toBe(definition!.version);
		});
	}
});

describe('oefenlijst migration chain', () => {
	const read = (version: number) => {
		const fixture = fixtures.find((f) => f.tool === 'oefenlijst' && f.version === version)!;
		const decoded = decodeStored(oefenlijst, fixture.raw);
		if (!decoded.ok) throw new Error(decoded.reason);
		return decoded.envelope;
	};

	it('v1 strings become open items with an empty note, revision kept', () => {
		const envelope = read(1);
		expect(envelope.data).toEqual({
			items: [
				{ text: 'Gesprek plannen', done: false },
				{ text: 'Zorgverzekering regelen', done: false },
			],
			notitie: '',
		});
		expect(envelope.revision).toBe(4);
	});

	it('v2 keeps ticked items and gets an empty note', () => {
		expect(read(2).data).toEqual({
			items: [
				{ text: 'Gesprek plannen', done: true },
				{ text: 'Zorgverzekering regelen', done: false },
			],
			notitie: '',
		});
	});

	it('v3 is read as it is', () => {
		expect(read(3).data.notitie).toBe('Na de zomer opnieuw bekijken');
	});

	it('data that does not fit its own version is refused, not half-migrated', () => {
		expect(migrateToCurrent(oefenlijst, 1, { items: [{ text: 'a', done: true }] })).toEqual({
			ok: false,
			reason: 'invalid-data',
		});
		expect(migrateToCurrent(oefenlijst, 2, { items: ['a'] })).toEqual({ ok: false, reason: 'invalid-data' });
	});

	it('a version newer than the code is recognised as such', () => {
		expect(migrateToCurrent(oefenlijst, 4, { items: [], notitie: '' })).toEqual({
			ok: false,
			reason: 'future-version',
		});
	});

	it('version 0, fractions and negative versions are a wrong shape', () => {
		for (const v of [0, 1.5, -1, Number.NaN]) {
			expect(migrateToCurrent(oefenlijst, v, {}).ok).toBe(false);
		}
	});

	it('a migration that throws counts as invalid data, it does not throw', () => {
		const broken: ToolDefinition<unknown> = {
			...(oefenlijst as ToolDefinition<unknown>),
			migrations: {
				1: () => {
					throw new Error('stuk');
				},
				2: oefenlijst.migrations[2]!,
			},
		};
		expect(migrateToCurrent(broken, 1, { items: [] })).toEqual({ ok: false, reason: 'invalid-data' });
	});
});
