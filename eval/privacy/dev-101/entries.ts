/**
 * dev-101 entries: every template of `templates.ts` filled three times (once when it has no slot) from one
 * `createSeededRandom(1012026)` stream. Positives: an invented, named person's condition, drug and dose, ICD-10 code,
 * appointment or lab result (`health`), with their birth date (`date_of_birth`) and hospital number
 * (`medical_record`) where the template has them. Hard negatives: the same vocabulary with no identifiable person (the
 * writer's own unnamed health, leaflets, guidelines, public figures' own disclosures, fictional characters, anonymised
 * cases, exam questions, statistics, job adverts, blank forms). `kind` is `<topic>:<template id>:<form>`.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { createSeededRandom } from "../../../src/policies/clock.js";
import { TEMPLATES, type Template } from "./templates.js";
import { APPOINTMENTS, type Case, CASES, DEPARTMENTS, FICTION, FOLIC_ACID, JA_DRUGS, LABS, LANGS, type Lang, NAMES, PUBLIC } from "./vocab.js";

const random = createSeededRandom(1012026);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** templates whose person is a woman (pronouns, titles, pregnancy) or a boy (school notes) */
const FEMALE = new Set([
  "en:gb-absence",
  "en:us-chat",
  "en:us-pregnancy",
  "de:whatsapp",
  "de:pflege",
  "fr:arret",
  "fr:sms",
  "es:whatsapp",
  "es:residencia",
  "it:chat",
  "it:rsa",
  "nl:app",
  "nl:overdracht",
  "pl:czat",
  "pl:dps",
  "pt:zap",
  "pt:lar",
  "sv:chatt",
  "tr:sohbet",
  "hi:whatsapp",
]);
const MALE = new Set(["en:in-email", "en:in-chat", "en:au-chat", "de:au-mail", "de:therapie", "fr:ehpad", "hi:chhutti"]);
/** templates whose wording names the condition's kind */
const CASES_FOR: Record<string, readonly string[]> = {
  "en:gb-letter": ["t2d", "t1d"],
  "en:us-school": ["epilepsy"],
  "en:au-chat": ["asthma"],
  "en:us-pregnancy": ["pregnancy"],
  "en:us-lab": ["ckd"],
  "en:in-chat": ["t2d", "ckd"],
  "en:au-therapy": ["alcohol"],
  "en:neg-exam": ["bipolar"],
  "de:schule": ["epilepsy"],
  "de:therapie": ["alcohol"],
  "es:terapia": ["alcohol"],
  "en:neg-case": ["t2d", "ckd", "hiv"],
};
const SCHOOL_CASES = ["epilepsy", "asthma", "t1d", "anxiety"];

const pad = (n: number) => String(n).padStart(2, "0");
function birthDate(lang: Lang, templateId: string): string {
  const year = 1942 + Math.floor(random() * 60);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  if (lang === "ja") return `${year}年${month}月${day}日`;
  if (lang === "sv") return `${year}-${pad(month)}-${pad(day)}`;
  if (templateId.startsWith("us-")) return `${pad(month)}/${pad(day)}/${year}`;
  if (lang === "de" || lang === "pl" || lang === "tr") return `${pad(day)}.${pad(month)}.${year}`;
  if (lang === "nl") return `${pad(day)}-${pad(month)}-${year}`;
  return `${pad(day)}/${pad(month)}/${year}`;
}

function drugOf(lang: Lang, chosen: Case): string {
  if (lang === "ja") return JA_DRUGS[chosen.id]!;
  if (chosen.id === "pregnancy") return FOLIC_ACID[lang];
  // German, Dutch, Swedish and Polish drop the English final -e (Sertralin, Naltrexon) and capitalise
  if (lang === "de" || lang === "nl" || lang === "sv" || lang === "pl")
    return chosen.drug[0]!.toUpperCase() + chosen.drug.slice(1).replace(/(ine|one) /, (ending) => `${ending.slice(0, -2)} `);
  return chosen.drug;
}

function caseFor(lang: Lang, template: Template, sex: "m" | "f"): Case {
  const key = `${lang}:${template[0]}`;
  const allowed = CASES_FOR[key] ?? (template[2] === "school" ? SCHOOL_CASES : undefined);
  const pool = CASES.filter((candidate) => (allowed ? allowed.includes(candidate.id) : sex === "f" || candidate.sex !== "f"));
  return pick(pool);
}

function fill(lang: Lang, template: Template): string {
  const [id, topic, form, text] = template;
  const positive = topic === "health";
  const key = `${lang}:${id}`;
  const sex: "m" | "f" = FEMALE.has(key) ? "f" : MALE.has(key) || form === "school" ? "m" : random() < 0.5 ? "f" : "m";
  const chosen = caseFor(lang, template, sex);
  const names = NAMES[lang];
  const first = pick(names[sex]);
  const last = pick(names.last);
  const full = lang === "ja" ? `${last} ${first}` : `${first} ${last}`;
  const publicFigure = pick(PUBLIC);
  const fiction = pick(FICTION);
  const conditionOf = (caseId: string) => CASES.find((candidate) => candidate.id === caseId)!.name[lang];
  const mark = (category: string, value: string) => (positive ? `⟦${category}|${value}⟧` : value);
  const slots: Record<string, () => string> = {
    N: () => full,
    F: () => first,
    LAST: () => last,
    C: () => mark("health", chosen.name[lang]),
    D: () => mark("health", drugOf(lang, chosen)),
    I: () => mark("health", chosen.icd),
    A: () => mark("health", positive ? pick(APPOINTMENTS[lang]) : pick(DEPARTMENTS[lang])),
    L: () => mark("health", pick(LABS[lang])),
    B: () => mark("date_of_birth", birthDate(lang, id)),
    M: () => mark("medical_record", String(1000000 + Math.floor(random() * 8999999))),
    P: () => publicFigure[0],
    PC: () => conditionOf(publicFigure[1]),
    X: () => fiction[0],
    XC: () => conditionOf(fiction[1]),
  };
  return text.replace(/\{([A-Z]+)\}/g, (_, slot: string) => slots[slot]!());
}

function build(): MarkedEntry[] {
  const entries: MarkedEntry[] = [];
  const seen = new Set<string>();
  for (const lang of LANGS)
    for (const template of TEMPLATES[lang]) {
      const copies = /\{[A-Z]+\}/.test(template[3]) ? 3 : 1;
      for (let copy = 0; copy < copies; copy++) {
        const text = fill(lang, template);
        if (seen.has(text)) continue;
        seen.add(text);
        entries.push([lang, `${template[1]}:${template[0]}:${template[2]}`, text]);
      }
    }
  return entries;
}

export const ENTRIES: readonly MarkedEntry[] = build();
