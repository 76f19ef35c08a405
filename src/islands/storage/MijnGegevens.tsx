import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { count } from '../../lib/format';
import { browserStorage, openStorage, type StorageGetter } from '../../lib/storage/engine';
import { formatDateTime, formatKilobytes } from '../../lib/storage/format';
import { ALL_EXPORT_NAME, buildAllExport, exportFileName } from '../../lib/storage/names';
import { otherSiteKeys, removeSiteKeys } from '../../lib/storage/site-keys';
import { type AnyToolStore, toolStores } from '../../stores/tools';
import { Loading, useLazy } from '../lazy';
import { downloadExport, downloadJson } from './download';
import ToolStatus from './ToolStatus';
import './storage.css';

const EMPTY_TEXT = 'Deze site bewaart nu niets in deze browser.';

// The import sits at the bottom of the page: it loads right after the list of what is kept.
const loadImportFlow = () => import('./ImportFlow').then((m) => m.default);

/** Whether a store holds anything worth listing: stored bytes or data that differs from empty. */
function hasContent(store: AnyToolStore): boolean {
	if (store.$info.get().bytes > 0 || store.$problem.get()) return true;
	return JSON.stringify(store.$data.get()) !== JSON.stringify(store.definition.empty());
}

type Target =
	| { kind: 'all'; trigger: HTMLElement | null }
	| { kind: 'tool'; store: AnyToolStore; trigger: HTMLElement | null };

interface CardProps {
	store: AnyToolStore;
	onDelete: (store: AnyToolStore, trigger: HTMLElement) => void;
}

function ToolCard({ store, onDelete }: CardProps) {
	const data = useStore(store.$data);
	const info = useStore(store.$info);
	const problem = useStore(store.$problem);
	const { title } = store.definition;
	return (
		<li class="kb-tool-card">
			<h3>{title}</h3>
			<dl>
				<dt>Inhoud</dt>
				<dd>{problem?.kind === 'unreadable' ? 'Onleesbare gegevens' : store.definition.describe(data)}</dd>
				<dt>Laatst opgeslagen</dt>
				<dd>{formatDateTime(info.savedAt) || 'Niet opgeslagen'}</dd>
				<dt>Grootte</dt>
				<dd>{formatKilobytes(info.bytes)}</dd>
				{info.quarantined > 0 && (
					<>
						<dt>Apart bewaard</dt>
						<dd>{count(info.quarantined, 'kopie', 'kopieën')} van onleesbare gegevens</dd>
					</>
				)}
			</dl>
			<ToolStatus store={store} />
			<div class="kb-actions">
				<button type="button" class="secondary" onClick={() => downloadExport(store)}>
					Exporteer {title}
				</button>
				<button
					type="button"
					class="kb-danger secondary"
					onClick={(e) => onDelete(store, e.currentTarget as HTMLElement)}
				>
					Wis {title}
				</button>
			</div>
		</li>
	);
}

interface Props {
	stores: AnyToolStore[];
	storage?: StorageGetter;
}

/** The page "Mijn gegevens": what is kept, export, import and delete. */
export function MijnGegevensView({ stores, storage = browserStorage }: Props) {
	const [mounted, setMounted] = useState(false);
	const [, setTick] = useState(0);
	const [message, setMessage] = useState('');
	const [target, setTarget] = useState<Target | null>(null);
	const dialog = useRef<HTMLDialogElement>(null);
	const listHeading = useRef<HTMLHeadingElement>(null);
	const [ImportFlow, importFailed] = useLazy(loadImportFlow, mounted);

	useEffect(() => {
		const stops = stores.map((s) => s.start());
		const bump = () => setTick((n) => n + 1);
		const unlisten = stores.flatMap((s) => [s.$info.listen(bump), s.$data.listen(bump), s.$problem.listen(bump)]);
		window.addEventListener('storage', bump);
		setMounted(true);
		return () => {
			for (const stop of [...stops, ...unlisten]) stop();
			window.removeEventListener('storage', bump);
		};
	}, [stores]);

	useEffect(() => {
		if (target && dialog.current && !dialog.current.open) dialog.current.showModal();
	}, [target]);

	// The server and the first render show nothing: what is kept is only known in the browser.
	if (!mounted) return <div class="kb-storage-page" aria-busy="true" />;

	const listed = stores.filter(hasContent);
	const opened = openStorage(storage);
	const available = opened !== null;
	const others = opened
		? otherSiteKeys(
				opened,
				stores.map((s) => s.definition.id),
			)
		: { count: 0, bytes: 0 };
	const nothing = listed.length === 0 && others.count === 0;
	// Unreadable data has its own download in the card; an export would hold only the empty state.
	const exportable = listed.filter((s) => s.$problem.get()?.kind !== 'unreadable');

	const closeDialog = () => dialog.current?.close();

	const onDialogClose = () => {
		// The close event arrives a task later. If the user has opened the dialog again in the meantime
		// (Esc, then Enter on the button that still has focus), this event is stale: keep the new target.
		if (dialog.current?.open) return;
		const trigger = target?.trigger ?? null;
		setTarget(null);
		// Back to where the user was; if that button is gone, to the list heading.
		requestAnimationFrame(() => (trigger?.isConnected ? trigger : listHeading.current)?.focus());
	};

	const confirmDelete = () => {
		if (!target) return;
		if (target.kind === 'tool') {
			target.store.remove();
			setMessage(`De gegevens van de ${target.store.definition.title} zijn gewist.`);
		} else {
			for (const store of stores) store.remove();
			const opened = openStorage(storage);
			if (opened) removeSiteKeys(opened);
			setMessage(`Alles is gewist. ${EMPTY_TEXT}`);
		}
		setTick((n) => n + 1);
		closeDialog();
	};

	const exportAll = () => {
		const now = new Date();
		downloadJson(
			exportFileName(ALL_EXPORT_NAME, now),
			buildAllExport(
				exportable.map((s) => s.exportFile(now)),
				now,
			),
		);
	};

	const dialogTitle =
		target?.kind === 'tool' ? `Gegevens van de ${target.store.definition.title} wissen?` : 'Alles wissen?';

	return (
		<div class="kb-storage-page">
			{!available && (
				<div class="kb-notice kb-notice--warn">
					<p>
						<strong>Deze browser laat deze site niets bewaren.</strong>
					</p>
					<p>
						Dat gebeurt bijvoorbeeld in een privévenster of door uw instellingen. De hulpmiddelen werken wel, maar uw
						antwoorden zijn weg als u de pagina sluit. Exporteer ze naar een bestand als u ze wilt houden.
					</p>
				</div>
			)}

			<section aria-labelledby="kb-bewaard">
				<h2 id="kb-bewaard" ref={listHeading} tabIndex={-1}>
					Wat deze site in deze browser bewaart
				</h2>
				<p role="status" class="kb-storage__status">
					{message}
				</p>
				{nothing ? (
					<p>{EMPTY_TEXT}</p>
				) : (
					<ul class="kb-tool-list">
						{listed.map((store) => (
							<ToolCard
								key={store.definition.id}
								store={store}
								onDelete={(s, trigger) => setTarget({ kind: 'tool', store: s, trigger })}
							/>
						))}
					</ul>
				)}
				{others.count > 0 && (
					<p>
						Overige gegevens van deze site: {count(others.count, 'onderdeel', 'onderdelen')} (
						{formatKilobytes(others.bytes)}). Deze horen niet bij een hulpmiddel dat nu op de site staat. U wist ze met
						Wis alles.
					</p>
				)}
			</section>

			<section aria-labelledby="kb-overzetten">
				<h2 id="kb-overzetten">Exporteren en importeren</h2>
				<p>
					Met een export bewaart u uw gegevens in een bestand. Zo raakt u niets kwijt als de browser gegevens wist, en
					kunt u verder werken op een andere computer.
				</p>
				{exportable.length > 0 && (
					<div class="kb-actions">
						<button type="button" onClick={exportAll}>
							Exporteer alles
						</button>
					</div>
				)}
				{stores.length === 0 ? (
					<p>Er zijn nog geen hulpmiddelen die gegevens kunnen importeren.</p>
				) : ImportFlow ? (
					<ImportFlow stores={stores} label="Importeer een bestand (één hulpmiddel of alles)" />
				) : (
					<Loading failed={importFailed} />
				)}
			</section>

			{!nothing && (
				<section aria-labelledby="kb-wissen">
					<h2 id="kb-wissen">Alles wissen</h2>
					<p>Wis alle gegevens die deze site in deze browser bewaart. Exporteer eerst als u ze wilt houden.</p>
					<div class="kb-actions">
						<button
							type="button"
							class="kb-danger"
							onClick={(e) => setTarget({ kind: 'all', trigger: e.currentTarget as HTMLElement })}
						>
							Wis alles
						</button>
					</div>
				</section>
			)}

			<dialog
				ref={dialog}
				class="kb-confirm"
				aria-labelledby="kb-wis-titel"
				aria-describedby="kb-wis-uitleg"
				onClose={onDialogClose}
			>
				<h2 id="kb-wis-titel">{dialogTitle}</h2>
				<p id="kb-wis-uitleg">
					Dit kunt u niet ongedaan maken. Wilt u de gegevens houden? Kies dan Annuleren en exporteer ze eerst.
				</p>
				<div class="kb-actions">
					{/* First in the dialog, so showModal() puts focus here: the safe choice. */}
					<button type="button" class="secondary" onClick={closeDialog}>
						Annuleren
					</button>
					<button type="button" class="kb-danger" onClick={confirmDelete}>
						{target?.kind === 'tool' ? 'Ja, wis deze gegevens' : 'Ja, wis alles'}
					</button>
				</div>
			</dialog>
		</div>
	);
}

export default function MijnGegevens() {
	return <MijnGegevensView stores={toolStores} />;
}
