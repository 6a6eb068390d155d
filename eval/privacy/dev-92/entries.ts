/**
 * dev-92 entries: a grid generated from the committed seed `SEED` by `createSeededRandom` (src/policies/clock.ts) over
 * the health vocabulary (`vocabulary.ts`: 42 terms in 15 languages and scripts) × holders (a named private person, a
 * named relative, a colleague by name, a patient by national identifier with valid check digits, a patient by hospital
 * case number: `ids.ts`) × containers (`frames-asia.ts`, `frames-other.ts`). Each language gets seven positives (seven
 * consecutive terms of a seeded order of all terms, so every term is used two or three times) and seven hard negatives
 * on the SAME terms in the same language with no identifiable private person.
 * `kind` is `<domain>:<term id>:<holder>:<container>` or `neg-<domain>:<term id>:<negative kind>`.
 * Our own invented text; every private person is invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { createSeededRandom } from "../../../src/policies/clock.js";
import { type Holder, namedHolder } from "../health-grid.js";
import type { Filled, LanguageFrames } from "./frames.js";
import { ASIA } from "./frames-asia.js";
import { OTHER } from "./frames-other.js";
import { makeIds } from "./ids.js";
import { type Domain, type Lang, LANGS, replacesVerb, type Term, TERMS } from "./vocabulary.js";

/** The committed seed of the grid. */
export const SEED = 92_2026;

export const FRAMES = { ...ASIA, ...OTHER } as Record<Lang, LanguageFrames>;

const random = createSeededRandom(SEED);
const int = (below: number) => Math.floor(random() * below);
const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
const ids = makeIds(random);

/** The national identifier generator of each language (ids.ts). */
const ID_OF: Record<Lang, () => string> = {
  zh: ids.cn,
  "zh-Hant": ids.tw,
  ko: ids.kr,
  ar: ids.ae,
  hi: ids.in,
  "hi-Latn": ids.in,
  ru: ids.ru,
  uk: ids.ua,
  tr: ids.tr,
  vi: ids.vn,
  th: ids.th,
  el: ids.gr,
  he: ids.il,
  id: ids.id,
  sv: ids.se,
};

/** Languages that write decimals with a comma. */
const COMMA = new Set<Lang>(["ru", "uk", "tr", "el", "sv", "id", "vi"]);

/** The term in its verb's form (`T`) and bare (`B`), the health words marked when `mark`; lab values drawn. */
export function render(term: Term, lang: Lang, mark: boolean): { T: string; B: string } {
  const decimal = (value: string) => (COMMA.has(lang) ? value.replace(".", ",") : value);
  const text = term.text[lang]
    .replace("{v}", () => decimal((7 + int(50) / 10).toFixed(1)))
    .replace("{s}", () => String(55 + int(40)))
    .replace("{g}", () => decimal((7.5 + int(80) / 10).toFixed(1)))
    .replace("{m}", () => String(130 + int(120)));
  const inner = text.slice(text.indexOf("[") + 1, text.indexOf("]"));
  const shown = mark ? `⟦health|${inner}⟧` : inner;
  return { T: text.replace(`[${inner}]`, shown), B: shown };
}

// ---------------------------------------------------------------- positives

type HolderKind = "named" | "relative" | "colleague" | "id" | "case";
const HOLDERS: readonly HolderKind[] = ["named", "relative", "colleague", "id", "case"];
const PER_LANGUAGE = 7;

function holderOf(frames: LanguageFrames, lang: Lang, kind: HolderKind): Holder {
  return (
    namedHolder(frames, kind, pick) ??
    (kind === "id"
      ? { subject: "", label: `${frames.idLabel} ⟦national_id|${ID_OF[lang]()}⟧` }
      : { subject: "", label: `${frames.caseLabel} ⟦medical_record|${ids.caseNo(frames.caseLength)}⟧` })
  );
}

const containerCount = new Map<string, number>();

/**
 * The next container of the language in rotation (each language starting further on, so every container is used); a
 * patient by identifier or case number goes into a record,
 * a relative into a message.
 */
function containerFor(frames: LanguageFrames, lang: Lang, holder: HolderKind): string {
  const record = holder === "id" || holder === "case";
  const sentences = Object.keys(frames.sentence);
  const choices = record ? Object.keys(frames.labelled) : holder === "relative" ? sentences : [...sentences, ...Object.keys(frames.labelled)];
  const key = `${lang}|${record ? "record" : holder === "relative" ? "relative" : "person"}`;
  const at = LANGS.indexOf(lang);
  const index = containerCount.get(key) ?? (record ? 3 * at : holder === "relative" ? at : 2 * at + 1);
  containerCount.set(key, index + 1);
  return choices[index % choices.length]!;
}

function positive(term: Term, lang: Lang, holderKind: HolderKind): MarkedEntry {
  const frames = FRAMES[lang];
  const holder = holderOf(frames, lang, holderKind);
  const container = containerFor(frames, lang, holderKind);
  const { T, B } = render(term, lang, true);
  const sentence = frames.sentence[container];
  const text = sentence ? sentence(frames.say(holder.subject, term.verb, T)) : frames.labelled[container]!(holder.label, frames.field[term.verb], B);
  return [lang, `${term.domain}:${term.id}:${holderKind}:${container}`, text];
}

/** A seeded order of all terms; language i takes terms i·7 … i·7+6 of it (mod the count). */
const ORDER = [...TERMS];
for (let index = ORDER.length - 1; index > 0; index--) {
  const other = int(index + 1);
  [ORDER[index], ORDER[other]] = [ORDER[other]!, ORDER[index]!];
}

export const TERMS_OF = new Map<Lang, Term[]>(
  LANGS.map((lang, index) => [lang, Array.from({ length: PER_LANGUAGE }, (_, slot) => ORDER[(index * PER_LANGUAGE + slot) % ORDER.length]!)]),
);

export const SENSITIVE: MarkedEntry[] = LANGS.flatMap((lang, index) =>
  TERMS_OF.get(lang)!.map((term, slot) => positive(term, lang, HOLDERS[(index + slot) % HOLDERS.length]!)),
);

// ---------------------------------------------------------------- negatives

/** Domains a negative kind does not take (an encyclopaedia entry on "an HbA1c of 9.1 %" reads wrong). */
const NOT_FOR: Record<string, readonly Domain[]> = {
  encyclopaedic: ["lab"],
  leaflet: ["lab"],
  statistics: ["lab", "medicine"],
  job: ["lab", "medicine"],
  catalogue: ["lab", "procedure"],
};

class NoFirstPerson extends Error {}

function negative(lang: Lang, kind: string, pool: readonly Term[], start: number): MarkedEntry {
  const frames = FRAMES[lang];
  for (let offset = 0; offset < pool.length; offset++) {
    const term = pool[(start + offset) % pool.length]!;
    if ((NOT_FOR[kind] ?? []).includes(term.domain)) continue;
    const { T, B } = render(term, lang, false);
    const filled: Filled = {
      say: (subject) => frames.say(subject, term.verb, T),
      own: () => {
        if (replacesVerb(term, lang)) throw new NoFirstPerson();
        return frames.own(term.verb, T);
      },
      B,
      verb: term.verb,
    };
    try {
      return [lang, `neg-${term.domain}:${term.id}:${kind}`, frames.negatives[kind]!(filled)];
    } catch (error) {
      if (!(error instanceof NoFirstPerson)) throw error;
    }
  }
  throw new Error(`${lang}: no term fits the negative ${kind}`);
}

export const NEGATIVES: MarkedEntry[] = LANGS.flatMap((lang) => {
  const pool = TERMS_OF.get(lang)!;
  const start = int(pool.length);
  return Object.keys(FRAMES[lang].negatives).map((kind, index) => negative(lang, kind, pool, start + index));
});
