import { count } from '../format';
import { antwoordenFromCode, decodeDeelcode, extractDeelcode } from '../zelfscan/deelcode';
import type { GroepsoverzichtData } from './definition';
import { MAX_DEELCODES } from './definition';
import type { GroupScan } from './group';

/**
 * Collecting deelcodes for the group overview: pasted, from files or from a
 * link. A code is kept in its canonical form (lowercase, no `#code=` or URL
 * around it), so the same code pasted twice or as a link counts once.
 * The numbers the group sees are computed in group.ts.
 */

export interface Refusal {
	/** What the trainer entered, shortened for display. */
	input: string;
	message: string;
}

export interface AddResult {
	data: GroepsoverzichtData;
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
export function checkDeelcode(
	input: string,
	scans: readonly GroupScan[],
): { ok: true; code: string } | { ok: false; message: string } {
	const decoded = decodeDeelcode(input);
	if (!decoded.ok) return { ok: false, message: decoded.message };
	// The code is read against the version it was made with: the current one or an earlier one.
	const antwoorden = antwoordenFromCode(scans, decoded.value);
	if (!antwoorden.ok) return { ok: false, message: antwoorden.message };
	return { ok: true, code: extractDeelcode(input) };
}

/** Add every code in `inputs`; good ones are kept even when others are refused. */
export function addDeelcodes(
	data: GroepsoverzichtData,
	inputs: readonly string[],
	scans: readonly GroupScan[],
): AddResult {
	const deelcodes = [...data.deelcodes];
	const known = new Set(deelcodes);
	let added = 0;
	let duplicates = 0;
	const refused: Refusal[] = [];
	for (const input of inputs) {
		const checked = checkDeelcode(input, scans);
		if (!checked.ok) {
			refused.push({ input: shorten(input), message: checked.message });
			continue;
		}
		if (known.has(checked.code)) {
			duplicates++;
			continue;
		}
		if (deelcodes.length >= MAX_DEELCODES) {
			refused.push({
				input: shorten(input),
				message: `Er passen niet meer dan ${MAX_DEELCODES} deelcodes in één sessie.`,
			});
			continue;
		}
		known.add(checked.code);
		deelcodes.push(checked.code);
		added++;
	}
	return { data: { ...data, deelcodes }, added, duplicates, refused };
}

/** Dutch sentence about an add: "2 deelcodes toegevoegd. 1 code stond er al in; die telt maar één keer." */
export function describeAdd(result: Pick<AddResult, 'added' | 'duplicates' | 'refused'>): string {
	const parts = [`${count(result.added, 'deelcode', 'deelcodes')} toegevoegd.`];
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
