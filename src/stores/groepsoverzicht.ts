import { groepsoverzichtTool } from '../lib/trainer/definitie';
import { createToolStore } from './tool-store';

/** The trainer's session: the deelcodes collected in this browser. */
export const groepsoverzichtStore = createToolStore(groepsoverzichtTool);
