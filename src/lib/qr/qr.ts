/**
 * A small QR code encoder: byte mode, error correction level M, versions 1
 * to 10 (up to 213 bytes, enough for a link with a deelcode). Written for
 * this site so the trainer's QR code never needs a third-party service.
 * Follows ISO/IEC 18004; the structure is the well-known reference design
 * (function patterns, Reed-Solomon per block, interleaving, zigzag
 * placement, the mask with the lowest penalty).
 */

export const MAX_VERSION = 10;

/** Per version (index = version): error correction codewords per block and the data codewords per block. */
const BLOCKS_M: readonly { ec: number; data: readonly number[] }[] = [
	{ ec: 0, data: [] },
	{ ec: 10, data: [16] },
	{ ec: 16, data: [28] },
	{ ec: 26, data: [44] },
	{ ec: 18, data: [32, 32] },
	{ ec: 24, data: [43, 43] },
	{ ec: 16, data: [27, 27, 27, 27] },
	{ ec: 18, data: [31, 31, 31, 31] },
	{ ec: 22, data: [38, 38, 39, 39] },
	{ ec: 22, data: [36, 36, 36, 37, 37] },
	{ ec: 26, data: [43, 43, 43, 43, 44] },
];

const ALIGNMENT: readonly (readonly number[])[] = [
	[],
	[],
	[6, 18],
	[6, 22],
	[6, 26],
	[6, 30],
	[6, 34],
	[6, 22, 38],
	[6, 24, 42],
	[6, 26, 46],
	[6, 28, 50],
];

/** Error correction level M has format bits 00. */
const EC_LEVEL_M_BITS = 0;

export interface QrCode {
	version: number;
	size: number;
	mask: number;
	/** modules[y][x]: true is dark. */
	modules: boolean[][];
}

export function dataCapacity(version: number): number {
	return BLOCKS_M[version].data.reduce((a, b) => a + b, 0);
}

function countBits(version: number): number {
	return version <= 9 ? 8 : 16;
}

/** Bytes that fit in one byte-mode segment of this version. */
export function byteCapacity(version: number): number {
	return Math.floor((dataCapacity(version) * 8 - 4 - countBits(version)) / 8);
}

/* Reed-Solomon over GF(256), polynomial 0x11D. */
export function gfMultiply(x: number, y: number): number {
	let z = 0;
	for (let i = 7; i >= 0; i--) {
		z = (z << 1) ^ ((z >>> 7) * 0x11d);
		z ^= ((y >>> i) & 1) * x;
	}
	return z & 0xff;
}

export function rsDivisor(degree: number): number[] {
	const result = new Array<number>(degree).fill(0);
	result[degree - 1] = 1;
	let root = 1;
	for (let i = 0; i < degree; i++) {
		for (let j = 0; j < degree; j++) {
			result[j] = gfMultiply(result[j], root);
			if (j + 1 < degree) result[j] ^= result[j + 1];
		}
		root = gfMultiply(root, 0x02);
	}
	return result;
}

export function rsRemainder(data: readonly number[], divisor: readonly number[]): number[] {
	const result = divisor.map(() => 0);
	for (const byte of data) {
		const factor = byte ^ (result.shift() as number);
		result.push(0);
		for (const [i, coef] of divisor.entries()) result[i] ^= gfMultiply(coef, factor);
	}
	return result;
}

function utf8(text: string): number[] {
	return Array.from(new TextEncoder().encode(text));
}

/** Data codewords: mode, length, bytes, terminator, padding. */
function dataCodewords(bytes: readonly number[], version: number): number[] {
	const capacityBits = dataCapacity(version) * 8;
	const bits: number[] = [];
	const push = (value: number, length: number) => {
		for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
	};
	push(0b0100, 4);
	push(bytes.length, countBits(version));
	for (const b of bytes) push(b, 8);
	push(0, Math.min(4, capacityBits - bits.length));
	push(0, (8 - (bits.length % 8)) % 8);
	const words: number[] = [];
	for (let i = 0; i < bits.length; i += 8) words.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));
	for (let pad = 0xec; words.length < capacityBits / 8; pad ^= 0xec ^ 0x11) words.push(pad);
	return words;
}

/** Split into blocks, add error correction, interleave. */
function withErrorCorrection(data: readonly number[], version: number): number[] {
	const { ec, data: sizes } = BLOCKS_M[version];
	const divisor = rsDivisor(ec);
	const blocks: number[][] = [];
	const eccs: number[][] = [];
	let at = 0;
	for (const size of sizes) {
		const block = data.slice(at, at + size);
		at += size;
		blocks.push(block);
		eccs.push(rsRemainder(block, divisor));
	}
	const out: number[] = [];
	const longest = Math.max(...sizes);
	for (let i = 0; i < longest; i++) for (const block of blocks) if (i < block.length) out.push(block[i]);
	for (let i = 0; i < ec; i++) for (const ecc of eccs) out.push(ecc[i]);
	return out;
}

export function formatBits(mask: number): number {
	const data = (EC_LEVEL_M_BITS << 3) | mask;
	let rem = data;
	for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
	return ((data << 10) | rem) ^ 0x5412;
}

export function versionBits(version: number): number {
	let rem = version;
	for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
	return (version << 12) | rem;
}

const bit = (value: number, i: number) => ((value >>> i) & 1) !== 0;

export function maskApplies(mask: number, x: number, y: number): boolean {
	switch (mask) {
		case 0:
			return (x + y) % 2 === 0;
		case 1:
			return y % 2 === 0;
		case 2:
			return x % 3 === 0;
		case 3:
			return (x + y) % 3 === 0;
		case 4:
			return (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0;
		case 5:
			return ((x * y) % 2) + ((x * y) % 3) === 0;
		case 6:
			return (((x * y) % 2) + ((x * y) % 3)) % 2 === 0;
		default:
			return (((x + y) % 2) + ((x * y) % 3)) % 2 === 0;
	}
}

class Grid {
	readonly size: number;
	readonly modules: boolean[][];
	readonly isFunction: boolean[][];

	constructor(readonly version: number) {
		this.size = version * 4 + 17;
		this.modules = Array.from({ length: this.size }, () => new Array<boolean>(this.size).fill(false));
		this.isFunction = Array.from({ length: this.size }, () => new Array<boolean>(this.size).fill(false));
	}

	setFunction(x: number, y: number, dark: boolean) {
		this.modules[y][x] = dark;
		this.isFunction[y][x] = true;
	}

	drawFunctionPatterns() {
		const { size, version } = this;
		for (let i = 0; i < size; i++) {
			this.setFunction(6, i, i % 2 === 0);
			this.setFunction(i, 6, i % 2 === 0);
		}
		this.drawFinder(3, 3);
		this.drawFinder(size - 4, 3);
		this.drawFinder(3, size - 4);
		const positions = ALIGNMENT[version];
		const last = positions.length - 1;
		for (const [i, px] of positions.entries()) {
			for (const [j, py] of positions.entries()) {
				// No alignment pattern where a finder pattern is.
				if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) continue;
				for (let dy = -2; dy <= 2; dy++) {
					for (let dx = -2; dx <= 2; dx++)
						this.setFunction(px + dx, py + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
				}
			}
		}
		this.drawFormat(0);
		if (version >= 7) {
			const bits = versionBits(version);
			for (let i = 0; i < 18; i++) {
				const a = size - 11 + (i % 3);
				const b = Math.floor(i / 3);
				this.setFunction(a, b, bit(bits, i));
				this.setFunction(b, a, bit(bits, i));
			}
		}
	}

	drawFinder(cx: number, cy: number) {
		for (let dy = -4; dy <= 4; dy++) {
			for (let dx = -4; dx <= 4; dx++) {
				const x = cx + dx;
				const y = cy + dy;
				if (x < 0 || y < 0 || x >= this.size || y >= this.size) continue;
				const distance = Math.max(Math.abs(dx), Math.abs(dy));
				this.setFunction(x, y, distance !== 2 && distance !== 4);
			}
		}
	}

	drawFormat(mask: number) {
		const bits = formatBits(mask);
		const { size } = this;
		for (let i = 0; i <= 5; i++) this.setFunction(8, i, bit(bits, i));
		this.setFunction(8, 7, bit(bits, 6));
		this.setFunction(8, 8, bit(bits, 7));
		this.setFunction(7, 8, bit(bits, 8));
		for (let i = 9; i < 15; i++) this.setFunction(14 - i, 8, bit(bits, i));
		for (let i = 0; i < 8; i++) this.setFunction(size - 1 - i, 8, bit(bits, i));
		for (let i = 8; i < 15; i++) this.setFunction(8, size - 15 + i, bit(bits, i));
		this.setFunction(8, size - 8, true);
	}

	drawCodewords(words: readonly number[]) {
		const { size } = this;
		let i = 0;
		for (let right = size - 1; right >= 1; right -= 2) {
			if (right === 6) right = 5;
			for (let vert = 0; vert < size; vert++) {
				for (let j = 0; j < 2; j++) {
					const x = right - j;
					const upward = ((right + 1) & 2) === 0;
					const y = upward ? size - 1 - vert : vert;
					if (!this.isFunction[y][x] && i < words.length * 8) {
						this.modules[y][x] = bit(words[i >>> 3], 7 - (i & 7));
						i++;
					}
				}
			}
		}
	}

	applyMask(mask: number) {
		for (let y = 0; y < this.size; y++) {
			for (let x = 0; x < this.size; x++) {
				if (!this.isFunction[y][x] && maskApplies(mask, x, y)) this.modules[y][x] = !this.modules[y][x];
			}
		}
	}
}

/** Penalty score of ISO/IEC 18004 §7.8.3: lower is easier to scan. */
export function penalty(modules: readonly (readonly boolean[])[]): number {
	const size = modules.length;
	let score = 0;
	const line = (get: (i: number) => boolean) => {
		let run = 1;
		for (let i = 1; i <= size; i++) {
			if (i < size && get(i) === get(i - 1)) run++;
			else {
				if (run >= 5) score += run - 2;
				run = 1;
			}
		}
		// Finder-like pattern 1011101 with four light modules on one side.
		for (let i = 0; i + 7 <= size; i++) {
			const core = get(i) && !get(i + 1) && get(i + 2) && get(i + 3) && get(i + 4) && !get(i + 5) && get(i + 6);
			if (!core) continue;
			const lightBefore = [1, 2, 3, 4].every((k) => i - k < 0 || !get(i - k));
			const lightAfter = [7, 8, 9, 10].every((k) => i + k >= size || !get(i + k));
			if (lightBefore || lightAfter) score += 40;
		}
	};
	for (let y = 0; y < size; y++) line((x) => modules[y][x]);
	for (let x = 0; x < size; x++) line((y) => modules[y][x]);
	for (let y = 0; y + 1 < size; y++) {
		for (let x = 0; x + 1 < size; x++) {
			const c = modules[y][x];
			if (c === modules[y][x + 1] && c === modules[y + 1][x] && c === modules[y + 1][x + 1]) score += 3;
		}
	}
	const dark = modules.reduce((n, row) => n + row.filter(Boolean).length, 0);
	score += Math.floor(Math.abs((dark * 100) / (size * size) - 50) / 5) * 10;
	return score;
}

/** The smallest version (1..10) that holds `text`, or null when it is too long. */
export function smallestVersion(byteLength: number): number | null {
	for (let v = 1; v <= MAX_VERSION; v++) if (byteLength <= byteCapacity(v)) return v;
	return null;
}

/** Encode `text` (UTF-8, byte mode, level M). Throws when it does not fit in version 10. */
export function encodeQr(text: string, forcedMask?: number): QrCode {
	const bytes = utf8(text);
	const version = smallestVersion(bytes.length);
	if (version === null)
		throw new Error(`Tekst te lang voor een QR-code (${bytes.length} bytes, maximaal ${byteCapacity(MAX_VERSION)})`);
	const words = withErrorCorrection(dataCodewords(bytes, version), version);

	const masked = (mask: number) => {
		const grid = new Grid(version);
		grid.drawFunctionPatterns();
		grid.drawCodewords(words);
		grid.applyMask(mask);
		grid.drawFormat(mask);
		return { mask, modules: grid.modules, score: penalty(grid.modules) };
	};
	const masks = forcedMask === undefined ? [0, 1, 2, 3, 4, 5, 6, 7] : [forcedMask];
	const best = masks.map(masked).reduce((a, b) => (b.score < a.score ? b : a));
	return { version, size: version * 4 + 17, mask: best.mask, modules: best.modules };
}

/**
 * One SVG path for all dark modules (a 4-module quiet zone around it), so
 * the QR code renders as a single element without inline styles.
 */
export function qrPath(code: QrCode, quiet = 4): string {
	const parts: string[] = [];
	for (const [y, row] of code.modules.entries()) {
		for (const [x, dark] of row.entries()) if (dark) parts.push(`M${x + quiet} ${y + quiet}h1v1h-1z`);
	}
	return parts.join('');
}
