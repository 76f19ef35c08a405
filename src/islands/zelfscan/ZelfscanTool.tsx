import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDate } from '../../lib/format';
import { currentRonde, type Ronde } from '../../lib/zelfscan/definition';
import type { LinkMap } from '../../lib/zelfscan/links';
import type { EerdereVersie, Zelfscan } from '../../lib/zelfscan/schema';
import { scoreScan } from '../../lib/zelfscan/scoring';
import {
	addRonde,
	addScan,
	cleanName,
	removeScan,
	renameScan,
	scansOf,
	setAntwoord,
	setBewijs,
	updateCurrentRonde,
} from '../../lib/zelfscan/state';
import { zelfscanStore as store } from '../../stores/zelfscan';
import { Loading, useLazy } from '../lazy';
import ExportImportDetails from '../storage/ExportImportDetails';
import ToolStatus from '../storage/ToolStatus';
import { useToolStore } from '../storage/useToolStore';
import { ScanPicker } from './ScanPicker';
import './zelfscan.css';

// Every view loads when first needed (see useLazy). A first visit shows only the start of a scan;
// the questions load as soon as a scan exists, right after the page when one was saved before.
const loadQuestions = () => import('./Questions').then((m) => m.Questions);
const loadCheckAntwoorden = () => import('./CheckAntwoorden').then((m) => m.CheckAntwoorden);
const loadResults = () => import('./Results').then((m) => m.Results);
const loadCompareRondes = () => import('./CompareRondes').then((m) => m.CompareRondes);
const loadEerdereRonde = () => import('./EerdereRonde').then((m) => m.EerdereRonde);

/**
 * A view that is still loading holds the screen's height, so what stands
 * below the tool (team section, Bewaren en overzetten) does not jump down
 * when the view appears (Lighthouse counted that as a layout shift of 0.24).
 */
function ViewLoading(props: { failed: boolean; text?: string }) {
	return (
		<div class="kb-laden">
			<Loading {...props} />
		</div>
	);
}

interface Props {
	scan: Zelfscan;
	/** Earlier versions of this scan (content/zelfscans/eerder/): rounds made with them stay readable. */
	eerder?: readonly EerdereVersie[];
	links: LinkMap;
}

type ViewName = 'vragen' | 'controleren' | 'resultaten' | 'vergelijken';
interface View {
	name: ViewName;
	/** Open theme in the answering view. */
	thema?: string;
}

const VIEWS: { name: ViewName; label: string }[] = [
	{ name: 'vragen', label: 'Vragen' },
	{ name: 'controleren', label: 'Controleer uw antwoorden' },
	{ name: 'resultaten', label: 'Resultaten' },
	{ name: 'vergelijken', label: 'Vergelijk rondes' },
];

/**
 * The zelfscan tool. Views follow the URL fragment (#vragen, #thema-…,
 * #onderdeel-…, #controleren, #resultaten, #vergelijken), so links, the
 * Back button and a reload all land in the same place. The open saved scan
 * is in the query (?scan=…). The server renders nothing: stored data is
 * applied after mount, so server and first render agree.
 */
export default function ZelfscanTool({ scan, eerder = [], links }: Props) {
	const stored = useToolStore(store);
	const [chosenId, setChosenId] = useState<string | null>(null);
	const [view, setView] = useState<View>({ name: 'vragen' });
	const [message, setMessage] = useState('');
	const chosen = useRef<string | null>(null);
	/** Element to focus once it has been drawn (lazy views appear a moment later). */
	const pendingFocus = useRef<string | null>(null);
	const [CheckAntwoorden, checkFailed] = useLazy(loadCheckAntwoorden, view.name === 'controleren');
	const [Results, resultsFailed] = useLazy(loadResults, view.name === 'resultaten');
	const [CompareRondes, compareFailed] = useLazy(loadCompareRondes, view.name === 'vergelijken');

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

	const mine = stored ? scansOf(stored, scan.id) : [];
	const active = mine.find((s) => s.id === chosenId) ?? mine[0];
	// The current round of an older version is read-only (its questions are no longer asked): a view of its own.
	const earlier = Boolean(active && currentRonde(active).scanVersion !== scan.versie);
	const [EerdereRonde, eerderFailed] = useLazy(loadEerdereRonde, earlier);
	const [Questions, questionsFailed] = useLazy(loadQuestions, Boolean(active) && !earlier);

	/** The saved scan on screen, read from the store itself (handlers run outside render). */
	function activeNow() {
		const all = scansOf(store.$data.get(), scan.id);
		return all.find((s) => s.id === chosen.current) ?? all[0];
	}

	function firstOpenThema(): string {
		const saved = activeNow();
		if (!saved) return scan.themas[0].id;
		const scores = scoreScan(scan, currentRonde(saved).antwoorden);
		return (scores.find((s) => s.status !== 'klaar') ?? scores[0]).themaId;
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
		if (h.startsWith('thema-') && scan.themas.some((t) => t.id === h.slice(6))) {
			return { view: { name: 'vragen', thema: h.slice(6) }, focus: h };
		}
		if (h.startsWith('onderdeel-')) {
			const thema = scan.themas.find((t) => t.onderdelen.some((o) => o.id === h.slice(10)));
			if (thema) return { view: { name: 'vragen', thema: thema.id }, focus: h };
		}
		return { view: { name: 'vragen', thema: firstOpenThema() }, focus: h === 'vragen' ? 'vragen' : null };
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

	// Runs after useToolStore's effect has read the stored scans: the hash may name a theme to open.
	useEffect(() => {
		chosen.current = new URLSearchParams(location.search).get('scan');
		setChosenId(chosen.current);
		applyHash(location.hash.length > 1);
		const onHash = () => applyHash(true);
		window.addEventListener('hashchange', onHash);
		return () => window.removeEventListener('hashchange', onHash);
	}, []);

	if (!stored) return null;

	function choose(id: string | null) {
		chosen.current = id;
		setChosenId(id);
		const url = new URL(location.href);
		if (id) url.searchParams.set('scan', id);
		else url.searchParams.delete('scan');
		history.replaceState(history.state, '', url);
	}

	const now = () => new Date();
	const changeRonde = (fn: (ronde: Ronde) => Ronde) => {
		const saved = activeNow();
		if (saved) store.update((d) => updateCurrentRonde(d, saved.id, now(), fn));
	};

	const onCreate = (name: string) => {
		const { data, id } = addScan(store.$data.get(), scan, name, now());
		store.set(data);
		choose(id);
		setMessage(`De scan ${cleanName(name)} is gemaakt. U kunt beginnen met de vragen.`);
		go('vragen');
	};
	const onOpen = (id: string) => {
		choose(id);
		setView({ name: 'vragen', thema: firstOpenThema() });
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
	const onNewRonde = () => {
		const saved = activeNow();
		if (!saved) return;
		store.update((d) => addRonde(d, saved.id, scan.versie, now()));
		setMessage(`Ronde ${saved.rondes.length + 1} is begonnen. De antwoorden van de vorige ronde blijven bewaard.`);
		go('vragen');
	};

	const ronde = active && currentRonde(active);
	const scores = ronde ? scoreScan(scan, ronde.antwoorden) : [];
	const rondeName = active && ronde ? `Ronde ${active.rondes.length}, gestart op ${formatDate(ronde.startedAt)}` : '';

	return (
		<div class="zs">
			<ScanPicker
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

			{active && ronde && (
				<div class="zs-werk">
					<p id="zs-actief" class="zs-actief" tabIndex={-1}>
						<strong>{active.name}</strong>, ronde {active.rondes.length}
						{active.rondes.length > 1 && ` van ${active.rondes.length}`} (gestart op {formatDate(ronde.startedAt)})
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

					{earlier && view.name !== 'vergelijken' ? (
						EerdereRonde ? (
							<EerdereRonde eerder={eerder} ronde={ronde} rondeName={rondeName} onNewRonde={onNewRonde} />
						) : (
							<ViewLoading failed={eerderFailed} />
						)
					) : (
						<>
							{view.name === 'vragen' && !Questions && <ViewLoading failed={questionsFailed} />}
							{view.name === 'vragen' && Questions && (
								<Questions
									scan={scan}
									ronde={ronde}
									scores={scores}
									openThema={view.thema ?? scan.themas[0].id}
									onAntwoord={(id, change) => changeRonde((r) => setAntwoord(r, id, change))}
									onBewijs={(id, bewijsId, value) => changeRonde((r) => setBewijs(r, id, bewijsId, value))}
								/>
							)}
							{view.name === 'controleren' &&
								(CheckAntwoorden ? (
									<CheckAntwoorden scan={scan} ronde={ronde} scores={scores} />
								) : (
									<ViewLoading failed={checkFailed} />
								))}
							{view.name === 'resultaten' && !Results && (
								<ViewLoading failed={resultsFailed} text="Even geduld, de resultaten worden geladen…" />
							)}
							{view.name === 'resultaten' && Results && (
								<Results
									scan={scan}
									ronde={ronde}
									rondeName={rondeName}
									scores={scores}
									links={links}
									onChangeRonde={changeRonde}
									onNewRonde={onNewRonde}
								/>
							)}
						</>
					)}
					{view.name === 'vergelijken' &&
						(CompareRondes ? (
							<CompareRondes scan={scan} eerder={eerder} saved={active} />
						) : (
							<ViewLoading failed={compareFailed} />
						))}
				</div>
			)}

			<section class="zs-opslag kb-no-print" aria-labelledby="bewaren">
				<h2 id="bewaren">Bewaren en overzetten</h2>
				<p>Wilt u verder op een andere computer, of wilt u een reservekopie? Exporteer dan een bestand.</p>
				{!active && <ToolStatus store={store} />}
				<ExportImportDetails store={store} summary="Exporteren of importeren" />
			</section>
		</div>
	);
}
