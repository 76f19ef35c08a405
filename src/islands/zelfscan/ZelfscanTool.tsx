import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Zelfscan } from '../../lib/zelfscan/schema';
import { scoreScan } from '../../lib/zelfscan/scoring';
import type { Round } from '../../lib/zelfscan/definitie';
import {
	addScan,
	cleanName,
	currentRound,
	removeScan,
	renameScan,
	scansOf,
	setAnswer,
	startNewRound,
	updateCurrentRound,
} from '../../lib/zelfscan/state';
import { zelfscanStore as store } from '../../stores/zelfscan';
import ExportImportDetails from '../storage/ExportImportDetails';
import ToolStatus from '../storage/ToolStatus';
import { Loading, useLazy } from '../lazy';
import { ScanKiezer } from './ScanKiezer';
import { Vragen } from './Vragen';
import { formatDate, type LinkMap } from './shared';
import './zelfscan.css';

// Everything but answering loads when first needed (see useLazy).
const loadControleer = () => import('./Controleer').then((m) => m.Controleer);
const loadResultaten = () => import('./Resultaten').then((m) => m.Resultaten);
const loadVergelijk = () => import('./Vergelijk').then((m) => m.Vergelijk);

interface Props {
	scan: Zelfscan;
	links: LinkMap;
}

type ViewName = 'vragen' | 'controleren' | 'resultaten' | 'vergelijken';
interface View {
	name: ViewName;
	/** Open theme in the answering view. */
	theme?: string;
}

const VIEWS: { name: ViewName; label: string }[] = [
	{ name: 'vragen', label: 'Vragen' },
	{ name: 'controleren', label: 'Controleer uw antwoorden' },
	{ name: 'resultaten', label: 'Resultaten' },
	{ name: 'vergelijken', label: 'Vergelijk rondes' },
];

/**
 * The zelfscan tool. Views follow the URL fragment (#vragen, #thema-…,
 * #stelling-…, #controleren, #resultaten, #vergelijken), so links, the
 * Back button and a reload all land in the same place. The open saved scan
 * is in the query (?scan=…). The server renders nothing: stored data is
 * applied after mount, so server and first render agree.
 */
export default function ZelfscanTool({ scan, links }: Props) {
	const [mounted, setMounted] = useState(false);
	const [chosenId, setChosenId] = useState<string | null>(null);
	const [view, setView] = useState<View>({ name: 'vragen' });
	const [message, setMessage] = useState('');
	const chosen = useRef<string | null>(null);
	/** Element to focus once it has been drawn (lazy views appear a moment later). */
	const pendingFocus = useRef<string | null>(null);
	const data = useStore(store.$data);
	const [Controleer, controleerFailed] = useLazy(loadControleer, view.name === 'controleren');
	const [Resultaten, resultatenFailed] = useLazy(loadResultaten, view.name === 'resultaten');
	const [Vergelijk, vergelijkFailed] = useLazy(loadVergelijk, view.name === 'vergelijken');

	useEffect(() => {
		const id = pendingFocus.current;
		const target = id && document.getElementById(id);
		if (target) {
			pendingFocus.current = null;
			target.focus();
		}
	});
	const focusSoon = (id: string) => {
		pendingFocus.current = id;
		requestAnimationFrame(() => {
			const target = pendingFocus.current === id && document.getElementById(id);
			if (target) {
				pendingFocus.current = null;
				target.focus();
			}
		});
	};

	const mine = scansOf(data, scan.id);
	const active = mine.find((s) => s.id === chosenId) ?? mine[0];

	/** The saved scan on screen, read from the store itself (handlers run outside render). */
	function activeNow() {
		const all = scansOf(store.$data.get(), scan.id);
		return all.find((s) => s.id === chosen.current) ?? all[0];
	}

	function firstOpenTheme(): string {
		const saved = activeNow();
		if (!saved) return scan.themes[0].id;
		const scores = scoreScan(scan, currentRound(saved).answers);
		return (scores.find((s) => s.status !== 'klaar') ?? scores[0]).themeId;
	}

	/** The view for a fragment, and the element that should get focus. */
	function fromHash(hash: string): { view: View; focus: string | null } {
		let h = hash.replace(/^#/, '');
		try {
			h = decodeURIComponent(h);
		} catch {
			h = '';
		}
		if (h === 'controleren' || h === 'resultaten' || h === 'vergelijken') return { view: { name: h }, focus: h };
		if (h.startsWith('thema-') && scan.themes.some((t) => t.id === h.slice(6))) {
			return { view: { name: 'vragen', theme: h.slice(6) }, focus: h };
		}
		if (h.startsWith('stelling-')) {
			const theme = scan.themes.find((t) => t.statements.some((s) => s.id === h.slice(9)));
			if (theme) return { view: { name: 'vragen', theme: theme.id }, focus: h };
		}
		return { view: { name: 'vragen', theme: firstOpenTheme() }, focus: h === 'vragen' ? 'vragen' : null };
	}

	function applyHash(focus: boolean) {
		const next = fromHash(location.hash);
		setView(next.view);
		if (focus && next.focus) focusSoon(next.focus);
	}

	/** Go to a fragment; when it is already the current one, apply it anyway. */
	function go(hash: string) {
		if (location.hash === `#${hash}`) applyHash(true);
		else location.hash = hash;
	}

	useEffect(() => {
		const stop = store.start();
		chosen.current = new URLSearchParams(location.search).get('scan');
		setChosenId(chosen.current);
		applyHash(location.hash.length > 1);
		setMounted(true);
		const onHash = () => applyHash(true);
		window.addEventListener('hashchange', onHash);
		return () => {
			window.removeEventListener('hashchange', onHash);
			stop();
		};
	}, []);

	if (!mounted) return null;

	function choose(id: string | null) {
		chosen.current = id;
		setChosenId(id);
		const url = new URL(location.href);
		if (id) url.searchParams.set('scan', id);
		else url.searchParams.delete('scan');
		history.replaceState(history.state, '', url);
	}

	const now = () => new Date();
	const changeRound = (fn: (round: Round) => Round) => {
		const saved = activeNow();
		if (saved) store.update((d) => updateCurrentRound(d, saved.id, now(), fn));
	};

	const onCreate = (name: string) => {
		const { state, id } = addScan(store.$data.get(), scan, name, now());
		store.set(state);
		choose(id);
		setMessage(`De scan ${cleanName(name)} is gemaakt. U kunt beginnen met de vragen.`);
		go('vragen');
	};
	const onOpen = (id: string) => {
		choose(id);
		setView({ name: 'vragen', theme: firstOpenTheme() });
		history.replaceState(history.state, '', '#vragen');
		setMessage(`${activeNow()?.name} is geopend.`);
		focusSoon('zs-actief');
	};
	const onRename = (id: string, name: string) => {
		store.update((d) => renameScan(d, id, name, now()));
		setMessage(`De naam is gewijzigd in ${cleanName(name)}.`);
	};
	const onRemove = (id: string) => {
		const name = activeNow()?.name;
		store.update((d) => removeScan(d, id));
		choose(null);
		setMessage(`${name} is verwijderd.`);
		focusSoon('uw-scans');
	};
	const onNewRound = () => {
		const saved = activeNow();
		if (!saved) return;
		store.update((d) => startNewRound(d, saved.id, scan.version, now()));
		setMessage(`Ronde ${saved.rounds.length + 1} is begonnen. De antwoorden van de vorige ronde blijven bewaard.`);
		go('vragen');
	};

	const round = active && currentRound(active);
	const scores = round ? scoreScan(scan, round.answers) : [];

	return (
		<div class="zs">
			<ScanKiezer
				saved={mine}
				active={active}
				onOpen={onOpen}
				onCreate={onCreate}
				onRename={onRename}
				onRemove={onRemove}
			/>
			<p role="status" class="zs-melding kb-no-print">
				{message}
			</p>

			{active && round && (
				<div class="zs-werk">
					<p id="zs-actief" class="zs-actief" tabIndex={-1}>
						<strong>{active.name}</strong>, ronde {active.rounds.length}
						{active.rounds.length > 1 && ` van ${active.rounds.length}`} (gestart op {formatDate(round.startedAt)})
					</p>
					<ToolStatus store={store} />
					<nav class="zs-nav kb-no-print" aria-label="Onderdelen van de scan">
						<ul>
							{VIEWS.map((v) => (
								<li key={v.name}>
									<a href={`#${v.name}`} aria-current={view.name === v.name ? 'true' : undefined}>
										{v.label}
									</a>
								</li>
							))}
						</ul>
					</nav>

					{view.name === 'vragen' && (
						<Vragen
							scan={scan}
							round={round}
							scores={scores}
							openTheme={view.theme ?? scan.themes[0].id}
							onAnswer={(statementId, change) => changeRound((r) => setAnswer(r, statementId, change))}
						/>
					)}
					{view.name === 'controleren' &&
						(Controleer ? (
							<Controleer scan={scan} round={round} scores={scores} />
						) : (
							<Loading failed={controleerFailed} />
						))}
					{view.name === 'resultaten' && !Resultaten && (
						<Loading failed={resultatenFailed} text="Even geduld, de resultaten worden geladen…" />
					)}
					{view.name === 'resultaten' && Resultaten && (
						<Resultaten
							scan={scan}
							round={round}
							roundName={`Ronde ${active.rounds.length}, gestart op ${formatDate(round.startedAt)}`}
							scores={scores}
							links={links}
							onChangeRound={changeRound}
							onNewRound={onNewRound}
						/>
					)}
					{view.name === 'vergelijken' &&
						(Vergelijk ? <Vergelijk scan={scan} saved={active} /> : <Loading failed={vergelijkFailed} />)}
				</div>
			)}

			<section class="zs-opslag kb-no-print" aria-labelledby="bewaren">
				<h2 id="bewaren">Bewaren en overzetten</h2>
				<p>
					Uw antwoorden blijven in deze browser. Er gaat niets naar een server. Wilt u verder op een andere computer, of
					wilt u een reservekopie? Exporteer dan een bestand.
				</p>
				{!active && <ToolStatus store={store} />}
				<ExportImportDetails store={store} summary="Exporteren of importeren" />
			</section>
		</div>
	);
}
