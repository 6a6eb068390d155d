/**
 * Writes eval/privacy/independent-3/set.jsonl from the hand-written entries (held-out: never used for tuning).
 * Usage: npx tsx eval/privacy/independent-3/build.ts
 */
import { numbered, writeMarkedSet } from "../marked-prompts.js";
import { entries } from "./entries.js";

writeMarkedSet("independent-3/set.jsonl", numbered("ind3", entries));
