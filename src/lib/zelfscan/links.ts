import type { ZelfscanData } from './schema';
import { findBrokenZelfscanLinks } from './schema';

/**
 * Advice in a zelfscan links to steps (/stappenplan/<id>/) and examples
 * (/voorbeelden/<id>/). These are the ids the site uses for them. A link to
 * any other id is a typo and fails the build; a link to one of these ids
 * whose page is not written yet is left out with a warning, so the scans can
 * be built while the content is still being written.
 */
export const SITE_STEP_IDS = [
	'bepaal-de-doelgroep',
	'analyseer-de-lokale-situatie',
	'zet-ervaringsdeskundigen-in',
	'zet-in-op-preventie',
	'formuleer-een-gezamenlijke-ambitie',
	'investeer-in-het-sociale-netwerk',
	'werk-samen-in-gemeente-en-regio',
	'pak-de-beleidsruimte',
	'werk-met-een-toekomstplan',
	'benoem-de-opgave-voor-professionals',
	'vertaal-naar-inkoop-jeugd-en-wmo',
] as const;

export const SITE_EXAMPLE_IDS = [
	'leiden-social-parents',
	'friesland-soepele-overgang',
	'friesland-gezamenlijke-ambitie',
	'boxtel-sint-michielsgestel-jeugdverbinder',
	'hengelo-toekomstplannen',
	'spirit-big-5',
	'leidschendam-voorburg',
	'leeuwarden-ervaringsdeskundigen',
	'holland-rijnland-toekomstplan',
] as const;

export const stapUrl = (id: string) => `/stappenplan/${id}/`;
export const voorbeeldUrl = (id: string) => `/voorbeelden/${id}/`;

interface StepLike {
	id: string;
	data: { nr: number; title: string };
}
interface ExampleLike {
	id: string;
	data: { title: string };
}

export interface GuideLinks {
	/** `stap:<id>` / `voorbeeld:<id>` → link, for every linked page that exists. */
	links: Record<string, { href: string; label: string }>;
	/** Broken links (typos): the build must stop. */
	problems: string[];
	/** Known ids whose page does not exist yet: left out, worth a warning. */
	missing: string[];
}

export function guideLinks(
	scans: { id: string; filePath?: string; data: ZelfscanData }[],
	steps: readonly StepLike[],
	examples: readonly ExampleLike[],
): GuideLinks {
	const problems = findBrokenZelfscanLinks(
		scans,
		[...SITE_STEP_IDS, ...steps.map((s) => s.id)],
		[...SITE_EXAMPLE_IDS, ...examples.map((e) => e.id)],
	);
	const links: GuideLinks['links'] = {};
	const missing = new Set<string>();
	for (const scan of scans) {
		for (const advice of scan.data.themes.flatMap((t) => t.advice)) {
			for (const id of advice.steps) {
				const step = steps.find((s) => s.id === id);
				if (step) links[`stap:${id}`] = { href: stapUrl(id), label: `Stap ${step.data.nr}: ${step.data.title}` };
				else missing.add(`stap "${id}"`);
			}
			for (const id of advice.examples) {
				const example = examples.find((e) => e.id === id);
				if (example) links[`voorbeeld:${id}`] = { href: voorbeeldUrl(id), label: `Voorbeeld: ${example.data.title}` };
				else missing.add(`voorbeeld "${id}"`);
			}
		}
	}
	return { links, problems, missing: [...missing] };
}
