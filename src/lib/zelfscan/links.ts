import { stapUrl, voorbeeldUrl } from '../navigation';
import { findBrokenZelfscanLinks, type ZelfscanFile } from './schema';

/**
 * Next steps in a zelfscan link to steps (/stappenplan/<id>/) and examples
 * (/voorbeelden/<id>/). The build checks every link against the pages that
 * exist (`guideLinks`), and hands the island only the links it needs.
 */

/** A link to a step or example page, prepared by the page (title looked up at build time). */
export interface GuideLink {
	href: string;
	label: string;
}

/** Keys: `stap:<id>` and `voorbeeld:<id>`. */
export type LinkMap = Record<string, GuideLink>;

interface StapLike {
	id: string;
	data: { nr: number; titel: string };
}
interface VoorbeeldLike {
	id: string;
	data: { titel: string };
}

export interface GuideLinks {
	/** `stap:<id>` / `voorbeeld:<id>` → link, for every linked page that exists. */
	links: LinkMap;
	/** Links to a step or example that does not exist: the build must stop. */
	problems: string[];
}

export function guideLinks(
	scans: { id: string; filePath?: string; data: ZelfscanFile }[],
	stappen: readonly StapLike[],
	voorbeelden: readonly VoorbeeldLike[],
): GuideLinks {
	const problems = findBrokenZelfscanLinks(
		scans,
		stappen.map((s) => s.id),
		voorbeelden.map((v) => v.id),
	);
	const links: LinkMap = {};
	for (const scan of scans) {
		for (const { volgendeStap } of scan.data.themas.flatMap((t) => t.onderdelen)) {
			for (const id of volgendeStap.stappen) {
				const stap = stappen.find((s) => s.id === id);
				if (stap) links[`stap:${id}`] = { href: stapUrl(id), label: `Stap ${stap.data.nr}: ${stap.data.titel}` };
			}
			for (const id of volgendeStap.voorbeelden) {
				const voorbeeld = voorbeelden.find((v) => v.id === id);
				if (voorbeeld)
					links[`voorbeeld:${id}`] = { href: voorbeeldUrl(id), label: `Voorbeeld: ${voorbeeld.data.titel}` };
			}
		}
	}
	return { links, problems };
}
