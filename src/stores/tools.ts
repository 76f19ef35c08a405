import type { ToolStore } from './tool-store';
import { big5Store } from './big5';
import { zelfscanStore } from './zelfscan';
import { groepsoverzichtStore } from './groepsoverzicht';

/**
 * Every tool that keeps data in this browser. "Mijn gegevens" lists these,
 * exports and imports them, and deletes their data. A tool adds one line:
 *
 *     import { big5Store } from './big5';
 *     export const toolStores: AnyToolStore[] = [big5Store];
 *
 * The list may be empty; the page then shows its empty state.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyToolStore = ToolStore<any>;

export const toolStores: AnyToolStore[] = [big5Store, zelfscanStore, groepsoverzichtStore];
