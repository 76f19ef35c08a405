import { describe, expect, it } from 'vitest';
import { findBrokenReferences, type SiteEntries } from '../../src/lib/content/integrity';

function site(overrides: Partial<SiteEntries> = {}): SiteEntries {
	return {
		stappen: [
			{
				id: 'bepaal-de-doelgroep',
				filePath: 'content/stappen/bepaal-de-doelgroep.mdx',
				data: { themas: ['preventie'], begrippen: [] },
			},
		],
		voorbeelden: [
			{
				id: 'leiden',
				filePath: 'content/voorbeelden/leiden.mdx',
				data: { stappen: ['bepaal-de-doelgroep'], themas: [], begrippen: ['maatje'] },
				body: 'Een <Begrip id="maatje">maatje</Begrip> helpt.',
			},
		],
		paginas: [],
		themas: [{ id: 'preventie', data: {} }],
		begrippen: [{ id: 'maatje', data: { zieOok: [] } }],
		...overrides,
	};
}

describe('findBrokenReferences', () => {
	it('accepts content whose references all exist', () => {
		expect(findBrokenReferences(site())).toEqual([]);
	});

	it('names the file and the field of a reference to a missing step', () => {
		const problems = findBrokenReferences(
			site({
				voorbeelden: [
					{
						id: 'leiden',
						filePath: 'content/voorbeelden/leiden.mdx',
						data: { stappen: ['stap-die-niet-bestaat'], themas: [], begrippen: [] },
					},
				],
			}),
		);
		expect(problems).toEqual([
			'content/voorbeelden/leiden.mdx: veld "stappen" verwijst naar stap "stap-die-niet-bestaat", maar die bestaat niet.',
		]);
	});

	it('finds a glossary term used in the text that does not exist', () => {
		const problems = findBrokenReferences(
			site({
				paginas: [
					{
						id: 'over',
						filePath: 'content/paginas/over.mdx',
						data: {},
						body: 'Zie <Begrip id="onbekend">dit</Begrip>.',
					},
				],
			}),
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toContain('content/paginas/over.mdx');
		expect(problems[0]).toContain('<Begrip id="onbekend">');
	});

	it('checks see-also links between glossary terms', () => {
		const problems = findBrokenReferences(site({ begrippen: [{ id: 'maatje', data: { zieOok: ['mentor'] } }] }));
		expect(problems).toEqual(['begrippen/maatje: veld "zieOok" verwijst naar begrip "mentor", maar die bestaat niet.']);
	});
});
