import { CONTENT_ID } from '../ids';
import type { Antwoorden, GeenScore } from './definition';

/**
 * Deelcode: a short text that carries the scores of one zelfscan round, so
 * a participant can hand them to a trainer for the group overview. It holds
 * no notes and no names: only which scan, which version, and per statement
 * the score and the "Hier wil ik over praten" mark.
 *
 * FORMAT 1 (written until December 2026, still read), all lowercase, URL-safe, usable as `#code=<deelcode>`:
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

const DEELCODE_FORMAT = 'z1';
const CHECK_MODULUS = 46649;
const CHECK_LENGTH = 3;
const MAX_SCORE = 16;
const MAX_INPUT = 2000;

interface DeelcodeEntry {
	/** null: not answered; 0: weet ik niet / n.v.t.; 1..16: score. */
	score: number | null;
	/** "Hier wil ik over praten". */
	bespreken: boolean;
}

interface Deelcode {
	scanId: string;
	version: number;
	entries: DeelcodeEntry[];
}

type DeelcodeError = 'empty' | 'too-long' | 'shape' | 'unknown-format' | 'checksum';

type DecodeResult = { ok: true; value: Deelcode } | { ok: false; error: DeelcodeError; message: string };

const MESSAGES: Record<DeelcodeError, string> = {
	empty: 'Vul een deelcode in.',
	'too-long': 'Deze tekst is te lang voor een deelcode.',
	shape: 'Dit is geen geldige deelcode. Een deelcode begint met "z1." en bestaat uit vijf delen met punten ertussen.',
	'unknown-format': 'Deze deelcode is gemaakt met een nieuwere versie van de zelfscan. Vraag om een nieuwe code.',
	checksum:
		'Deze deelcode klopt niet: er is waarschijnlijk een teken veranderd of weggevallen. Kopieer de code opnieuw.',
};

/** The three check characters of a code's body (both formats). */
function checksum(text: string): string {
	let sum = 0;
	for (let i = 0; i < text.length; i++) sum = (sum + (i + 1) * text.charCodeAt(i)) % CHECK_MODULUS;
	return sum.toString(36).padStart(CHECK_LENGTH, '0');
}

const validScanId = (id: string) => CONTENT_ID.test(id);

/** Format 1 as the site wrote it until December 2026; only tests still write it, to hold old codes. */
export function encodeDeelcode1({ scanId, version, entries }: Deelcode): string {
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

function decodeDeelcode1(input: string): DecodeResult {
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

/**
 * Deelcode format 2, for version-2 scans and the team round of issue 15
 * (Samen scannen): the same idea as format 1 (../deelcode.ts), plus a role
 * and a round, and "weet ik niet" apart from "niet van toepassing".
 * Format-1 codes stay readable: they are read against the earlier version
 * of their scan (content/zelfscans/eerder/), their one answer "weet ik niet /
 * n.v.t." as it was chosen.
 *
 *     z2.<scan-id>.<scan-versie>.<rol>.<ronde>.<answers>.<check>
 *     z2.gemeentescan.2.jeugdhulp.k3f9a2.a4...0.1xq
 *
 * - `<rol>`: a role id of the scan (`rollen` in its file), or `-` without a role;
 * - `<ronde>`: the round's key, 1 to 16 characters [0-9a-z], or `-` outside a
 *   team round (issue 15 decides how a round gets its key; no name, no person);
 * - `<answers>`: one base-36 digit per item, in the order of the scan:
 *       digit = state * 2 + (bespreken ? 1 : 0)
 *       state = 0 open, 1 weet ik niet, 2 niet van toepassing, 2 + s for score s (1..9);
 *   evidence answers and notes are never in a code;
 * - `<check>`: three base-36 digits over everything before the last dot, as format 1.
 */

export const DEELCODE_FORMAT_2 = 'z2';
const MAX_SCORE_2 = 9;
const NONE = '-';
const RONDE = /^[0-9a-z]{1,16}$/;

export interface CodeEntry {
	score: number | null;
	geenScore?: GeenScore;
	bespreken: boolean;
}

export interface DecodedCode {
	/** 1 or 2: the format of the code. */
	format: 1 | 2;
	scanId: string;
	versie: number;
	/** Role id, null without one (every format-1 code: "rol onbekend"). */
	rol: string | null;
	ronde: string | null;
	entries: CodeEntry[];
}

export type CodeResult = { ok: true; value: DecodedCode } | { ok: false; message: string };

export function encodeDeelcode(code: Omit<DecodedCode, 'format'>): string {
	const { scanId, versie, rol, ronde, entries } = code;
	if (!CONTENT_ID.test(scanId)) throw new Error(`Ongeldige scan-id voor een deelcode: "${scanId}"`);
	if (!Number.isInteger(versie) || versie < 1) throw new Error(`Ongeldige scanversie: ${versie}`);
	if (rol !== null && !CONTENT_ID.test(rol)) throw new Error(`Ongeldige rol voor een deelcode: "${rol}"`);
	if (ronde !== null && !RONDE.test(ronde)) throw new Error(`Ongeldige ronde voor een deelcode: "${ronde}"`);
	const digits = entries
		.map(({ score, geenScore, bespreken }) => {
			let state = 0;
			if (score !== null) {
				if (!(Number.isInteger(score) && score >= 1 && score <= MAX_SCORE_2)) {
					throw new Error(`Score ${score} past niet in een deelcode`);
				}
				state = 2 + score;
			} else if (geenScore === 'weet-niet') state = 1;
			else if (geenScore === 'nvt') state = 2;
			else if (geenScore === 'weet-niet-of-nvt') throw new Error('Een code van formaat 2 kent alleen losse antwoorden');
			return (state * 2 + (bespreken ? 1 : 0)).toString(36);
		})
		.join('');
	const body = `${DEELCODE_FORMAT_2}.${scanId}.${versie}.${rol ?? NONE}.${ronde ?? NONE}.${digits}`;
	return `${body}.${checksum(body)}`;
}

const SHAPE =
	'Dit is geen geldige deelcode. Een deelcode begint met "z2." (of met "z1." voor een oudere code), met delen gescheiden door punten.';

/** Reads a format-2 code, or a format-1 code through the format-1 decoder. */
export function decodeDeelcode(input: string): CodeResult {
	if (input.length > MAX_INPUT) return { ok: false, message: 'Deze tekst is te lang voor een deelcode.' };
	const code = extractDeelcode(input);
	if (!code) return { ok: false, message: 'Vul een deelcode in.' };
	const parts = code.split('.');
	if (parts[0] === 'z1') {
		const old = decodeDeelcode1(code);
		if (!old.ok) return { ok: false, message: old.message };
		return {
			ok: true,
			value: {
				format: 1,
				scanId: old.value.scanId,
				versie: old.value.version,
				rol: null,
				ronde: null,
				entries: old.value.entries.map(({ score, bespreken }) =>
					score === 0 ? { score: null, geenScore: 'weet-niet-of-nvt', bespreken } : { score, bespreken },
				),
			},
		};
	}
	if (parts[0] !== DEELCODE_FORMAT_2) {
		return /^z\d+$/.test(parts[0] ?? '')
			? {
					ok: false,
					message: 'Deze deelcode is gemaakt met een nieuwere versie van de zelfscan. Vraag om een nieuwe code.',
				}
			: { ok: false, message: SHAPE };
	}
	const [, scanId = '', versieText = '', rol = '', ronde = '', digits = '', check = ''] = parts;
	if (
		parts.length !== 7 ||
		!CONTENT_ID.test(scanId) ||
		!/^[1-9]\d{0,2}$/.test(versieText) ||
		!(rol === NONE || CONTENT_ID.test(rol)) ||
		!(ronde === NONE || RONDE.test(ronde)) ||
		!/^[0-9a-z]*$/.test(digits) ||
		!/^[0-9a-z]{3}$/.test(check)
	) {
		return { ok: false, message: SHAPE };
	}
	if (checksum(code.slice(0, code.lastIndexOf('.'))) !== check) {
		return {
			ok: false,
			message:
				'Deze deelcode klopt niet: er is waarschijnlijk een teken veranderd of weggevallen. Kopieer de code opnieuw.',
		};
	}
	const entries: CodeEntry[] = [];
	for (const digit of digits) {
		const value = parseInt(digit, 36);
		const state = value >> 1;
		const bespreken = (value & 1) === 1;
		if (state > 2 + MAX_SCORE_2) return { ok: false, message: SHAPE };
		if (state === 0) entries.push({ score: null, bespreken });
		else if (state === 1) entries.push({ score: null, geenScore: 'weet-niet', bespreken });
		else if (state === 2) entries.push({ score: null, geenScore: 'nvt', bespreken });
		else entries.push({ score: state - 2, bespreken });
	}
	return {
		ok: true,
		value: {
			format: 2,
			scanId,
			versie: Number(versieText),
			rol: rol === NONE ? null : rol,
			ronde: ronde === NONE ? null : ronde,
			entries,
		},
	};
}

/** What a code needs of a scan version: its id, version, scale and items in order. */
export interface CodeScan {
	id: string;
	versie: number;
	schaal: readonly string[];
	themas: readonly { onderdelen: readonly { id: string }[] }[];
	rollen?: readonly { id: string }[];
}

const itemIds = (scan: CodeScan) => scan.themas.flatMap((t) => t.onderdelen.map((o) => o.id));

/** The code of one round of a version-2 scan. Notes and evidence answers are left out on purpose. */
export function deelcodeFromAntwoorden(
	scan: CodeScan,
	antwoorden: Antwoorden,
	team: { rol: string | null; ronde: string | null } = { rol: null, ronde: null },
): string {
	const points = scan.schaal.length;
	return encodeDeelcode({
		scanId: scan.id,
		versie: scan.versie,
		...team,
		entries: itemIds(scan).map((id) => {
			const a = antwoorden[id];
			const score = typeof a?.score === 'number' && a.score >= 1 && a.score <= points ? a.score : null;
			const geenScore =
				score === null && (a?.geenScore === 'weet-niet' || a?.geenScore === 'nvt') ? a.geenScore : undefined;
			return { score, ...(geenScore && { geenScore }), bespreken: a?.bespreken === true };
		}),
	});
}

/**
 * The format-1 code of a round of version 1 of a scan (an earlier version):
 * how a trainer still reads files that participants exported before the
 * switch. Its one answer "weet ik niet / n.v.t." goes back to state 1.
 */
export function deelcode1FromAntwoorden(scan: CodeScan, antwoorden: Antwoorden): string {
	const points = scan.schaal.length;
	return encodeDeelcode1({
		scanId: scan.id,
		version: scan.versie,
		entries: itemIds(scan).map((id) => {
			const a = antwoorden[id];
			const score =
				typeof a?.score === 'number' && a.score >= 1 && a.score <= points ? a.score : a?.geenScore ? 0 : null;
			return { score, bespreken: a?.bespreken === true };
		}),
	});
}

export type CodeAntwoorden =
	| { ok: true; scan: CodeScan; antwoorden: Antwoorden; rol: string | null; ronde: string | null; eerder: boolean }
	| { ok: false; message: string };

/**
 * The answers in a code, read against the version of the scan it was made
 * with: `versions` holds the current version and the earlier ones
 * (content/zelfscans/eerder/). `eerder` says the code belongs to an earlier version.
 */
export function antwoordenFromCode(versions: readonly CodeScan[], code: DecodedCode): CodeAntwoorden {
	const ofScan = versions.filter((v) => v.id === code.scanId);
	if (!ofScan.length) {
		return { ok: false, message: `Deze deelcode hoort bij een zelfscan die deze site niet kent ("${code.scanId}").` };
	}
	const scan = ofScan.find((v) => v.versie === code.versie);
	if (!scan) {
		return {
			ok: false,
			message: `Deze deelcode hoort bij versie ${code.versie} van de zelfscan; die kent deze site niet.`,
		};
	}
	const ids = itemIds(scan);
	if (code.entries.length !== ids.length) {
		return {
			ok: false,
			message: `Deze deelcode heeft ${code.entries.length} antwoorden; versie ${scan.versie} van de zelfscan heeft er ${ids.length}.`,
		};
	}
	if (code.rol !== null && !scan.rollen?.some((r) => r.id === code.rol)) {
		return { ok: false, message: `De rol in deze deelcode ("${code.rol}") hoort niet bij deze zelfscan.` };
	}
	const points = scan.schaal.length;
	const antwoorden: Antwoorden = {};
	for (const [i, id] of ids.entries()) {
		const { score, geenScore, bespreken } = code.entries[i];
		if (score !== null && score > points) {
			return { ok: false, message: `Antwoord ${i + 1} in de deelcode past niet op de schaal van deze zelfscan.` };
		}
		if (score === null && !geenScore && !bespreken) continue;
		antwoorden[id] = {
			...(score !== null && { score }),
			...(geenScore && { geenScore }),
			...(bespreken && { bespreken: true }),
		};
	}
	const newest = Math.max(...ofScan.map((v) => v.versie));
	return { ok: true, scan, antwoorden, rol: code.rol, ronde: code.ronde, eerder: scan.versie < newest };
}
