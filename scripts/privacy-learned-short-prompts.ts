/**
 * Short prompts and the learned second opinion: with the model on, scans each of the 40,000 words of the
 * shipped word vectors alone as a prompt and 30 short everyday prompts (greetings, one-line questions, code
 * requests in several languages), and counts the findings of rule `learned-*` (target 0 for both).
 * Also the raw probabilities of the single words before the evidence gate: how many reach each head's
 * threshold, and the largest and median probability (the model's own calibration on short texts).
 * Run: npx tsx scripts/privacy-learned-short-prompts.ts
 */
import { createPrivacyScanner } from "../src/privacy/index.js";
import { builtinWordVectors } from "../src/embeddings/word-vectors.js";
import { createScanAnalyser } from "../src/privacy/scanner.js";
import { normalizeForScan } from "../src/privacy/normalize.js";
import { promptFeatures } from "../src/privacy/learned/features.js";
import { LEARNED_HEADS, learnedProbabilities, loadLearnedModel } from "../src/privacy/learned/model.js";

export const EVERYDAY_PROMPTS: readonly string[] = [
  "hello",
  "Hello",
  "hi",
  "a",
  "thanks!",
  "good morning",
  "can you help me",
  "I need some help",
  "what time is it in Tokyo?",
  "tell me a joke",
  "what is the capital of France?",
  "how do I boil an egg?",
  "explain recursion simply",
  "summarise this article for me",
  "translate 'good night' into Spanish",
  "write a haiku about autumn",
  "how much does a coffee cost in Paris?",
  "what is 15% of 200?",
  "write a python function to sort a list",
  "fix this TypeScript error: Property 'x' does not exist on type '{}'",
  "SELECT name, total FROM orders WHERE total > 100",
  "write a bash one-liner to count lines in all .ts files",
  "how do I reverse a string in Go?",
  "Rust: how do I read a file to a String?",
  "bonjour, comment ça va ?",
  "hola, ¿qué tal?",
  "wie spät ist es?",
  "你好",
  "こんにちは",
  "안녕하세요",
];

const scanner = createPrivacyScanner({ learned: { enabled: true } });
const learnedOf = (prompt: string) => scanner.scan(prompt).filter((finding) => finding.rule.startsWith("learned-"));

const words = builtinWordVectors().words ?? [];
let flagged = 0;
const examples: string[] = [];
for (const word of words)
  if (learnedOf(word).length > 0) {
    flagged++;
    if (examples.length < 20) examples.push(word);
  }
process.stdout.write(`single words: ${flagged} of ${words.length} get a learned finding${examples.length > 0 ? ` (e.g. ${examples.join(", ")})` : ""}\n`);
const model = loadLearnedModel();
const analyse = createScanAnalyser({}, true);
for (const head of LEARNED_HEADS) {
  const probabilities = words
    .map((word) => {
      const analysis = analyse(normalizeForScan(word).text);
      return learnedProbabilities(model, promptFeatures(analysis.lower, analysis.signals!, model.buckets, model.ruleFindings))[head];
    })
    .sort((left, right) => left - right);
  const threshold = model.heads[head].threshold;
  const above = probabilities.filter((probability) => probability >= threshold).length;
  const median = probabilities[Math.floor(probabilities.length / 2)] ?? 0;
  const largest = probabilities.at(-1) ?? 0;
  process.stdout.write(
    `raw ${head} (before the gate): ${above} of ${probabilities.length} single words reach the threshold ${threshold.toFixed(3)}; median ${median.toFixed(3)}, largest ${largest.toFixed(3)}\n`,
  );
}
let everydayFlagged = 0;
for (const prompt of EVERYDAY_PROMPTS) {
  const added = learnedOf(prompt);
  if (added.length === 0) continue;
  everydayFlagged++;
  process.stdout.write(`  flagged: ${JSON.stringify(prompt)} ${added.map((finding) => finding.rule).join(", ")}\n`);
}
process.stdout.write(`everyday prompts: ${everydayFlagged} of ${EVERYDAY_PROMPTS.length} get a learned finding\n`);
