import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
	bool,
	type Check,
	int,
	list,
	matches,
	nullable,
	object,
	oneOf,
	record,
	refine,
	text,
	uniqueBy,
} from '../../../src/lib/storage/check';

/**
 * Each check-builder against its zod counterpart, on values of every kind:
 * the builders are the declarative schemas of stored data, without zod's
 * bytes in the browser, so they must accept exactly what zod would.
 */

/** Anything JSON can hold, and some things it cannot (undefined, -0, NaN). */
const anything = fc.anything({ withNullPrototype: false, withObjectString: false });

function agrees(check: Check<unknown>, schema: z.ZodType, values: fc.Arbitrary<unknown>, numRuns = 300) {
	fc.assert(
		fc.property(values, (value) => {
			expect(check(value), JSON.stringify(value)).toBe(schema.safeParse(value).success);
		}),
		{ numRuns },
	);
}

describe('check-builders accept exactly what zod accepts', () => {
	it('text(max, min)', () => {
		const near = fc.oneof(fc.string({ maxLength: 12 }), anything);
		agrees(text(10), z.string().max(10), near);
		agrees(text(10, 2), z.string().min(2).max(10), near);
	});

	it('matches(pattern, max)', () => {
		const pattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
		const near = fc.oneof(fc.stringMatching(/^[a-z0-9-]{0,12}$/), fc.string({ maxLength: 5 }), anything);
		agrees(matches(pattern, 8), z.string().max(8).regex(pattern), near);
	});

	it('int(min, max)', () => {
		const near = fc.oneof(fc.integer({ min: -3, max: 12 }), fc.double({ min: -3, max: 12 }), anything);
		agrees(int(0, 9), z.int().min(0).max(9), near);
		agrees(int(1), z.int().min(1), near);
	});

	it('bool, oneOf, nullable', () => {
		const near = fc.oneof(fc.constantFrom('open', 'deels', 'x', '', null, true, false, 0), anything);
		agrees(bool, z.boolean(), near);
		agrees(oneOf(['open', 'deels'] as const), z.enum(['open', 'deels']), near);
		agrees(nullable(text(3)), z.string().max(3).nullable(), near);
	});

	it('list(item, max, min)', () => {
		const near = fc.oneof(fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.integer()), { maxLength: 5 }), anything);
		agrees(list(text(2), 3), z.array(z.string().max(2)).max(3), near);
		agrees(list(text(2), 3, 1), z.array(z.string().max(2)).min(1).max(3), near);
	});

	it('object(required, optional) is strict', () => {
		const keys = fc.constantFrom('a', 'b', 'c', '__extra');
		const near = fc.oneof(
			fc.dictionary(keys, fc.oneof(fc.string({ maxLength: 2 }), fc.integer(), fc.boolean())),
			anything,
		);
		agrees(object({ a: text(2) }), z.strictObject({ a: z.string().max(2) }), near, 500);
		agrees(
			object({ a: text(2) }, { b: int(0, 5), c: bool }),
			z.strictObject({ a: z.string().max(2), b: z.int().min(0).max(5).optional(), c: z.boolean().optional() }),
			near,
			500,
		);
		agrees(object({}, { b: bool }), z.strictObject({ b: z.boolean().optional() }), near, 500);
	});

	it('record(key, item)', () => {
		const near = fc.oneof(
			fc.dictionary(
				fc.constantFrom('wn-1', 'x', 'Met Hoofdletter', ''),
				fc.oneof(fc.integer({ min: -1, max: 3 }), fc.string()),
			),
			anything,
		);
		agrees(
			record(matches(/^[a-z0-9-]+$/, 10), int(0, 2)),
			z.record(
				z
					.string()
					.max(10)
					.regex(/^[a-z0-9-]+$/),
				z.int().min(0).max(2),
			),
			near,
			500,
		);
	});

	it('refine with uniqueBy', () => {
		const near = fc.oneof(fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c') }), { maxLength: 4 }), anything);
		agrees(
			refine(
				list(object({ id: text(1) }), 10),
				uniqueBy((item) => item.id),
			),
			z
				.array(z.strictObject({ id: z.string().max(1) }))
				.max(10)
				.refine((items) => new Set(items.map((i) => i.id)).size === items.length),
			near,
		);
	});
});

describe('check-builders', () => {
	it('never throw, whatever they get', () => {
		const shape = object({ a: list(object({ b: nullable(int(0)) }, { c: record(text(3), bool) }), 3) });
		fc.assert(
			fc.property(anything, (value) => {
				expect(typeof shape(value)).toBe('boolean');
			}),
		);
	});

	it('an optional key holding undefined counts as absent, as in zod (JSON never writes it)', () => {
		expect(object({}, { a: bool })({ a: undefined })).toBe(true);
	});

	it('do not read inherited keys as present', () => {
		const inherits = Object.create({ a: 'x' });
		expect(object({ a: text(1) })(inherits)).toBe(false);
	});
});
