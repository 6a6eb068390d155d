/** A dev-41 group: a published public document (negative), alone or with its one-fact-personal twin (positive). */
import type { MarkedEntry } from "../marked-prompts.js";

export type Group = readonly MarkedEntry[];
