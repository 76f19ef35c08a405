import { z } from 'zod';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeState, emptyState, isZelfscanStateV1, zelfscanTool } from '../../../src/lib/zelfscan/definitie';
import {
	actionPlan,
	addAction,
	choosePriority,
	removeAction,
	togglePriority,
	updateAction,
} from '../../../src/lib/zelfscan/actieplan';
import {
	addScan,
	currentRound,
	removeRound,
	removeScan,
	renameScan,
	scansOf,
	setAnswer,
	startNewRound,
	updateCurrentRound,
} from '../../../src/lib/zelfscan/state';

const day1 = new Date('2026-11-01T10:00:00Z');
const day2 = new Date('2026-11-20T10:00:00Z');
const informeleSteun = { id: 'informele-steun', version: 1 };

function withScan() {
	return addScan(emptyState(), informeleSteun, '  Team   Noord ', day1, { scan: 's-1', round: 'r-1' });
}

describe('saved scans', () => {
	it('adds a scan under a cleaned-up name with one empty round', () => {
		const { state, id } = withScan();
		expect(id).toBe('s-1');
		expect(state.scans[0]).toEqual({
			id: 's-1',
			scanId: 'informele-steun',
			name: 'Team Noord',
			createdAt: day1.toISOString(),
			updatedAt: day1.toISOString(),
			rounds: [{ id: 'r-1', startedAt: day1.toISOString(), scanVersion: 1, answers: {}, priorities: [], actions: [] }],
		});
		expect(describeState(state)).toBe('1 scan, 1 ronde');
	});

	it('keeps several scans side by side, most recently changed first', () => {
		let { state } = withScan();
		state = addScan(state, informeleSteun, 'Team Zuid', day1, { scan: 's-2', round: 'r-2' }).state;
		state = addScan(state, { id: 'gemeentescan', version: 1 }, 'Gemeente', day1, { scan: 's-3', round: 'r-3' }).state;
		state = renameScan(state, 's-1', 'Team Noord-Oost', day2);
		expect(scansOf(state, 'informele-steun').map((s) => s.name)).toEqual(['Team Noord-Oost', 'Team Zuid']);
		expect(scansOf(state, 'gemeentescan')).toHaveLength(1);
		expect(describeState(removeScan(state, 's-3'))).toBe('2 scans, 2 rondes');
	});

	it('ignores an empty new name', () => {
		const { state } = withScan();
		expect(renameScan(state, 's-1', '   ', day2)).toBe(state);
	});
});

describe('answers', () => {
	it('sets, merges and clears an answer', () => {
		const { state } = withScan();
		let round = currentRound(state.scans[0]);
		round = setAnswer(round, 'wn-in-kaart', { score: 3 });
		round = setAnswer(round, 'wn-in-kaart', { talk: true, note: 'Bespreken in teamoverleg' });
		expect(round.answers['wn-in-kaart']).toEqual({ score: 3, talk: true, note: 'Bespreken in teamoverleg' });
		round = setAnswer(round, 'wn-in-kaart', { score: undefined, talk: false, note: '' });
		expect(round.answers).toEqual({});
	});

	it('keeps "weet ik niet" (0) as an answer', () => {
		const round = setAnswer(currentRound(withScan().state.scans[0]), 'a', { score: 0 });
		expect(round.answers.a).toEqual({ score: 0 });
	});

	it('changes only the current round and marks the scan as changed', () => {
		let { state } = withScan();
		state = startNewRound(state, 's-1', 1, day2, 'r-2');
		state = updateCurrentRound(state, 's-1', day2, (r) => setAnswer(r, 'x', { score: 4 }));
		const [first, second] = state.scans[0].rounds;
		expect(first.answers).toEqual({});
		expect(second.answers).toEqual({ x: { score: 4 } });
		expect(state.scans[0].updatedAt).toBe(day2.toISOString());
	});
});

describe('rounds', () => {
	it('starts a new empty round and keeps the old one', () => {
		let { state } = withScan();
		state = updateCurrentRound(state, 's-1', day1, (r) => setAnswer(r, 'x', { score: 2 }));
		state = startNewRound(state, 's-1', 1, day2, 'r-2');
		expect(state.scans[0].rounds.map((r) => [r.id, r.answers])).toEqual([
			['r-1', { x: { score: 2 } }],
			['r-2', {}],
		]);
	});

	it('removes a round but never the last one', () => {
		let { state } = withScan();
		expect(removeRound(state, 's-1', 'r-1', day2).scans[0].rounds).toHaveLength(1);
		state = startNewRound(state, 's-1', 1, day2, 'r-2');
		expect(removeRound(state, 's-1', 'r-1', day2).scans[0].rounds.map((r) => r.id)).toEqual(['r-2']);
	});
});

describe('priorities and action plan', () => {
	it('keeps chosen themes in order and their actions', () => {
		let round = currentRound(withScan().state.scans[0]);
		round = togglePriority(round, 'maatwerk', true);
		round = togglePriority(round, 'sleutelfiguren', true);
		round = addAction(round, 'maatwerk', 'a-1');
		round = addAction(round, 'sleutelfiguren', 'a-2');
		round = updateAction(round, 'a-1', { what: 'Netwerk bespreken', who: 'Teamleider', when: 'Januari' });
		round = togglePriority(round, 'waarde-van-het-netwerk', true);
		expect(actionPlan(round)).toEqual([
			{
				themeId: 'maatwerk',
				actions: [{ id: 'a-1', themeId: 'maatwerk', what: 'Netwerk bespreken', who: 'Teamleider', when: 'Januari' }],
			},
			{ themeId: 'sleutelfiguren', actions: [{ id: 'a-2', themeId: 'sleutelfiguren', what: '', who: '', when: '' }] },
			{ themeId: 'waarde-van-het-netwerk', actions: [] },
		]);
		round = togglePriority(round, 'maatwerk', false);
		round = removeAction(round, 'a-2');
		expect(actionPlan(round)).toEqual([
			{ themeId: 'sleutelfiguren', actions: [] },
			{ themeId: 'waarde-van-het-netwerk', actions: [] },
		]);
	});

	it('gives a newly chosen theme one empty action to fill in, and keeps actions when a theme is dropped', () => {
		let round = currentRound(withScan().state.scans[0]);
		round = choosePriority(round, 'maatwerk', true);
		expect(actionPlan(round)).toEqual([
			{ themeId: 'maatwerk', actions: [expect.objectContaining({ what: '', who: '', when: '' })] },
		]);
		round = updateAction(round, round.actions[0].id, { what: 'Buddy zoeken' });
		round = choosePriority(round, 'maatwerk', false);
		expect(actionPlan(round)).toEqual([]);
		round = choosePriority(round, 'maatwerk', true);
		expect(actionPlan(round)[0].actions.map((a) => a.what)).toEqual(['Buddy zoeken']);
	});
});

describe('stored data schema (version 1)', () => {
	it('accepts what the updates produce', () => {
		let { state } = withScan();
		state = updateCurrentRound(state, 's-1', day2, (r) =>
			addAction(
				togglePriority(
					setAnswer(setAnswer(r, 'wn-in-kaart', { score: 4, talk: true, note: 'x' }), 'sf-kennen', { score: 0 }),
					'maatwerk',
					true,
				),
				'maatwerk',
			),
		);
		expect(isZelfscanStateV1(state)).toBe(true);
		expect(isZelfscanStateV1(emptyState())).toBe(true);
	});

	it('refuses answers keyed by something that is not a statement id', () => {
		// (Prototype keys such as "__proto__" are refused earlier, by the storage module.)
		const { state } = withScan();
		for (const key of ['Stelling 1', '<b>x</b>', '']) {
			const hostile = structuredClone(state);
			hostile.scans[0].rounds[0].answers = { [key]: { score: 1 } };
			expect(isZelfscanStateV1(hostile)).toBe(false);
		}
	});

	it('refuses scores outside 0..9 and a scan without rounds', () => {
		const { state } = withScan();
		const bad = structuredClone(state);
		bad.scans[0].rounds[0].answers = { a: { score: 12 } };
		expect(isZelfscanStateV1(bad)).toBe(false);
		const noRounds = structuredClone(state);
		noRounds.scans[0].rounds = [];
		expect(isZelfscanStateV1(noRounds)).toBe(false);
	});

	it('accepts any text in names and notes, up to the limits', () => {
		fc.assert(
			fc.property(fc.string({ minLength: 1, maxLength: 80 }), fc.string({ maxLength: 2000 }), (name, note) => {
				let { state } = withScan();
				state = { scans: [{ ...state.scans[0], name }] };
				state = updateCurrentRound(state, 's-1', day2, (r) => setAnswer(r, 'a', { note }));
				expect(isZelfscanStateV1(state)).toBe(true);
			}),
		);
	});

	it('is the definition the store uses', () => {
		expect(zelfscanTool).toMatchObject({ id: 'zelfscan', version: 1 });
		expect(zelfscanTool.validators[1]).toBe(isZelfscanStateV1);
		expect(zelfscanTool.empty()).toEqual({ scans: [] });
		expect(zelfscanTool.empty()).not.toBe(zelfscanTool.empty());
	});
});

/** The same shape as isZelfscanStateV1, written declaratively: the oracle for the hand-written check. */
const localId = z.string().regex(/^[a-z0-9-]{1,40}$/);
const contentId = z
	.string()
	.max(80)
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const oracle = z.strictObject({
	scans: z
		.array(
			z.strictObject({
				id: localId,
				scanId: contentId,
				name: z.string().min(1).max(80),
				createdAt: z.string().max(40),
				updatedAt: z.string().max(40),
				rounds: z
					.array(
						z.strictObject({
							id: localId,
							startedAt: z.string().max(40),
							scanVersion: z.int().min(1),
							answers: z.record(
								contentId,
								z.strictObject({
									score: z.int().min(0).max(9).optional(),
									talk: z.boolean().optional(),
									note: z.string().max(2000).optional(),
								}),
							),
							priorities: z.array(contentId).max(20),
							actions: z
								.array(
									z.strictObject({
										id: localId,
										themeId: contentId,
										what: z.string().max(300),
										who: z.string().max(300),
										when: z.string().max(300),
									}),
								)
								.max(100),
						}),
					)
					.min(1)
					.max(50),
			}),
		)
		.max(100),
});

describe('isZelfscanStateV1 agrees with the declarative schema', () => {
	const idArb = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
	const contentArb = fc.constantFrom('wn-in-kaart', 'sf-kennen', 'maatwerk', 'a', 'x-1');
	const answerArb = fc.record(
		{ score: fc.integer({ min: 0, max: 9 }), talk: fc.boolean(), note: fc.string({ maxLength: 20 }) },
		{ requiredKeys: [] },
	);
	const roundArb = fc.record({
		id: idArb,
		startedAt: fc.constant('2026-11-01T10:00:00.000Z'),
		scanVersion: fc.integer({ min: 1, max: 3 }),
		answers: fc.dictionary(contentArb, answerArb, { maxKeys: 4 }),
		priorities: fc.array(contentArb, { maxLength: 3 }),
		actions: fc.array(
			fc.record({
				id: idArb,
				themeId: contentArb,
				what: fc.string({ maxLength: 10 }),
				who: fc.string({ maxLength: 10 }),
				when: fc.string({ maxLength: 10 }),
			}),
			{ maxLength: 2 },
		),
	});
	const stateArb = fc.record({
		scans: fc.array(
			fc.record({
				id: idArb,
				scanId: contentArb,
				name: fc.string({ minLength: 1, maxLength: 20 }),
				createdAt: fc.constant('2026-11-01T10:00:00.000Z'),
				updatedAt: fc.constant('2026-11-02T10:00:00.000Z'),
				rounds: fc.array(roundArb, { minLength: 1, maxLength: 2 }),
			}),
			{ maxLength: 3 },
		),
	});
	/** Replace one value somewhere in the tree by something else, often invalid. */
	function mutate(value: unknown, path: number[], replacement: unknown): unknown {
		if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
		const entries = Object.entries(value);
		if (!entries.length) return Array.isArray(value) ? [replacement] : { extra: replacement };
		const [key, child] = entries[path[0] % entries.length];
		const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...value };
		(copy as Record<string, unknown>)[key] = mutate(child, path.slice(1), replacement);
		return copy;
	}

	it('accepts the same valid data', () => {
		fc.assert(
			fc.property(stateArb, (state) => {
				expect(isZelfscanStateV1(state)).toBe(true);
				expect(oracle.safeParse(state).success).toBe(true);
			}),
		);
	});

	it('refuses the same broken data', () => {
		fc.assert(
			fc.property(
				stateArb,
				fc.array(fc.nat(), { maxLength: 7 }),
				fc.oneof(
					fc.constant(undefined),
					fc.constant(null),
					fc.integer({ min: -2, max: 12 }),
					fc.string({ maxLength: 3 }),
					fc.constant('X Y'),
					fc.constant([]),
					fc.constant({}),
				),
				(state, path, replacement) => {
					const broken = mutate(state, path, replacement);
					expect(isZelfscanStateV1(broken)).toBe(oracle.safeParse(broken).success);
				},
			),
			{ numRuns: 500 },
		);
	});
});
