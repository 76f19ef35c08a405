import { useStore } from '@nanostores/preact';
import { useRef } from 'preact/hooks';
import type { AnyToolStore } from '../../stores/tools';
import { LOAD_FAILED, useLazy } from '../lazy';
import { problemTitle, saveStateText } from './texts';
import './storage.css';

const loadNotices = () => import('./StorageNotices');

interface Props {
	store: AnyToolStore;
}

/**
 * Save status and storage problems of one tool. Every tool renders this
 * once. The status line is a polite live region (WCAG 4.1.3); the notices
 * below it (loaded when needed: storage blocked or full, unreadable data,
 * another tab) explain and offer the choices the store waits for.
 */
export default function ToolStatus({ store }: Props) {
	const saveState = useStore(store.$saveState);
	const problem = useStore(store.$problem);
	const available = useStore(store.$available);
	const root = useRef<HTMLDivElement>(null);
	const { title } = store.definition;

	const warning =
		!available || saveState === 'not-saved:unavailable'
			? 'unavailable'
			: saveState === 'not-saved:quota' && !problem
				? 'quota'
				: null;
	const [Notices, failed] = useLazy(loadNotices, problem !== null || warning !== null);

	return (
		<div class="kb-storage" ref={root} tabIndex={-1}>
			{/* With a problem, the notice below shows the same words as a heading: announce, don't repeat on screen. */}
			<p class={problem ? 'kb-storage__status sr-only' : 'kb-storage__status'} role="status" aria-live="polite">
				{problem ? problemTitle(problem) : saveStateText[saveState]}
			</p>
			{warning && Notices && <Notices.StorageWarning kind={warning} title={title} />}
			{problem && Notices && (
				<Notices.ProblemNotice store={store} problem={problem} onChosen={() => root.current?.focus()} />
			)}
			{(problem || warning) && failed && (
				<p class="kb-notice kb-notice--danger">
					{problem ? problemTitle(problem) : 'De antwoorden worden niet bewaard'}. {LOAD_FAILED} Daarna kunt u kiezen
					wat er moet gebeuren; tot dan bewaren we niets.
				</p>
			)}
		</div>
	);
}
