import type { MarkedEntry } from "../marked-prompts.js"; export const entries7: MarkedEntry[] = [];
