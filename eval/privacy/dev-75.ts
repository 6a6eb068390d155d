/**
 * Development set 75 (`dev-75/a.jsonl`, `dev-75/b.jsonl`): credentials as they leak from tooling — shell history and
 * terminal transcripts, CI logs and workflow files, `.npmrc`/`.pypirc`/`.netrc`/`.pgpass`/docker `config.json`,
 * Kubernetes and Helm values, Terraform tfvars, connection strings of databases and brokers, secrets assembled from
 * pieces (concatenated literals, joined arrays, template literals, f-strings, byte arrays, char codes), Wi-Fi QR strings,
 * Postman/Insomnia exports, HAR files, cookies and HTTP headers, and chat messages passing a password on (en, nl, de, fr,
 * es, Hinglish, ja), with hard negatives of the same tooling and no secret in it. Written by the session-48 credentials
 * helper (see dev-75/README.md). `kind` is `<topic>:credentials` or `neg-<topic>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-75.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-75
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-75/entries.js";

export const DEV_75_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-75.ts")) {
  const names = interleavedAssignment(DEV_75_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_75_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev75${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-75/a.jsonl", halves.a);
  writeMarkedSet("dev-75/b.jsonl", halves.b);
}
