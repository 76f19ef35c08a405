/**
 * Builders for the checks of stored data. A tool describes each version of
 * its data declaratively, as it would with zod, and gets a type guard back:
 *
 *     const actie = object({ wat: text(300), wie: text(120), voor: datum });
 *     type Actie = Infer<typeof actie>;
 *
 * Not zod itself: in the browser zod costs about 6 KB gzip on every tool
 * page, a third of the 20 KB budget (and `z.object` probes `new Function`,
 * which the site's CSP reports). These builders are a few hundred bytes.
 * tests/unit/storage/check.test.ts holds each one against its zod
 * counterpart. Every check is strict: an unknown key or a value out of range
 * makes it false, so nothing unexpected ever lands in storage.
 */

/** A type guard for one kind of value. */
export type Check<T> = (value: unknown) => value is T;
/** The type a check accepts: `Infer<typeof actie>`. */
export type Infer<C> = C extends Check<infer T> ? T : never;

type Shape = Record<string, Check<unknown>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type FromShape<R extends Shape, O extends Shape> = Simplify<
	{ [K in keyof R]: Infer<R[K]> } & { [K in keyof O]?: Infer<O[K]> }
>;

/** A plain object (not null, not an array). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** An object with every key of `required`, any of `optional`, and no other key. */
export function object<R extends Shape, O extends Shape = Record<never, never>>(
	required: R,
	optional = {} as O,
): Check<FromShape<R, O>> {
	return (value): value is FromShape<R, O> =>
		isRecord(value) &&
		Object.keys(required).every((key) => Object.hasOwn(value, key)) &&
		Object.entries(value).every(([key, v]) =>
			Object.hasOwn(required, key)
				? required[key](v)
				: Object.hasOwn(optional, key) && (v === undefined || optional[key](v)),
		);
}

/** An object used as a map: every key passes `key`, every value passes `item`. */
export const record =
	<T>(key: Check<string>, item: Check<T>): Check<Partial<Record<string, T>>> =>
	(value): value is Partial<Record<string, T>> =>
		isRecord(value) && Object.keys(value).every((k) => key(k) && item(value[k]));

/** A string of `min` to `max` characters. */
export const text =
	(max: number, min = 0): Check<string> =>
	(value): value is string =>
		typeof value === 'string' && value.length >= min && value.length <= max;

/** A string of at most `max` characters that matches `pattern` (anchor it with ^ and $). */
export const matches =
	(pattern: RegExp, max: number): Check<string> =>
	(value): value is string =>
		typeof value === 'string' && value.length <= max && pattern.test(value);

/** A whole number from `min` to `max`. */
export const int =
	(min: number, max = Number.MAX_SAFE_INTEGER): Check<number> =>
	(value): value is number =>
		Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

export const bool: Check<boolean> = (value): value is boolean => typeof value === 'boolean';

/** One of a fixed set of values. */
export const oneOf =
	<const V extends readonly (string | number)[]>(values: V): Check<V[number]> =>
	(value): value is V[number] =>
		values.includes(value as V[number]);

export const nullable =
	<T>(check: Check<T>): Check<T | null> =>
	(value): value is T | null =>
		value === null || check(value);

/** An array of `min` to `max` items, each passing `item`. */
export const list =
	<T>(item: Check<T>, max: number, min = 0): Check<T[]> =>
	(value): value is T[] =>
		Array.isArray(value) && value.length >= min && value.length <= max && value.every((x) => item(x));

/** A check plus a rule across its parts, e.g. ids unique within a list. */
export const refine =
	<T>(check: Check<T>, rule: (value: T) => boolean): Check<T> =>
	(value): value is T =>
		check(value) && rule(value);

/** True when no two items have the same `key`. */
export const uniqueBy =
	<T>(key: (item: T) => unknown) =>
	(items: readonly T[]): boolean =>
		new Set(items.map(key)).size === items.length;
