import { useStore } from '@nanostores/preact';
import { useRef } from 'preact/hooks';
import type { AnyToolStore } from '../../stores/tools';
import { useLazy } from '../lazy';
import { problemTitle, saveStateText } from './texts';
import './storage.css';

const loadNotice = () => import('./ProblemNotice').then((m) => m.default);

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
	const { title } = store.definition;

	// The choices for a problem are rarely needed: load them when one occurs.
	const [Notice, noticeFailed] = useLazy(loadNotice, problem !== null);

	const unavailable = !available || saveState === 'not-saved:unavailable';

	return (
		<div class="kb-storage" ref={root} tabIndex={-1}>
			{/* With a problem, the notice below shows the same words as a heading: announce, don't repeat on screen. */}
			<p class={problem ? 'kb-storage__status sr-only' : 'kb-storage__status'} role="status" aria-live="polite">
				{problem ? problemTitle(problem) : saveStateText[saveState]}
			</p>

			{unavailable && (
				<div class="kb-notice kb-notice--warn">
					<p>
						<strong>De antwoorden worden niet bewaard.</strong>
					</p>
					<p>
						Deze browser laat deze site niets bewaren, bijvoorbeeld in een privévenster of door de instellingen. De{' '}
						{title} werkt wel, maar na het sluiten of opnieuw laden van de pagina zijn de antwoorden weg.
					</p>
					<p>
						Om ze te houden: kies <strong>Exporteren</strong> en bewaar het bestand. Later is het hier weer te
						importeren.
					</p>
				</div>
			)}

			{saveState === 'not-saved:quota' && !problem && (
				<div class="kb-notice kb-notice--warn">
					<p>
						De opslag van deze browser is vol. De laatste wijziging staat op het scherm, maar is niet bewaard. Kies{' '}
						<strong>Exporteren</strong> om de gegevens in een bestand te bewaren, of maak ruimte op de pagina{' '}
						<a href="/mijn-gegevens/">Mijn gegevens</a>.
					</p>
				</div>
			)}

			{problem && Notice && <Notice store={store} problem={problem} onChosen={() => root.current?.focus()} />}
			{problem && noticeFailed && (
				<p class="kb-notice kb-notice--danger">
					{problemTitle(problem)}. Dit deel van de pagina kon niet worden geladen. Laad de pagina opnieuw om te kiezen
					wat er moet gebeuren. Tot dan bewaren we niets.
				</p>
			)}
		</div>
	);
}
