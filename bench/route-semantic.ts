/**
 * What the semantic routes add to the routing decision (issue: at most 1 ms p99): the same config
 * with and without eight routes of seven utterances each, `explain()` (no model call) on varied
 * prompts (short chat turns and long recorded prompts), interleaved so both see the same machine.
 * `BENCH_ROUTE_EMBEDDINGS='{"neighbours":true}'` sets `classifier.embeddings` for the routed config
 * (an opt-in key's cost; JSON, validated by the config schema).
 *
 * Two readings. The first times every call and compares the percentiles of the two configs: on a shared machine
 * its p99 is the machine's (another process holding the core for milliseconds lands in either config's tail). The
 * second is what the scoring itself adds per prompt, which load cannot inflate: each prompt (the nine below plus a
 * seeded sample of recorded prompts from the `*.outcomes.jsonl` files in `BENCH_ROUTE_DATASETS`, default `../shared/datasets`, when present) runs
 * `BENCH_ROUTE_ROUNDS` times (default 15) in both configs, interleaved; a prompt's cost in a config is its fastest
 * run, and the added cost is the difference; p50, p99 and the worst prompt are taken over prompts.
 */
import { existsSync, readdirSync } from "node:fs";
import { createMemoryBanditStore, createRouter, createSeededRandom, type RouterConfigInput } from "../src/index.js";
import { readOutcomeRecords } from "../src/simulation/dataset.js";
import { InstantChatModel } from "./instant-chat-model.js";
import { percentile, time } from "./stats.js";

export const ROUTES = [
  ["smalltalk", "hi there", "thanks a lot", "good morning, how are you?", "tell me a joke", "see you later", "how's your day going", "nice to meet you"],
  [
    "code",
    "fix this bug in my Python function",
    "write a unit test for this class",
    "explain this stack trace",
    "refactor this module",
    "why does my build fail",
    "review my pull request",
    "convert this loop to a map",
  ],
  [
    "math",
    "solve this equation for x",
    "what is 15% of 240",
    "compute the derivative of x^3",
    "how many ways to choose 3 of 10",
    "simplify this fraction",
    "integrate sin(x) from 0 to pi",
    "is 97 a prime number",
  ],
  [
    "translation",
    "translate this into French",
    "how do you say thank you in Japanese",
    "translate the paragraph below to German",
    "what does 'gracias' mean",
    "render this email in Spanish",
    "translate to English please",
    "Portuguese for good night",
  ],
  [
    "summary",
    "summarise this article",
    "give me the key points of this report",
    "tl;dr of the text below",
    "condense these meeting notes",
    "sum up this paper in three bullets",
    "recap the main arguments",
    "shorten this to one paragraph",
  ],
  [
    "writing",
    "write a short poem about autumn",
    "draft a story about a lost robot",
    "compose a limerick about cats",
    "write song lyrics about summer",
    "invent a fairy tale for kids",
    "write a haiku about rain",
    "create a dialogue between two pirates",
  ],
  [
    "facts",
    "who was the first person on the moon",
    "what is the capital of Australia",
    "when did World War II end",
    "how tall is Mount Everest",
    "who wrote Pride and Prejudice",
    "what is the boiling point of water",
    "which planet is the largest",
  ],
  [
    "support",
    "I can't log into my account",
    "reset my password",
    "my payment failed",
    "cancel my subscription",
    "update my billing address",
    "I was charged twice",
    "how do I delete my account",
  ],
].map(([name, ...utterances]) => ({ name: name!, utterances, prefer: { tier: "local" as const } }));

export const PROMPTS = [
  "hello! how are you doing today?",
  "Can you translate 'where is the train station' into Italian?",
  "My invoice shows two charges for March, can you help?",
  "Write a Python function that parses ISO dates and explain the edge cases step by step.",
  `Summarise the following text: ${"The committee met on Tuesday to review the quarterly budget, staffing plans and the timeline for the new product launch. ".repeat(60)}`,
  "Kannst du mir helfen, mein Passwort zurückzusetzen? Ich habe es gestern vergessen.",
  "请帮我把这段话翻译成英文：今天天气很好，我们去公园散步吧。",
  `Résume ce texte, s'il te plaît : ${"Le conseil municipal a discuté du budget, des travaux de la rue principale et du calendrier des fêtes d'été. ".repeat(40)}`,
  "Janet's ducks lay 16 eggs per day. She eats three for breakfast every morning and bakes muffins for her friends every day with four. She sells the remainder at the farmers' market daily for $2 per fresh duck egg. How much in dollars does she make every day at the farmers' market?",
];

function embeddingsFromEnv(): Record<string, unknown> | undefined {
  const raw = process.env["BENCH_ROUTE_EMBEDDINGS"];
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
}

export async function measureSemanticRoutes(count: number): Promise<string> {
  const base: RouterConfigInput = {
    models: [
      { id: "llama", provider: "ollama", model: "llama3.1:8b", tier: "local" },
      { id: "gpt4o", provider: "openai", model: "gpt-4o", tier: "cloud", pricing: { inputPer1M: 2.5, outputPer1M: 10 } },
    ],
  };
  const embeddings = embeddingsFromEnv();
  const build = (routes: boolean) =>
    createRouter(routes ? { ...base, classifier: { routes: ROUTES, ...(embeddings ? { embeddings } : {}) } } : base, {
      models: { llama: new InstantChatModel("ok"), gpt4o: new InstantChatModel("ok") },
      random: createSeededRandom(1),
      banditStore: createMemoryBanditStore(Date.now, 1_000),
    });
  const plain = build(false);
  const routed = build(true);
  await time((index) => plain.explain(PROMPTS[index % PROMPTS.length]!), 500, 0);
  await time((index) => routed.explain(PROMPTS[index % PROMPTS.length]!), 500, 0);
  const without = new Float64Array(count);
  const withRoutes = new Float64Array(count);
  for (let index = 0; index < count; index++) {
    const prompt = PROMPTS[index % PROMPTS.length]!;
    let started = performance.now();
    await plain.explain(prompt);
    without[index] = (performance.now() - started) * 1000;
    started = performance.now();
    await routed.explain(prompt);
    withRoutes[index] = (performance.now() - started) * 1000;
  }
  const perPrompt = await addedPerPrompt(plain, routed, [...PROMPTS, ...(await recordedPrompts(300))], Number(process.env["BENCH_ROUTE_ROUNDS"] ?? 15));
  const summary = (values: Float64Array) => {
    const sorted = Array.from(values).sort((a, b) => a - b);
    return { p50Us: percentile(sorted, 0.5), p99Us: percentile(sorted, 0.99) };
  };
  const a = summary(without);
  const b = summary(withRoutes);
  const label = embeddings ? `, embeddings ${JSON.stringify(embeddings)}` : "";
  return (
    `semantic routes (8 routes x 7 utterances, built-in encoder${label}, explain()): without p50 ${a.p50Us.toFixed(0)} µs p99 ${a.p99Us.toFixed(0)} µs | ` +
    `with p50 ${b.p50Us.toFixed(0)} µs p99 ${b.p99Us.toFixed(0)} µs | added p50 ${(b.p50Us - a.p50Us).toFixed(0)} µs, p99 ${(b.p99Us - a.p99Us).toFixed(0)} µs (target: at most 1000 µs p99)\n` +
    `semantic routes, added per prompt (fastest of ${perPrompt.rounds} runs in each config, ${perPrompt.prompts} prompts): p50 ${perPrompt.p50Us.toFixed(0)} µs, p99 ${perPrompt.p99Us.toFixed(0)} µs, worst ${perPrompt.worstUs.toFixed(0)} µs (${perPrompt.worstChars} characters) (target: at most 1000 µs p99)`
  );
}

interface Explainer {
  explain(prompt: string): Promise<unknown>;
}

/** Per prompt: the fastest of `rounds` runs in each config (interleaved), and the difference; percentiles over prompts. */
export async function addedPerPrompt(plain: Explainer, routed: Explainer, prompts: readonly string[], rounds: number) {
  const fastestPlain = new Float64Array(prompts.length).fill(Number.POSITIVE_INFINITY);
  const fastestRouted = new Float64Array(prompts.length).fill(Number.POSITIVE_INFINITY);
  for (let round = 0; round < rounds; round++) {
    for (const [index, prompt] of prompts.entries()) {
      let started = performance.now();
      await plain.explain(prompt);
      fastestPlain[index] = Math.min(fastestPlain[index]!, (performance.now() - started) * 1000);
      started = performance.now();
      await routed.explain(prompt);
      fastestRouted[index] = Math.min(fastestRouted[index]!, (performance.now() - started) * 1000);
    }
  }
  const added = prompts.map((prompt, index) => ({ us: fastestRouted[index]! - fastestPlain[index]!, chars: prompt.length }));
  const sorted = added.map((entry) => entry.us).sort((left, right) => left - right);
  const worst = added.reduce((most, entry) => (entry.us > most.us ? entry : most), added[0]!);
  return { rounds, prompts: prompts.length, p50Us: percentile(sorted, 0.5), p99Us: percentile(sorted, 0.99), worstUs: worst.us, worstChars: worst.chars };
}

/** Up to `count` recorded prompts, an even seeded sample over the outcome files in `BENCH_ROUTE_DATASETS` (none when absent). */
export async function recordedPrompts(count: number): Promise<string[]> {
  const folder = process.env["BENCH_ROUTE_DATASETS"] ?? "../shared/datasets";
  if (!existsSync(folder)) return [];
  const files = readdirSync(folder)
    .filter((name) => name.endsWith(".outcomes.jsonl"))
    .sort()
    .map((name) => `${folder}/${name}`);
  if (files.length === 0) return [];
  const random = createSeededRandom(7);
  const perFile = Math.ceil(count / files.length);
  const sample: string[] = [];
  for (const file of files) {
    const prompts: string[] = [];
    for await (const record of readOutcomeRecords(file)) prompts.push(record.prompt);
    for (let taken = 0; taken < perFile && prompts.length > 0; taken++) sample.push(prompts.splice(Math.floor(random() * prompts.length), 1)[0]!);
  }
  return sample.slice(0, count);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await measureSemanticRoutes(Number(process.env["BENCH_COUNT"] ?? 5_000)));
