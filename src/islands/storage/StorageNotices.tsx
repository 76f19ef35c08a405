import { isoDate } from '../../lib/format';
import { slugify } from '../../lib/slug';
import { parseJson } from '../../lib/storage/envelope';
import type { StoreProblem } from '../../lib/storage/types';
import type { AnyToolStore } from '../../stores/tools';
import { downloadExport, downloadText } from './download';
import { problemTitle } from './texts';

interface Props {
	store: AnyToolStore;
	problem: StoreProblem<unknown>;
	/** Called after the user picked an option that makes this notice go away. */
	onChosen: () => void;
}

/**
 * What `<ToolStatus>` shows when storage needs the user: a warning when
 * nothing can be kept, and the choices for unreadable stored data and for a
 * two-tab conflict. All rare, so this part loads only when one occurs.
 */

/** Storage blocked (`unavailable`) or full (`quota`): what that means for the answers and how to keep them. */
export function StorageWarning({ kind, title }: { kind: 'unavailable' | 'quota'; title: string }) {
	if (kind === 'quota') {
		return (
			<div class="kb-notice kb-notice--warn">
				<p>
					De opslag van deze browser is vol. De laatste wijziging staat op het scherm, maar is niet bewaard. Kies{' '}
					<strong>Exporteren</strong> om de gegevens in een bestand te bewaren, of maak ruimte op de pagina{' '}
					<a href="/mijn-gegevens/">Mijn gegevens</a>.
				</p>
			</div>
		);
	}
	return (
		<div class="kb-notice kb-notice--warn">
			<p>
				<strong>De antwoorden worden niet bewaard.</strong>
			</p>
			<p>
				Deze browser laat deze site niets bewaren, bijvoorbeeld in een privévenster of door de instellingen. De {title}{' '}
				werkt wel, maar na het sluiten of opnieuw laden van de pagina zijn de antwoorden weg.
			</p>
			<p>
				Om ze te houden: kies <strong>Exporteren</strong> en bewaar het bestand. Later is het hier weer te importeren.
			</p>
		</div>
	);
}

export function ProblemNotice({ store, problem, onChosen }: Props) {
	const { title, id } = store.definition;
	const headingId = `kb-opslag-${id}`;

	const choose = (action: () => void) => () => {
		action();
		onChosen();
	};

	const downloadUnreadable = () => {
		if (problem.kind !== 'unreadable') return;
		const isJson = parseJson(problem.raw) !== undefined;
		const name = `${slugify(title)}-onleesbaar-${isoDate(new Date())}.${isJson ? 'json' : 'txt'}`;
		downloadText(name, problem.raw, isJson ? 'application/json' : 'text/plain');
	};

	return (
		<>
			{problem.kind === 'unreadable' && (
				<section class="kb-notice kb-notice--danger" aria-labelledby={headingId}>
					<p id={headingId}>
						<strong>{problemTitle(problem)}</strong>
					</p>
					<p>
						{problem.reason === 'future-version'
							? `De gegevens van de ${title} in deze browser zijn gemaakt met een nieuwere versie van deze site. Deze pagina kan ze niet lezen. Laad de pagina opnieuw om de nieuwste versie te krijgen.`
							: `De gegevens van de ${title} in deze browser zijn beschadigd of hebben een vorm die deze pagina niet kent.`}
					</p>
					<p>
						{problem.quarantineKey
							? 'Er is niets gewist: de gegevens blijven apart bewaard in deze browser. Download ze, of begin opnieuw.'
							: 'Er was geen ruimte voor een reservekopie. Download de gegevens eerst als ze bewaard moeten blijven, en begin daarna opnieuw.'}{' '}
						Tot er een keuze is gemaakt, worden nieuwe antwoorden niet bewaard.
					</p>
					<div class="kb-actions">
						<button type="button" onClick={downloadUnreadable}>
							Download de onleesbare gegevens
						</button>
						<button type="button" class="secondary" onClick={choose(store.startOver)}>
							Begin opnieuw
						</button>
					</div>
				</section>
			)}

			{problem.kind === 'conflict' && (
				<section class="kb-notice kb-notice--danger" aria-labelledby={headingId}>
					<p id={headingId}>
						<strong>{problemTitle(problem)}</strong>
					</p>
					<p>
						Op deze pagina staan wijzigingen die nog niet zijn bewaard. Kies welke versie blijft. Bij twijfel: exporteer
						eerst de versie van deze pagina naar een bestand.
					</p>
					<div class="kb-actions">
						<button type="button" onClick={choose(store.useTheirs)}>
							{problem.theirs ? 'Laad de versie uit het andere tabblad' : 'Wis ook hier'}
						</button>
						<button type="button" class="secondary" onClick={choose(store.keepMine)}>
							{problem.theirs ? 'Houd mijn versie en overschrijf' : 'Houd mijn versie en bewaar die'}
						</button>
						<button type="button" class="secondary" onClick={() => downloadExport(store)}>
							Exporteer eerst mijn versie
						</button>
					</div>
				</section>
			)}
		</>
	);
}
