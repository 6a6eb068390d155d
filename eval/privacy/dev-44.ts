/**
 * Development set 44 (`dev-44/a.jsonl`, `dev-44/b.jsonl`): named private people's health and biometric data in
 * conversation media as exported — WhatsApp/Telegram/Signal/LINE/KakaoTalk/WeChat/Zalo exports with timestamps and
 * sender names, Slack and Teams threads, e-mail threads with quoted replies and signatures, voice-note and call
 * transcripts with fillers, calendar invites, support tickets, shift handovers, forum posts — in English and 18 other
 * languages, with hard negatives in the same media (unnamed relatives, the writer's own question, public figures'
 * published health news, fiction, leaflets, guidelines, anonymised cases, biometric product docs, HR policy text).
 * Written by the session-42 health helper before opening src/privacy (see dev-44/README.md). `kind` is
 * `<topic>:<medium>`.
 * Halves: entries in order, alternating between A and B within each (language, class) group (dev-14's
 * `interleavedAssignment`; class = topic, polarity, medium).
 * Rebuild: npx tsx eval/privacy/dev-44.ts
 * Score: npx tsx eval/privacy/evaluate.ts --no-baselines --set dev-44
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { interleavedAssignment, kindClass } from "./dev-14.js";
import { EN } from "./dev-44/en.js";
import { WORLD } from "./dev-44/world.js";
import { MORE } from "./dev-44/more.js";

export const DEV_44_ENTRIES: MarkedEntry[] = [...EN, ...WORLD, ...MORE];

if (process.argv[1]?.endsWith("dev-44.ts")) {
  const names = interleavedAssignment(DEV_44_ENTRIES, (entry) => entry[0], kindClass);
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  DEV_44_ENTRIES.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `dev44${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  writeMarkedSet("dev-44/a.jsonl", halves.a);
  writeMarkedSet("dev-44/b.jsonl", halves.b);
}
