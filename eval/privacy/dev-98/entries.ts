/**
 * dev-98 entries: for each personal scheme (`locales.ts`) six positives — two sentences shaped like Presidio's test
 * sentences, a form block, an e-mail in the scheme's language, a CSV export and a JSON record — and four hard
 * negatives — a value failing its check in a "is this valid?" question (Presidio's invalid examples first), a masked
 * value, a same-shaped number in another role (order, invoice, tracking), and Presidio's own documented test value
 * in a question about the test — plus business numbers (ABN, ACN, UEN, partita IVA, Handelsregister with USt-IdNr.,
 * Korean business registration numbers). `kind` is `id:<scheme>:<container>` or `neg-<what>:<scheme>:<container>`.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { LOCALES, type Locale } from "./locales.js";
import { DISAGREES, PRESIDIO_BUSINESS, SCHEMES, digit, digits, makeAbn, makeAcn, makePiva, pick, random } from "./schemes.js";

const S = (category: string, value: string) => `⟦${category}|${value}⟧`;
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? `{${key}}`);
const LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

/** the same shape with other characters: digits → random digits, letters → random letters */
export const reshaped = (value: string) =>
  [...value].map((character) => (/[0-9]/.test(character) ? digit() : /[A-Z]/.test(character) ? pick([...LETTERS]) : character)).join("");
/** all letters and digits but the last three hidden */
const masked = (value: string, mask: string) => {
  const total = [...value].filter((character) => /[0-9A-Z]/i.test(character)).length;
  let seen = 0;
  return [...value].map((character) => (/[0-9A-Z]/i.test(character) && ++seen <= total - 3 ? mask : character)).join("");
};
/** a made value whose check fails: the last character changed */
export function failing(scheme: string): string {
  const { make, valid } = SCHEMES[scheme]!;
  if (scheme === "US.ssn") return `${pick(["666", "000", "9" + digits(2)])}-${digits(2)}-${digits(4)}`;
  if (scheme === "US.itin") return `9${digits(2)}-${pick(["66", "67", "69", "89", "93"])}-${digits(4)}`;
  if (scheme === "AU.medicare") return make().replace(/^(\d{4} \d{4})(\d)/, (_, head: string, check: string) => head + String((Number(check) + 5) % 10));
  for (;;) {
    const value = make();
    const last = value.at(-1)!;
    const other = /[0-9]/.test(last) ? String((Number(last) + 1 + Math.floor(random() * 8)) % 10) : pick([...LETTERS].filter((letter) => letter !== last));
    const changed = value.slice(0, -1) + other;
    if (!valid(changed)) return changed;
  }
}

function positives(locale: Locale): MarkedEntry[] {
  const { make } = SCHEMES[locale.scheme]!;
  const id = (value: string) => S(locale.category, value);
  const [name1, name2, name3] = locale.names as [string, string, string];
  const [title, nameLabel, ask] = locale.form;
  const [subject, body] = locale.mail;
  const presidioLang = (sentence: string) => (/^(my|his|here|nric|tfn|medicare|aadhaar|nhs|nino)\b/i.test(sentence) ? "en" : locale.lang);
  return [
    ...locale.presidio.map((sentence): MarkedEntry => [presidioLang(sentence), `id:${locale.scheme}:sentence`, fill(sentence, { n: id(make()) })]),
    [
      locale.lang,
      `id:${locale.scheme}:form`,
      `${ask}\n\n${title}\n${nameLabel}: ${name1}\n${locale.label}: ${id(make())}\n${pick(["", "☐ ", "✔ "])}${pick(["2024-09-02", "02.09.2024", "9/2/2024"])}`,
    ],
    [locale.lang, `id:${locale.scheme}:mail`, `${subject}\n\n${fill(body, { name: name2, n: id(make()) })}`],
    [
      "en",
      `id:${locale.scheme}:csv`,
      `Clean up this export and sort it by name:\n\nname,${locale.jsonKey},team\n${name3},${id(make())},${pick(["ops", "sales", "finance"])}\n${name1},${id(make())},${pick(["warehouse", "support"])}`,
    ],
    [
      "en",
      `id:${locale.scheme}:json`,
      `Why does this fail schema validation?\n{"employee": "${name2}", "${locale.jsonKey}": "${id(make())}", "start": "2025-01-13", "fte": 0.8}`,
    ],
  ];
}

function negatives(locale: Locale): MarkedEntry[] {
  const scheme = SCHEMES[locale.scheme]!;
  const invalid = scheme.presidioInvalid.filter((value) => !scheme.valid(value) && !(value in DISAGREES) && /\d{3}/.test(value));
  const bad = invalid.length > 0 ? pick(invalid) : failing(locale.scheme);
  const testValue = scheme.presidioValid.find((value) => scheme.valid(value));
  const entries: MarkedEntry[] = [
    [locale.lang, `neg-invalid:${locale.scheme}:question`, fill(locale.validQ, { n: bad })],
    [locale.lang, `neg-masked:${locale.scheme}:form`, fill(locale.masked, { n: masked(scheme.make(), pick(["*", "X", "•"])) })],
    [locale.lang, `neg-other-number:${locale.scheme}:text`, fill(pick(locale.otherRole), { n: reshaped(scheme.make()).replace(/[\s-]/g, "") })],
  ];
  entries.push(
    testValue
      ? [
          "en",
          `neg-test-value:${locale.scheme}:code`,
          pick([
            `Presidio's unit test for the ${locale.labelEn} recognizer expects "${testValue}" to be detected. Why does my regex miss it?`,
            `In the test file the sample ${locale.labelEn} ${testValue} is marked valid — explain the check digit step by step.`,
          ]),
        ]
      : [
          locale.lang,
          `neg-format:${locale.scheme}:question`,
          `What does a ${locale.label} look like — how many digits, and is there a check digit? Just the format, no real number.`,
        ],
  );
  return entries;
}

/** Korean business registration number (사업자등록번호) with its check digit. */
function koreanBusinessNumber(): string {
  const nine = digit(1, 8) + digits(8);
  const weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];
  const sum = [...nine].reduce((total, d, index) => total + Number(d) * weights[index]!, 0) + Math.floor((Number(nine[8]) * 5) / 10);
  const v = nine + String((10 - (sum % 10)) % 10);
  return `${v.slice(0, 3)}-${v.slice(3, 5)}-${v.slice(5)}`;
}

const BUSINESS: MarkedEntry[] = [
  ["en", "neg-company:AU.abn:invoice", `Tax invoice — Coastline Plumbing Pty Ltd, ABN ${makeAbn()}. Labour $420 + GST. Is the GST right?`],
  ["en", "neg-company:AU.abn:text", `Which business is ABN ${makeAbn()}? It's on a quote we got for the fence.`],
  ["en", "neg-company:AU.abn:csv", `supplier,abn,terms\nHarbourside Catering,${makeAbn()},30 days\nRedgum Timber,${makeAbn()},14 days\nsort by terms`],
  ["en", "neg-company:AU.acn:text", `Sunrise Holdings Pty Ltd (ACN ${makeAcn()}) — draft the header of a directors' resolution.`],
  [
    "en",
    "neg-company:AU.acn:form",
    `Company: Bluegum Labs Pty Ltd\nACN: ${makeAcn()}\nRegistered office: Level 3, 88 Pitt St, Sydney\nWrite a letterhead from this.`,
  ],
  ["en", "neg-company:SG.uen:invoice", `Our company UEN is ${pick(PRESIDIO_BUSINESS.uen)}; put it in the invoice footer with the GST reg. no.`],
  ["en", "neg-company:SG.uen:text", `UEN ${pick(PRESIDIO_BUSINESS.uen)} was processed by ACRA — what does the letter in the middle mean?`],
  ["it", "neg-company:IT.piva:invoice", `Fattura n. 118 — Pizzeria Da Gino S.r.l., P.IVA ${makePiva()}. Imponibile 820 €, IVA 22%: il totale è giusto?`],
  ["it", "neg-company:IT.piva:text", `Il fornitore Ferramenta Rossi snc ha partita IVA ${makePiva()}, come verifico che sia attiva?`],
  [
    "de",
    "neg-company:DE.hrb:mail",
    `Impressum prüfen bitte:\nMüller & Söhne GmbH, Amtsgericht Köln HRB ${digit(1, 9)}${digits(4)}, USt-IdNr. DE${digit(1, 3)}${digits(8)}`,
  ],
  [
    "de",
    "neg-company:DE.hrb:text",
    `Die Bäckerei Schulte GmbH ist unter HRB ${digit(1, 9)}${digits(5)} beim Amtsgericht München eingetragen — wie lese ich den Registerauszug?`,
  ],
  ["ko", "neg-company:KR.brn:invoice", `세금계산서 공급자: (주)한빛상사, 사업자등록번호 ${koreanBusinessNumber()}. 부가세 계산 맞는지 봐줘.`],
  ["ko", "neg-company:KR.brn:text", `사업자등록번호 ${koreanBusinessNumber()} 이 회사 휴업인지 어떻게 조회해?`],
];

export const ENTRIES: MarkedEntry[] = [...LOCALES.flatMap(positives), ...LOCALES.flatMap(negatives), ...BUSINESS];
