/**
 * Development set 15 (`dev-15/a.jsonl`, `dev-15/b.jsonl`): hard negatives of the kinds that made the guard's
 * held-out false positives (passwords in policies, placeholders, env and secret references and examples; public,
 * fictional and the writer's own unnamed dates of birth; role and example e-mail addresses; public health topics,
 * fiction and public figures; reserved and private IPs; landmark addresses; drama and hotline numbers; documented test
 * cards, IBANs and SSNs; prompts about personal data) and matched positives of the same shapes (a password in use, a
 * named private person's birth date, e-mail, health, address, IP, card, IBAN or SSN), in English (dev, US, UK, Indian,
 * formal, casual), German, French, Spanish, Portuguese, Italian, Dutch, Polish, Japanese, Chinese, Hindi and Hinglish;
 * chat, code, configs (.env, compose, k8s, Helm, Ansible, Spring), logs, SQL, JSON, CSV, Markdown, e-mails, tickets,
 * docs. Written by the session-32 negatives helper on 5 December 2026 BEFORE opening anything under src/privacy or
 * running the guard (see dev-15/README.md). People and numbers are invented; documented test values are the
 * documented ones. `kind` is `<topic>:<document>-<register>:<form>`; halves as in dev-14 (`interleavedHalves`).
 * Rebuild: npx tsx eval/privacy/dev-15.ts ; check: npx tsx eval/privacy/dev-15/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-15
 */
import type { MarkedEntry } from "./marked-prompts.js";
import { writeMarkedSet } from "./marked-prompts.js";
import { interleavedHalves } from "./dev-14.js";
import { EN } from "./dev-15/en.js";
import { EUROPE } from "./dev-15/europe.js";
import { ASIA } from "./dev-15/asia.js";
import { MIXED } from "./dev-15/mixed.js";

export const DEV_15_ENTRIES: MarkedEntry[] = [...EN, ...EUROPE, ...ASIA, ...MIXED];

if (process.argv[1]?.endsWith("dev-15.ts")) {
  const halves = interleavedHalves(DEV_15_ENTRIES, "dev15");
  writeMarkedSet("dev-15/a.jsonl", halves.a);
  writeMarkedSet("dev-15/b.jsonl", halves.b);
}
