// Writes eval/privacy/independent/prompts.jsonl from the hand-written templates in sensitive.ts and
// negatives.ts, with seeded randomness (same output every run), then checks every span.
// Usage: npx tsx eval/privacy/independent/build.ts

import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Category, Prompt } from "./compose.js";
import { DOCUMENT_NEGATIVES, DOCUMENT_TEMPLATES } from "./documents.js";
import { EXTRA_NEGATIVES, EXTRA_TEMPLATES } from "./extra.js";
import { HAND_WRITTEN, generatedNegatives } from "./negatives.js";
import type { Negative } from "./negatives.js";
import { SENSITIVE_TEMPLATES } from "./sensitive.js";
import type { Entry } from "./sensitive.js";
import { Values, seededRandom } from "./values.js";
import { verifyPrompts } from "./verify.js";

const here = dirname(fileURLToPath(import.meta.url));
const SEED = 20261203;

function fromEntry(entry: Entry): Omit<Prompt, "id"> {
  const categories = [...new Set(entry.built.spans.map((span) => span.category))].sort() as Category[];
  return {
    text: entry.built.text,
    sensitive: true,
    categories,
    language: entry.lang,
    format: entry.format,
    variant: entry.variant,
    spans: entry.built.spans,
    ...(entry.note ? { note: entry.note } : {}),
  };
}

function fromNegative(negative: Negative): Omit<Prompt, "id"> {
  return {
    text: negative.text,
    sensitive: false,
    categories: [],
    language: negative.lang,
    format: negative.format,
    variant: "hard-negative",
    spans: [],
    ...(negative.publicTestValue ? { public_test_value: true as const } : {}),
    note: negative.note,
  };
}

export function buildPrompts(): Prompt[] {
  const values = new Values(seededRandom(SEED));
  const drafts: Array<Omit<Prompt, "id">> = [];
  for (const group of SENSITIVE_TEMPLATES) {
    for (let round = 0; round < group.repeat; round++) for (const template of group.templates) drafts.push(fromEntry(template(values)));
  }
  for (const template of [...EXTRA_TEMPLATES, ...DOCUMENT_TEMPLATES]) drafts.push(fromEntry(template(values)));
  for (const negative of [...HAND_WRITTEN, ...EXTRA_NEGATIVES, ...DOCUMENT_NEGATIVES, ...generatedNegatives(values, 3)]) drafts.push(fromNegative(negative));
  // Interleave deterministically so ids carry no label information.
  const shuffled = values.shuffle(drafts);
  const seen = new Set<string>();
  const prompts: Prompt[] = [];
  for (const draft of shuffled) {
    if (seen.has(draft.text)) continue;
    seen.add(draft.text);
    prompts.push({ id: `ind-${String(prompts.length + 1).padStart(4, "0")}`, ...draft });
  }
  return prompts;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const prompts = buildPrompts();
  const problems = verifyPrompts(prompts);
  if (problems.length > 0) {
    console.error(problems.join("\n"));
    process.exit(1);
  }
  writeFileSync(join(here, "prompts.jsonl"), prompts.map((p) => JSON.stringify(p)).join("\n") + "\n");
  console.log(`wrote ${prompts.length} prompts (${prompts.filter((p) => p.sensitive).length} sensitive)`);
}
