import type { AllExportFile, ToolExportFile } from './types';

/** File names and the shape of an "everything" export. Small on purpose: loaded on every tool page. */

export const ALL_EXPORT_NAME = 'van-jeugd-naar-volwassenheid-alles';

/** 'BIG-5-checklist' → 'big-5-checklist'; accents dropped, anything else becomes a dash. */
export function slugify(text: string): string {
	return (
		text
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'gegevens'
	);
}

/** Local calendar date as yyyy-mm-dd. */
export function isoDate(date: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** 'big-5-checklist-2026-11-22.json' */
export function exportFileName(name: string, date: Date): string {
	return `${slugify(name)}-${isoDate(date)}.json`;
}

export function buildAllExport(files: ToolExportFile[], now: Date): AllExportFile {
	return { kind: 'kb-alles', exportedAt: now.toISOString(), tools: files };
}
