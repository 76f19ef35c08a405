import { count, formatDate } from '../../lib/format';
import { currentRonde } from '../../lib/zelfscan/definition';
import { zelfscanStore as store } from '../../stores/zelfscan';
import ExportImportDetails from '../storage/ExportImportDetails';
import ToolStatus from '../storage/ToolStatus';
import { useToolStore } from '../storage/useToolStore';
import './zelfscan.css';

interface Props {
	/** Title per scan id, for the scans this site offers. */
	titles: Record<string, string>;
}

/** "Uw opgeslagen scans" on /zelfscan/: every saved scan with a link to open it. */
export default function MijnZelfscans({ titles }: Props) {
	const data = useToolStore(store);
	if (!data) return null;

	const scans = [...data.scans].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
	return (
		<div class="zs-mijn">
			<ToolStatus store={store} />
			{scans.length === 0 ? (
				<p>U heeft nog geen scans in deze browser. Kies hierboven een zelfscan om te beginnen.</p>
			) : (
				<ul class="kb-rows">
					{scans.map((s) => {
						const known = s.scanId in titles;
						const answered = Object.values(currentRonde(s).antwoorden).filter(
							(a) => typeof a?.score === 'number',
						).length;
						return (
							<li key={s.id}>
								<span>
									{known ? (
										<a href={`/zelfscan/${s.scanId}/?scan=${encodeURIComponent(s.id)}`}>{s.name}</a>
									) : (
										<strong>{s.name}</strong>
									)}{' '}
									<span class="kb-muted">
										{known ? titles[s.scanId] : 'Deze zelfscan bestaat niet meer op deze site'},{' '}
										{count(s.rondes.length, 'ronde', 'rondes')}, {count(answered, 'antwoord', 'antwoorden')} in de
										laatste ronde, gewijzigd op {formatDate(s.updatedAt)}
									</span>
								</span>
							</li>
						);
					})}
				</ul>
			)}
			<ExportImportDetails store={store} summary="Exporteren of importeren" />
		</div>
	);
}
