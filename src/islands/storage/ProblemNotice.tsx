import { isoDate, slugify } from '../../lib/storage/names';
import type { StoreProblem } from '../../lib/storage/types';
import type { AnyToolStore } from '../../stores/tools';
import { downloadText } from './download';
import { problemTitle } from './texts';

interface Props {
	store: AnyToolStore;
	problem: StoreProblem<unknown>;
	/** Called after the user picked an option that makes this notice go away. */
	onChosen: () => void;
}

/**
 * The choices for unreadable stored data and for a two-tab conflict. Rare,
 * so `<ToolStatus>` loads this part only when a problem occurs.
 */
export default function ProblemNotice({ store, problem, onChosen }: Props) {
	const { title, id } = store.definition;
	const headingId = `kb-opslag-${id}`;

	const choose = (action: () => void) => () => {
		action();
		onChosen();
	};

	const downloadUnreadable = () => {
		if (problem.kind !== 'unreadable') return;
		let isJson = true;
		try {
			JSON.parse(problem.raw);
		} catch {
			isJson = false;
		}
		const name = `${slugify(title)}-onleesbaar-${isoDate(new Date())}.${isJson ? 'json' : 'txt'}`;
		downloadText(name, problem.raw, isJson ? 'application/json' : 'text/plain');
	};

	const exportMine = () => {
		const file = store.exportFile();
		downloadText(`${slugify(title)}-${isoDate(new Date())}.json`, `${JSON.stringify(file, null, '\t')}\n`);
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
						<button type="button" class="secondary" onClick={exportMine}>
							Exporteer eerst mijn versie
						</button>
					</div>
				</section>
			)}
		</>
	);
}
