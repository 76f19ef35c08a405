import { describe, expect, it } from 'vitest';
import {
	joinNl,
	rolMediaanText,
	uitlegLink,
	uitnodigingTekst,
	verschillenStatusText,
	verschilText,
} from '../../../src/lib/team/teksten';

describe('Samen scannen texts', () => {
	it('joins names as Dutch does', () => {
		expect(joinNl([])).toBe('');
		expect(joinNl(['a'])).toBe('a');
		expect(joinNl(['a', 'b'])).toBe('a en b');
		expect(joinNl(['a', 'b', 'c'])).toBe('a, b en c');
	});

	it('says why a role has no median', () => {
		expect(rolMediaanText({ rol: null, status: 'getoond', mediaan: 2.5 })).toBe('2,5');
		expect(rolMediaanText({ rol: null, status: 'te-weinig', mediaan: null })).toBe('te weinig deelnemers om te tonen');
		expect(rolMediaanText({ rol: null, status: 'afgeschermd', mediaan: null })).toMatch(/niemand herkenbaar/);
	});

	it('names the roles that see a theme higher and lower', () => {
		const rol = (naam: string) => ({ id: naam.toLowerCase(), naam });
		expect(
			verschilText({
				themaId: 'a',
				titel: 'A',
				verschil: 1.5,
				hoogste: { rollen: [rol('Gemeente'), rol('Wonen')], mediaan: 3 },
				laagste: { rollen: [null], mediaan: 1.5 },
			}),
		).toBe('Gemeente en Wonen zien dit hoger (3,0) dan Rol onbekend (1,5).');
	});

	it('explains each state of "where roles differ"', () => {
		expect(verschillenStatusText('te-weinig')).toMatch(/twee rollen nodig met elk 3 of meer deelnemers/);
		expect(verschillenStatusText('geen-verschil')).toMatch(/een heel niveau/);
	});

	it('says plainly what the link holds, and the invitation text carries the link', () => {
		expect(uitlegLink('Gemeentescan', 'Oost').join(' ')).toMatch(
			/alleen de zelfscan \(Gemeentescan\) en de naam van de ronde \("Oost"\)/,
		);
		const tekst = uitnodigingTekst('gemeentescan', 'Oost', 'https://x.nl/zelfscan/gemeentescan/#ronde=Oost');
		expect(tekst).toContain('https://x.nl/zelfscan/gemeentescan/#ronde=Oost');
		expect(tekst).toMatch(/Kies eerst uw rol/);
	});
});
