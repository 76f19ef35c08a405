import { groepsoverzichtTool } from '../lib/trainer/definition';
import { createToolStore } from './tool-store';

/** The trainer's session: the deelcodes collected in this browser. */
export const groepsoverzichtStore = createToolStore(groepsoverzichtTool);
