import { groepsoverzichtTool } from '../lib/trainer/definition';
import { createToolStore } from './tool-store';

/** The trainer's or coordinator's session: the deelcodes, the round's name and the team's plans (changed in ./teamplan.ts). */
export const groepsoverzichtStore = createToolStore(groepsoverzichtTool);
