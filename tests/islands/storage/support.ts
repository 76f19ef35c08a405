import { vi } from 'vitest';

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
		files.push({ name: this.download, blob: blobs.get(this.href)! });
	});
	return files;
}

/** Put a file into an <input type=file> and fire change, as a user picking it would. */
export function chooseFile(input: HTMLElement, file: File): void {
	Object.defineProperty(input, 'files', { value: [file], configurable: true });
	input.dispatchEvent(new Event('change', { bubbles: true }));
}

export const today = () => {
	const d = new Date();
	const pad = (x: number) => String(x).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** @nanostores/preact re-renders on a zero timeout: wait for it inside act(). */
export async function settle(): Promise<void> {
	const { act } = await import('@testing-library/preact');
	await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
}
