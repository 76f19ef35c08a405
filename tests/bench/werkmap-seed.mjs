// A filled werkmap for Lighthouse (npm run bench): one young person with 15 people
// in the network, a status on 30 timeline items and a filled BIG-5 checklist, in
// the stored format the site reads today (tool `big5`, schema version 3:
// src/lib/big5/definition.ts; fixture tests/fixtures/storage/big5-v3.json).
// Seeded as stored data, so the pages draw it as they would for a real user.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const RELATIES = ['familie', 'vrienden', 'school-werk-buurt', 'vrijwilliger', 'professional'];
const STEUN = ['praktisch', 'gezelschap', 'advies', 'emotioneel'];
const BLIJFT = ['ja', 'nee', 'weet-niet'];
const NAMEN = [
	'moeder',
	'oma',
	'tante Ria',
	'broer',
	'Sam',
	'Noor',
	'buurvrouw',
	'docent',
	'trainer voetbal',
	'maatje',
	'mentor',
	'jeugdhulpverlener',
	'begeleider wonen',
	'huisarts',
	'schuldhulpverlener',
];

/** "YYYY-MM" `months` after the month of `date`. */
function monthFrom(date, months) {
	const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
	return d.toISOString().slice(0, 7);
}

/** "YYYY-MM-DD", `days` after `date`. */
const dayFrom = (date, days) => new Date(date.getTime() + days * 86_400_000).toISOString().slice(0, 10);

const stand = (status, toelichting, actie = { wat: '', wie: '', voor: '' }) => ({ status, toelichting, actie });

/**
 * @param {string} root repository root
 * @param {Date} [today]
 * @returns {{ key: string, value: string, path: string }}
 */
export function werkmapEnvelope(root, today = new Date()) {
	const momentIds = readdirSync(join(root, 'content/momenten'))
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => f.slice(0, -5))
		.sort();
	if (momentIds.length < 30) throw new Error(`bench: ${momentIds.length} momenten in content/momenten, 30 nodig.`);
	const statussen = ['geregeld', 'open', 'open', 'niet-nodig', 'open'];
	const tijdlijn = Object.fromEntries(
		momentIds.slice(0, 30).map((id, i) => [
			id,
			{
				status: statussen[i % statussen.length],
				wie: i % 3 === 0 ? 'mentor' : i % 3 === 1 ? 'jongere' : '',
				// Some dates have passed (te laat), one is today (deze maand), some later, the rest have none.
				voor:
					i === 1
						? dayFrom(today, 0)
						: i % 4 === 0
							? dayFrom(today, -20 + i)
							: i % 4 === 1
								? dayFrom(today, 40 + i * 10)
								: '',
				notitie: i % 5 === 0 ? 'Samen met de jongere doen, niet voor de jongere.' : '',
			},
		]),
	);
	const netwerk = NAMEN.map((naam, i) => ({
		id: `p-bench-${i + 1}`,
		naam,
		relatie: RELATIES[Math.min(Math.floor(i / 3), RELATIES.length - 1)],
		ring: /** @type {1 | 2 | 3} */ ((i % 3) + 1),
		steun: STEUN.filter((_, s) => (i + s) % 3 !== 0),
		blijft: BLIJFT[i % 3],
		vasteVolwassene: naam === 'tante Ria' || naam === 'maatje',
		notitie: i % 4 === 0 ? 'Wil graag helpen met post en geldzaken.' : '',
	}));
	const jongere = {
		id: 'j-bench',
		code: 'J-15',
		voorwaarden: {
			volwassene: stand('geregeld', 'Tante Ria blijft, ook na 18.'),
			wonen: stand('deels', 'Kamer tot de zomer.', {
				wat: 'Inschrijven als woningzoekende',
				wie: 'mentor',
				voor: dayFrom(today, -10),
			}),
			dagbesteding: stand('open', ''),
			inkomen: stand('niet', 'Nog geen bankrekening op eigen naam.', {
				wat: 'Zorgtoeslag aanvragen',
				wie: 'jongere met mentor',
				voor: dayFrom(today, 30),
			}),
			zorg: stand('geregeld', 'Huisarts en ggz lopen door.'),
		},
		volgendGesprek: dayFrom(today, 14),
		netwerk,
		verjaardag18: monthFrom(today, 4),
		tijdlijn,
		regionaal: momentIds.filter((id) => id.startsWith('friesland-')),
	};
	const now = today.toISOString();
	return {
		key: 'kb:tool:big5',
		value: JSON.stringify({
			tool: 'big5',
			schemaVersion: 3,
			revision: 1,
			savedAt: now,
			data: { jongeren: [jongere], activeId: jongere.id },
		}),
		path: '/werkmap/',
	};
}
