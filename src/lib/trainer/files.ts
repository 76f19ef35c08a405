import { isRecord } from '../storage/check';
import { decodeValue, parseJson, readEnvelopeShape } from '../storage/envelope';
import type { ToolDefinition } from '../storage/types';
import { deelcode1FromAntwoorden, deelcodeFromAntwoorden } from '../zelfscan/deelcode';
import { currentRonde, type ZelfscanData, zelfscanTool } from '../zelfscan/definition';
import { type GroepsoverzichtData, groepsoverzichtTool } from './definition';
import type { GroupScan } from './group';

/**
 * Read deelcodes out of a file a trainer loads. Three kinds of files work:
 * - an export of the group overview (tool `groepsoverzicht`): its deelcodes;
 * - an export of the zelfscan tool (tool `zelfscan`): one deelcode per saved
 *   scan, from its current round. Notes in that file are never read;
 * - any other text file: every piece of text that looks like a deelcode.
 * Exports of this site (one tool, or "alles") go through the same decoder
 * and migrations as stored data, so a file of any released version reads,
 * and a damaged or newer one is refused with a reason instead of silently
 * giving nothing. The codes still go through the normal check before they count.
 */

export const MAX_FILE_BYTES = 1_000_000;

export type FileResult = { ok: true; deelcodes: string[] } | { ok: false; message: string };

/** Format 1 (`z1.<scan>.<versie>.<antwoorden>.<check>`) and format 2 (with `.<rol>.<ronde>` after the version). */
const CODE_LIKE = /z\d+\.[a-z0-9-]+\.[0-9]+(\.[a-z0-9-]+\.[0-9a-z-]+)?\.[0-9a-z]*\.[0-9a-z]{3}/gi;

const messages = {
	tooLarge: 'Dit bestand is groter dan 1 MB. Dat is geen bestand met deelcodes.',
	unreadable: 'Dit bestand kon niet worden gelezen.',
	invalid: (title: string) =>
		`De gegevens van de ${title} in dit bestand kloppen niet of zijn beschadigd. Er is niets uit gelezen.`,
	future: (title: string) =>
		`De gegevens van de ${title} in dit bestand zijn gemaakt met een nieuwere versie van deze site. Laad deze pagina opnieuw om de nieuwste versie te krijgen.`,
};

/** The deelcode of the current round of every saved scan whose scan and version this site has. */
function fromZelfscans(data: ZelfscanData, scans: readonly GroupScan[]): string[] {
	return data.scans.flatMap((saved) => {
		const ronde = currentRonde(saved);
		// The code of the version the round was answered with: a round of an earlier version gives an old (format-1) code.
		const scan = scans.find((s) => s.id === saved.scanId && s.versie === ronde.scanVersion);
		if (!scan) return [];
		return [
			scan.eerder
				? deelcode1FromAntwoorden(scan, ronde.antwoorden)
				: // The role chosen at the deelcode goes with it, as in the code on the results page.
					deelcodeFromAntwoorden(scan, ronde.antwoorden, { rol: ronde.rol ?? null, ronde: null }),
		];
	});
}

type Reader = [ToolDefinition<never>, (data: never, scans: readonly GroupScan[]) => string[]];
const readers: Reader[] = [
	[groepsoverzichtTool as ToolDefinition<never>, (data: GroepsoverzichtData) => data.deelcodes],
	[zelfscanTool as ToolDefinition<never>, fromZelfscans],
];

/** Deelcodes in the text of one file; a site export that does not decode refuses the whole file. */
export function deelcodesFromText(text: string, scans: readonly GroupScan[]): FileResult {
	const value = parseJson(text);
	const parts = isRecord(value) && value.kind === 'kb-alles' && Array.isArray(value.tools) ? value.tools : [value];
	const exports = parts.filter((part) => readEnvelopeShape(part) !== null);
	if (!exports.length) return { ok: true, deelcodes: text.match(CODE_LIKE) ?? [] };

	const deelcodes: string[] = [];
	for (const part of exports) {
		const reader = readers.find(([definition]) => definition.id === readEnvelopeShape(part)?.tool);
		// Exports of other tools (the BIG-5-checklist) hold no deelcodes.
		if (!reader) continue;
		const [definition, read] = reader;
		const decoded = decodeValue(definition, part);
		if (!decoded.ok) {
			const message = decoded.reason === 'future-version' ? messages.future : messages.invalid;
			return { ok: false, message: message(definition.title) };
		}
		deelcodes.push(...read(decoded.envelope.data, scans));
	}
	return { ok: true, deelcodes };
}

/** Read one chosen file, the size limit first; never throws. */
export async function readDeelcodeFile(file: Blob, scans: readonly GroupScan[]): Promise<FileResult> {
	if (file.size > MAX_FILE_BYTES) return { ok: false, message: messages.tooLarge };
	try {
		return deelcodesFromText(await file.text(), scans);
	} catch {
		return { ok: false, message: messages.unreadable };
	}
}
