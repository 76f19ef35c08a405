import { groepsoverzichtStore } from './groepsoverzicht';
import type { ToolStore } from './tool-store';
import { werkmapStore } from './werkmap';
import { zelfscanStore } from './zelfscan';

/**
 * Every tool that keeps data in this browser. "Mijn gegevens" lists these,
 * exports and imports them, and deletes their data. A tool adds one line:
 *
 *     import { werkmapStore } from './werkmap';
 *     export const toolStores: AnyToolStore[] = [werkmapStore];
 *
 * The list may be empty; the page then shows its empty state.
 */
export type AnyToolStore = ToolStore<unknown>;

export const toolStores: AnyToolStore[] = [werkmapStore, zelfscanStore, groepsoverzichtStore];
