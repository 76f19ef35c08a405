import { describe, expect, it } from 'vitest';
import {
	byteCapacity,
	encodeQr,
	formatBits,
	gfMultiply,
	qrPath,
	versionBits,
	type QrCode,
} from '../../../src/lib/qr/qr';

/*
 * An independent little decoder: it rebuilds the map of function modules
 * from the standard, reads the format bits, removes the mask, reads the
 * codewords in zigzag order, checks every Reed-Solomon block has zero
 * syndromes and parses the byte-mode segment. If the encoder gets any of
 * these wrong, the text does not come back.
 */

const BLOCKS: Record<number, { ec: number; data: number[] }> = {
	1: { ec: 10, data: [16] },
	2: { ec: 16, data: [28] },
	3: { ec: 26, data: [44] },
	4: { ec: 18, data: [32, 32] },
	5: { ec: 24, data: [43, 43] },
	6: { ec: 16, data: [27, 27, 27, 27] },
	7: { ec: 18, data: [31, 31, 31, 31] },
	8: { ec: 22, data: [38, 38, 39, 39] },
	9: { ec: 22, data: [36, 36, 36, 37, 37] },
	10: { ec: 26, data: [43, 43, 43, 43, 44] },
};
const ALIGN: Record<number, number[]> = {
	1: [],
	2: [6, 18],
	3: [6, 22],
	4: [6, 26],
	5: [6, 30],
	6: [6, 34],
	7: [6, 22, 38],
	8: [6, 24, 42],
	9: [6, 26, 46],
	10: [6, 28, 50],
};

function functionMap(version: number): boolean[][] {
	const size = version * 4 + 17;
	const f = Array.from({ length: size }, () => new Array(size).fill(false));
	const mark = (x0: number, y0: number, w: number, h: number) => {
		for (let y = y0; y < y0 + h; y++)
			for (let x = x0; x < x0 + w; x++) if (x >= 0 && y >= 0 && x < size && y < size) f[y][x] = true;
	};
	mark(0, 0, 9, 9);
	mark(size - 8, 0, 8, 9);
	mark(0, size - 8, 9, 8);
	mark(6, 0, 1, size);
	mark(0, 6, size, 1);
	const p = ALIGN[version];
	for (const ax of p)
		for (const ay of p) {
			if ((ax === 6 && ay === 6) || (ax === 6 && ay === p[p.length - 1]) || (ax === p[p.length - 1] && ay === 6))
				continue;
			mark(ax - 2, ay - 2, 5, 5);
		}
	if (version >= 7) {
		mark(size - 11, 0, 3, 6);
		mark(0, size - 11, 6, 3);
	}
	return f;
}

function readFormat(code: QrCode): { level: number; mask: number } {
	const m = code.modules;
	const bits: boolean[] = [];
	for (let i = 0; i <= 5; i++) bits[i] = m[i][8];
	bits[6] = m[7][8];
	bits[7] = m[8][8];
	bits[8] = m[8][7];
	for (let i = 9; i < 15; i++) bits[i] = m[8][14 - i];
	const raw = bits.reduce((acc, b, i) => acc | ((b ? 1 : 0) << i), 0);
	// Find the nearest valid format word (there are only 32).
	for (let level = 0; level < 4; level++)
		for (let mask = 0; mask < 8; mask++) {
			const data = (level << 3) | mask;
			let rem = data;
			for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
			if ((((data << 10) | rem) ^ 0x5412) === raw) return { level, mask };
		}
	throw new Error('format bits are not a valid codeword');
}

function masked(mask: number, x: number, y: number): boolean {
	return [
		(x + y) % 2 === 0,
		y % 2 === 0,
		x % 3 === 0,
		(x + y) % 3 === 0,
		(Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
		((x * y) % 2) + ((x * y) % 3) === 0,
		(((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
		(((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
	][mask];
}

function decode(code: QrCode): string {
	const { version, size, modules } = code;
	const { level, mask } = readFormat(code);
	expect(level, 'level M').toBe(0);
	const f = functionMap(version);
	const bits: number[] = [];
	let upward = true;
	for (let right = size - 1; right >= 1; right -= 2) {
		if (right === 6) right = 5;
		for (let v = 0; v < size; v++) {
			const y = upward ? size - 1 - v : v;
			for (const x of [right, right - 1]) if (!f[y][x]) bits.push(modules[y][x] !== masked(mask, x, y) ? 1 : 0);
		}
		upward = !upward;
	}
	const { ec, data } = BLOCKS[version];
	const total = data.reduce((a, b) => a + b, 0) + ec * data.length;
	const words: number[] = [];
	for (let i = 0; i < total; i++) words.push(bits.slice(i * 8, i * 8 + 8).reduce((a, b) => (a << 1) | b, 0));
	// De-interleave.
	const blocks = data.map(() => [] as number[]);
	let at = 0;
	for (let i = 0; i < Math.max(...data); i++) data.forEach((n, b) => i < n && blocks[b].push(words[at++]));
	for (let i = 0; i < ec; i++) blocks.forEach((blk) => blk.push(words[at++]));
	// Syndromes: the codeword polynomial must vanish at alpha^0 .. alpha^(ec-1).
	for (const blk of blocks) {
		let alpha = 1;
		for (let i = 0; i < ec; i++) {
			let s = 0;
			for (const w of blk) s = gfMultiply(s, alpha) ^ w;
			expect(s, 'Reed-Solomon syndrome').toBe(0);
			alpha = gfMultiply(alpha, 2);
		}
	}
	const dataWords = blocks.flatMap((blk, b) => blk.slice(0, data[b]));
	const stream = dataWords.flatMap((w) => Array.from({ length: 8 }, (_, i) => (w >>> (7 - i)) & 1));
	const read = (from: number, n: number) => stream.slice(from, from + n).reduce((a, b) => (a << 1) | b, 0);
	expect(read(0, 4), 'byte mode').toBe(0b0100);
	const countLength = version <= 9 ? 8 : 16;
	const length = read(4, countLength);
	const bytes = Array.from({ length }, (_, i) => read(4 + countLength + i * 8, 8));
	return new TextDecoder().decode(new Uint8Array(bytes));
}

describe('QR encoder', () => {
	it('round-trips short and long texts through a decoder', () => {
		const texts = [
			'a',
			'https://www.vanjeugdnaarvolwassenheid.nl/voor-trainers/groepsoverzicht/#code=z1.informele-steun.1.8a68003.0kq',
			'z1.gemeentescan.1.' + '4567'.repeat(20) + '.abc',
			'é en ü: UTF-8',
			'x'.repeat(byteCapacity(10)),
		];
		for (const text of texts) expect(decode(encodeQr(text))).toBe(text);
	});

	it('works with every mask', () => {
		for (let mask = 0; mask < 8; mask++) {
			const code = encodeQr('maskertest voor de trainer', mask);
			expect(code.mask).toBe(mask);
			expect(decode(code)).toBe('maskertest voor de trainer');
		}
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
