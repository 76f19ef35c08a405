import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UITLEG } from '../../../src/lib/big5/uitleg';
import { VOORWAARDE_IDS } from '../../../src/lib/big5/definitie';

const bestaat = (map: string, id: string) =>
	existsSync(`content/${map}/${id}.mdx`) || existsSync(`content/${map}/${id}.md`);

describe('uitleg per voorwaarde', () => {
	it('covers every condition', () => {
		expect(Object.keys(UITLEG).sort()).toEqual([...VOORWAARDE_IDS].sort());
	});

	it('links only to steps and examples that exist', () => {
		const ontbreekt = VOORWAARDE_IDS.flatMap((id) => [
			...UITLEG[id].stappen.filter((s) => !bestaat('stappen', s)).map((s) => `stap ${s} (bij ${id})`),
			...UITLEG[id].voorbeelden.filter((v) => !bestaat('voorbeelden', v)).map((v) => `voorbeeld ${v} (bij ${id})`),
		]);
		expect(ontbreekt).toEqual([]);
	});
});
