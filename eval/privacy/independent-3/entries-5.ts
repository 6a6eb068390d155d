import type { MarkedEntry } from "../marked-prompts.js"; export const entries5: MarkedEntry[] = [];
