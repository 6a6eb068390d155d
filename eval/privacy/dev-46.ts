/**
 * Development set 46 (`dev-46/a.jsonl`, `dev-46/b.jsonl`): developer and IT artefacts as committed or pasted — READMEs,
 * `.env.example`, docker-compose, Helm values, Kubernetes Secrets with placeholder or `${VAR}` values, CI logs with
 * masked secrets, password policy texts, strength questions about documented example passwords, bcrypt/argon2 hashes
 * in fixtures, git log / blame / MAINTAINERS output with public maintainers' addresses, GitHub noreply addresses, role
 * mailboxes, RFC 2606 addresses, mailing-list headers, a vendor newsletter's SMTP/DKIM headers, SQL seeds, OpenAPI
 * examples, mock servers and unit-test fixtures — each group a hard negative (or two) and its twin with one real
 * person's working credential or personal or named work e-mail. Written by the session-42 precision helper before
 * opening src/privacy (see dev-46/README.md). `kind` is `<topic>:<family>:<form>`.
 * Halves: groups (an artefact and its twin stay together) are shuffled by the project's seeded mulberry32
 * (`createSeededRandom`, dev-41's `seededHalves`) from SEED below and dealt to the half holding fewer prompts of the
 * group's family (the kind's second part; tie: fewer prompts overall; tie: A).
 * Rebuild: npx tsx eval/privacy/dev-46.ts ; check: npx tsx eval/privacy/dev-46/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-46
 */
import { writeMarkedSet } from "./marked-prompts.js";
import type { Group } from "./dev-41/group.js";
import { seededHalves } from "./dev-41.js";
import { CONFIG } from "./dev-46/config.js";
import { MAIL } from "./dev-46/mail.js";
import { SECRETS } from "./dev-46/secrets.js";
import { MORE } from "./dev-46/more.js";
import { EXTRA } from "./dev-46/extra.js";

export const DEV_46_GROUPS: Group[] = [...CONFIG, ...MAIL, ...SECRETS, ...MORE, ...EXTRA];
/** The committed seed of the split. */
export const SEED = 46_2026_1206;

/** The family of a group: the second part of its first entry's kind (`env`, `git`, `policy` …). */
const familyOf = (group: Group): string => group[0]![1].split(":")[1]!;

if (process.argv[1]?.endsWith("dev-46.ts")) {
  const halves = seededHalves(DEV_46_GROUPS, SEED, "dev46", familyOf);
  writeMarkedSet("dev-46/a.jsonl", halves.a);
  writeMarkedSet("dev-46/b.jsonl", halves.b);
}
