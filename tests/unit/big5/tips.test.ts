import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VOORWAARDE_IDS } from '../../../src/lib/big5/definition';
import { TIPS } from '../../../src/lib/big5/tips';

const exists = (folder: string, id: string) =>
	existsSync(`content/${folder}/${id}.mdx`) || existsSync(`content/${folder}/${id}.md`);

describe('tips per voorwaarde', () => {
	it('covers every condition', () => {
		expect(Object.keys(TIPS).sort()).toEqual([...VOORWAARDE_IDS].sort());
	});

	it('links only to steps and examples that exist', () => {
		const missing = VOORWAARDE_IDS.flatMap((id) => [
			...TIPS[id].stappen.filter((s) => !exists('stappen', s)).map((s) => `stap ${s} (bij ${id})`),
			...TIPS[id].voorbeelden.filter((v) => !exists('voorbeelden', v)).map((v) => `voorbeeld ${v} (bij ${id})`),
		]);
		expect(missing).toEqual([]);
	});
});
