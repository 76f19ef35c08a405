import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyWerkmap, type WerkmapData } from '../../../src/lib/big5/definition';
import { setActie, setStand, setVolgendGesprek } from '../../../src/lib/big5/state';
import {
	activeJongere as activeChecklist,
	addJongere as addChecklist,
	codeProblem,
	copyJongere as copyChecklist,
	findJongere as findChecklist,
	personalDataWarning,
	type Removed,
	removeJongere as removeChecklist,
	renameJongere as renameChecklist,
	restoreJongere as restoreChecklist,
	selectJongere as selectChecklist,
} from '../../../src/lib/werkmap/jongeren';

/** Two young people: Sam with a filled-in checklist, Noor untouched. */
function twoJongeren(): WerkmapData {
	let d = addChecklist(emptyWerkmap(), 'jsam', 'Sam');
	d = setStand(d, 'jsam', 'wonen', { status: 'deels', toelichting: 'Kamer tot maart' });
	d = setActie(d, 'jsam', 'wonen', { wat: 'Wmo aanvragen', wie: 'mentor', voor: '2026-12-01' });
	d = setVolgendGesprek(d, 'jsam', '2026-12-10');
	d = addChecklist(d, 'jnoor', 'Noor');
	return d;
}

describe('creating and choosing', () => {
	it('adds an empty checklist and opens it', () => {
		const d = twoJongeren();
		expect(d.jongeren.map((c) => c.code)).toEqual(['Sam', 'Noor']);
		expect(activeChecklist(d)?.code).toBe('Noor');
		expect(findChecklist(d, 'jnoor')?.voorwaarden.wonen).toEqual({
			status: 'open',
			toelichting: '',
			actie: { wat: '', wie: '', voor: '' },
		});
		expect(activeChecklist(selectChecklist(d, 'jsam'))?.code).toBe('Sam');
		expect(selectChecklist(d, 'bestaat-niet')).toBe(d);
	});

	it('changes to one young person leave the other untouched', () => {
		const d = twoJongeren();
		const after = setStand(d, 'jnoor', 'wonen', { status: 'geregeld' });
		expect(findChecklist(after, 'jsam')).toEqual(findChecklist(d, 'jsam'));
		expect(findChecklist(after, 'jsam')?.voorwaarden.wonen.status).toBe('deels');
		expect(findChecklist(after, 'jnoor')?.voorwaarden.wonen.status).toBe('geregeld');
	});

	it('refuses empty, too long and already used codes, case-insensitively', () => {
		const d = twoJongeren();
		expect(codeProblem(d, '   ')).toMatch(/Vul een code/);
		expect(codeProblem(d, 'x'.repeat(41))).toMatch(/40 tekens/);
		expect(codeProblem(d, ' sam ')).toMatch(/al in gebruik/);
		expect(codeProblem(d, 'Sam', 'jsam')).toBeNull();
		expect(codeProblem(d, 'J-12')).toBeNull();
	});
});

describe('personal details warning', () => {
	it.each([
		['Sanne de Vries', /volledige naam/],
		['Jan Jansen', /volledige naam/],
		['sam@example.nl', /e-mailadres/],
		['12-03-2008', /geboortedatum/],
		['123456782', /nummer/],
		['06 1234 5678', /nummer/],
	])('warns for "%s"', (code, message) => {
		expect(personalDataWarning(code)).toMatch(message);
	});

	it.each(['J-12', 'Sam', 'Sam B.', 'vlinder', 'groep 3 - A', 'Noor 2'])('accepts "%s"', (code) => {
		expect(personalDataWarning(code)).toBeNull();
	});
});

describe('rename, duplicate, delete', () => {
	it('renames only the chosen checklist and keeps its answers', () => {
		const d = twoJongeren();
		const after = renameChecklist(d, 'jsam', '  S-01 ');
		expect(findChecklist(after, 'jsam')?.code).toBe('S-01');
		expect(findChecklist(after, 'jsam')?.voorwaarden).toEqual(findChecklist(d, 'jsam')?.voorwaarden);
		expect(findChecklist(after, 'jnoor')).toEqual(findChecklist(d, 'jnoor'));
	});

	it('duplicates into an independent copy with a free code, right after the original', () => {
		let d = copyChecklist(twoJongeren(), 'jsam', 'jkopie');
		expect(d.jongeren.map((c) => c.code)).toEqual(['Sam', 'Sam (kopie)', 'Noor']);
		expect(d.activeId).toBe('jkopie');
		expect(findChecklist(d, 'jkopie')?.voorwaarden).toEqual(findChecklist(d, 'jsam')?.voorwaarden);
		d = setStand(d, 'jkopie', 'wonen', { status: 'geregeld' });
		d = setActie(d, 'jkopie', 'wonen', { wat: 'anders' });
		expect(findChecklist(d, 'jsam')?.voorwaarden.wonen.status).toBe('deels');
		expect(findChecklist(d, 'jsam')?.voorwaarden.wonen.actie.wat).toBe('Wmo aanvragen');
		d = copyChecklist(d, 'jsam', 'jkopie2');
		expect(findChecklist(d, 'jkopie2')?.code).toBe('Sam (kopie 2)');
	});

	it('deletes one checklist and undo puts it back in place with all its answers', () => {
		const d = twoJongeren();
		const { data: after, removed } = removeChecklist(selectChecklist(d, 'jsam'), 'jsam');
		expect(after.jongeren.map((c) => c.code)).toEqual(['Noor']);
		expect(after.activeId).toBeNull();
		const back = restoreChecklist(after, removed as Removed);
		expect(back.jongeren).toEqual(d.jongeren);
		expect(back.activeId).toBe('jsam');
		// A second undo changes nothing.
		expect(restoreChecklist(back, removed as Removed)).toBe(back);
	});

	it('keeps the open checklist open when another one is deleted', () => {
		const { data } = removeChecklist(twoJongeren(), 'jsam');
		expect(activeChecklist(data)?.code).toBe('Noor');
		expect(removeChecklist(data, 'weg').removed).toBeNull();
	});

	it('restores under another code when the code was reused meanwhile, so two young people never merge', () => {
		const { data, removed } = removeChecklist(twoJongeren(), 'jsam');
		const reused = setStand(addChecklist(data, 'jsam2', 'Sam'), 'jsam2', 'zorg', { status: 'niet' });
		const back = restoreChecklist(reused, removed as Removed);
		expect(back.jongeren.map((c) => c.code).sort()).toEqual(['Noor', 'Sam', 'Sam (kopie)']);
		expect(findChecklist(back, 'jsam2')?.voorwaarden.zorg.status).toBe('niet');
		expect(findChecklist(back, 'jsam')?.voorwaarden.wonen.status).toBe('deels');
	});

	it('never touches another checklist, whatever the sequence of operations', () => {
		const operation = fc.oneof(
			fc.record({ kind: fc.constant('rename' as const), code: fc.string({ minLength: 1, maxLength: 10 }) }),
			fc.record({ kind: fc.constant('copy' as const) }),
			fc.record({ kind: fc.constant('remove-restore' as const) }),
			fc.record({
				kind: fc.constant('status' as const),
				status: fc.constantFrom('geregeld', 'deels', 'niet', 'open'),
			}),
		);
		fc.assert(
			fc.property(fc.array(operation, { maxLength: 15 }), (ops) => {
				const start = twoJongeren();
				const noor = findChecklist(start, 'jnoor');
				let d = start;
				let n = 0;
				for (const op of ops) {
					if (op.kind === 'rename' && codeProblem(d, op.code, 'jsam') === null) d = renameChecklist(d, 'jsam', op.code);
					if (op.kind === 'copy') d = copyChecklist(d, 'jsam', `jk${n++}`);
					if (op.kind === 'remove-restore') {
						const r = removeChecklist(d, 'jsam');
						d = restoreChecklist(r.data, r.removed as Removed);
					}
					if (op.kind === 'status') d = setStand(d, 'jsam', 'inkomen', { status: op.status });
				}
				expect(findChecklist(d, 'jnoor')).toEqual(noor);
				expect(new Set(d.jongeren.map((c) => c.id)).size).toBe(d.jongeren.length);
				expect(new Set(d.jongeren.map((c) => c.code.toLowerCase())).size).toBe(d.jongeren.length);
			}),
		);
	});
});
