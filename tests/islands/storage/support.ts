import { vi } from 'vitest';
import { isoDate } from '../../../src/lib/format';

/** Capture downloads made through a blob URL and a clicked <a download>. */
export function captureDownloads() {
	const blobs = new Map<string, Blob>();
	const files: { name: string; blob: Blob }[] = [];
	let n = 0;
	vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
		const url = `blob:test/${++n}`;
		blobs.set(url, blob as Blob);
		return url;
	});
	vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
	vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
		files.push({ name: this.download, blob: blobs.get(this.href) as Blob });
	});
	return files;
}

/** Put a file into an <input type=file> and fire change, as a user picking it would. */
export function chooseFile(input: HTMLElement, file: File): void {
	Object.defineProperty(input, 'files', { value: [file], configurable: true });
	input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Today as yyyy-mm-dd, as export file names carry it. */
export const today = () => isoDate(new Date());
