/**
 * dev-91 entries: a grid generated from the committed seed `SEED` by `createSeededRandom` (src/policies/clock.ts) over
 * the health vocabulary (`vocabulary.ts`: ICD-10 chapters, WHO essential medicines, procedures, lab values, devices,
 * disabilities, addictions, reproductive, sexual and mental health, in nine languages) × holders (a named private
 * person, a named relative, a colleague by name, a patient by identifier — NHS number, French NIR, Italian codice
 * fiscale, Dutch BSN, Polish PESEL with valid check digits, or a hospital number) × containers (chat messages, e-mails,
 * voice-note transcripts, school absence notes, sick notes, care-home handovers, pharmacy and insurance forms, calendar
 * entries, JSON and CSV rows: `frames.ts`). Hard negatives use the SAME terms (each negative's term is also a positive's
 * term in the same language) with no identifiable private person: encyclopaedic and school text, leaflets, public
 * health statistics, fiction, a public figure's publicly reported illness, the writer's own unnamed health, an unnamed
 * relative, anonymous case studies, a clinic's job advert, a catalogue, a dosage or recovery question.
 * `kind` is `<domain>:<term id>:<holder>:<container>` or `neg-<domain>:<term id>:<negative kind>`.
 * Our own invented text; every private person is invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { createSeededRandom } from "../../../src/policies/clock.js";
import { nhsNumberValid, inseeValid } from "../../../src/privacy/checksums.js";
import { italianCfValid } from "../../../src/privacy/detectors/ids.js";
import { bsnValid } from "../../../src/privacy/detectors/numbers.js";
import { peselValid } from "../../../src/privacy/detectors/east-european.js";
import { DOMAINS, type Domain, type Lang, LANGS, type Term, TERMS } from "./vocabulary.js";
import { type Holder, namedHolder } from "../health-grid.js";
import { FRAMES } from "./frames.js";

/** The committed seed of the grid. */
export const SEED = 91_2026;

const random = createSeededRandom(SEED);
const int = (below: number) => Math.floor(random() * below);
const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
const digits = (count: number) => Array.from({ length: count }, () => String(int(10))).join("");
const pad = (value: number, width = 2) => String(value).padStart(width, "0");

// ---------------------------------------------------------------- identifiers

function nhsNumber(): string {
  for (;;) {
    const body = String(4 + int(4)) + digits(8);
    for (let check = 0; check <= 9; check++) {
      const all = body + check;
      if (nhsNumberValid(all)) return `${all.slice(0, 3)} ${all.slice(3, 6)} ${all.slice(6)}`;
    }
  }
}

function frenchNir(): string {
  const body = `2${pad(60 + int(40))}${pad(1 + int(12))}${pad(pick([13, 31, 33, 44, 59, 69, 75, 92, 93]))}${pad(1 + int(998), 3)}${pad(1 + int(998), 3)}`;
  for (let key = 1; key <= 97; key++) {
    const all = body + pad(key);
    if (inseeValid(all)) return `${all[0]} ${all.slice(1, 3)} ${all.slice(3, 5)} ${all.slice(5, 7)} ${all.slice(7, 10)} ${all.slice(10, 13)} ${all.slice(13)}`;
  }
  throw new Error("no NIR key");
}

function italianCf(): string {
  const body = `${pick(["BNC", "RSS", "MRN", "GLL", "CST"])}${pick(["LRA", "FNC", "MRT", "SLV", "NNA"])}${pad(60 + int(40))}${pick([..."ABCDEHLMPRST"])}${41 + int(28)}${pick(["F205", "H501", "A662", "L219", "G273"])}`;
  for (const letter of "ABCDEFGHIJKLMNOPQRSTUVWXYZ") if (italianCfValid(body + letter)) return body + letter;
  throw new Error("no CF check letter");
}

function dutchBsn(): string {
  for (;;) {
    const body = String(1 + int(9)) + digits(7);
    for (let check = 0; check <= 9; check++) if (bsnValid(body + check)) return body + check;
  }
}

function polishPesel(): string {
  for (;;) {
    const body = `${pad(60 + int(40))}${pad(1 + int(12))}${pad(1 + int(28))}${digits(3)}${2 * int(5)}`;
    for (let check = 0; check <= 9; check++) if (peselValid(body + check)) return body + check;
  }
}

/** The patient identifier of each language, marked with its category. */
function patientId(lang: Lang): string {
  switch (lang) {
    case "en":
      return `⟦medical_record|${nhsNumber()}⟧`;
    case "fr":
      return `⟦national_id|${frenchNir()}⟧`;
    case "it":
      return `⟦national_id|${italianCf()}⟧`;
    case "nl":
      return `⟦national_id|${dutchBsn()}⟧`;
    case "pl":
      return `⟦national_id|${polishPesel()}⟧`;
    case "de":
      return `⟦medical_record|${digits(2).replace(/^0/, "4")}${digits(6)}⟧`;
    case "es":
      return `⟦medical_record|${String(1 + int(9))}${digits(6)}⟧`;
    case "pt":
      return `⟦medical_record|${String(1 + int(9))}${digits(8)}⟧`;
    case "ja":
      return `⟦medical_record|${String(1 + int(9))}${digits(7)}⟧`;
  }
}

// ---------------------------------------------------------------- terms

const LAB_VALUES: Record<string, () => number | string> = {
  hba1c: () => (7 + int(50) / 10).toFixed(1),
  tsh: () => (5.5 + int(140) / 10).toFixed(1),
  egfr: () => 15 + int(30),
  inr: () => (3.1 + int(28) / 10).toFixed(1),
};

/** The term in its verb's form (`T`) and bare (`B`), the health words marked when `mark`. */
export function render(term: Term, lang: Lang, mark: boolean): { T: string; B: string } {
  let text = term.text[lang];
  const value = LAB_VALUES[term.id]?.();
  if (value !== undefined) text = text.replace("{v}", lang === "en" || lang === "ja" ? String(value) : String(value).replace(".", ","));
  const inner = text.slice(text.indexOf("[") + 1, text.indexOf("]"));
  const shown = mark ? `⟦health|${inner}⟧` : inner;
  return { T: text.replace(`[${inner}]`, shown), B: shown };
}

const termsOf = (domain: Domain) => TERMS.filter((term) => term.domain === domain);

// ---------------------------------------------------------------- positives

type HolderKind = "named" | "relative" | "colleague" | "patient";
const HOLDERS: readonly HolderKind[] = ["named", "relative", "colleague", "patient"];

const holderCount = new Map<Lang, number>();
const containerCount = new Map<string, number>();

function holderOf(lang: Lang, kind: HolderKind): Holder {
  const frames = FRAMES[lang];
  return namedHolder(frames, kind, pick) ?? frames.patient(patientId(lang));
}

/** The next container of the language in rotation; a patient by identifier goes into a record-like container. */
function containerFor(lang: Lang, holder: HolderKind): string {
  const frames = FRAMES[lang];
  const all = [...Object.keys(frames.sentence), ...Object.keys(frames.labelled)];
  const records = ["sicknote", "handover", "json", "pharmacy", "insurance", "calendar", "csv", "email"];
  const choices = holder === "patient" ? all.filter((name) => records.includes(name)) : all;
  const key = `${lang}|${holder === "patient" ? "patient" : "any"}`;
  const index = containerCount.get(key) ?? 0;
  containerCount.set(key, index + 1);
  return choices[index % choices.length]!;
}

function positive(term: Term, lang: Lang): MarkedEntry {
  const frames = FRAMES[lang];
  const turn = holderCount.get(lang) ?? 0;
  holderCount.set(lang, turn + 1);
  const holderKind = HOLDERS[turn % HOLDERS.length]!;
  const holder = holderOf(lang, holderKind);
  const container = containerFor(lang, holderKind);
  const { T, B } = render(term, lang, true);
  const sentence = frames.sentence[container];
  const text = sentence ? sentence(frames.say(holder.subject, term.verb, T)) : frames.labelled[container]!(holder.label, frames.field[term.verb], B);
  return [lang, `${term.domain}:${term.id}:${holderKind}:${container}`, text];
}

function positives(): MarkedEntry[] {
  const out: MarkedEntry[] = [];
  // every condition (all ICD-10 chapters) once, the languages in rotation
  termsOf("condition").forEach((term, index) => out.push(positive(term, LANGS[index % LANGS.length]!)));
  // every other domain once in every language, its terms in rotation from a seeded start
  for (const domain of DOMAINS.filter((name) => name !== "condition")) {
    const terms = termsOf(domain);
    const start = int(terms.length);
    LANGS.forEach((lang, index) => out.push(positive(terms[(start + index) % terms.length]!, lang)));
  }
  // a second round: English in every domain; German, French and Spanish in mental, reproductive and medicine; a
  // second condition for the other languages
  for (const domain of DOMAINS) out.push(positive(pick(termsOf(domain)), "en"));
  for (const lang of ["de", "fr", "es"] as const)
    for (const domain of ["mental", "reproductive", "medicine"] as const) out.push(positive(pick(termsOf(domain)), lang));
  for (const lang of ["it", "pt", "nl", "pl", "ja"] as const) out.push(positive(pick(termsOf("condition")), lang));
  return out;
}

// ---------------------------------------------------------------- negatives

/** Domains a negative kind does not take (an encyclopaedia entry on "an HbA1c of 9.1 %" reads wrong). */
const NOT_FOR: Record<string, readonly Domain[]> = {
  encyclopaedic: ["lab"],
  leaflet: ["lab"],
  statistics: ["lab", "medicine"],
  job: ["lab", "medicine", "procedure"],
  catalogue: ["lab", "procedure"],
};

/** How many negatives each language gets: every kind its frames have, English and the first ones twice. */
const EXTRA: Partial<Record<Lang, number>> = { en: 6, de: 1, fr: 1, es: 1, it: 1, pt: 1, nl: 1, pl: 1, ja: 1 };

function negatives(used: ReadonlyMap<Lang, readonly Term[]>): MarkedEntry[] {
  const out: MarkedEntry[] = [];
  for (const lang of LANGS) {
    const frames = FRAMES[lang];
    const kinds = Object.keys(frames.negatives);
    const list = [...kinds, ...kinds.slice(0, EXTRA[lang] ?? 0)];
    const pool = used.get(lang)!;
    let cursor = int(pool.length);
    for (const kind of list) {
      const allowed = pool.filter((term) => !(NOT_FOR[kind] ?? []).includes(term.domain));
      const term = allowed[cursor++ % allowed.length]!;
      const { T, B } = render(term, lang, false);
      const text = frames.negatives[kind]!({
        say: (subject) => frames.say(subject, term.verb, T),
        own: () => frames.own(term.verb, T),
        B,
        verb: term.verb,
        lab: term.domain === "lab",
      });
      out.push([lang, `neg-${term.domain}:${term.id}:${kind}`, text]);
    }
  }
  return out;
}

export const SENSITIVE: MarkedEntry[] = positives();

const usedTerms = new Map<Lang, Term[]>();
for (const [lang, kind] of SENSITIVE) {
  const term = TERMS.find((candidate) => candidate.id === kind.split(":")[1])!;
  const list = usedTerms.get(lang as Lang) ?? [];
  if (!list.includes(term)) list.push(term);
  usedTerms.set(lang as Lang, list);
}

export const NEGATIVES: MarkedEntry[] = negatives(usedTerms);
