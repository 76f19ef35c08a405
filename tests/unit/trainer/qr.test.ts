import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import {
	byteCapacity,
	encodeQr,
	formatBits,
	MAX_VERSION,
	type QrCode,
	qrPath,
	versionBits,
} from '../../../src/lib/qr/qr';

/**
 * Decode with jsQR, a QR reader written independently of this encoder, from
 * an image of the code as a camera would see it: 4 pixels per module and the
 * 4-module quiet zone. Returns the bytes read and the version jsQR found.
 */
function scan(code: QrCode): { text: string; version: number } | null {
	const scale = 4;
	const quiet = 4;
	const side = (code.size + quiet * 2) * scale;
	const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
	for (const [y, row] of code.modules.entries()) {
		for (const [x, dark] of row.entries()) {
			if (!dark) continue;
			for (let dy = 0; dy < scale; dy++) {
				for (let dx = 0; dx < scale; dx++) {
					const at = (((y + quiet) * scale + dy) * side + (x + quiet) * scale + dx) * 4;
					pixels.fill(0, at, at + 3);
				}
			}
		}
	}
	const found = jsQR(pixels, side, side, { inversionAttempts: 'dontInvert' });
	return found && { text: new TextDecoder().decode(new Uint8Array(found.binaryData)), version: found.version };
}

describe('QR encoder', () => {
	it('an independent reader (jsQR) reads short and long texts back', () => {
		const texts = [
			'a',
			'https://www.vanjeugdnaarvolwassenheid.nl/voor-trainers/groepsoverzicht/#code=z1.informele-steun.1.8a68003.0kq',
			`z1.gemeentescan.1.${'4567'.repeat(20)}.abc`,
			'é en ü: UTF-8',
			'x'.repeat(byteCapacity(10)),
		];
		for (const text of texts) expect(scan(encodeQr(text))?.text).toBe(text);
	});

	it('every version it emits reads back, at the largest text that version holds', () => {
		for (let version = 1; version <= MAX_VERSION; version++) {
			const text = 'https://example.org/#code=z1.informele-steun.1.'
				.padEnd(byteCapacity(version), '8a6')
				.slice(0, byteCapacity(version));
			const code = encodeQr(text);
			expect(code.version).toBe(version);
			expect(scan(code), `version ${version}`).toEqual({ text, version });
		}
	});

	it('works with every mask', () => {
		for (let mask = 0; mask < 8; mask++) {
			const code = encodeQr('maskertest voor de trainer', mask);
			expect(code.mask).toBe(mask);
			expect(scan(code)?.text).toBe('maskertest voor de trainer');
		}
	});

	it('a damaged code does not read as another text', () => {
		const code = encodeQr('z1.informele-steun.1.8a68003.0kq');
		// Flip a block of modules in the data area: more than level M can correct.
		for (let y = 9; y < 17; y++) for (let x = 9; x < 13; x++) code.modules[y][x] = !code.modules[y][x];
		const read = scan(code);
		expect(read === null || read.text === 'z1.informele-steun.1.8a68003.0kq').toBe(true);
	});

	it('picks the smallest version and grows with the text', () => {
		expect(encodeQr('kort').version).toBe(1);
		expect(encodeQr('x'.repeat(14)).version).toBe(1);
		expect(encodeQr('x'.repeat(15)).version).toBe(2);
		expect(encodeQr('x'.repeat(200)).version).toBe(10);
		expect(encodeQr('x'.repeat(200)).size).toBe(57);
	});

	it('refuses text that does not fit in version 10', () => {
		expect(() => encodeQr('x'.repeat(byteCapacity(10) + 1))).toThrow(/te lang/);
	});

	it('has the three finder patterns and timing lines', () => {
		const { modules, size } = encodeQr('finder');
		for (const [cx, cy] of [
			[3, 3],
			[size - 4, 3],
			[3, size - 4],
		]) {
			for (let d = -3; d <= 3; d++) {
				expect(modules[cy - 3][cx + d]).toBe(true);
				expect(modules[cy + d][cx - 3]).toBe(true);
			}
			expect(modules[cy][cx]).toBe(true);
			expect(modules[cy - 2][cx]).toBe(false);
		}
		for (let i = 8; i < size - 8; i++) expect(modules[6][i]).toBe(i % 2 === 0);
		expect(modules[size - 8][8], 'dark module').toBe(true);
	});

	it('uses the standard BCH words for format and version information', () => {
		// Values from the format and version tables of ISO/IEC 18004 (level M, masks 0 and 7; version 7).
		expect(formatBits(0)).toBe(0b101010000010010);
		expect(formatBits(7)).toBe(0b100101010100000);
		expect(versionBits(7)).toBe(0x07c94);
		expect(versionBits(10)).toBe(0x0a4d3);
	});

	it('renders one SVG path with a quiet zone', () => {
		const code = encodeQr('svg');
		const path = qrPath(code);
		expect(path.startsWith('M4 4h1v1h-1z')).toBe(true);
		expect(path).not.toMatch(/[<>"]/);
	});
});
