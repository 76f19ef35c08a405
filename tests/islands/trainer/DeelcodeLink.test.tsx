import { act, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import DeelcodeLink from '../../../src/islands/trainer/DeelcodeLink';
import { decodeDeelcode, encodeDeelcode } from '../../../src/lib/zelfscan/deelcode';
import { installScreen } from '../screen';

const code = encodeDeelcode({
	scanId: 'informele-steun',
	versie: 2,
	rol: null,
	ronde: null,
	entries: [
		{ score: 3, bespreken: true },
		{ score: null, geenScore: 'weet-niet', bespreken: false },
	],
});

describe('DeelcodeLink', () => {
	afterEach(() => vi.unstubAllGlobals());

	it('shows a link that opens the group overview with the code in the fragment', async () => {
		render(<DeelcodeLink code={code} />);
		const link = await screen.findByRole('link', { name: 'Open het groepsoverzicht met deze code' });
		expect(link.getAttribute('href')).toBe(`${location.origin}/voor-trainers/groepsoverzicht/#code=${code}`);
		expect((screen.getByLabelText('Link voor de trainer') as HTMLInputElement).value).toBe(link.getAttribute('href'));
		// The trainer's page reads the code straight from such a link.
		expect(decodeDeelcode(link.getAttribute('href')!)).toMatchObject({
			ok: true,
			value: {
				scanId: 'informele-steun',
				entries: [
					{ score: 3, bespreken: true },
					{ score: null, geenScore: 'weet-niet', bespreken: false },
				],
			},
		});
	});

	it('draws the QR code as SVG with a text alternative, without any outside request, once it is on screen', async () => {
		const view = installScreen();
		render(<DeelcodeLink code={code} />);
		await screen.findByRole('link', { name: 'Open het groepsoverzicht met deze code' });
		const name = 'QR-code met de link naar het groepsoverzicht van de trainer';
		// Below the fold the code is not drawn yet: drawing it costs a phone a noticeable moment.
		expect(screen.queryByRole('img', { name })).toBeNull();
		act(() => view.scrollTo(screen.getByText(/Laat de trainer deze QR-code scannen/).parentElement!));
		const qr = await screen.findByRole('img', { name });
		expect(qr.tagName.toLowerCase()).toBe('svg');
		expect(qr.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
		expect(qr.outerHTML).not.toMatch(/https?:\/\/(?!localhost)/);
		expect(qr.hasAttribute('style')).toBe(false);
	});
});
