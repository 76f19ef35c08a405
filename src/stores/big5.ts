import { big5Definition } from '../lib/big5/definitie';
import { createToolStore } from './tool-store';

/** The one store of the BIG-5-checklist: all checklists, one per young person. */
export const big5Store = createToolStore(big5Definition);
