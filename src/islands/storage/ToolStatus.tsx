import { useStore } from '@nanostores/preact';
import { useRef } from 'preact/hooks';
import { isoDate, slugify } from '../../lib/storage/names';
import type { AnyToolStore } from '../../stores/tools';
import { downloadText } from './download';
import { problemTitle, saveStateText } from './texts';
import './storage.css';

interface Props {
	store: AnyToolStore;
}

/**
 * Save status and storage problems of one tool. Every tool renders this
 * once. The status line is a polite live region (WCAG 4.1.3); the notices
 * below it offer the choices the store waits for.
 */
export default function ToolStatus({ store }: Props) {
	const saveState = useStore(store.$saveState);
	const problem = useStore(store.$problem);
	const available = useStore(store.$available);
	const root = useRef<HTMLDivElement>(null);
	const { title, id } = store.definition;

	/** After a choice the notice disappears; keep keyboard focus in this block. */
	const choose = (action: () => void) => () => {
		action();
		root.current?.focus();
	};

	const downloadUnreadable = () => {
		if (problem?.kind !== 'unreadable') return;
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

	const unavailable = !available || saveState === 'not-saved:unavailable';
	const headingId = `kb-opslag-${id}`;

	return (
		<div class="kb-storage" ref={root} tabIndex={-1}>
			<p class="kb-storage__status" role="status" aria-live="polite">
				{problem ? problemTitle(problem) : saveStateText[saveState]}
			</p>

			{unavailable && (
				<div class="kb-notice kb-notice--warn">
					<p>
						<strong>Uw antwoorden worden niet bewaard.</strong>
					</p>
					<p>
						Deze browser laat deze site niets bewaren, bijvoorbeeld in een privévenster of door uw instellingen. U kunt
						de {title} gewoon gebruiken, maar als u de pagina sluit of opnieuw laadt, zijn uw antwoorden weg.
					</p>
					<p>
						Wilt u ze houden? Kies dan <strong>Exporteren</strong> en bewaar het bestand. Later kunt u het hier weer
						importeren.
					</p>
				</div>
			)}

			{saveState === 'not-saved:quota' && !problem && (
				<div class="kb-notice kb-notice--warn">
					<p>
						De opslag van deze browser is vol. Uw laatste wijziging staat op het scherm, maar is niet bewaard. Kies{' '}
						<strong>Exporteren</strong> om uw gegevens in een bestand te bewaren, of maak ruimte op de pagina{' '}
						<a href="/mijn-gegevens/">Mijn gegevens</a>.
					</p>
				</div>
			)}

			{problem?.kind === 'unreadable' && (
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
							? 'Er is niets gewist: de gegevens blijven apart bewaard in deze browser. U kunt ze downloaden of opnieuw beginnen.'
							: 'Er was geen ruimte voor een reservekopie. Download de gegevens als u ze wilt bewaren, voordat u opnieuw begint.'}{' '}
						Tot u kiest, bewaren we nieuwe antwoorden niet.
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

			{problem?.kind === 'conflict' && (
				<section class="kb-notice kb-notice--danger" aria-labelledby={headingId}>
					<p id={headingId}>
						<strong>{problemTitle(problem)}</strong>
					</p>
					<p>
						Op deze pagina staan wijzigingen die nog niet zijn bewaard. Kies welke versie u wilt houden. Twijfelt u?
						Exporteer dan eerst uw eigen versie naar een bestand.
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
		</div>
	);
}
