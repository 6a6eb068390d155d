import type { MarkedEntry } from "../marked-prompts.js"; export const entries2: MarkedEntry[] = [];
