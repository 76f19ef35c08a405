import { describe, expect, it } from 'vitest';
import { makeEnvelope } from '../../../src/lib/storage/envelope';
import { adoptStored, type Base, NOTHING_STORED, readStored } from '../../../src/lib/storage/sync';
import { type Oefenlijst, oefenlijst } from './support/test-tool';

/**
 * The decisions of the tool store, one case at a time: what memory is based
 * on, what storage holds now, and what the store must do about it. The
 * effects (storage, atoms, window events) are tested in tool-store.test.ts.
 */

const list = (...texts: string[]): Oefenlijst => ({ items: texts.map((text) => ({ text, done: false })), notitie: '' });
const stored = (data: Oefenlijst, revision: number) => JSON.stringify(makeEnvelope(oefenlijst, data, revision));

const mine = stored(list('van mij'), 3);
const theirs = stored(list('van hen'), 4);
const clean: Base = { raw: mine, revision: 3, dirty: false };
const edited: Base = { ...clean, dirty: true };

describe('readStored: what the store does with what storage holds', () => {
	it('nothing new: storage holds what memory is based on', () => {
		expect(readStored(oefenlijst, mine, clean)).toEqual({ kind: 'same' });
		expect(readStored(oefenlijst, mine, edited)).toEqual({ kind: 'same' });
		expect(readStored(oefenlijst, null, NOTHING_STORED)).toEqual({ kind: 'same' });
	});

	it('newer data and no edits here: show it', () => {
		expect(readStored(oefenlijst, theirs, clean)).toMatchObject({
			kind: 'newer',
			raw: theirs,
			envelope: { revision: 4, data: list('van hen') },
		});
	});

	it('newer data while memory has edits: a conflict, with their version to choose', () => {
		expect(readStored(oefenlijst, theirs, edited)).toMatchObject({
			kind: 'conflict',
			theirs: { revision: 4, data: list('van hen') },
		});
	});

	it('deleted elsewhere: the empty state without edits, a conflict with edits', () => {
		expect(readStored(oefenlijst, null, clean)).toEqual({ kind: 'deleted' });
		expect(readStored(oefenlijst, null, edited)).toEqual({ kind: 'conflict', theirs: null });
	});

	it('unreadable text is never "newer", edits or not', () => {
		for (const base of [clean, edited, NOTHING_STORED]) {
			expect(readStored(oefenlijst, '{kapot', base)).toEqual({ kind: 'unreadable', raw: '{kapot', reason: 'not-json' });
		}
		const future = JSON.stringify({ ...JSON.parse(theirs), schemaVersion: 9 });
		expect(readStored(oefenlijst, future, clean)).toMatchObject({ kind: 'unreadable', reason: 'future-version' });
	});

	it('a first read of data saved by an earlier visit is "newer" (it replaces the empty state)', () => {
		expect(readStored(oefenlijst, mine, NOTHING_STORED)).toMatchObject({ kind: 'newer', envelope: { revision: 3 } });
	});

	it('forced (the user chose "load theirs"): applies storage even when this tab saw it before', () => {
		expect(readStored(oefenlijst, mine, clean, true)).toMatchObject({ kind: 'newer', raw: mine });
		expect(readStored(oefenlijst, null, clean, true)).toEqual({ kind: 'deleted' });
	});
});

describe('adoptStored: the user chose to overwrite what is stored with memory', () => {
	it('the next save goes on from the highest revision seen, and counts as an edit', () => {
		expect(adoptStored(oefenlijst, theirs, edited)).toEqual({ raw: theirs, revision: 4, dirty: true });
		expect(adoptStored(oefenlijst, stored(list('oud'), 1), edited)).toMatchObject({ revision: 3 });
	});

	it('deleted or unreadable storage keeps the revision memory had', () => {
		expect(adoptStored(oefenlijst, null, edited)).toEqual({ raw: null, revision: 3, dirty: true });
		expect(adoptStored(oefenlijst, '{kapot', edited)).toEqual({ raw: '{kapot', revision: 3, dirty: true });
	});
});
