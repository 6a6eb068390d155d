import type { MarkedEntry } from "../marked-prompts.js"; export const entries3: MarkedEntry[] = [];
