import { describe, expect, it } from 'vitest';
import {
	activeJongere,
	addJongere,
	codeProblem,
	copyJongere,
	emptyWerkmap,
	findJongere,
	MAX_JONGEREN,
	mergeWerkmap,
	newJongere,
	personalDataWarning,
	removeJongere,
	renameJongere,
	restoreJongere,
	selectJongere,
	updateJongere,
	type WerkmapData,
} from '../../../src/lib/werkmap/jongeren';
import { newPersoon } from '../../../src/lib/werkmap/netwerk';

/** Two young people: Sam with a network and a birthday month, Noor untouched. */
function twee(): WerkmapData {
	let d = addJongere(emptyWerkmap(), 'jsam', 'Sam');
	d = updateJongere(d, 'jsam', (j) => ({
		netwerk: [{ ...newPersoon('p1', 'oma'), vasteVolwassene: true, blijft: 'ja' }],
		verjaardag18: '2027-03',
		tijdlijn: { zorgverzekering: { status: 'geregeld', wie: 'mentor', voor: '', notitie: '' } },
		regionaal: ['friesland-risicoanalyse'],
		voorwaarden: { ...j.voorwaarden, wonen: { ...j.voorwaarden.wonen, status: 'deels' } },
	}));
	return addJongere(d, 'jnoor', 'Noor');
}

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

describe('adding an imported file to what is here', () => {
	let n = 0;
	const newId = () => `jnieuw${n++}`;

	it('adds young people who are not here yet, as they are', () => {
		const here = twee();
		const file = addJongere(emptyWerkmap(), 'jlou', 'Lou');
		const { data, added, copied } = mergeWerkmap(here, file, newId);
		expect(data.jongeren.map((j) => j.code)).toEqual(['Sam', 'Noor', 'Lou']);
		expect(added).toEqual(['Lou']);
		expect(copied).toEqual([]);
		expect(data.activeId).toBe(here.activeId);
	});

	it('never overwrites: the same young person comes in as a copy', () => {
		const here = twee();
		const file = { jongeren: [findJongere(here, 'jsam')!], activeId: 'jsam' };
		const { data, copied } = mergeWerkmap(here, file, newId);
		expect(data.jongeren.map((j) => j.code)).toEqual(['Sam', 'Noor', 'Sam (kopie)']);
		expect(copied).toEqual([['Sam', 'Sam (kopie)']]);
		expect(new Set(data.jongeren.map((j) => j.id)).size).toBe(3);
		expect(findJongere(data, 'jsam')).toEqual(findJongere(here, 'jsam'));
	});

	it('says who did not fit when the list is full', () => {
		let full = emptyWerkmap();
		for (let i = 0; i < MAX_JONGEREN; i++) full = addJongere(full, `j${i}`, `J-${i}`);
		const { data, skipped } = mergeWerkmap(full, addJongere(emptyWerkmap(), 'jlou', 'Lou'), newId);
		expect(data).toBe(full);
		expect(skipped).toEqual(['Lou']);
	});
});
