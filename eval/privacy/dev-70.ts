/**
 * Development set 70 (`dev-70/a.jsonl`, `dev-70/b.jsonl`): everyday messages in Japanese, Chinese (simplified and
 * traditional) and Korean — chats, e-mails to a colleague, requests to format, tabulate or translate a list of people,
 * hospital, school and delivery notes — with a named private person's health, money, birth date, phone, home address
 * and national id (マイナンバー, 身份证, 身分證字號, 주민등록번호), and hard negatives (news, public figures, businesses,
 * format explanations, documented placeholder people, the writer's own data, fiction). Written by the session-46 cjk
 * helper (see dev-70/README.md). `kind` is `<topic>:<category>` or `neg-<topic>:<what>`.
 * Halves: dev-14's `interleavedAssignment` within each (language, class) group.
 * Rebuild: npx tsx eval/privacy/dev-70.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-70
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { NEGATIVES, SENSITIVE } from "./dev-70/entries.js";

export const DEV_70_ENTRIES: MarkedEntry[] = [...SENSITIVE, ...NEGATIVES];

if (process.argv[1]?.endsWith("dev-70.ts")) {
  const names = interleavedAssignment(DEV_70_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_70_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev70${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-70/a.jsonl", halves.a);
  writeMarkedSet("dev-70/b.jsonl", halves.b);
}
