import { big5Tool } from '../lib/big5/definition';
import { createToolStore } from './tool-store';

/** The one store of the BIG-5-checklist: all checklists, one per young person. */
export const big5Store = createToolStore(big5Tool);
