import { isoDate } from '../format';
import { slugify } from '../slug';
import type { AllExportFile, ToolExportFile } from './types';

/** File names and the shape of an "everything" export. Small on purpose: loaded on every tool page. */

export const ALL_EXPORT_NAME = 'van-jeugd-naar-volwassenheid-alles';

/** 'big-5-checklist-2026-11-22.json' */
export function exportFileName(name: string, date: Date): string {
	return `${slugify(name) || 'gegevens'}-${isoDate(date)}.json`;
}

export function buildAllExport(files: ToolExportFile[], now: Date): AllExportFile {
	return { kind: 'kb-alles', exportedAt: now.toISOString(), tools: files };
}
