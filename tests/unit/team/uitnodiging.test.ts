import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	checkRonde,
	cleanRondeNaam,
	MAX_RONDENAAM,
	rondeFromHash,
	sameRonde,
	uitnodigingLink,
	uitnodigingPath,
} from '../../../src/lib/team/uitnodiging';

describe('the invitation link', () => {
	it('holds the scan and the round’s name, nothing else', () => {
		const link = uitnodigingLink('https://example.nl/', 'gemeentescan', 'Gemeente Oost, voorjaar 2027');
		expect(link).toBe('https://example.nl/zelfscan/gemeentescan/#ronde=Gemeente%20Oost%2C%20voorjaar%202027');
		const url = new URL(link);
		expect(url.search).toBe('');
		expect(url.pathname).toBe('/zelfscan/gemeentescan/');
		// The name is in the fragment, which a browser never sends to the server.
		expect(decodeURIComponent(url.hash)).toBe('#ronde=Gemeente Oost, voorjaar 2027');
	});

	it('reads the round’s name back from the fragment', () => {
		expect(rondeFromHash(new URL(uitnodigingLink('https://x.nl', 'gemeentescan', 'Regio & co #2')).hash)).toBe(
			'Regio & co #2',
		);
	});

	it('gives back any name it was given, cleaned (any text)', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 120 }), (name) => {
				const hash = uitnodigingPath('informele-steun', name).split('/').pop() ?? '';
				expect(rondeFromHash(hash)).toBe(cleanRondeNaam(name) || null);
			}),
		);
	});

	it('finds no round in other fragments, in an empty name, or in a broken one it cannot read', () => {
		expect(rondeFromHash('')).toBeNull();
		expect(rondeFromHash('#vragen')).toBeNull();
		expect(rondeFromHash('#resultaten')).toBeNull();
		expect(rondeFromHash('#ronde=')).toBeNull();
		expect(rondeFromHash('#ronde=%20%20')).toBeNull();
		expect(rondeFromHash('#ronde=Oost%E0%A4')).toBe('Oost%E0%A4');
	});
});

describe('the round’s name', () => {
	it('is one line of single spaces, without control or direction characters', () => {
		expect(cleanRondeNaam('  Gemeente\tOost\n\nvoorjaar  ')).toBe('Gemeente Oost voorjaar');
		expect(cleanRondeNaam('Oost\u202eteew\u0000')).toBe('Oost teew');
	});

	it('is at most 60 characters', () => {
		expect(cleanRondeNaam('a'.repeat(100))).toHaveLength(MAX_RONDENAAM);
		expect(MAX_RONDENAAM).toBe(60);
	});

	it('is the same round whatever the case or spacing', () => {
		expect(sameRonde('Gemeente Oost, voorjaar 2027', ' gemeente  oost, VOORJAAR 2027')).toBe(true);
		expect(sameRonde('Gemeente Oost, voorjaar 2027', 'Gemeente Oost, najaar 2027')).toBe(false);
	});
});

describe('codes and the session’s round', () => {
	it('refuses only a code of another named round, and says which', () => {
		expect(checkRonde('Oost, najaar', 'Oost, voorjaar')).toEqual({
			ok: false,
			message: 'Deze deelcode hoort bij de ronde "Oost, najaar", niet bij "Oost, voorjaar".',
		});
		expect(checkRonde('oost, VOORJAAR', 'Oost, voorjaar').ok).toBe(true);
		expect(checkRonde(null, 'Oost, voorjaar').ok).toBe(true);
		expect(checkRonde('Oost, voorjaar', null).ok).toBe(true);
	});
});
