import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import Uitnodiging from '../../../src/islands/team/Uitnodiging';
import { Deelcode } from '../../../src/islands/zelfscan/Deelcode';
import { rondeKey } from '../../../src/lib/team/uitnodiging';
import { decodeDeelcode, deelcodeFromAntwoorden } from '../../../src/lib/zelfscan/deelcode';

const scan = {
	id: 'informele-steun',
	versie: 2,
	schaal: ['a', 'b', 'c', 'd'],
	themas: [{ onderdelen: [{ id: 'x' }] }],
};
const rollen = [
	{ id: 'jeugdhulp', naam: 'Jeugdhulp' },
	{ id: 'onderwijs', naam: 'Onderwijs' },
];
const codeFor = (team: { rol: string | null; ronde: string | null }) =>
	deelcodeFromAntwoorden(scan, { x: { score: 3 } }, team);
const shownCode = () => decodeDeelcode((screen.getByRole('textbox', { name: 'Deelcode' }) as HTMLInputElement).value);

afterEach(() => history.replaceState(null, '', '/'));

/** The deelcode as the results view holds it: the role lives with the round, here in `stored`. */
function MetRol({ stored = null }: { stored?: string | null }) {
	const [rol, setRol] = useState<string | null>(stored);
	return <Deelcode rollen={rollen} rol={rol} onRol={setRol} codeFor={codeFor} />;
}

describe('the deelcode in a team round', () => {
	it('carries no role and no round outside a team round', () => {
		render(<MetRol />);
		expect(shownCode()).toMatchObject({ ok: true, value: { rol: null, ronde: null } });
		expect(screen.queryByText(/teamronde/)).toBeNull();
	});

	it('takes the round from the invitation link and the role the participant chooses', () => {
		history.replaceState(null, '', '/zelfscan/informele-steun/?ronde=Oost%202027');
		render(<MetRol />);
		expect(screen.getByText(/U vult deze scan in voor de teamronde "Oost 2027"/)).toBeTruthy();
		fireEvent.change(screen.getByRole('combobox', { name: 'Uw rol in het team (komt in de deelcode)' }), {
			target: { value: 'onderwijs' },
		});
		expect(shownCode()).toMatchObject({ ok: true, value: { rol: 'onderwijs', ronde: rondeKey('Oost 2027') } });
	});
});

describe('the role kept with the round', () => {
	it('shows the stored role and puts it in the code; a role the scan no longer has counts as none', () => {
		const { unmount } = render(<MetRol stored="jeugdhulp" />);
		expect(
			(screen.getByRole('combobox', { name: 'Uw rol in het team (komt in de deelcode)' }) as HTMLSelectElement).value,
		).toBe('jeugdhulp');
		expect(shownCode()).toMatchObject({ ok: true, value: { rol: 'jeugdhulp' } });
		unmount();
		render(<MetRol stored="wonen" />);
		expect(shownCode()).toMatchObject({ ok: true, value: { rol: null } });
	});
});

describe('the invitation', () => {
	it('asks for a name first', () => {
		history.replaceState(null, '', '/zelfscan/informele-steun/teamronde/');
		render(<Uitnodiging scanId="informele-steun" scanTitel="Zelfscan informele steun" />);
		expect(screen.getByText(/Vul hierboven de naam van de ronde in/)).toBeTruthy();
	});

	it('shows a hostile round name as text, never as HTML', () => {
		history.replaceState(null, '', `/zelfscan/informele-steun/teamronde/?ronde=${encodeURIComponent('<b>Oost</b>')}`);
		const { container } = render(<Uitnodiging scanId="informele-steun" scanTitel="Zelfscan informele steun" />);
		expect(screen.getByRole('heading', { name: 'Uitnodiging voor de ronde "<b>Oost</b>"' })).toBeTruthy();
		expect(container.querySelector('b')).toBeNull();
		expect((screen.getByRole('textbox', { name: 'Link voor de deelnemers' }) as HTMLInputElement).value).toBe(
			`${location.origin}/zelfscan/informele-steun/?ronde=%3Cb%3EOost%3C%2Fb%3E`,
		);
	});
});
