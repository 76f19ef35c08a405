import { getCollection } from 'astro:content';
import type { EerdereVersie, Zelfscan } from '../lib/zelfscan/schema';

/** Every zelfscan with its id, in the order of /zelfscan/. Build time only. */
export async function loadZelfscans(): Promise<Zelfscan[]> {
	const entries = await getCollection('zelfscans');
	return entries
		.map((e) => ({ ...e.data, id: e.id }))
		.sort((a, b) => a.volgorde - b.volgorde || a.titel.localeCompare(b.titel));
}

/** The earlier versions of every zelfscan (file `<scan-id>-<versie>.yaml`), oldest first. Build time only. */
export async function loadEerdereVersies(): Promise<EerdereVersie[]> {
	const entries = await getCollection('eerdereZelfscans');
	return entries
		.map((e) => ({ ...e.data, id: e.id.replace(/-\d+$/, '') }))
		.sort((a, b) => a.id.localeCompare(b.id) || a.versie - b.versie);
}
