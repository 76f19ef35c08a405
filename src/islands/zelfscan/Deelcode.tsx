import { useState } from 'preact/hooks';
import { rondeFromSearch, rondeKey } from '../../lib/team/uitnodiging';
import { GROEPSOVERZICHT_PATH } from '../../lib/trainer/links';
import { CopyField } from '../CopyField';
import DeelcodeLink from '../trainer/DeelcodeLink';

interface Props {
	/** The roles of the scan (from its content file), for a team round. */
	rollen: readonly { id: string; naam: string }[];
	/** The role stored with this round (null: none chosen). */
	rol: string | null;
	/** Store the chosen role with the round, so it is still there after a reload. */
	onRol: (rol: string | null) => void;
	/** The code of this round with the chosen role and the team round's key (null: none). */
	codeFor: (team: { rol: string | null; ronde: string | null }) => string;
}

/**
 * The deelcode of this round, to hand to a trainer or to the coordinator of
 * a team: scores, talk marks and, when chosen, the participant's role. A
 * scan opened with an invitation link (`?ronde=…`, see lib/team/uitnodiging.ts)
 * adds the round's key. The role is stored with the round's answers; the
 * round's key stays in the link.
 */
export function Deelcode({ rollen, rol: stored, onRol, codeFor }: Props) {
	// A stored role the scan no longer has counts as none.
	const rol = rollen.some((r) => r.id === stored) ? stored : null;
	const [ronde] = useState(() => rondeFromSearch(location.search));
	const code = codeFor({ rol, ronde: ronde && rondeKey(ronde) });
	return (
		<section class="kb-no-print" aria-labelledby="deelcode">
			<h3 id="deelcode">Deelcode voor de trainer of het team</h3>
			<p>
				Werkt u met een trainer, of vult u de scan samen met collega's en partners in? Geef dan deze code door. Daarmee
				ziet de ander uw scores en welke onderdelen u wilt bespreken. Uw notities, de naam van de scan en het actieplan
				gaan niet mee.
			</p>
			{ronde && (
				<p>
					U vult deze scan in voor de teamronde "{ronde}". Die naam stond in de link die u kreeg. De ronde komt in uw
					deelcode, zodat de coördinator de codes van deze ronde bij elkaar houdt.
				</p>
			)}
			{rollen.length > 0 && (
				<p class="zs-veld">
					<label for="deelcode-rol">Uw rol in het team (komt in de deelcode)</label>
					<select id="deelcode-rol" value={rol ?? ''} onChange={(e) => onRol(e.currentTarget.value || null)}>
						<option value="">Geen rol (niet in een team)</option>
						{rollen.map((r) => (
							<option key={r.id} value={r.id}>
								{r.naam}
							</option>
						))}
					</select>
				</p>
			)}
			<p>
				Het <a href={GROEPSOVERZICHT_PATH}>team- en groepsoverzicht</a> toont per rol alleen een getal als ten minste
				drie mensen die rol kozen.
			</p>
			<CopyField id="deelcode-veld" label="Deelcode" value={code} button="Kopieer de deelcode" what="De deelcode" />
			<DeelcodeLink code={code} />
		</section>
	);
}
