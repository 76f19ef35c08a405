import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
	assertZelfscan,
	type EerdereVersie,
	eerdereVersieSchema,
	type Zelfscan,
} from '../../../src/lib/zelfscan/schema';

export const SCAN_IDS = ['gemeentescan', 'informele-steun'] as const;

export const readYaml = (path: string): unknown => parse(readFileSync(path, 'utf8'));

/** content/zelfscans/<id>.yaml through the schema, as the build reads it. */
export function loadScan(id: (typeof SCAN_IDS)[number]): Zelfscan {
	const file = `content/zelfscans/${id}.yaml`;
	return assertZelfscan(readYaml(file), file);
}

/** content/zelfscans/eerder/<scan-id>-<versie>.yaml */
export function loadEerder(id: string, versie: number): EerdereVersie {
	const data = eerdereVersieSchema.parse(readYaml(`content/zelfscans/eerder/${id}-${versie}.yaml`));
	return { ...data, id };
}

export const idsIn = (dir: string) =>
	readdirSync(dir)
		.filter((f) => /\.mdx?$/.test(f))
		.map((f) => f.replace(/\.mdx?$/, ''));
