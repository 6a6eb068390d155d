/** All entries of the third held-out set, in file order (the ids `ind3-NNN` follow this order). */
import type { MarkedEntry } from "../marked-prompts.js";
import { entries1 } from "./entries-1.js";
import { entries2 } from "./entries-2.js";
import { entries3 } from "./entries-3.js";
import { entries4 } from "./entries-4.js";
import { entries5 } from "./entries-5.js";
import { entries6 } from "./entries-6.js";
import { entries7 } from "./entries-7.js";
import { entries8 } from "./entries-8.js";

export const entries: readonly MarkedEntry[] = [...entries1, ...entries2, ...entries3, ...entries4, ...entries5, ...entries6, ...entries7, ...entries8];
