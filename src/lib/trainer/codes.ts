import { answersFromDeelcode, decodeDeelcode, encodeDeelcode } from '../zelfscan/deelcode';
import type { Zelfscan } from '../zelfscan/schema';
import { MAX_CODES, type GroupState } from './definitie';

/**
 * Collecting deelcodes for the group overview: pasted, from files or from a
 * link. A code is kept in its canonical form (lowercase, no `#code=` or URL
 * around it), so the same code pasted twice or as a link counts once.
 * The numbers the group sees are computed in groep.ts.
 */

type ScanShape = Pick<Zelfscan, 'id' | 'version' | 'scale' | 'themes'>;

export interface Refusal {
	/** What the trainer entered, shortened for display. */
	input: string;
	message: string;
}

export interface AddResult {
	state: GroupState;
	added: number;
	duplicates: number;
	refused: Refusal[];
}

/** Split pasted text into candidate codes: one per line, space, comma or semicolon. */
export function splitInput(text: string): string[] {
	return text
		.split(/[\s,;]+/)
		.map((t) => t.trim())
		.filter(Boolean);
}

function shorten(text: string): string {
	return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/**
 * Check one candidate against the known scans. Returns the canonical code,
 * or a Dutch message that says what is wrong with it.
 */
export function checkCode(
	input: string,
	scans: readonly ScanShape[],
): { ok: true; code: string } | { ok: false; message: string } {
	const decoded = decodeDeelcode(input);
	if (!decoded.ok) return { ok: false, message: decoded.message };
	const scan = scans.find((s) => s.id === decoded.value.scanId);
	if (!scan)
		return {
			ok: false,
			message: `Deze deelcode hoort bij een zelfscan die deze site niet kent ("${decoded.value.scanId}").`,
		};
	const answers = answersFromDeelcode(scan, decoded.value);
	if (!answers.ok) return { ok: false, message: answers.message };
	return { ok: true, code: encodeDeelcode(decoded.value) };
}

/** Add every code in `inputs`; good ones are kept even when others are refused. */
export function addCodes(state: GroupState, inputs: readonly string[], scans: readonly ScanShape[]): AddResult {
	const codes = [...state.codes];
	const known = new Set(codes);
	let added = 0;
	let duplicates = 0;
	const refused: Refusal[] = [];
	for (const input of inputs) {
		const checked = checkCode(input, scans);
		if (!checked.ok) {
			refused.push({ input: shorten(input), message: checked.message });
			continue;
		}
		if (known.has(checked.code)) {
			duplicates++;
			continue;
		}
		if (codes.length >= MAX_CODES) {
			refused.push({ input: shorten(input), message: `Er passen niet meer dan ${MAX_CODES} deelcodes in één sessie.` });
			continue;
		}
		known.add(checked.code);
		codes.push(checked.code);
		added++;
	}
	return { state: { codes }, added, duplicates, refused };
}

/** Dutch sentence about an add: "2 deelcodes toegevoegd. 1 code had u al; die telt één keer." */
export function describeAdd(result: Pick<AddResult, 'added' | 'duplicates' | 'refused'>): string {
	const parts: string[] = [];
	parts.push(result.added === 1 ? '1 deelcode toegevoegd.' : `${result.added} deelcodes toegevoegd.`);
	if (result.duplicates) {
		parts.push(
			result.duplicates === 1
				? '1 code stond er al in; die telt maar één keer.'
				: `${result.duplicates} codes stonden er al in; die tellen maar één keer.`,
		);
	}
	if (result.refused.length) {
		parts.push(
			result.refused.length === 1
				? '1 code is geweigerd, zie hieronder.'
				: `${result.refused.length} codes zijn geweigerd, zie hieronder.`,
		);
	}
	return parts.join(' ');
}
