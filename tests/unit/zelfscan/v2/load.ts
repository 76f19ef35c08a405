import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import {
	assertZelfscan,
	type EerdereVersie,
	eerdereVersieSchema,
	type Zelfscan,
} from '../../../../src/lib/zelfscan/v2/schema';

/** The version-2 drafts (not loaded by the site yet: their names start with `_`). */
export const V2_FILES = { gemeentescan: '_gemeentescan-2.yaml', 'informele-steun': '_informele-steun-2.yaml' } as const;

export const readYaml = (path: string): unknown => parse(readFileSync(path, 'utf8'));

export function loadV2(id: keyof typeof V2_FILES): Zelfscan {
	const file = `content/zelfscans/${V2_FILES[id]}`;
	return assertZelfscan(readYaml(file), file, id);
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
