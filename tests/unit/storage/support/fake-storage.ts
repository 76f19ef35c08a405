/**
 * A Storage object for tests that behaves like a browser's localStorage:
 * a quota counted in UTF-16 code units of keys and values (Chromium's rule),
 * a QuotaExceededError (code 22) when a write would pass it, and a "blocked"
 * mode in which every call throws a SecurityError.
 */
export class FakeStorage implements Storage {
	private readonly items = new Map<string, string>();
	blocked = false;
	/** Set to make every write fail (not quota): a broken storage. */
	brokenWrites = false;
	/** Make getItem return something else than was written (a lying storage). */
	lyingReads = false;

	constructor(public quota = 5_242_880) {}

	private guard(): void {
		if (this.blocked) throw new DOMException('The operation is insecure.', 'SecurityError');
	}

	used(): number {
		let total = 0;
		for (const [k, v] of this.items) total += k.length + v.length;
		return total;
	}

	get length(): number {
		this.guard();
		return this.items.size;
	}

	key(index: number): string | null {
		this.guard();
		return [...this.items.keys()][index] ?? null;
	}

	getItem(key: string): string | null {
		this.guard();
		const value = this.items.get(key);
		if (value === undefined) return null;
		return this.lyingReads ? `${value} ` : value;
	}

	setItem(key: string, value: string): void {
		this.guard();
		if (this.brokenWrites) throw new Error('kapot');
		const text = String(value);
		const old = this.items.get(key);
		const after = this.used() - (old === undefined ? 0 : key.length + old.length) + key.length + text.length;
		if (after > this.quota) {
			const error = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			throw error;
		}
		this.items.set(key, text);
	}

	removeItem(key: string): void {
		this.guard();
		this.items.delete(key);
	}

	clear(): void {
		this.guard();
		this.items.clear();
	}

	/** Direct look without the guard, for assertions. */
	peek(key: string): string | undefined {
		return this.items.get(key);
	}

	keysNow(): string[] {
		return [...this.items.keys()];
	}

	[name: string]: unknown;
}
