import { deelcodeFromAnswers } from '../zelfscan/deelcode';
import type { Zelfscan } from '../zelfscan/schema';

/**
 * Read deelcodes out of a file a trainer loads. Three kinds of files work:
 * - an export of the group overview (tool `groepsoverzicht`): its codes;
 * - an export of the zelfscan tool (tool `zelfscan`): one code per saved
 *   scan, from its latest round. Notes in that file are never read;
 * - any text file: every piece of text that looks like a deelcode.
 * The codes still go through the normal check before they count.
 */

export const MAX_FILE_BYTES = 1_000_000;

type ScanShape = Pick<Zelfscan, 'id' | 'version' | 'scale' | 'themes'>;

const CODE_LIKE = /z\d+\.[a-z0-9-]+\.[0-9]+\.[0-9a-z]*\.[0-9a-z]{3}/gi;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fromZelfscanExport(data: unknown, scans: readonly ScanShape[]): string[] {
	if (!isRecord(data) || !Array.isArray(data.scans)) return [];
	const codes: string[] = [];
	for (const saved of data.scans) {
		if (!isRecord(saved) || !Array.isArray(saved.rounds) || !saved.rounds.length) continue;
		const scan = scans.find((s) => s.id === saved.scanId);
		const round = saved.rounds[saved.rounds.length - 1];
		if (!scan || !isRecord(round) || !isRecord(round.answers)) continue;
		// Only scores and talk marks are read; a round of another scan version cannot be mapped.
		if (round.scanVersion !== scan.version) continue;
		const answers: Record<string, { score?: number; talk?: boolean }> = {};
		for (const statement of scan.themes.flatMap((t) => t.statements)) {
			const answer = Object.hasOwn(round.answers, statement.id) ? round.answers[statement.id] : undefined;
			if (!isRecord(answer)) continue;
			answers[statement.id] = {
				score: typeof answer.score === 'number' ? answer.score : undefined,
				talk: answer.talk === true,
			};
		}
		codes.push(deelcodeFromAnswers(scan, answers));
	}
	return codes;
}

export function codesFromFile(text: string, scans: readonly ScanShape[]): string[] {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		parsed = undefined;
	}
	if (isRecord(parsed)) {
		if (parsed.tool === 'groepsoverzicht' && isRecord(parsed.data) && Array.isArray(parsed.data.codes)) {
			return parsed.data.codes.filter((c): c is string => typeof c === 'string');
		}
		if (parsed.tool === 'zelfscan') return fromZelfscanExport(parsed.data, scans);
		if (parsed.kind === 'kb-alles' && Array.isArray(parsed.tools)) {
			return parsed.tools.flatMap((t) => (isRecord(t) ? codesFromFile(JSON.stringify(t), scans) : []));
		}
	}
	return text.match(CODE_LIKE) ?? [];
}
