import { describe, expect, it } from 'vitest';
import {
	cleanRondeNaam,
	MAX_RONDENAAM,
	rondeFromSearch,
	rondeKey,
	uitnodigingLink,
	uitnodigingTekst,
} from '../../../src/lib/team/uitnodiging';
import { decodeDeelcode, deelcodeFromAntwoorden } from '../../../src/lib/zelfscan/deelcode';

describe('the invitation link', () => {
	it('holds the scan and the round name, and nothing else', () => {
		const link = uitnodigingLink('https://example.org/', 'gemeentescan', 'Gemeente Oost, voorjaar 2027');
		expect(link).toBe('https://example.org/zelfscan/gemeentescan/?ronde=Gemeente%20Oost%2C%20voorjaar%202027');
		expect(rondeFromSearch(new URL(link).search)).toBe('Gemeente Oost, voorjaar 2027');
	});

	it('reads no round from an address without one, or with an empty one', () => {
		expect(rondeFromSearch('')).toBeNull();
		expect(rondeFromSearch('?scan=s1')).toBeNull();
		expect(rondeFromSearch('?ronde=%20%20')).toBeNull();
	});

	it('cleans an untrusted name: one line, no control or direction characters, at most 60 characters', () => {
		expect(cleanRondeNaam('  Oost\n\u202eevil\u0007  2027 ')).toBe('Oost evil 2027');
		expect(cleanRondeNaam('x'.repeat(100))).toHaveLength(MAX_RONDENAAM);
		expect(rondeFromSearch(`?ronde=${encodeURIComponent('<img src=x onerror=alert(1)>')}`)).toBe(
			'<img src=x onerror=alert(1)>',
		);
	});
});

describe('the round key in the deelcode', () => {
	it('is the same for every spelling of one name, and differs between rounds', () => {
		expect(rondeKey('Gemeente Oost, voorjaar 2027')).toBe(rondeKey('  gemeente oost,  Voorjaar 2027'));
		expect(rondeKey('Gemeente Oost, voorjaar 2027')).not.toBe(rondeKey('Gemeente Oost, najaar 2027'));
		expect(rondeKey('Oost')).toMatch(/^[0-9a-z]{8}$/);
	});

	it('fits in a format-2 deelcode and comes back out of it', () => {
		const scan = { id: 'testscan', versie: 2, schaal: ['a', 'b', 'c', 'd'], themas: [{ onderdelen: [{ id: 'x' }] }] };
		const ronde = rondeKey('Gemeente Oost, voorjaar 2027');
		const code = deelcodeFromAntwoorden(scan, { x: { score: 3 } }, { rol: 'gemeente', ronde });
		const decoded = decodeDeelcode(code);
		expect(decoded.ok && decoded.value).toMatchObject({ rol: 'gemeente', ronde });
	});
});

it('the message to send names the round and says what the code holds', () => {
	const text = uitnodigingTekst('Gemeentescan', 'Oost 2027', 'https://example.org/zelfscan/gemeentescan/?ronde=Oost');
	expect(text).toContain('voor de ronde "Oost 2027"');
	expect(text).toContain('https://example.org/zelfscan/gemeentescan/?ronde=Oost');
	expect(text).toContain('geen naam en geen notities');
});
