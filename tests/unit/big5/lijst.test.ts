import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { leegBig5, type Big5Data } from '../../../src/lib/big5/definitie';
import {
	actieveChecklist,
	codeProbleem,
	dupliceer,
	hernoem,
	herstel,
	kies,
	lijktPersoonsgegeven,
	maakChecklist,
	maakId,
	verwijder,
	zetActie,
	zetStand,
	zetVolgendGesprek,
	zoek,
} from '../../../src/lib/big5/lijst';

/** Two young people: Sam with a filled-in checklist, Noor untouched. */
function tweeJongeren(): Big5Data {
	let d = maakChecklist(leegBig5(), 'jsam', 'Sam');
	d = zetStand(d, 'jsam', 'wonen', { status: 'deels', toelichting: 'Kamer tot maart' });
	d = zetActie(d, 'jsam', 'wonen', { wat: 'Wmo aanvragen', wie: 'mentor', voor: '2026-12-01' });
	d = zetVolgendGesprek(d, 'jsam', '2026-12-10');
	d = maakChecklist(d, 'jnoor', 'Noor');
	return d;
}

describe('creating and choosing', () => {
	it('adds an empty checklist and opens it', () => {
		const d = tweeJongeren();
		expect(d.checklists.map((c) => c.code)).toEqual(['Sam', 'Noor']);
		expect(actieveChecklist(d)?.code).toBe('Noor');
		expect(zoek(d, 'jnoor')?.voorwaarden.wonen).toEqual({
			status: 'open',
			toelichting: '',
			actie: { wat: '', wie: '', voor: '' },
		});
		expect(actieveChecklist(kies(d, 'jsam'))?.code).toBe('Sam');
		expect(kies(d, 'bestaat-niet')).toBe(d);
	});

	it('changes to one young person leave the other untouched', () => {
		const d = tweeJongeren();
		const na = zetStand(d, 'jnoor', 'wonen', { status: 'geregeld' });
		expect(zoek(na, 'jsam')).toEqual(zoek(d, 'jsam'));
		expect(zoek(na, 'jsam')?.voorwaarden.wonen.status).toBe('deels');
		expect(zoek(na, 'jnoor')?.voorwaarden.wonen.status).toBe('geregeld');
	});

	it('refuses empty, too long and already used codes, case-insensitively', () => {
		const d = tweeJongeren();
		expect(codeProbleem(d, '   ')).toMatch(/Vul een code/);
		expect(codeProbleem(d, 'x'.repeat(41))).toMatch(/40 tekens/);
		expect(codeProbleem(d, ' sam ')).toMatch(/al gebruikt/);
		expect(codeProbleem(d, 'Sam', 'jsam')).toBeNull();
		expect(codeProbleem(d, 'J-12')).toBeNull();
	});

	it('makes ids that are not in use yet', () => {
		const d = tweeJongeren();
		const reeks = [0.5, 0.5, 0.25];
		const vast = () => reeks.shift()!;
		const eerste = maakId(d.checklists, () => 0.5);
		const d2 = maakChecklist(d, eerste, 'X');
		expect(maakId(d2.checklists, vast)).not.toBe(eerste);
		expect(eerste).toMatch(/^[a-z0-9]{1,20}$/);
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
	])('warns for "%s"', (code, melding) => {
		expect(lijktPersoonsgegeven(code)).toMatch(melding);
	});

	it.each(['J-12', 'Sam', 'Sam B.', 'vlinder', 'groep 3 - A', 'Noor 2'])('accepts "%s"', (code) => {
		expect(lijktPersoonsgegeven(code)).toBeNull();
	});
});

describe('rename, duplicate, delete', () => {
	it('renames only the chosen checklist and keeps its answers', () => {
		const d = tweeJongeren();
		const na = hernoem(d, 'jsam', '  S-01 ');
		expect(zoek(na, 'jsam')?.code).toBe('S-01');
		expect(zoek(na, 'jsam')?.voorwaarden).toEqual(zoek(d, 'jsam')?.voorwaarden);
		expect(zoek(na, 'jnoor')).toEqual(zoek(d, 'jnoor'));
	});

	it('duplicates into an independent copy with a free code, right after the original', () => {
		let d = dupliceer(tweeJongeren(), 'jsam', 'jkopie');
		expect(d.checklists.map((c) => c.code)).toEqual(['Sam', 'Sam (kopie)', 'Noor']);
		expect(d.actief).toBe('jkopie');
		expect(zoek(d, 'jkopie')?.voorwaarden).toEqual(zoek(d, 'jsam')?.voorwaarden);
		d = zetStand(d, 'jkopie', 'wonen', { status: 'geregeld' });
		d = zetActie(d, 'jkopie', 'wonen', { wat: 'anders' });
		expect(zoek(d, 'jsam')?.voorwaarden.wonen.status).toBe('deels');
		expect(zoek(d, 'jsam')?.voorwaarden.wonen.actie.wat).toBe('Wmo aanvragen');
		d = dupliceer(d, 'jsam', 'jkopie2');
		expect(zoek(d, 'jkopie2')?.code).toBe('Sam (kopie 2)');
	});

	it('deletes one checklist and undo puts it back in place with all its answers', () => {
		const d = tweeJongeren();
		const { data: na, verwijderd } = verwijder(kies(d, 'jsam'), 'jsam');
		expect(na.checklists.map((c) => c.code)).toEqual(['Noor']);
		expect(na.actief).toBeNull();
		const terug = herstel(na, verwijderd!);
		expect(terug.checklists).toEqual(d.checklists);
		expect(terug.actief).toBe('jsam');
		// A second undo changes nothing.
		expect(herstel(terug, verwijderd!)).toBe(terug);
	});

	it('keeps the open checklist open when another one is deleted', () => {
		const { data } = verwijder(tweeJongeren(), 'jsam');
		expect(actieveChecklist(data)?.code).toBe('Noor');
		expect(verwijder(data, 'weg').verwijderd).toBeNull();
	});

	it('restores under another code when the code was reused meanwhile, so two young people never merge', () => {
		const { data, verwijderd } = verwijder(tweeJongeren(), 'jsam');
		const nieuw = zetStand(maakChecklist(data, 'jsam2', 'Sam'), 'jsam2', 'zorg', { status: 'niet' });
		const terug = herstel(nieuw, verwijderd!);
		expect(terug.checklists.map((c) => c.code).sort()).toEqual(['Noor', 'Sam', 'Sam (kopie)']);
		expect(zoek(terug, 'jsam2')?.voorwaarden.zorg.status).toBe('niet');
		expect(zoek(terug, 'jsam')?.voorwaarden.wonen.status).toBe('deels');
	});

	it('never touches another checklist, whatever the sequence of operations', () => {
		const operatie = fc.oneof(
			fc.record({ soort: fc.constant('hernoem' as const), code: fc.string({ minLength: 1, maxLength: 10 }) }),
			fc.record({ soort: fc.constant('dupliceer' as const) }),
			fc.record({ soort: fc.constant('verwijder-herstel' as const) }),
			fc.record({
				soort: fc.constant('status' as const),
				status: fc.constantFrom('geregeld', 'deels', 'niet', 'open'),
			}),
		);
		fc.assert(
			fc.property(fc.array(operatie, { maxLength: 15 }), (ops) => {
				const start = tweeJongeren();
				const noor = zoek(start, 'jnoor');
				let d = start;
				let n = 0;
				for (const op of ops) {
					if (op.soort === 'hernoem' && codeProbleem(d, op.code, 'jsam') === null) d = hernoem(d, 'jsam', op.code);
					if (op.soort === 'dupliceer') d = dupliceer(d, 'jsam', `jk${n++}`);
					if (op.soort === 'verwijder-herstel') {
						const r = verwijder(d, 'jsam');
						d = herstel(r.data, r.verwijderd!);
					}
					if (op.soort === 'status') d = zetStand(d, 'jsam', 'inkomen', { status: op.status });
				}
				expect(zoek(d, 'jnoor')).toEqual(noor);
				expect(new Set(d.checklists.map((c) => c.id)).size).toBe(d.checklists.length);
				expect(new Set(d.checklists.map((c) => c.code.toLowerCase())).size).toBe(d.checklists.length);
			}),
		);
	});
});
