import { describe, expect, it } from 'vitest';
import { CONTENT_ID, LOCAL_ID, newId } from '../../src/lib/ids';

describe('ids', () => {
	it('new local ids carry their prefix, fit stored data and do not repeat', () => {
		const ids = Array.from({ length: 2000 }, () => newId('j'));
		for (const id of ids) {
			expect(id).toMatch(/^j-[0-9a-z]+$/);
			expect(id).toMatch(LOCAL_ID);
		}
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('content ids are lowercase words with single dashes, as file names and URLs use them', () => {
		for (const ok of ['investeer-in-het-sociale-netwerk', 'wn-in-kaart', 'big5', 'a']) expect(ok).toMatch(CONTENT_ID);
		for (const bad of ['', '-a', 'a-', 'a--b', 'Met-Hoofdletter', 'a_b', 'a b', '__proto__']) {
			expect(bad).not.toMatch(CONTENT_ID);
		}
	});
});
