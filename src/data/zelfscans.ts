import { getCollection } from 'astro:content';
import type { Zelfscan } from '../lib/zelfscan/schema';

/** Every zelfscan with its id, in the order of /zelfscan/. Build time only. */
export async function loadZelfscans(): Promise<Zelfscan[]> {
	const entries = await getCollection('zelfscans');
	return entries
		.map((e) => ({ ...e.data, id: e.id }))
		.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title));
}
