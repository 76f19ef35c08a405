import type { ComponentChildren } from 'preact';
import { type Antwoord, type BewijsAntwoord, MAX_NOTITIE } from '../../lib/zelfscan/definition';
import type { Zelfscan, ZelfscanOnderdeel } from '../../lib/zelfscan/schema';
import { Loading, useLazy } from '../lazy';

// The evidence questions check a chosen level: they load once a level is chosen.
const loadBewijs = () => import('./Bewijs').then((m) => m.Bewijs);

interface Props {
	scan: Pick<Zelfscan, 'schaal' | 'weetNiet' | 'nietVanToepassing'>;
	onderdeel: ZelfscanOnderdeel;
	antwoord: Antwoord | undefined;
	onChange: (change: Partial<Antwoord>) => void;
	onBewijs: (bewijsId: string, value: BewijsAntwoord) => void;
}

/**
 * One item. A grid item offers its four descriptions (the respondent picks
 * the one that fits); a statement offers the scan's scale. Both then offer
 * "Weet ik niet" and "Niet van toepassing" as two separate choices, the
 * evidence questions once a level is chosen (yes/deels/nee: does the
 * level fit? never part of a score), the
 * "Hier wil ik over praten" mark and a note. The item is the group name of
 * every control in its fieldset.
 */
export function Onderdeel({ scan, onderdeel, antwoord, onChange, onBewijs }: Props) {
	const id = onderdeel.id;
	const name = `antwoord-${id}`;
	const grid = Boolean(onderdeel.niveaus);
	const withBewijs = onderdeel.bewijs.length > 0 && typeof antwoord?.score === 'number';
	const [Bewijs, bewijsFailed] = useLazy(loadBewijs, withBewijs);

	const radio = (key: string, checked: boolean, onPick: () => void, label: ComponentChildren, extraClass = '') => (
		<label class={`zs-keuze ${extraClass}`} key={key}>
			<input type="radio" name={name} checked={checked} onChange={onPick} />
			<span>{label}</span>
		</label>
	);
	return (
		<div class="zs-stelling" id={`onderdeel-${id}`} tabIndex={-1}>
			<fieldset aria-describedby={onderdeel.uitleg ? `hulp-${id}` : undefined}>
				<legend>{onderdeel.tekst}</legend>
				{onderdeel.uitleg && (
					<p id={`hulp-${id}`} class="zs-hulp">
						{onderdeel.uitleg}
					</p>
				)}
				<div class={grid ? 'zs-niveaus' : 'zs-schaal'}>
					{scan.schaal.map((label, i) =>
						radio(
							label,
							antwoord?.score === i + 1,
							() => onChange({ score: i + 1 }),
							grid ? (
								<>
									<strong class="zs-niveau-naam">
										{i + 1}. {label}:
									</strong>{' '}
									{onderdeel.niveaus?.[i]}
								</>
							) : (
								label
							),
							grid ? 'zs-keuze--niveau' : '',
						),
					)}
					{radio(
						'weet-niet',
						antwoord?.geenScore === 'weet-niet',
						() => onChange({ geenScore: 'weet-niet' }),
						scan.weetNiet,
						'zs-keuze--onbekend',
					)}
					{radio(
						'nvt',
						antwoord?.geenScore === 'nvt',
						() => onChange({ geenScore: 'nvt' }),
						scan.nietVanToepassing,
						'zs-keuze--onbekend',
					)}
				</div>
				{withBewijs && (
					<div class="zs-bewijs">
						{Bewijs ? (
							<Bewijs vragen={onderdeel.bewijs} antwoord={antwoord} onBewijs={onBewijs} />
						) : (
							bewijsFailed && <Loading failed />
						)}
					</div>
				)}
				<div class="zs-extra">
					<label class="zs-keuze">
						<input
							type="checkbox"
							checked={antwoord?.bespreken === true}
							onChange={(e) => onChange({ bespreken: e.currentTarget.checked })}
						/>
						<span>Hier wil ik over praten</span>
					</label>
					<label class="zs-notitie-label" for={`notitie-${id}`}>
						Notitie <span class="kb-muted">(optioneel)</span>
					</label>
					<textarea
						id={`notitie-${id}`}
						rows={2}
						maxLength={MAX_NOTITIE}
						value={antwoord?.notitie ?? ''}
						onInput={(e) => onChange({ notitie: e.currentTarget.value })}
					/>
				</div>
			</fieldset>
		</div>
	);
}
