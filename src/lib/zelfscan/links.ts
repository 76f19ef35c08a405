import type { ZelfscanData } from './schema';
import { findBrokenZelfscanLinks } from './schema';

/**
 * Advice in a zelfscan links to steps (/stappenplan/<id>/) and examples
 * (/voorbeelden/<id>/). The build checks every link against the pages that
 * exist (`guideLinks`).
 */
export const stapUrl = (id: string) => `/stappenplan/${id}/`;
export const voorbeeldUrl = (id: string) => `/voorbeelden/${id}/`;

interface StepLike {
	id: string;
	data: { nr: number; titel: string };
}
interface ExampleLike {
	id: string;
	data: { titel: string };
}

export interface GuideLinks {
	/** `stap:<id>` / `voorbeeld:<id>` → link, for every linked page that exists. */
	links: Record<string, { href: string; label: string }>;
	/** Links to a step or example that does not exist: the build must stop. */
	problems: string[];
}

export function guideLinks(
	scans: { id: string; filePath?: string; data: ZelfscanData }[],
	steps: readonly StepLike[],
	examples: readonly ExampleLike[],
): GuideLinks {
	const problems = findBrokenZelfscanLinks(
		scans,
		steps.map((s) => s.id),
		examples.map((e) => e.id),
	);
	const links: GuideLinks['links'] = {};
	for (const scan of scans) {
		for (const advice of scan.data.themes.flatMap((t) => t.advice)) {
			for (const id of advice.steps) {
				const step = steps.find((s) => s.id === id);
				if (step) links[`stap:${id}`] = { href: stapUrl(id), label: `Stap ${step.data.nr}: ${step.data.titel}` };
			}
			for (const id of advice.examples) {
				const example = examples.find((e) => e.id === id);
				if (example) links[`voorbeeld:${id}`] = { href: voorbeeldUrl(id), label: `Voorbeeld: ${example.data.titel}` };
			}
		}
	}
	return { links, problems };
}
