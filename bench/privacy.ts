/**
 * Privacy scanner speed, each figure next to a same-run baseline (one plain regex pass — e-mail domains
 * after an @ — over the same bytes): p50/p99 CPU time on a ~2,000-token prompt; throughput (MB/s) and
 * p99 per request over the labelled sets; adversarial inputs of 256 KB and 1 MB (MB/s, scaling:
 * linear = 4x); and the worst cost of one request at the default `privacy.scanLimit.maxChars`.
 * Every section prints as it finishes. Times are CPU time of this process (getrusage), which leaves
 * out the time spent waiting for a core on a shared machine. About a minute on a quiet machine.
 * Run: npm run bench:privacy
 */
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { encode } from "gpt-tokenizer";
import { DEFAULT_SCAN_LIMIT_CHARS } from "../src/config/sections/privacy.js";
import { createPrivacyScanner } from "../src/privacy/index.js";
import { percentile } from "./stats.js";

const scanner = createPrivacyScanner();
const scan = (text: string): unknown => scanner.scan(text);
// Anchored on "@": linear on every input (the former `[A-Za-z0-9._%+-]+@…` backtracked quadratically on
// a megabyte of letters, which is why this benchmark never finished).
const BASELINE = /@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const baseline = (text: string): unknown => text.match(BASELINE)?.length ?? 0;
const print = (line = "") => process.stdout.write(`${line}\n`);
const load = () => `load average ${loadavg()[0]!.toFixed(2)} on ${availableParallelism()} cores`;
const fixed = (value: number, digits = 1, width = 8) => value.toFixed(digits).padStart(width);

/** CPU microseconds of one call. */
function cpuMicros(task: () => unknown): number {
  const before = process.cpuUsage();
  task();
  const used = process.cpuUsage(before);
  return used.user + used.system;
}

/** p50/p99 CPU µs per call over `texts` (`rounds` times each), scanner and baseline interleaved so machine noise hits both. */
function perRequest(texts: readonly string[], rounds: number): { scan: number[]; baseline: number[]; seconds: [number, number] } {
  const scanSamples: number[] = [];
  const baselineSamples: number[] = [];
  for (let round = 0; round < rounds; round++)
    for (const text of texts) {
      scanSamples.push(cpuMicros(() => scan(text)));
      baselineSamples.push(cpuMicros(() => baseline(text)));
    }
  const seconds: [number, number] = [scanSamples.reduce((a, b) => a + b, 0) / 1e6, baselineSamples.reduce((a, b) => a + b, 0) / 1e6];
  return { scan: scanSamples.sort((a, b) => a - b), baseline: baselineSamples.sort((a, b) => a - b), seconds };
}

function buildPrompt(targetTokens: number): string {
  const pieces = [
    "We are migrating the billing service from a monolith to three smaller services. The plan below lists each step, the owner, and the risks we know about. ",
    "```ts\nexport async function charge(customerId: string, amountCents: number): Promise<Receipt> {\n  const customer = await db.customers.find(customerId);\n  if (!customer) throw new Error(`unknown customer ${customerId}`);\n  return stripe.charges.create({ amount: amountCents, currency: 'eur', customer: customer.stripeId });\n}\n```\n",
    "Die Migration soll bis Ende des Quartals abgeschlossen sein; bitte prüfe die Reihenfolge der Schritte und schlage Verbesserungen vor. ",
    "2025-03-14T09:12:44Z INFO request_id=550e8400-e29b-41d4-a716-446655440000 latency_ms=231 status=200 path=/v1/invoices\n",
    "| step | owner | risk |\n|---|---|---|\n| split schema | data team | medium |\n| dual writes | payments | high |\n",
    "Contact the on-call engineer at oncall.billing@northwind-logistics.co.uk or +44 20 7123 4567 if the dual writes diverge. ",
    "Version 4.12.3 of the client library is required; older builds (3.9.x) fail on the new pagination format. ",
  ];
  let text = "";
  for (let index = 0; encode(text).length < targetTokens; index++) text += pieces[index % pieces.length];
  return text;
}

const readJsonl = (path: string, field: string): string[] =>
  readFileSync(new URL(path, import.meta.url), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => String((JSON.parse(line) as Record<string, unknown>)[field]));

print(`privacy scanner benchmark (node ${process.version}); CPU time per call; baseline = one plain regex pass (e-mail domains) over the same text`);
print(`start: ${load()}`);

// 1. One long prompt.
const prompt = buildPrompt(2000);
for (let index = 0; index < 50; index++) scan(prompt); // warm up
const long = perRequest([prompt], 300);
print("");
print(`[1/4] 2,000-token prompt (${encode(prompt).length} tokens, ${prompt.length} chars), 300 scans:`);
print(`  scanner         p50 ${fixed(percentile(long.scan, 0.5))} µs   p99 ${fixed(percentile(long.scan, 0.99))} µs   (target p99 < 1000 µs)`);
print(`  baseline regex  p50 ${fixed(percentile(long.baseline, 0.5))} µs   p99 ${fixed(percentile(long.baseline, 0.99))} µs`);
print(`  ${load()}`);

// 2. Labelled prompts: throughput and p99 per request.
const sets: Array<[string, string[]]> = [
  ["labelled set (eval/privacy/dataset.jsonl)", readJsonl("../eval/privacy/dataset.jsonl", "prompt")],
  ["independent set (eval/privacy/independent)", readJsonl("../eval/privacy/independent/prompts.jsonl", "text")],
];
print("");
print("[2/4] throughput and p99 per request over the labelled sets, 3 rounds:");
for (const [name, texts] of sets) {
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0) * 3;
  const result = perRequest(texts, 3);
  print(`  ${name}: ${texts.length} prompts, ${(bytes / 3 / 1e6).toFixed(2)} MB`);
  print(
    `    scanner         ${fixed(bytes / 1e6 / result.seconds[0], 2)} MB/s   ${fixed(result.scan.length / result.seconds[0], 0, 9)} prompts/s   p99 ${fixed(percentile(result.scan, 0.99))} µs`,
  );
  print(
    `    baseline regex  ${fixed(bytes / 1e6 / result.seconds[1], 2)} MB/s   ${fixed(result.baseline.length / result.seconds[1], 0, 9)} prompts/s   p99 ${fixed(percentile(result.baseline, 0.99))} µs`,
  );
}
print(`  ${load()}`);

// 3. Adversarial inputs.
const adversarial: Array<[string, string]> = [
  ["100k letters", "a"],
  ["digits and spaces", "1 "],
  ["digits and dashes", "12-"],
  ["at signs", "a@"],
  ["password keywords", "password: "],
  ["German/Spanish keywords", "Passwort: Kennwort ist contraseña es clave: "],
  ["capitalised words", "Anna Schmidt "],
  ["hex and colons", "ab:"],
  ["eyJ segments", "eyJhbGciOiJ."],
  ["hyphenated words", "Aa-"],
  ["health terms", "Herr Meier hat Diabetes "],
  ["named diagnoses", "Anna Schmidt was diagnosed with cancer. "],
  ["key-value fields", '"phone": "+1 415 555 2671", "dob": "1980-01-02", '],
  ["CSV rows", "mrn,dob,phone\n4471902,1980-01-02,+14155552671\n"],
  ["HL7 segments", "PID|1||839201^^^HOSP^MR||Doe^Jo||19521123|F\n"],
  ["CJK addresses", "上海市浦东新区世纪大道88号"],
  ["zero-width digits", "4\u200b1\u200b7\u200b2 "],
  ["key headers, no end", "-----BEGIN PRIVATE KEY-----sk-"],
];
const repeatTo = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
/** Sentences that never repeat (a different surname each time), so that no per-sentence work can be reused. */
function variedDiagnoses(size: number): string {
  let text = "";
  for (let index = 0; text.length < size; index++) {
    let surname = "";
    for (let rest = index; surname.length < 4 || rest > 0; rest = Math.floor(rest / 26)) surname += String.fromCharCode(97 + (rest % 26));
    text += `Anna K${surname} was diagnosed with cancer. `;
  }
  return text.slice(0, size);
}
/** CPU ms of the cheaper of two scans (a collection during one of them is not the scan's cost). */
const bestOfTwo = (text: string) =>
  Math.min(
    cpuMicros(() => scan(text)),
    cpuMicros(() => scan(text)),
  ) / 1000;
print("");
print(
  "[3/4] adversarial inputs (best of two scans): CPU ms at 262,144 and 1,048,576 characters ('256 KB', '1 MB'), scaling (linear = 4x), MB/s (UTF-8) at 1 MB vs the baseline:",
);
let worst = { name: "", ms: 0, mbPerSecond: Infinity };
let worstScaling = 0;
const inputs: Array<[string, (size: number) => string]> = [
  ...adversarial.map(([name, unit]): [string, (size: number) => string] => [name, (size) => repeatTo(unit, size)]),
  ["varied named diagnoses", variedDiagnoses],
];
for (const [name, build] of inputs) {
  const small = build(262_144);
  const large = build(1_048_576);
  scan(small.slice(0, 10_000)); // compile the patterns this input reaches
  const smallMs = bestOfTwo(small);
  const largeMs = bestOfTwo(large);
  const baselineMs = Math.max(0.001, cpuMicros(() => baseline(large)) / 1000);
  const megabytes = Buffer.byteLength(large) / 1e6;
  const mbPerSecond = megabytes / (largeMs / 1000);
  worstScaling = Math.max(worstScaling, largeMs / smallMs);
  if (largeMs > worst.ms) worst = { name, ms: largeMs, mbPerSecond };
  print(
    `  ${name.padEnd(24)} 256 KB ${fixed(smallMs)} ms   1 MB ${fixed(largeMs)} ms   x${(largeMs / smallMs).toFixed(1).padStart(4)}   ${fixed(mbPerSecond, 1, 6)} MB/s   baseline ${fixed(megabytes / (baselineMs / 1000), 0, 6)} MB/s`,
  );
}
print(`  worst scaling 256 KB -> 1 MB: x${worstScaling.toFixed(1)} (linear = 4); ${load()}`);

// 4. The per-request bound.
print("");
print(`[4/4] bound per request: privacy.scanLimit.maxChars default ${DEFAULT_SCAN_LIMIT_CHARS.toLocaleString("en-US")} characters`);
print(
  `  slowest adversarial 1 MB input: ${worst.name} ${worst.ms.toFixed(0)} ms CPU (${worst.mbPerSecond.toFixed(1)} MB/s): the most one request's scan can cost at the default bound`,
);
print(`  end: ${load()}`);
