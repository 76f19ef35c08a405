import { answersFromDeelcode, decodeDeelcode, encodeDeelcode } from '../zelfscan/deelcode';
import { bandFor, roundOne, scoreTheme, UNKNOWN, type Answers } from '../zelfscan/scoring';
import type { Zelfscan, ZelfscanBand } from '../zelfscan/schema';
import { MAX_CODES, type GroupState } from './definitie';

/**
 * Group overview for a trainer: participants' deelcodes in, anonymous
 * numbers per theme and per statement out. Pure functions, shared by the
 * island and the unit tests.
 *
 * Rules:
 * - A code is kept in its canonical form (lowercase, no `#code=` or URL
 *   around it), so the same code pasted twice or as a link counts once.
 * - "Weet ik niet / n.v.t." (score 0) and unanswered statements never count
 *   towards a median or a spread.
 * - A participant's theme score is the mean of their counted answers in
 *   that theme (the same rule as the zelfscan itself); the group's theme
 *   number is the median of those participant scores.
 */

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

type ScanShape = Pick<Zelfscan, 'id' | 'version' | 'scale' | 'bands' | 'themes' | 'title'>;

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
export function checkCode(input: string, scans: readonly ScanShape[]): { ok: true; code: string } | { ok: false; message: string } {
	const decoded = decodeDeelcode(input);
	if (!decoded.ok) return { ok: false, message: decoded.message };
	const scan = scans.find((s) => s.id === decoded.value.scanId);
	if (!scan) return { ok: false, message: `Deze deelcode hoort bij een zelfscan die deze site niet kent ("${decoded.value.scanId}").` };
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
		parts.push(result.refused.length === 1 ? '1 code is geweigerd, zie hieronder.' : `${result.refused.length} codes zijn geweigerd, zie hieronder.`);
	}
	return parts.join(' ');
}

/* ------------------------------------------------------------------------ */
/* Statistics                                                               */
/* ------------------------------------------------------------------------ */

/** Median of a list of numbers; null for an empty list. One decimal. */
export function median(values: readonly number[]): number | null {
	if (!values.length) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	const value = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	return roundOne(value);
}

/** Standard deviation (population), one decimal; null for fewer than two values. */
export function spread(values: readonly number[]): number | null {
	if (values.length < 2) return null;
	const mean = values.reduce((a, b) => a + b, 0) / values.length;
	const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length;
	return roundOne(Math.sqrt(variance));
}

export interface StatementSummary {
	id: string;
	text: string;
	themeId: string;
	/** counts[i] = participants who chose answer i + 1 on the scale. */
	counts: number[];
	/** "Weet ik niet / n.v.t." answers (never counted in median or spread). */
	unknown: number;
	/** Participants whose answer counts. */
	n: number;
	median: number | null;
	spread: number | null;
	lowest: number | null;
	highest: number | null;
	/** Participants who marked "Hier wil ik over praten". */
	talk: number;
}

export interface ThemeSummary {
	themeId: string;
	title: string;
	/** Participants with a score for this theme. */
	n: number;
	median: number | null;
	lowest: number | null;
	highest: number | null;
	spread: number | null;
	band: ZelfscanBand | null;
	/** How many participants' theme scores fall in each band, in band order. */
	bands: { band: ZelfscanBand; count: number }[];
	statements: StatementSummary[];
}

export interface GroupSummary {
	scanId: string;
	title: string;
	scale: readonly string[];
	participants: number;
	themes: ThemeSummary[];
	/** Statements with the smallest spread (at least two counted answers), most agreement first. */
	agree: StatementSummary[];
	/** Statements with the largest spread, most divided first. */
	diverge: StatementSummary[];
	/** Statements most often marked "Hier wil ik over praten", most first. */
	talk: StatementSummary[];
}

/** Spread at or below this (on the answer scale) counts as "the group agrees". */
export const AGREE_MAX = 0.5;
/** Spread at or above this counts as "views differ". */
export const DIVERGE_MIN = 1;
const LIST_SIZE = 5;

/** The answers of every code that belongs to `scan`. */
export function participantAnswers(scan: ScanShape, codes: readonly string[]): Answers[] {
	const out: Answers[] = [];
	for (const code of codes) {
		const decoded = decodeDeelcode(code);
		if (!decoded.ok || decoded.value.scanId !== scan.id) continue;
		const answers = answersFromDeelcode(scan, decoded.value);
		if (answers.ok) out.push(answers.answers);
	}
	return out;
}

export function summarize(scan: ScanShape, codes: readonly string[]): GroupSummary {
	const people = participantAnswers(scan, codes);
	const points = scan.scale.length;
	const themes: ThemeSummary[] = scan.themes.map((theme) => {
		const themeScores = people.map((answers) => scoreTheme(scan, theme, answers).average).filter((v): v is number => v !== null);
		const statements: StatementSummary[] = theme.statements.map((statement) => {
			const counts = Array.from({ length: points }, () => 0);
			const scores: number[] = [];
			let unknown = 0;
			let talk = 0;
			for (const answers of people) {
				const answer = answers[statement.id];
				if (answer?.talk) talk++;
				const score = answer?.score;
				if (score === UNKNOWN) unknown++;
				else if (typeof score === 'number' && score >= 1 && score <= points) {
					counts[score - 1]++;
					scores.push(score);
				}
			}
			return {
				id: statement.id,
				text: statement.text,
				themeId: theme.id,
				counts,
				unknown,
				n: scores.length,
				median: median(scores),
				spread: spread(scores),
				lowest: scores.length ? Math.min(...scores) : null,
				highest: scores.length ? Math.max(...scores) : null,
				talk,
			};
		});
		const groupMedian = median(themeScores);
		return {
			themeId: theme.id,
			title: theme.title,
			n: themeScores.length,
			median: groupMedian,
			lowest: themeScores.length ? Math.min(...themeScores) : null,
			highest: themeScores.length ? Math.max(...themeScores) : null,
			spread: spread(themeScores),
			band: bandFor(scan.bands, groupMedian),
			bands: scan.bands.map((band) => ({
				band,
				count: themeScores.filter((s) => bandFor(scan.bands, s)?.id === band.id).length,
			})),
			statements,
		};
	});

	const all = themes.flatMap((t) => t.statements);
	const comparable = all.filter((s): s is StatementSummary & { spread: number } => s.spread !== null);
	// Array.prototype.sort is stable: ties keep the order of the scan.
	const agree = [...comparable].filter((s) => s.spread <= AGREE_MAX).sort((a, b) => a.spread - b.spread || b.n - a.n);
	const diverge = [...comparable].filter((s) => s.spread >= DIVERGE_MIN).sort((a, b) => b.spread - a.spread || b.n - a.n);
	const talk = all.filter((s) => s.talk > 0).sort((a, b) => b.talk - a.talk);

	return {
		scanId: scan.id,
		title: scan.title,
		scale: scan.scale,
		participants: people.length,
		themes,
		agree: agree.slice(0, LIST_SIZE),
		diverge: diverge.slice(0, LIST_SIZE),
		talk: talk.slice(0, LIST_SIZE),
	};
}

/** The scans that have at least one code in the session, in the order of `scans`. */
export function scansInSession(scans: readonly ScanShape[], codes: readonly string[]): string[] {
	const ids = new Set(codes.map((c) => c.split('.')[1]));
	return scans.filter((s) => ids.has(s.id)).map((s) => s.id);
}

/** Scores as people read them: "2,5". */
export function formatNumber(value: number): string {
	return value.toFixed(1).replace('.', ',');
}
