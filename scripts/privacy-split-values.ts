/**
 * Hard negatives of the split-value check (src/nodes/split-values.ts, session 39): every boundary between two texts
 * that were never one value — MT-Bench's two turns per question, consecutive Arena answers (../shared/datasets), and
 * consecutive negative prompts of each development half — is checked as if the two were consecutive messages, and the
 * boundaries with a split value are counted. Half A and U boundaries are printed (the texts' ends); half B only counted.
 * Then the short texts (under WINDOW characters) of each set as conversations of four: values split over three or more.
 * Last lines: the boundary scans' cost on a 40-message conversation of Arena answers, and the cost of the scan's
 * escape and look-alike passes (src/privacy/escapes.ts, look-alikes.ts) on the bench's 2,000-token prompt.
 * Run: npx tsx scripts/privacy-split-values.ts
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createPrivacyScanner } from "../src/privacy/index.js";
import { splitValues, WINDOW } from "../src/nodes/split-values.js";
import type { OutgoingString } from "../src/nodes/outgoing-request.js";
import { jsonLines } from "./lib/json-lines.js";
import { buildPrompt } from "../bench/privacy-workload.js";
import { decodeEscapes } from "../src/privacy/escapes.js";
import { foldLookAlikes } from "../src/privacy/look-alikes.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const shared = process.env.ROUTELLM_SHARED_DATASETS ?? join(root, "../shared/datasets");
const scanner = createPrivacyScanner();
const consecutive = (texts: string[]) => texts.slice(1).map((text, index) => [texts[index]!, text] as const);
const asMessages = (texts: readonly string[]): OutgoingString[] =>
  texts.map((text, index) => ({ field: `messages[${index}].content`, text, rewritable: true }));
const ownFindings = (outgoing: OutgoingString[]) =>
  new Map(outgoing.map((string) => [string, scanner.scan(string.text)] as const).filter(([, found]) => found.length > 0));

const sets: Array<[string, Array<readonly [string, string]>, boolean]> = [];
const mtBench = join(shared, "mt_bench_questions.jsonl");
if (existsSync(mtBench))
  sets.push([
    "MT-Bench turns",
    readFileSync(mtBench, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line).turns as [string, string]),
    true,
  ]);
const arenaFile = join(shared, "arena_bench_v1.texts.jsonl");
const arena = existsSync(arenaFile) ? jsonLines(arenaFile, (record) => record.text) : [];
sets.push(["Arena answers, consecutive", consecutive(arena), true]);
const privacy = join(root, "eval/privacy");
for (const directory of readdirSync(privacy)
  .filter((name) => /^dev-\d+$/.test(name))
  .sort((a, b) => Number(a.slice(4)) - Number(b.slice(4))))
  for (const half of ["a", "b", "u"]) {
    const file = join(privacy, directory, `${half}.jsonl`);
    if (!existsSync(file)) continue;
    const negatives = jsonLines(file, (record) => (record.sensitive === false ? record.prompt : undefined));
    sets.push([`${directory}/${half} negatives, consecutive`, consecutive(negatives), half !== "b"]);
  }

let boundaries = 0;
let flagged = 0;
for (const [name, pairs, show] of sets) {
  let found = 0;
  for (const pair of pairs) {
    const outgoing = asMessages(pair);
    const split = splitValues(scanner, outgoing, ownFindings(outgoing));
    boundaries++;
    if (split.length === 0) continue;
    found++;
    if (show)
      console.log(
        `  ${name}: ${split.map((value) => value.category).join(", ")} | …${JSON.stringify(pair[0].slice(-50))} || ${JSON.stringify(pair[1].slice(0, 50))}…`,
      );
  }
  flagged += found;
  if (found > 0) console.log(`${name}: ${found}/${pairs.length}`);
}
console.log(`boundaries with a split value: ${flagged} of ${boundaries}`);

// Session 39 review: the windows run on over messages shorter than WINDOW (a value in three or more messages), so the
// short texts of each set are also checked as conversations of four, counting only split values over three or more.
let chains = 0;
let chainsFlagged = 0;
for (const [name, pairs, show] of sets) {
  const short = [...new Set(pairs.flat())].filter((text) => text.length < WINDOW);
  let found = 0;
  for (let start = 0; start + 4 <= short.length; start += 4) {
    const outgoing = asMessages(short.slice(start, start + 4));
    const split = splitValues(scanner, outgoing, ownFindings(outgoing)).filter((value) => value.field.split("+").length > 2);
    chains++;
    if (split.length === 0) continue;
    found++;
    if (show) console.log(`  ${name} (chain of four): ${split.map((value) => value.category).join(", ")} | ${JSON.stringify(short.slice(start, start + 4))}`);
  }
  chainsFlagged += found;
  if (found > 0) console.log(`${name}, chains of four short texts: ${found}/${Math.floor(short.length / 4)}`);
}
console.log(`conversations of four short texts with a value split over three or more: ${chainsFlagged} of ${chains}`);

const conversation = asMessages(arena.slice(0, 40));
if (conversation.length > 1) {
  const own = ownFindings(conversation);
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    splitValues(scanner, conversation, own);
    best = Math.min(best, performance.now() - started);
  }
  const chars = conversation.reduce((sum, string) => sum + string.text.length, 0);
  console.log(`boundary scans of a ${conversation.length}-message conversation (${chars} characters): ${best.toFixed(1)} ms (best of 3)`);
}

/** Best of seven rounds of `calls` calls, in µs per call. */
function microseconds(task: () => unknown, calls: number): number {
  let best = Infinity;
  for (let round = 0; round < 7; round++) {
    const started = performance.now();
    for (let call = 0; call < calls; call++) task();
    best = Math.min(best, ((performance.now() - started) / calls) * 1000);
  }
  return best;
}
const prompt = buildPrompt(2000);
for (let warm = 0; warm < 100; warm++) scanner.scan(prompt);
console.log(
  `bench prompt (${prompt.length} characters), best of 7: decodeEscapes ${microseconds(() => decodeEscapes(prompt), 500).toFixed(1)} µs, ` +
    `foldLookAlikes ${microseconds(() => foldLookAlikes(prompt), 500).toFixed(1)} µs, whole scan ${microseconds(() => scanner.scan(prompt), 30).toFixed(0)} µs`,
);
