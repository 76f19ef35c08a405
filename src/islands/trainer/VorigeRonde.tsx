import { useEffect, useRef, useState } from 'preact/hooks';
import { count } from '../../lib/format';
import { parseImport } from '../../lib/storage/files';
import type { ToolDefinition } from '../../lib/storage/types';
import { describeTeamVergelijking, vergelijkSessies } from '../../lib/team/vergelijken';
import { type GroepsoverzichtData, groepsoverzichtTool } from '../../lib/trainer/definition';
import type { GroupScan } from '../../lib/trainer/group';
import { ThemasNaastElkaar } from '../zelfscan/ThemasNaastElkaar';
import { ScrollRegion } from './ScrollRegion';
import '../zelfscan/zelfscan.css';

interface Props {
	scans: readonly GroupScan[];
	deelcodes: readonly string[];
}

const tools = [groepsoverzichtTool as ToolDefinition<unknown>];

/**
 * Rounds over time: the coordinator opens last round's session file, and
 * sees it next to this session per theme. The file is only read (through the
 * storage module's decoder, so a damaged or foreign file is refused with a
 * reason); nothing in this session changes. Loaded when asked for.
 */
export default function VorigeRonde({ scans, deelcodes }: Props) {
	const [vorige, setVorige] = useState<{ name: string; data: GroepsoverzichtData } | null>(null);
	const [error, setError] = useState('');
	const inputRef = useRef<HTMLInputElement>(null);
	const resultRef = useRef<HTMLParagraphElement>(null);
	useEffect(() => inputRef.current?.focus(), []);

	const onFile = async (e: Event) => {
		const input = e.currentTarget as HTMLInputElement;
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		const text = await file.text().catch(() => null);
		const result =
			text === null
				? ({ ok: false, message: 'Dit bestand kon niet worden gelezen.' } as const)
				: parseImport(text, tools, 'groepsoverzicht');
		if (!result.ok) {
			setVorige(null);
			setError(result.message.replace(' Er is niets veranderd.', ' Er is niets vergeleken.'));
			return;
		}
		setError('');
		setVorige({ name: file.name, data: result.items[0].data as GroepsoverzichtData });
		requestAnimationFrame(() => resultRef.current?.focus());
	};

	const vergelijkingen = vorige ? vergelijkSessies(scans, vorige.data.deelcodes, deelcodes) : [];
	const naamVorige = vorige?.data.ronde.naam || 'Vorige ronde';

	return (
		<div class="tr-vorige">
			<div class="tr-form">
				<label for="vorige-bestand">Sessiebestand van de vorige ronde</label>
				<p class="kb-muted" id="vorige-hulp">
					Een bestand dat u eerder bewaarde met "Sessie bewaren als bestand". Het wordt alleen gelezen: deze sessie
					verandert niet.
				</p>
				<input
					id="vorige-bestand"
					ref={inputRef}
					type="file"
					accept=".json,application/json"
					aria-describedby="vorige-hulp"
					onChange={onFile}
				/>
			</div>
			{error && (
				<p class="kb-error" role="alert">
					{error}
				</p>
			)}
			{vorige && (
				<>
					<p tabIndex={-1} ref={resultRef} class="tr-melding">
						Geopend: {vorige.name} ({naamVorige}, {count(vorige.data.deelcodes.length, 'deelcode', 'deelcodes')}). Deze
						sessie is niet veranderd.
					</p>
					{vergelijkingen.map((v) => (
						<section key={v.scanId} class="zs" aria-labelledby={`vorige-${v.scanId}`}>
							<h3 id={`vorige-${v.scanId}`}>{v.titel}</h3>
							<p class={v.soort === 'zelfde-versie' ? undefined : 'kb-notice'}>{describeTeamVergelijking(v)}</p>
							{v.soort !== 'niet-in-vorige' && (
								<ThemasNaastElkaar
									id={`vorige-grafiek-${v.scanId}`}
									themas={v.themas}
									names={[naamVorige, 'Deze ronde']}
									waarde="Mediaan"
									title={`Mediaan per thema: ${naamVorige} en deze ronde`}
									scale={scans.find((s) => s.id === v.scanId)?.schaal ?? []}
									caption={`Mediaan per thema: ${naamVorige} (${count(v.deelnemersBefore, 'deelnemer', 'deelnemers')}) en deze ronde (${count(v.deelnemersAfter, 'deelnemer', 'deelnemers')})`}
									tableClass="tr-tabel"
									wrap={(table) => <ScrollRegion label={`Vergelijking per thema: ${v.titel}`}>{table}</ScrollRegion>}
								/>
							)}
						</section>
					))}
				</>
			)}
		</div>
	);
}
