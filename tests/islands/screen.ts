import { vi } from 'vitest';

/**
 * happy-dom has no screen to scroll: its IntersectionObserver never reports.
 * This one reports when a test "scrolls" an element into view, so a test can
 * check what a part does before and after the reader reaches it.
 */
export function installScreen() {
	const observers = new Set<{ callback: IntersectionObserverCallback; targets: Set<Element> }>();
	class ScreenObserver {
		private entry: { callback: IntersectionObserverCallback; targets: Set<Element> };
		constructor(callback: IntersectionObserverCallback) {
			this.entry = { callback, targets: new Set() };
			observers.add(this.entry);
		}
		observe(target: Element) {
			this.entry.targets.add(target);
		}
		unobserve(target: Element) {
			this.entry.targets.delete(target);
		}
		disconnect() {
			observers.delete(this.entry);
		}
		takeRecords() {
			return [];
		}
	}
	vi.stubGlobal('IntersectionObserver', ScreenObserver);
	return {
		/** The reader scrolls until `element` (or what contains it) is on screen. */
		scrollTo(element: Element) {
			for (const { callback, targets } of [...observers]) {
				for (const target of targets) {
					if (!target.contains(element) && !element.contains(target)) continue;
					callback(
						[{ target, isIntersecting: true } as unknown as IntersectionObserverEntry],
						{} as IntersectionObserver,
					);
				}
			}
		},
	};
}
