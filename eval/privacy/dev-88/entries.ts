/**
 * dev-88 entries: identity numbers of sixty personal-number schemes in fifty-one countries, each drawn by a seeded search
 * against stdnum (numbers.ts: another author's validators, not the guard's) and written as natives write them (stdnum's
 * `format`, compact, spaced, lower case, a space in the wrong place), labelled in the country's language or unlabelled in
 * a record with a name and a birth date, inside sentences to an assistant, e-mails to HR or a landlord, chat messages,
 * JSON, CSV, XML, SQL, forms, code, logs and OCR text (frames.ts). Hard negatives: the same countries' company numbers
 * (`isCompany`) on a business's papers, documented sample numbers, order and reference numbers of the same shape that
 * stdnum rejects, numbers in maths and code, redacted values, and format questions without a number.
 * `kind` is `<shape>:<module>:<form>` (`id-ask:DE.idnr:format`) or `neg-<what>:<module>:<form>`. Every person and
 * business is invented. `VALUES` lists every generated number with what stdnum must say of it, for check.ts.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { FRAMES } from "./frames.js";
import { COMPANY, type CompanySpec, PERSONAL, type PersonalSpec, random, searchInvalid, searchValid, stdnumModule } from "./numbers.js";

/** A generated number as written in a prompt, and what stdnum must say of it. */
export interface GeneratedValue {
  module: string;
  written: string;
  expect: "personal" | "company" | "invalid" | "documented";
}
export const VALUES: GeneratedValue[] = [];

const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

type Form = "format" | "compact" | "spaced" | "lower" | "wrongspace";
const FORMS: Form[] = ["format", "compact", "spaced", "lower", "wrongspace", "format"];
let formCounter = 0;

/** `compact` written in `form` (lower case only where it has letters, else stdnum's format). */
function write(module: string, compact: string, form: Form): [string, Form] {
  const formatted = stdnumModule(module).format?.(compact) ?? compact;
  switch (form) {
    case "format":
      return [formatted, form];
    case "compact":
      return [compact, form];
    case "spaced": {
      const size = compact.length % 4 === 0 ? 4 : 3;
      return [compact.match(new RegExp(`.{1,${size}}`, "g"))!.join(" "), form];
    }
    case "lower":
      return /[A-Z]/.test(compact) ? [formatted.toLowerCase(), form] : [formatted, "format"];
    default: {
      const at = Math.floor(compact.length / 2) + 1;
      return [`${compact.slice(0, at)} ${compact.slice(at)}`, form];
    }
  }
}

function fill(frame: string, slots: Record<string, string>): string {
  return frame.replace(/\{(L|V|N|B|C|CO)\}/g, (_, slot: string) => slots[slot]!);
}

/** Person containers: [shape, builder]. `v` is the marked value, `l` the label, `k` the record key. */
type PersonSlots = { v: string; l: string; k: string; n: string; given: string; family: string; b: string; c: string };
const PERSON_CONTAINERS: Array<[string, (s: PersonSlots) => string]> = [
  ["json", (s) => `Why does our import reject this record?\n{"employee": {"name": "${s.n}", "birth_date": "${s.b}", "${s.k}": "${s.v}", "city": "${s.c}"}}`],
  ["csv", (s) => `Clean up this CSV row from the payroll export, the quotes are broken:\nname;birth_date;${s.k};city\n"${s.n};${s.b};${s.v};${s.c}`],
  [
    "xml",
    (s) =>
      `<person>\n  <familyName>${s.family}</familyName>\n  <givenName>${s.given}</givenName>\n  <birthDate>${s.b}</birthDate>\n  <${s.k}>${s.v}</${s.k}>\n</person>\nValidate this against the schema please.`,
  ],
  [
    "form",
    (s) =>
      `${s.l.toUpperCase()} — FORM 2\nSurname: ${s.family}\nGiven name(s): ${s.given}\nDate of birth: ${s.b}\n${s.l}: ${s.v}\nPlace: ${s.c}\nSignature: ______\n\nTranslate this form into English.`,
  ],
  [
    "code",
    (s) =>
      `// regression test, record copied from support ticket 8812 (customer ${s.n})\nconst customer = { name: "${s.n}", birthDate: "${s.b}", ${s.k}: "${s.v}" };\nexpect(validate(customer.${s.k})).toBe(true);\nWhy does this fail after the upgrade?`,
  ],
  [
    "log",
    (s) =>
      `2026-11-30T08:14:22Z WARN kyc-service verification mismatch name="${s.n}" dob=${s.b} ${s.k}=${s.v} source=upload\nwhat does "verification mismatch" mean here?`,
  ],
  [
    "sql",
    (s) => `INSERT INTO persons (full_name, birth_date, ${s.k}, city) VALUES ('${s.n}', '${s.b}', '${s.v}', '${s.c}');\n-- fails with "value too long", why?`,
  ],
  [
    "ocr",
    (s) =>
      `[OCR, scan p. 1]\n${s.l.toUpperCase()} ${s.v}\nNAME / NOM ${s.family.toUpperCase()} ${s.given}\nB0RN ${s.b}  ${s.c.toUpperCase()}\n|||  ..  ~\nplease fix the OCR errors in this`,
  ],
  ["record", (s) => `This line fails the import, which column is wrong?\n${s.family}, ${s.given} | ${s.b} | ${s.v} | ${s.c}`],
];

const CITY_OF_LANG = new Map<string, string>([["ja", "東京都港区"]]);
for (const spec of PERSONAL) if (!CITY_OF_LANG.has(spec.lang)) CITY_OF_LANG.set(spec.lang, spec.person[3]);

function personal(spec: PersonalSpec, index: number): MarkedEntry[] {
  const compact = searchValid(spec.module, spec.shape, true, random);
  const frames = FRAMES[spec.lang]!;
  const [given, family, birth, city] = spec.person;
  const eastAsian = ["zh", "ko"].includes(spec.lang);
  const name = eastAsian ? `${given}${family}` : `${given} ${family}`;
  const entries: MarkedEntry[] = [];
  for (let prompt = 0; prompt < spec.prompts; prompt++) {
    const [written, form] = write(spec.module, compact, FORMS[formCounter++ % FORMS.length]!);
    VALUES.push({ module: spec.module, written, expect: "personal" });
    const marked = `⟦${spec.category}|${written}⟧`;
    const label = spec.labels[(index + prompt) % spec.labels.length]!;
    // A named person's birth date is personal too (docs/privacy.md); labelled after the first score (spans only).
    const born = `⟦date_of_birth|${birth}⟧`;
    if (prompt === 0) {
      const kinds = ["ask", "mail", "chat"] as const;
      const which = kinds[index % 3]!;
      const frame = pick(frames[which]);
      entries.push([spec.lang, `id-${which}:${spec.module}:${form}`, fill(frame, { L: label, V: marked, N: name, B: born, C: city })]);
    } else {
      const [shape, build] = PERSON_CONTAINERS[(index * 2 + prompt) % PERSON_CONTAINERS.length]!;
      const text = build({ v: marked, l: label, k: spec.key, n: name, given, family, b: born, c: city });
      entries.push([spec.lang, `id-${shape}:${spec.module}:${form}`, text]);
    }
  }
  return entries;
}

type CompanySlots = { v: string; l: string; k: string; co: string; c: string; cc: string };
const COMPANY_CONTAINERS: Array<[string, (s: CompanySlots) => string]> = [
  ["json", (s) => `Add this supplier to the vendor list:\n{"supplier": "${s.co}", "country": "${s.cc}", "${s.k}": "${s.v}", "payment_terms": "NET30"}`],
  ["footer", (s) => `Invoice footer — is anything missing for an EU invoice?\n${s.co} · ${s.c} · ${s.l} ${s.v} · Managing director: see company register`],
  ["csv", (s) => `supplier;${s.k};city\n${s.co};${s.v};${s.c}\nSort these suppliers by city.`],
  [
    "xml",
    (s) =>
      `<cac:PartyLegalEntity>\n  <cbc:RegistrationName>${s.co}</cbc:RegistrationName>\n  <cbc:CompanyID>${s.v}</cbc:CompanyID>\n</cac:PartyLegalEntity>\nIs this UBL fragment valid for e-invoicing?`,
  ],
  ["log", (s) => `2026-11-29T16:02:11Z INFO registry-check country=${s.cc} ${s.k}=${s.v} name="${s.co}" status=ACTIVE\nsummarise this log`],
  ["code", (s) => `// supplier fixture: ${s.co}\nexpect(isValidTaxId("${s.cc}", "${s.v}")).toBe(true);\nWhy does the linter complain about this test?`],
];

/** VAT numbers are written with their country prefix, which stdnum's `format` leaves off. */
const VAT_PREFIX: Record<string, string> = { "DE.vat": "DE", "GB.vat": "GB", "AT.uid": "AT", "NL.btw": "NL", "BE.vat": "BE" };

function company(spec: CompanySpec, index: number): MarkedEntry[] {
  const compact = searchValid(spec.module, spec.shape, false, random);
  const city = CITY_OF_LANG.get(spec.lang) ?? "Bristol";
  const country = spec.module.slice(0, 2);
  const entries: MarkedEntry[] = [];
  const count = index % 2 === 0 ? 2 : 1;
  for (let prompt = 0; prompt < count; prompt++) {
    const [bare, form] = write(spec.module, compact, (["format", "compact", "spaced"] as const)[(index + prompt) % 3]!);
    const written = (VAT_PREFIX[spec.module] ?? "") + bare;
    VALUES.push({ module: spec.module, written, expect: "company" });
    const label = spec.labels[prompt % spec.labels.length]!;
    if (prompt === 0) {
      entries.push([
        spec.lang,
        `neg-company-biz:${spec.module}:${form}`,
        fill(pick(FRAMES[spec.lang]!.biz), { L: label, V: written, CO: spec.company, C: city }),
      ]);
    } else {
      const [shape, build] = COMPANY_CONTAINERS[index % COMPANY_CONTAINERS.length]!;
      entries.push(["en", `neg-company-${shape}:${spec.module}:${form}`, build({ v: written, l: label, k: spec.key, co: spec.company, c: city, cc: country })]);
    }
  }
  return entries;
}

/** Documented sample numbers (docs/privacy.md: specimen national ids; judgement/known-examples.ts): [lang, module, value, text]. */
const DOCUMENTED: Array<[string, string, string, string]> = [
  [
    "sv",
    "SE.personnummer",
    "19121212-1212",
    "Skatteverkets testpersonnummer 19121212-1212 (Tolvan Tolvansson) används i alla exempel i dokumentationen. Varför godkänns det av vår validering?",
  ],
  ["tr", "TR.tckimlik", "10000000146", "Test ortamında NVI'nin örnek T.C. Kimlik No'su 10000000146 kullanılıyor; doğrulama servisi bunu neden reddediyor?"],
  ["fi", "FI.hetu", "131052-308T", "DVV:n dokumentaation esimerkkihenkilötunnus 131052-308T — miten tarkistusmerkki lasketaan?"],
  [
    "en",
    "IN.aadhaar",
    "9999 9999 0019",
    "UIDAI's staging documentation lists the test Aadhaar 9999 9999 0019 for the pre-production auth API. Does the sandbox accept OTP 123456 for it?",
  ],
  ["en", "AU.tfn", "123 456 782", "The ATO's documentation example TFN 123 456 782 passes the check-digit algorithm — is that on purpose?"],
  ["en", "CA.sin", "046 454 286", "Canada's sample SIN from the documentation, 046 454 286, is rejected by my regex. What's wrong with ^[1-9]\\d{8}$?"],
  ["es", "ES.dni", "12345678Z", "El DNI de ejemplo de la documentación, 12345678Z, ¿pasa la validación de la letra?"],
  ["en", "ZA.idnr", "8001015009087", "Every tutorial uses the example South African ID 8001015009087 — what do its digits encode?"],
  ["en", "NZ.ird", "49-091-850", "Inland Revenue's documentation example IRD number 49-091-850: is the check digit in the last position?"],
  ["en", "GB.nino", "QQ 12 34 56 C", "HMRC's documentation uses the example NINO QQ 12 34 56 C. Is QQ ever issued?"],
];

/** Order and reference numbers of a personal number's shape that stdnum rejects: [lang, module, frame]. */
const REFERENCES: Array<[string, string, string]> = [
  ["de", "DE.idnr", "Meine Bestellnummer ist {V}, das Paket ist seit einer Woche unterwegs. Wo bleibt es?"],
  ["fr", "FR.nir", "Facture n° {V} : le montant TTC me semble faux, tu peux vérifier le calcul de la TVA ?"],
  ["nl", "NL.bsn", "Ordernummer {V} — wanneer wordt mijn bestelling bezorgd?"],
  ["es", "ES.dni", "El localizador de mi reserva es {V} y la web dice que no existe. ¿Qué hago?"],
  ["pl", "PL.pesel", "Numer zamówienia {V}: paczka nie dotarła, jak złożyć reklamację?"],
  ["sv", "SE.personnummer", "Ärendenummer {V} hos kundtjänst – hur lång tid brukar det ta?"],
  ["tr", "TR.tckimlik", "Sipariş numaram {V}, kargo hâlâ gelmedi. Şikâyet metni yazar mısın?"],
  ["en", "US.ssn", "Ticket #{V} has been open for two weeks, can you draft a polite follow-up?"],
  ["en", "IN.aadhaar", "Tracking number {V} shows 'out for delivery' since yesterday, whom do I call?"],
  ["zh", "CN.ric", "订单号{V}一直没发货，帮我写一段催促的话。"],
  ["ko", "KR.rrn", "주문번호 {V} 배송 조회가 안 돼요. 문의 글 좀 써 주세요."],
  ["pt", "BR.cpf", "Protocolo de atendimento {V} — ainda sem resposta, como reclamo na Anatel?"],
];

/** Numbers in maths and code, of a personal number's shape that stdnum rejects. */
const MATHS: Array<[string, string, string]> = [
  ["en", "DE.idnr", "Is {V} prime? Show the trial divisions."],
  ["en", "TR.tckimlik", "Sum the digits of {V} and reduce the result mod 9."],
  ["en", "CA.sin", "```python\nassert luhn_ok('{V}') is False\n```\nWhy does this assertion pass?"],
  ["en", "FR.nir", "Convert {V} from decimal to hexadecimal."],
  ["en", "PL.pesel", "What is {V} × 3 − 17?"],
];

const REDACTED: MarkedEntry[] = [
  ["en", "neg-redacted:US.ssn:masked", "The IRS letter shows the SSN as XXX-XX-4821 — is it normal that they mask it like that?"],
  ["de", "neg-redacted:DE.idnr:masked", "Im Bescheid steht die Steuer-ID nur als ** *** *** 957. Ist das ein Fehler?"],
  ["en", "neg-redacted:US.ssn:log", "2026-12-01T09:00:03Z INFO masking ok field=ssn value=***-**-1234 rule=last4"],
  ["de", "neg-redacted:CH.ssn:masked", "Auf dem Ausweis der Krankenkasse steht AHV-Nr. 756.XXXX.XXXX.27 – warum ist die Nummer gekürzt?"],
  ["da", "neg-redacted:DK.cpr:masked", "På brevet står CPR-nummeret som 170362-XXXX. Er det normalt?"],
  ["zh", "neg-redacted:CN.ric:masked", "快递单上的身份证号显示为330102**********23，这样打码安全吗？"],
];

const FORMAT_QUESTIONS: MarkedEntry[] = [
  ["en", "neg-format:DK.cpr:question", "What format does a Danish CPR number have, and does it still use the modulus-11 check?"],
  ["de", "neg-format:DE.idnr:question", "Wie ist die Steuer-ID aufgebaut und wie berechnet man die Prüfziffer nach ISO 7064?"],
  ["fr", "neg-format:FR.nir:question", "Comment est calculée la clé à deux chiffres du numéro de sécurité sociale ?"],
  ["es", "neg-format:ES.dni:question", "¿Cómo se calcula la letra del DNI a partir de los ocho números?"],
  ["en", "neg-format:BR.cpf:question", "Write a regex for a Brazilian CPF in the format 000.000.000-00."],
  ["ko", "neg-format:KR.rrn:question", "주민등록번호 뒷자리 첫 숫자는 무슨 의미예요?"],
  ["en", "neg-format:ZA.idnr:question", "How many digits does a South African ID number have, and what do they encode?"],
];

function shapeOf(module: string): string {
  return PERSONAL.find((spec) => spec.module === module)!.shape;
}

export const SENSITIVE: MarkedEntry[] = PERSONAL.flatMap((spec, index) => personal(spec, index));
export const NEGATIVES: MarkedEntry[] = [
  ...COMPANY.flatMap((spec, index) => company(spec, index)),
  ...DOCUMENTED.map(([lang, module, value, text]): MarkedEntry => {
    VALUES.push({ module, written: value, expect: "documented" });
    return [lang, `neg-documented:${module}:sample`, text];
  }),
  ...REFERENCES.map(([lang, module, frame]): MarkedEntry => {
    const value = searchInvalid(module, shapeOf(module), random);
    VALUES.push({ module, written: value, expect: "invalid" });
    return [lang, `neg-reference:${module}:order`, frame.replace("{V}", value)];
  }),
  ...MATHS.map(([lang, module, frame]): MarkedEntry => {
    const value = searchInvalid(module, shapeOf(module), random);
    VALUES.push({ module, written: value, expect: "invalid" });
    return [lang, `neg-maths:${module}:number`, frame.replace("{V}", value)];
  }),
  ...REDACTED,
  ...FORMAT_QUESTIONS,
];
