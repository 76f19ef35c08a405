// Writes N synthetic MDX pages into a copy of the project, so the benchmark
// can show how build time and memory grow with the size of the site.
// The text is nonsense made from a fixed Dutch word list and a seeded
// random generator: every run makes the same pages, every page differs,
// and nothing here pretends to be real content.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const woorden = (
	'jongere gemeente netwerk afspraak overgang plan wonen werk school inkomen zorg steun mentor buurt familie ' +
	'vriend team regio beleid inkoop contract budget route moment gesprek vraag antwoord kans risico doel stap ' +
	'overzicht verslag cijfer groep ervaring begeleiding toekomst verantwoordelijkheid samenwerking aanbod ' +
	'wachttijd uitvoering afstemming verbinding dagbesteding woning opleiding stage baan schuld gezondheid ' +
	'vrijwilliger maatje coach wijkteam jeugdhulp jeugdwet wmo participatiewet zorgverzekering leeftijd ' +
	'verjaardag brief formulier loket telefoon bericht overleg agenda bespreking besluit evaluatie ronde'
).split(' ');

/** Small seeded generator (mulberry32): the same seed gives the same pages. */
function random(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function sentence(next, length) {
	const words = Array.from({ length }, () => woorden[Math.floor(next() * woorden.length)]);
	const text = words.join(' ');
	return `${text[0].toUpperCase() + text.slice(1)}.`;
}

function paragraph(next) {
	return Array.from({ length: 4 + Math.floor(next() * 3) }, () => sentence(next, 7 + Math.floor(next() * 8))).join(' ');
}

/** One page of about 450 words with headings, a list and an MDX component. */
export function pageSource(n) {
	const next = random(n + 1);
	const nr = String(n).padStart(5, '0');
	const sections = [1, 2, 3]
		.map(
			(s) =>
				`## Onderdeel ${s} van testpagina ${nr}\n\n${paragraph(next)}\n\n${paragraph(next)}\n\n` +
				Array.from({ length: 4 }, () => `- ${sentence(next, 6)}`).join('\n'),
		)
		.join('\n\n');
	return `---
title: Testpagina ${nr}
summary: Gegenereerde pagina ${nr} voor de bouwbenchmark. ${sentence(next, 8)}
bijgewerkt: 2026-01-01
soort: info
---

${paragraph(next)}

<Callout type="tip" title="Testnotitie ${nr}">
${sentence(next, 12)}
</Callout>

${sections}
`;
}

/** Writes `count` pages as content/paginas/bench-00001.mdx … in `projectDir`. */
export function generatePages(projectDir, count) {
	const dir = join(projectDir, 'content', 'paginas');
	mkdirSync(dir, { recursive: true });
	for (let n = 1; n <= count; n++) writeFileSync(join(dir, `bench-${String(n).padStart(5, '0')}.mdx`), pageSource(n));
}
