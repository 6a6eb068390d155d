/**
 * Development set 39 (`dev-39/a.jsonl`, `dev-39/b.jsonl`): personal data in the encoded and broken forms developers
 * paste — JWTs whose payload holds an e-mail, phone or national id, HTTP Basic credentials, base64 in configs,
 * Kubernetes Secrets and data: URLs, MIME encoded-words and quoted-printable bodies (`encoded.ts`), values wrapped over
 * a line break or grouped with `_`, `·`, `•` and thin spaces (`broken.ts`) — with same-shape hard negatives (the
 * jwt.io and RFC tokens, RFC 7617's Aladdin, placeholders, certificates, images, hashes, random bytes, test cards,
 * example IBANs). Every encoded value is really encoded by `dev-39/encode.ts`; a span covers the whole token as written.
 * Written by the session-40 encoded-forms helper before opening src/privacy (see dev-39/README.md).
 * Rebuild: npx tsx eval/privacy/dev-39.ts ; check: npx tsx eval/privacy/dev-39/check.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-39
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedHalves } from "./dev-14.js";
import { ENCODED } from "./dev-39/encoded.js";
import { BROKEN } from "./dev-39/broken.js";

export const DEV_39_ENTRIES: MarkedEntry[] = [...ENCODED, ...BROKEN];

if (process.argv[1]?.endsWith("dev-39.ts")) {
  const halves = interleavedHalves(DEV_39_ENTRIES, "dev39");
  writeMarkedSet("dev-39/a.jsonl", halves.a);
  writeMarkedSet("dev-39/b.jsonl", halves.b);
}
