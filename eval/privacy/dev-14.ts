/**
 * Development set 14 (`dev-14/a.jsonl`, `dev-14/b.jsonl`): health and money facts about named or otherwise
 * identifiable private people (a name, an honorific + surname, a bed/room/flat with the place) in the phrasings people
 * actually paste — e-mails, chats, tickets, HR and school notes, claims, bank and debt letters, payslips, prescriptions,
 * lab reports, therapy notes, CSV/JSON/Markdown tables, "translate this for my mother's doctor" requests — in English
 * (US, UK, Indian, Australian), Spanish, French, German, Italian, Portuguese, Dutch, Polish, Turkish, Swedish, Danish,
 * Norwegian, Catalan, Russian and Japanese; and same-shape hard negatives (public figures' published health, fiction,
 * general questions, the writer's own anonymous facts, unnamed relatives, company results, templates, leaflets,
 * textbook cases, schemas). Written by the session-31 health helper on 5 December 2026 BEFORE opening anything under
 * src/privacy or running the guard (see dev-14/README.md). People and numbers are invented.
 * `kind` is `<topic>:<document>-<register>:<form>`.
 * Halves (interleaved, see `interleavedHalves`): within each (language, topic, polarity, form) group entries alternate
 * between A and B; a new group starts on the half with fewer entries of its language (then of its class).
 * Rebuild: npx tsx eval/privacy/dev-14.ts ; check: npx tsx eval/privacy/dev-14/check.ts
 * Score: npm run eval:privacy -- --set dev-14 --no-baselines
 */
import { type MarkedEntry, writeMarkedSet } from "./marked-prompts.js";
import { EN } from "./dev-14/en.js";
import { ES_FR_DE } from "./dev-14/es-fr-de.js";
import { IT_PT_NL_PL } from "./dev-14/it-pt-nl-pl.js";
import { TR_SV_MORE } from "./dev-14/tr-sv-more.js";

const ENTRIES: MarkedEntry[] = [...EN, ...ES_FR_DE, ...IT_PT_NL_PL, ...TR_SV_MORE];

/** `health|pos|free` for `["en", "health:chat-au:free", …]`, `health|neg|structured` for a `neg-health` one. */
export function kindClass([, kind]: MarkedEntry): string {
  const parts = kind.split(":");
  const topic = parts[0]!;
  return `${topic.replace(/^neg-/, "")}|${topic.startsWith("neg-") ? "neg" : "pos"}|${parts.at(-1)}`;
}

/**
 * The half of each unit (an entry, or dev-37's contrast pair): units alternate between A and B within each (language,
 * class) group; the first unit of a new group goes to the half holding fewer units of its language so far (tie: fewer of
 * its class; tie: A).
 */
export function interleavedAssignment<T>(units: readonly T[], languageOf: (unit: T) => string, classOf: (unit: T) => string): Array<"a" | "b"> {
  const next = new Map<string, "a" | "b">();
  const count = new Map<string, number>();
  const bump = (key: string) => count.set(key, (count.get(key) ?? 0) + 1);
  const fewer = (key: string): "a" | "b" | undefined => {
    const [a, b] = [count.get(`a|${key}`) ?? 0, count.get(`b|${key}`) ?? 0];
    return a === b ? undefined : a < b ? "a" : "b";
  };
  return units.map((unit) => {
    const [language, cls] = [languageOf(unit), classOf(unit)];
    const group = `${language}|${cls}`;
    const name = next.get(group) ?? fewer(`lang ${language}`) ?? fewer(`class ${cls}`) ?? "a";
    next.set(group, name === "a" ? "b" : "a");
    bump(`${name}|lang ${language}`);
    bump(`${name}|class ${cls}`);
    return name;
  });
}

/**
 * Interleaved split: entries alternate between A and B within each (language, class) group; the first entry of a new
 * group goes to the half holding fewer entries of its language so far (tie: fewer of its class; tie: A), so every
 * language and every class is spread over both halves.
 */
export function interleavedHalves(entries: readonly MarkedEntry[], prefix: string) {
  const halves = { a: [] as Array<readonly [MarkedEntry, string]>, b: [] as Array<readonly [MarkedEntry, string]> };
  const names = interleavedAssignment(entries, (entry) => entry[0], kindClass);
  entries.forEach((entry, index) => {
    const name = names[index]!;
    halves[name].push([entry, `${prefix}${name}-${String(halves[name].length + 1).padStart(3, "0")}`] as const);
  });
  return halves;
}

if (process.argv[1]?.endsWith("dev-14.ts")) {
  const halves = interleavedHalves(ENTRIES, "dev14");
  writeMarkedSet("dev-14/a.jsonl", halves.a);
  writeMarkedSet("dev-14/b.jsonl", halves.b);
}
