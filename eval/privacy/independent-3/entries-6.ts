import type { MarkedEntry } from "../marked-prompts.js"; export const entries6: MarkedEntry[] = [];
