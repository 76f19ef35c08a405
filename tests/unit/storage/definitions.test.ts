import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrateToCurrent } from '../../../src/lib/storage/envelope';
import type { ToolDefinition } from '../../../src/lib/storage/types';
import { toolStores } from '../../../src/stores/tools';

/**
 * What every tool's stored-data definition must do, checked on every tool
 * in src/stores/tools.ts with the fixtures of every released version
 * (tests/fixtures/storage/). The check-builders themselves are held against
 * zod in check.test.ts; this file checks how each tool uses them.
 */

const fixtureDir = fileURLToPath(new URL('../../fixtures/storage/', import.meta.url));
const fixtures = readdirSync(fixtureDir)
	.map((name) => /^([a-z0-9-]+)-v(\d+)\.json$/.exec(name))
	.filter((match) => match !== null)
	.map(([name, tool, version]) => ({
		name,
		tool,
		version: Number(version),
		data: JSON.parse(readFileSync(fixtureDir + name, 'utf8')).data as unknown,
	}));

type Path = (string | number)[];

/** Every place in a JSON value: the path and the value there. */
function places(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
	const here = { path, value };
	if (Array.isArray(value)) return [here, ...value.flatMap((v, i) => places(v, [...path, i]))];
	if (typeof value === 'object' && value !== null) {
		return [here, ...Object.entries(value).flatMap(([k, v]) => places(v, [...path, k]))];
	}
	return [here];
}

/** A copy of `value` with the value at `path` replaced (or changed) by `change`. */
function changed(value: unknown, path: Path, change: (old: unknown) => unknown): unknown {
	if (path.length === 0) return change(value);
	const [key, ...rest] = path;
	const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
	copy[key as string] = changed(copy[key as string], rest, change);
	return copy;
}

/** A value of another JSON type than `value`. */
function otherType(value: unknown): unknown {
	if (typeof value === 'string') return 7;
	if (typeof value === 'number' || typeof value === 'boolean') return 'x';
	if (value === null) return 7;
	return Array.isArray(value) ? {} : [];
}

for (const { definition } of toolStores) {
	const tool = definition as ToolDefinition<unknown>;
	const own = fixtures.filter((f) => f.tool === tool.id);

	describe(`stored data of ${tool.id}`, () => {
		it('has a check for every version and a migration from every older one', () => {
			for (let v = 1; v <= tool.version; v++) {
				expect(typeof tool.validators[v], `validators[${v}]`).toBe('function');
				if (v < tool.version) expect(typeof tool.migrations[v], `migrations[${v}]`).toBe('function');
			}
		});

		it('accepts a fresh empty state, also after a trip through JSON', () => {
			const isCurrent = tool.validators[tool.version];
			expect(isCurrent?.(tool.empty())).toBe(true);
			expect(isCurrent?.(JSON.parse(JSON.stringify(tool.empty())))).toBe(true);
			expect(tool.empty()).not.toBe(tool.empty());
			expect(tool.describe(tool.empty()).length).toBeGreaterThan(0);
		});

		for (const fixture of own) {
			const isValid = (value: unknown) => tool.validators[fixture.version]?.(value);

			it(`${fixture.name}: its own version's check accepts it`, () => {
				expect(isValid(fixture.data)).toBe(true);
			});

			it(`${fixture.name}: an unknown key anywhere is refused`, () => {
				const objects = places(fixture.data).filter(
					(p) => typeof p.value === 'object' && p.value !== null && !Array.isArray(p.value),
				);
				expect(objects.length).toBeGreaterThan(0);
				for (const { path } of objects) {
					const withExtra = changed(fixture.data, path, (old) => ({ ...(old as object), onbekend: 1 }));
					expect(isValid(withExtra), `extra key at ${path.join('.')}`).toBe(false);
				}
			});

			it(`${fixture.name}: a value of another type anywhere is refused`, () => {
				for (const { path, value } of places(fixture.data)) {
					expect(isValid(changed(fixture.data, path, () => otherType(value))), `at ${path.join('.')}`).toBe(false);
				}
			});

			it(`${fixture.name}: whatever a damaged copy holds, an accepted one migrates and can be described`, () => {
				const paths = places(fixture.data).map((p) => p.path);
				fc.assert(
					fc.property(fc.constantFrom(...paths), fc.anything({ withNullPrototype: false }), (path, replacement) => {
						const damaged = changed(fixture.data, path, () => replacement);
						const accepted = isValid(damaged);
						expect(typeof accepted).toBe('boolean');
						if (!accepted) return;
						const migrated = migrateToCurrent(tool, fixture.version, damaged);
						expect(migrated.ok).toBe(true);
						if (migrated.ok) expect(typeof tool.describe(migrated.data)).toBe('string');
					}),
					{ numRuns: 200 },
				);
			});
		}

		it('every check refuses what is not an object, and never throws', () => {
			fc.assert(
				fc.property(fc.anything(), (value) => {
					for (let v = 1; v <= tool.version; v++) {
						const result = tool.validators[v]?.(value);
						if (typeof value !== 'object' || value === null || Array.isArray(value)) expect(result).toBe(false);
						else expect(typeof result).toBe('boolean');
					}
				}),
			);
		});
	});
}
