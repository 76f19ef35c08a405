import { CONTENT_ID } from '../ids';
import type { Antwoorden } from './definition';

/**
 * Deelcode: a short text that carries the scores of one zelfscan round, so
 * a participant can hand them to a trainer for the group overview. It holds
 * no notes and no names: only which scan, which version, and per statement
 * the score and the "Hier wil ik over praten" mark.
 *
 * FORMAT (version 1), all lowercase, URL-safe, usable as `#code=<deelcode>`:
 *
 *     z1.<scan-id>.<scan-version>.<answers>.<check>
 *     z1.informele-steun.1.8a6800...3.0kq
 *
 * - `z1`: format marker and format version. A future format uses `z2`, ...
 * - `<scan-id>`: the scan's file name, e.g. `informele-steun` ([a-z0-9-]).
 * - `<scan-version>`: the scan's `version` (decimal). Positions only mean
 *   something for that version; the decoder must have the same version.
 * - `<answers>`: one base-36 digit (0-9, a-z) per statement, in the order of
 *   the statements in the scan file (themes in order, statements in order):
 *       digit = state * 2 + (bespreken ? 1 : 0)
 *       state = 0 not answered, 1 "weet ik niet / n.v.t.", 1 + s for score s (1..16)
 *   Example on a 1-4 scale: "0" not answered, "2" weet ik niet,
 *   "4"/"5" score 1 (without/with talk mark), "a"/"b" score 4.
 * - `<check>`: three base-36 digits: the sum over every character before
 *   the last dot of (position + 1) * char code, modulo 46649 (a prime below
 *   36^3). Any single changed character or swapped pair is always caught;
 *   other damage slips through about once in 46649.
 *
 * Decoding trims spaces, accepts upper case, and accepts the code with a
 * `#code=` prefix or inside a full URL.
 */

export const DEELCODE_FORMAT = 'z1';
const CHECK_MODULUS = 46649;
const CHECK_LENGTH = 3;
const MAX_SCORE = 16;
const MAX_INPUT = 2000;

export interface DeelcodeEntry {
	/** null: not answered; 0: weet ik niet / n.v.t.; 1..16: score. */
	score: number | null;
	/** "Hier wil ik over praten". */
	bespreken: boolean;
}

export interface Deelcode {
	scanId: string;
	version: number;
	entries: DeelcodeEntry[];
}

export type DeelcodeError = 'empty' | 'too-long' | 'shape' | 'unknown-format' | 'checksum';

export type DecodeResult = { ok: true; value: Deelcode } | { ok: false; error: DeelcodeError; message: string };

const MESSAGES: Record<DeelcodeError, string> = {
	empty: 'Vul een deelcode in.',
	'too-long': 'Deze tekst is te lang voor een deelcode.',
	shape: 'Dit is geen geldige deelcode. Een deelcode begint met "z1." en bestaat uit vijf delen met punten ertussen.',
	'unknown-format': 'Deze deelcode is gemaakt met een nieuwere versie van de zelfscan. Vraag om een nieuwe code.',
	checksum:
		'Deze deelcode klopt niet: er is waarschijnlijk een teken veranderd of weggevallen. Kopieer de code opnieuw.',
};

/** The three check characters of a code's body (also used by the version-2 format, v2/deelcode.ts). */
export function checksum(text: string): string {
	let sum = 0;
	for (let i = 0; i < text.length; i++) sum = (sum + (i + 1) * text.charCodeAt(i)) % CHECK_MODULUS;
	return sum.toString(36).padStart(CHECK_LENGTH, '0');
}

const validScanId = (id: string) => CONTENT_ID.test(id);

export function encodeDeelcode({ scanId, version, entries }: Deelcode): string {
	if (!validScanId(scanId)) throw new Error(`Ongeldige scan-id voor een deelcode: "${scanId}"`);
	if (!Number.isInteger(version) || version < 1) throw new Error(`Ongeldige scanversie: ${version}`);
	const digits = entries
		.map(({ score, bespreken }) => {
			if (score !== null && !(Number.isInteger(score) && score >= 0 && score <= MAX_SCORE)) {
				throw new Error(`Score ${score} past niet in een deelcode`);
			}
			const state = score === null ? 0 : score + 1;
			return (state * 2 + (bespreken ? 1 : 0)).toString(36);
		})
		.join('');
	const body = `${DEELCODE_FORMAT}.${scanId}.${version}.${digits}`;
	return `${body}.${checksum(body)}`;
}

const fail = (error: DeelcodeError): DecodeResult => ({ ok: false, error, message: MESSAGES[error] });

/** Pull the code out of what people paste: the bare code, `#code=...`, or a URL with it. */
export function extractDeelcode(input: string): string {
	let text = input.trim();
	const at = text.lastIndexOf('code=');
	if (at !== -1) text = text.slice(at + 'code='.length);
	text = text.split(/[&\s]/)[0] ?? '';
	try {
		text = decodeURIComponent(text);
	} catch {
		// Keep the text as it is; the format check below refuses it if it is broken.
	}
	return text.toLowerCase();
}

export function decodeDeelcode(input: string): DecodeResult {
	if (input.length > MAX_INPUT) return fail('too-long');
	const code = extractDeelcode(input);
	if (!code) return fail('empty');
	const parts = code.split('.');
	if (parts[0] !== DEELCODE_FORMAT) return /^z\d+$/.test(parts[0] ?? '') ? fail('unknown-format') : fail('shape');
	const [, scanId = '', versionText = '', digits = '', check = ''] = parts;
	if (parts.length !== 5 || !validScanId(scanId) || !/^[1-9]\d{0,5}$/.test(versionText)) return fail('shape');
	if (!/^[0-9a-z]*$/.test(digits) || !/^[0-9a-z]{3}$/.test(check)) return fail('shape');
	if (checksum(code.slice(0, code.lastIndexOf('.'))) !== check) return fail('checksum');

	const entries: DeelcodeEntry[] = [];
	for (const digit of digits) {
		const value = parseInt(digit, 36);
		const state = value >> 1;
		if (state > MAX_SCORE + 1) return fail('shape');
		entries.push({ score: state === 0 ? null : state - 1, bespreken: (value & 1) === 1 });
	}
	return { ok: true, value: { scanId, version: Number(versionText), entries } };
}

/* ------------------------------------------------------------------------ */
/* Mapping to and from a scan's answers                                     */
/* ------------------------------------------------------------------------ */

interface ScanShape {
	id: string;
	version: number;
	scale: readonly string[];
	themes: readonly { statements: readonly { id: string }[] }[];
}

function stellingIds(scan: ScanShape): string[] {
	return scan.themes.flatMap((thema) => thema.statements.map((s) => s.id));
}

/** The deelcode of one round. Notes are left out on purpose. */
export function deelcodeFromAntwoorden(scan: ScanShape, antwoorden: Antwoorden): string {
	const points = scan.scale.length;
	return encodeDeelcode({
		scanId: scan.id,
		version: scan.version,
		entries: stellingIds(scan).map((id) => {
			const antwoord = antwoorden[id];
			const score = antwoord?.score;
			const valid = typeof score === 'number' && Number.isInteger(score) && score >= 0 && score <= points;
			return { score: valid ? score : null, bespreken: antwoord?.bespreken === true };
		}),
	});
}

export type AntwoordenResult = { ok: true; antwoorden: Antwoorden } | { ok: false; message: string };

/** Turn a decoded deelcode back into answers for `scan`, refusing a code of another scan or version. */
export function antwoordenFromDeelcode(scan: ScanShape, code: Deelcode): AntwoordenResult {
	if (code.scanId !== scan.id) {
		return { ok: false, message: `Deze deelcode hoort bij een andere zelfscan ("${code.scanId}").` };
	}
	if (code.version !== scan.version) {
		return {
			ok: false,
			message: `Deze deelcode hoort bij versie ${code.version} van de zelfscan; deze site heeft versie ${scan.version}.`,
		};
	}
	const ids = stellingIds(scan);
	if (code.entries.length !== ids.length) {
		return {
			ok: false,
			message: `Deze deelcode heeft ${code.entries.length} antwoorden; de zelfscan heeft ${ids.length} stellingen.`,
		};
	}
	const points = scan.scale.length;
	const antwoorden: Antwoorden = {};
	for (const [i, id] of ids.entries()) {
		const { score, bespreken } = code.entries[i];
		if (score !== null && score > points) {
			return { ok: false, message: `Antwoord ${i + 1} in de deelcode past niet op de schaal van deze zelfscan.` };
		}
		if (score === null && !bespreken) continue;
		antwoorden[id] = { ...(score === null ? {} : { score }), ...(bespreken ? { bespreken: true } : {}) };
	}
	return { ok: true, antwoorden };
}
