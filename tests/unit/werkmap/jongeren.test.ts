import { describe, expect, it } from 'vitest';
import {
	activeJongere,
	addJongere,
	codeProblem,
	copyJongere,
	findJongere,
	newJongere,
	personalDataWarning,
	removeJongere,
	renameJongere,
	restoreJongere,
	selectJongere,
	updateJongere,
} from '../../../src/lib/werkmap/jongeren';
import { twee } from './support';

describe('one list of young people', () => {
	it('adds a young person with an empty werkmap and chooses them', () => {
		const d = twee();
		expect(d.jongeren.map((j) => j.code)).toEqual(['Sam', 'Noor']);
		expect(activeJongere(d)?.code).toBe('Noor');
		expect(findJongere(d, 'jnoor')).toEqual(newJongere('jnoor', 'Noor'));
	});

	it('renames in one place, for every part', () => {
		const d = renameJongere(twee(), 'jsam', '  S-01 ');
		const sam = findJongere(d, 'jsam');
		expect(sam?.code).toBe('S-01');
		expect(sam?.netwerk[0]?.naam).toBe('oma');
		expect(sam?.voorwaarden.wonen.status).toBe('deels');
	});

	it('copies the whole werkmap: BIG-5, network, birthday month, timeline', () => {
		const d = copyJongere(twee(), 'jsam', 'jkopie');
		const kopie = findJongere(d, 'jkopie');
		const sam = findJongere(d, 'jsam');
		expect(d.jongeren.map((j) => j.code)).toEqual(['Sam', 'Sam (kopie)', 'Noor']);
		expect(kopie && { ...kopie, id: 'jsam', code: 'Sam' }).toEqual(sam);
		expect(d.activeId).toBe('jkopie');
		// A deep copy: changing the copy leaves the original alone.
		const changed = updateJongere(d, 'jkopie', () => ({ netwerk: [] }));
		expect(findJongere(changed, 'jsam')?.netwerk).toHaveLength(1);
	});

	it('deletes everything of one young person, and undo puts it all back in place', () => {
		const before = selectJongere(twee(), 'jsam');
		const { data, removed } = removeJongere(before, 'jsam');
		expect(data.jongeren.map((j) => j.code)).toEqual(['Noor']);
		expect(data.activeId).toBe(null);
		const back = restoreJongere(data, removed!);
		expect(back).toEqual(before);
		expect(restoreJongere(back, removed!)).toEqual(before);
	});

	it('gives a restored young person a new code when the old one was taken meanwhile', () => {
		const { data, removed } = removeJongere(twee(), 'jsam');
		const taken = addJongere(data, 'jander', 'Sam');
		const back = restoreJongere(taken, removed!);
		expect(back.jongeren.map((j) => j.code)).toEqual(['Sam (kopie)', 'Noor', 'Sam']);
	});

	it('refuses an empty, too long or used code; case and spaces do not make a code new', () => {
		const d = twee();
		expect(codeProblem(d, '  ')).toBe('Vul een code of bijnaam in.');
		expect(codeProblem(d, 'x'.repeat(41))).toBe('Gebruik hoogstens 40 tekens.');
		expect(codeProblem(d, ' sam ')).toBe('Deze code is al in gebruik. Kies een andere.');
		expect(codeProblem(d, 'Sam', 'jsam')).toBe(null);
	});

	it('warns when a code looks like personal details', () => {
		expect(personalDataWarning('Jan Jansen')).toMatch(/volledige naam/);
		expect(personalDataWarning('12-03-2009')).toMatch(/geboortedatum/);
		expect(personalDataWarning('J-12')).toBe(null);
	});

	it('ignores choosing someone who is not there', () => {
		const d = twee();
		expect(selectJongere(d, 'bestaat-niet')).toBe(d);
		expect(selectJongere(d, null).activeId).toBe(null);
	});
});
