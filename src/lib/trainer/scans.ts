import { getCollection } from 'astro:content';
import type { ScanForGroup } from '../../islands/trainer/Groepsoverzicht';
import type { Zelfscan } from '../zelfscan/schema';

/** Every zelfscan with its id, in the order of /zelfscan/. Build time only. */
export async function alleZelfscans(): Promise<Zelfscan[]> {
	const entries = await getCollection('zelfscans');
	return entries
		.map((e) => ({ ...e.data, id: e.id }))
		.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
}

/** Only what the group overview needs: no help texts, no advice. */
export function voorGroep(scan: Zelfscan): ScanForGroup {
	return {
		id: scan.id,
		title: scan.title,
		version: scan.version,
		scale: scan.scale,
		bands: scan.bands,
		themes: scan.themes.map((t) => ({
			id: t.id,
			title: t.title,
			statements: t.statements.map((s) => ({ id: s.id, text: s.text })),
		})),
	};
}
