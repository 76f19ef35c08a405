import type { Merger } from '../../lib/storage/types';

/**
 * The tools whose import can add a file to what is here ("Voeg toe aan mijn
 * gegevens"), by tool id. The others only replace. Loaded with the import
 * checks, after someone chooses a file; each merge loads only then too.
 */
export const mergers: Record<string, () => Promise<Merger<unknown>>> = {
	// One young person's file from Mijn plan, coming back or going to a colleague.
	big5: () => import('../../lib/werkmap/merge').then((m): Merger<unknown> => ({ merge: m.mergeWerkmapFile })),
};
