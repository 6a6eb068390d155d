import type { MarkedEntry } from "../marked-prompts.js"; export const entries4: MarkedEntry[] = [];
