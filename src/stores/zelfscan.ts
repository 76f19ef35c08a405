import { zelfscanTool } from '../lib/zelfscan/definition';
import { createToolStore } from './tool-store';

/** The one store of the zelfscans: every saved scan with its rounds, kept in this browser. */
export const zelfscanStore = createToolStore(zelfscanTool);
