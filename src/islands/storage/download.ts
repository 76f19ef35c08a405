import { exportFileName } from '../../lib/storage/names';
import type { AnyToolStore } from '../../stores/tools';

/** Offer text as a file download. Works offline and under the site's CSP (blob URL, no request). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Give the browser time to start the download before the URL goes.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadJson(fileName: string, value: unknown): void {
	downloadText(fileName, `${JSON.stringify(value, null, '\t')}\n`);
}

/** Export one tool's data as it is on screen (unsaved edits included): 'big-5-checklist-2026-11-22.json'. */
export function downloadExport(store: AnyToolStore): void {
	const now = new Date();
	downloadJson(exportFileName(store.definition.title, now), store.exportFile(now));
}
