import { describe, expect, it } from 'vitest';
import { addJongere, emptyWerkmap, findJongere, MAX_JONGEREN } from '../../../src/lib/werkmap/jongeren';
import { mergeWerkmap, mergeWerkmapFile } from '../../../src/lib/werkmap/merge';
import { twee } from './support';

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

describe('what the import preview says when a file is added', () => {
	it('names who comes in, and who comes in as a copy under which code', () => {
		const here = twee();
		const file = {
			jongeren: [findJongere(here, 'jsam')!, ...addJongere(emptyWerkmap(), 'jlou', 'Lou').jongeren],
			activeId: null,
		};
		const { data, summary } = mergeWerkmapFile(here, file);
		expect(summary).toBe('Erbij komt Lou; als kopie, omdat de code hier al bestaat: Sam als Sam (kopie).');
		expect(data.jongeren.map((j) => j.code)).toEqual(['Sam', 'Noor', 'Sam (kopie)', 'Lou']);
		expect(data.activeId).toBe(here.activeId);
	});

	it('says so when nobody comes in', () => {
		expect(mergeWerkmapFile(twee(), emptyWerkmap()).summary).toBe('Er komt niemand bij.');
	});

	it('gives every copy an id of its own, so the file cannot overwrite anyone', () => {
		const here = twee();
		const file = { jongeren: here.jongeren, activeId: null };
		const { data } = mergeWerkmapFile(here, file);
		expect(new Set(data.jongeren.map((j) => j.id)).size).toBe(4);
		expect(data.jongeren.slice(0, 2)).toEqual(here.jongeren);
	});
});
