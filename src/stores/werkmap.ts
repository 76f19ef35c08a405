import { werkmapTool } from '../lib/big5/definition';
import { createToolStore } from './tool-store';

/** The one store of the werkmap: every young person's record (BIG-5, netwerk, tijdlijn), shared by every page. */
export const werkmapStore = createToolStore(werkmapTool);
