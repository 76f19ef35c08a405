import type { ComponentChildren } from 'preact';

/**
 * A table that may be wider than a phone's screen scrolls in a region of its
 * own, not the page. The region takes focus, so keyboard users can scroll it
 * too (WCAG 2.1.1); its name says what is in it.
 */
export function ScrollRegion({ label, children }: { label: string; children: ComponentChildren }) {
	return (
		// biome-ignore lint/a11y/noNoninteractiveTabindex: keyboard users can only scroll what takes focus.
		<section class="tr-scroll" tabIndex={0} aria-label={label}>
			{children}
		</section>
	);
}
