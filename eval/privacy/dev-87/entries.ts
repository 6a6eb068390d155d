/**
 * dev-87 entries: a grid generated from the committed seed `SEED` by `createSeededRandom` (src/policies/clock.ts) over
 * fifty-seven countries' numbering plans (`numbering.ts`) × the forms people write phone numbers in (national with
 * trunk prefix, +CC, 00CC, E.164 compact, dotted/dashed/slashed/parenthesised groups, extensions, wa.me/tel:/sms:
 * links, split over a line break, partly in words, local digits) × the containers they paste them in (a sentence in
 * the country's language — a relayed message, a note to a colleague, a filled-in form —, SMS gateway and webhook logs,
 * JSON and CSV exports, code, vCards, e-mail signatures, Markdown tables, chat exports, CRM notes). Sensitive: a
 * private person's number. Hard negatives in the same shapes: businesses' and public offices' numbers presented as
 * such, emergency and short codes, drama and documentation ranges, and digit strings of a phone's shape that are no
 * phone (orders, tracking, ISBN/ISSN, IMEI, IBAN fragments, timestamps, versions, coordinates, measurements, sums,
 * ports and hashes). `kind` is `<container>:<ISO country>:<form>` or `neg-<what>:<ISO country|xx>:<form>`.
 * Our own invented text; every person is invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { createSeededRandom } from "../../../src/policies/clock.js";
import { luhnValid } from "../../../src/privacy/checksums.js";
import { COUNTRIES, type CountryPlan, countryOf, fillMask, isDrama, toLocalDigits } from "./numbering.js";
import { DIGIT_WORDS, FRAMES, NAMES } from "./languages.js";

/** The committed seed of the grid. */
export const SEED = 87_2026;

const random = createSeededRandom(SEED);
const int = (below: number) => Math.floor(random() * below);
const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
const digits = (count: number) => Array.from({ length: count }, () => String(int(10))).join("");

type Kind = "mobile" | "landline";

/** A number from the plan's ranges, never from a drama range, never a NANP 555 exchange. */
export function drawNumber(plan: CountryPlan, kind: Kind): string {
  const type = plan[kind];
  for (;;) {
    const prefix = pick(type.generate);
    const nsn = prefix + digits(type.length - prefix.length);
    if (!type.pattern.test(nsn) || isDrama(plan.cc, nsn)) continue;
    if (plan.cc === "1" && nsn.slice(3, 6) === "555") continue;
    return nsn;
  }
}

export type Form =
  "national" | "plus" | "00" | "e164" | "msisdn" | "dotted" | "dashed" | "slashed" | "paren" | "ext" | "wa" | "tel" | "sms" | "split" | "words" | "local";

/** Forms only some countries' people use: slashes (DIN 5008's old habit) and dots (France, Belgium, North America …). */
const FORM_COUNTRIES: Partial<Record<Form, readonly string[]>> = {
  slashed: ["DE", "AT", "CH"],
  dotted: ["FR", "BE", "US", "CA", "MA", "SN", "ES", "IT", "PT", "BR", "MX"],
};

/** `form`, or a form the country's people use when they do not write that one (slashes → dashes, dots → brackets). */
export function naturalForm(plan: CountryPlan, form: Form): Form {
  const only = FORM_COUNTRIES[form];
  if (!only || only.includes(plan.iso)) return form;
  return form === "slashed" ? "dashed" : "paren";
}

const groupsOf = (plan: CountryPlan, kind: Kind, nsn: string) =>
  fillMask(plan[kind].national, nsn)
    .split(/[^0-9]+/)
    .filter(Boolean);

/**
 * The number written in `form`, marked `⟦phone|…⟧` when `mark` (links keep their scheme outside the mark, an
 * extension stays outside it).
 */
export function writeNumber(plan: CountryPlan, kind: Kind, nsn: string, form: Form, lang: string, mark: boolean): string {
  const m = (value: string) => (mark ? `⟦phone|${value}⟧` : value);
  const national = fillMask(plan[kind].national, nsn);
  const international = fillMask(plan[kind].international, nsn);
  const groups = groupsOf(plan, kind, nsn);
  switch (form) {
    case "national":
      return m(national);
    case "plus":
      return m(international);
    case "00":
      return m(international.replace("+", "00"));
    case "e164":
      return m(`+${plan.cc}${nsn}`);
    case "msisdn":
      return m(`${plan.cc}${nsn}`);
    case "dotted":
      return m(groups.join("."));
    case "dashed":
      return m(groups.join("-"));
    case "slashed":
      return m(`${groups[0]}/${groups.slice(1).join(" ")}`);
    case "paren":
      return m(`(${groups[0]}) ${groups.slice(1).join(" ")}`);
    case "ext": {
      const word = { de: "Durchwahl", fr: "poste", es: "ext.", it: "int.", pt: "ramal" }[lang] ?? "ext.";
      return `${m(international)} ${word} ${1 + int(8)}${digits(2)}`;
    }
    case "wa":
      return `https://wa.me/${m(`${plan.cc}${nsn}`)}`;
    case "tel":
      return `tel:${m(`+${plan.cc}${nsn}`)}`;
    case "sms":
      return `sms:${m(`+${plan.cc}${nsn}`)}`;
    case "split": {
      const cut = international.lastIndexOf(" ");
      return m(`${international.slice(0, cut)}\n${international.slice(cut + 1)}`);
    }
    case "words": {
      const words = DIGIT_WORDS[lang];
      if (!words) return m(national);
      const [first, ...rest] = groups;
      return m(`${[...first!].map((digit) => words[Number(digit)]).join(" ")}, ${rest.join(" ")}`);
    }
    case "local":
      return m(plan.localZero === undefined ? national : toLocalDigits(national, plan.localZero));
  }
}

const first = (name: string) => name.split(" ")[0]!;

// ---------------------------------------------------------------- positives

const SENTENCE_FORMS: readonly Form[] = ["national", "plus", "00", "e164", "dotted", "dashed", "slashed", "paren", "split", "words", "ext", "national"];
const SENTENCE_FRAMES = ["relay", "note", "form"] as const;

function sentencePositives(): MarkedEntry[] {
  return COUNTRIES.map((plan, index): MarkedEntry => {
    const frames = FRAMES[plan.lang]!;
    let form: Form = plan.localZero === undefined ? naturalForm(plan, SENTENCE_FORMS[index % SENTENCE_FORMS.length]!) : "local";
    if (form === "words" && !DIGIT_WORDS[plan.lang]) form = "national";
    const kind: Kind = form === "ext" ? "landline" : "mobile";
    const frame = SENTENCE_FRAMES[index % SENTENCE_FRAMES.length]!;
    const name = NAMES[plan.iso]![index % 2]!;
    const number = writeNumber(plan, kind, drawNumber(plan, kind), form, plan.lang, true);
    return [plan.lang, `${frame}:${plan.iso}:${form}`, frames[frame](name, number, plan.iso)];
  });
}

/** The countries in a fixed rotation for the language-neutral containers. */
let rotation = 0;
const nextCountry = (): CountryPlan => COUNTRIES[(rotation++ * 23) % COUNTRIES.length]!;

const JSON_KEYS: Record<string, string> = {
  es: "telefono",
  de: "handynummer",
  fr: "portable",
  it: "cellulare",
  pt: "celular",
  zh: "电话",
  ja: "携帯番号",
  ru: "телефон",
  ko: "휴대폰",
  nl: "mobiel",
  pl: "telefon",
  tr: "cep_tel",
};
const keyFor = (plan: CountryPlan) => JSON_KEYS[plan.lang] ?? pick(["msisdn", "mobile_no", "phone", "mobile"]);

interface Container {
  readonly name: string;
  readonly count: number;
  readonly forms: readonly Form[];
  readonly build: (plan: CountryPlan, name: string, num: string, num2: string, name2: string) => string;
}

const CONTAINERS: readonly Container[] = [
  {
    name: "smslog",
    count: 6,
    forms: ["e164", "msisdn"],
    build: (_, __, p) =>
      `Twilio says delivered but the customer never got the code. Log line:\n2026-12-05T09:14:22Z INFO sms.outbound id=SM8f31c2 to=${p} status=delivered segments=1 price=-0.0079`,
  },
  {
    name: "webhook",
    count: 6,
    forms: ["e164", "plus", "msisdn"],
    build: (_, n, p) =>
      `Our inbound handler crashes on this payload, why?\nPOST /hooks/sms\nFrom: ${p}\nBody: "Hi it's ${first(n)}, running 10 min late for the viewing"`,
  },
  {
    name: "json",
    count: 8,
    forms: ["plus", "national", "e164", "dashed"],
    build: (plan, n, p) =>
      `Can you normalise the phone field in this export?\n{"id": 18${digits(3)}, "name": "${n}", "${keyFor(plan)}": "${p}", "opt_in": true}`,
  },
  {
    name: "csv",
    count: 6,
    forms: ["national", "plus", "dotted"],
    build: (plan, n, p, p2, n2) => `Dedupe these rows please:\nname;${keyFor(plan)};city\n${n};${p};\n${n2};${p2};`,
  },
  {
    name: "code",
    count: 6,
    forms: ["national", "plus", "00"],
    build: (plan, n, p) =>
      `Why does this return False? It's ${first(n)}'s real number from the signup form.\nimport phonenumbers\nnum = phonenumbers.parse("${p}", "${plan.iso}")\nprint(phonenumbers.is_valid_number(num))`,
  },
  {
    name: "curl",
    count: 4,
    forms: ["e164", "plus"],
    build: (_, n, p) =>
      `This curl sends the reminder to ${first(n)} but nothing arrives:\ncurl -X POST https://api.sms-gateway.example/v1/messages -d to="${p}" -d text="Hi ${first(n)}, your appointment is tomorrow at 10:30"`,
  },
  {
    name: "vcard",
    count: 6,
    forms: ["plus", "national", "e164"],
    build: (_, n, p) => `Import this contact from my phone into the CRM:\nBEGIN:VCARD\nVERSION:3.0\nFN:${n}\nTEL;TYPE=CELL:${p}\nEND:VCARD`,
  },
  {
    name: "signature",
    count: 6,
    forms: ["plus", "national", "tel", "paren"],
    build: (_, n, p) =>
      `Can you make this reply to my son's school sound less stiff?\n\nDear Ms Clarke, he will be absent on Friday for a hospital appointment.\n\nKind regards,\n${n}\nMobile: ${p}`,
  },
  {
    name: "table",
    count: 4,
    forms: ["national", "plus"],
    build: (_, n, p, p2, n2) => `Turn this into a phone tree for the family reunion:\n| Name | Mobile |\n|---|---|\n| ${n} | ${p} |\n| ${n2} | ${p2} |`,
  },
  {
    name: "chat",
    count: 6,
    forms: ["national", "wa", "split", "sms"],
    build: (_, n, p) => `From our group chat export:\n[05/12/2026, 21:14:03] ${n}: new number, save it ${p}\n[05/12/2026, 21:15:40] Tom: done 👍`,
  },
  {
    name: "crm",
    count: 6,
    forms: ["national", "plus", "dashed", "ext"],
    build: (_, n, p) => `CRM note 05/12: spoke to ${n} (private customer, boiler repair). Prefers a call back on ${p} after 6 pm, not e-mail.`,
  },
];

function containerPositives(): MarkedEntry[] {
  const out: MarkedEntry[] = [];
  for (const container of CONTAINERS) {
    for (let index = 0; index < container.count; index++) {
      const plan = nextCountry();
      let form = naturalForm(plan, container.forms[index % container.forms.length]!);
      if (container.name === "chat" && plan.localZero !== undefined && index % 2 === 0) form = "local";
      const kind: Kind = form === "ext" ? "landline" : "mobile";
      const [name, name2] = NAMES[plan.iso]!;
      const num = writeNumber(plan, kind, drawNumber(plan, kind), form, "en", true);
      const num2 = writeNumber(plan, kind, drawNumber(plan, kind), form, "en", true);
      out.push(["en", `${container.name}:${plan.iso}:${form}`, container.build(plan, name, num, num2, name2)]);
    }
  }
  return out;
}

// ---------------------------------------------------------------- negatives

function businessNegatives(): MarkedEntry[] {
  return COUNTRIES.filter((_, index) => index % 3 !== 2 || index < 9).map((plan, index): MarkedEntry => {
    const frames = FRAMES[plan.lang]!;
    const form: Form = plan.localZero !== undefined && index % 2 === 0 ? "local" : pick(["national", "plus", "national", "paren"] as const);
    const frame = frames.business[index % frames.business.length]!;
    const number = writeNumber(plan, "landline", drawNumber(plan, "landline"), form, plan.lang, false);
    return [plan.lang, `neg-business:${plan.iso}:${form}`, frame(number, plan.iso)];
  });
}

function isbn13(): string {
  const body = "978" + digits(9);
  const sum = [...body].reduce((total, digit, index) => total + Number(digit) * (index % 2 === 0 ? 1 : 3), 0);
  const all = body + ((10 - (sum % 10)) % 10);
  return `${all.slice(0, 3)}-${all.slice(3, 4)}-${all.slice(4, 8)}-${all.slice(8, 12)}-${all.slice(12)}`;
}

function issn(): string {
  const body = digits(7);
  const sum = [...body].reduce((total, digit, index) => total + Number(digit) * (8 - index), 0);
  const check = (11 - (sum % 11)) % 11;
  return `${body.slice(0, 4)}-${body.slice(4)}${check === 10 ? "X" : check}`;
}

function imei(): string {
  const body = "35" + digits(12);
  for (let check = 0; check <= 9; check++) if (luhnValid(body + check)) return `${body.slice(0, 2)}-${body.slice(2, 8)}-${body.slice(8, 14)}-${check}`;
  throw new Error("unreachable");
}

function shapeNegatives(): MarkedEntry[] {
  const gb = countryOf("GB");
  const de = countryOf("DE");
  const us = countryOf("US");
  const landline = (plan: CountryPlan, form: Form = "national") => writeNumber(plan, "landline", drawNumber(plan, "landline"), form, "en", false);
  const drama = (n: number) => String(n).padStart(3, "0");
  return [
    // drama and documentation ranges
    [
      "en",
      "neg-drama:GB:national",
      `Scene 4. DS Hale slides a card across the table. "If you remember anything else, ring me on 07700 900${drama(100 + int(899))}."`,
    ],
    [
      "en",
      "neg-drama:GB:national",
      `For the radio play we need a London number that can't reach anyone — Ofcom's drama range, so 020 7946 0${drama(int(999))} it is.`,
    ],
    [
      "en",
      "neg-drama:US:national",
      `In chapter 3 Marcy scribbles (212) 555-01${String(int(100)).padStart(2, "0")} on a napkin and tells him to call after midnight.`,
    ],
    [
      "en",
      "neg-drama:AU:national",
      `Our docs use 0491 570 ${drama(100 + int(899))} as the example Australian mobile, since ACMA reserves that range for fiction.`,
    ],
    [
      "fr",
      "neg-drama:FR:national",
      `Dans le scénario, la commissaire laisse son numéro : 01 99 00 ${String(10 + int(89))} ${String(10 + int(89))} (tranche réservée à la fiction).`,
    ],
    [
      "en",
      "neg-drama:US:plus",
      `# docs example, reserved fictional range\nnum = phonenumbers.parse("+1 202-555-01${String(int(100)).padStart(2, "0")}", "US")`,
    ],
    [
      "en",
      "neg-drama:GB:plus",
      `Sample vCard for the README:\nBEGIN:VCARD\nVERSION:3.0\nFN:Jane Example\nTEL;TYPE=CELL:+44 7700 900${drama(int(999))}\nEND:VCARD`,
    ],
    ["en", "neg-drama:AU:plus", `Test fixture (ACMA fiction range):\n{"name": "Test User", "mobile": "+61 491 570 ${drama(int(999))}"}`],
    ["en", "neg-drama:GB:e164", `Staging log, seeded test account:\n2026-12-05T10:02:11Z INFO sms.outbound to=+447700900${drama(int(999))} status=delivered`],
    ["en", "neg-drama:GB:national", `Ofcom lists 01632 960${drama(int(999))} as a drama number, so the game's in-world phone book uses it.`],
    // emergency and short codes
    ["en", "neg-emergency:GB:short", "If someone is injured dial 999 or 112; for non-emergencies call 101, and NHS 111 for urgent medical advice."],
    ["de", "neg-emergency:DE:short", "Notruf 112, Polizei 110, ärztlicher Bereitschaftsdienst 116 117 – die Nummern gelten bundesweit ohne Vorwahl."],
    ["fr", "neg-emergency:FR:short", "SAMU 15, police 17, pompiers 18, numéro d'urgence européen 112, et le 114 par SMS pour les personnes sourdes."],
    ["ja", "neg-emergency:JP:short", "警察は110番、救急・消防は119番、海上の事故は118番です。"],
    ["en", "neg-emergency:US:short", "Text STOP to 84080 to unsubscribe; for emergencies call 911, or 988 for the crisis line."],
    ["ko", "neg-emergency:KR:short", "긴급 신고는 112(경찰), 119(소방·구급), 민원 상담은 110번입니다."],
    // shapes of a phone number that are none
    ["en", "neg-order:xx:dashed", `Your order ${digits(4)}-${digits(4)}-${digits(4)} has shipped; DHL tracking number 00340434${digits(12)}.`],
    ["de", "neg-order:DE:spaced", `Rechnung Nr. 2026/${digits(4)}, Kundennummer ${digits(4)} ${digits(4)} ${digits(2)} – bitte bei Rückfragen angeben.`],
    ["en", "neg-isbn:xx:dashed", `Cite it as: Numbering Plans in Practice, 2nd ed., ISBN ${isbn13()}, and the journal ISSN ${issn()}.`],
    ["en", "neg-isbn:xx:dashed", `The library copy is ISBN ${isbn13()} (paperback); the e-book is ISBN ${isbn13()}.`],
    ["en", "neg-imei:xx:dashed", `Repair ticket for the shop's demo unit: IMEI ${imei()}, screen flicker after the update.`],
    ["es", "neg-imei:xx:dashed", `El terminal de exposición de la tienda tiene IMEI ${imei()}; hay que enviarlo al servicio técnico.`],
    ["en", "neg-iban:xx:spaced", "The textbook example IBAN is GB29 NWBK 6016 1331 9268 19; note the sort code 60-16-13 inside it."],
    ["de", "neg-iban:DE:spaced", "Im Handbuch steht die Beispiel-IBAN DE89 3704 0044 0532 0130 00 – die Kontonummer ist 0532 0130 00."],
    ["en", "neg-timestamp:xx:digits", `Why is this epoch off by an hour? ts=17${digits(8)}, logged as 2026-12-05 09:14:22.318 +0100.`],
    ["de", "neg-timestamp:DE:dotted", `Die Sicherung lief am 05.12.2026 um 21:14:07, Dauer 00:12:48, Protokoll-ID 2026${digits(6)}.`],
    ["en", "neg-version:xx:dotted", `Build fails on Chrome 131.0.6778.86 and node v20.11.1; the nightly is 2026.12.05.1834.`],
    ["en", "neg-coordinates:xx:decimal", `Meet at 48.137154, 11.576124 — or the backup spot at -33.868820, 151.209290.`],
    ["en", "neg-measure:xx:spaced", `Pallet 1 200 x 800 x 144 mm, gross weight 1 025 kg; max stack 2 400 mm.`],
    ["en", "neg-maths:xx:spaced", `Check my sum: 0151 + 2345 + 6789 = 9285, and the range 2000–2025 has 26 years.`],
    ["en", "neg-code:xx:digits", `EXPOSE 5432 6379 27017 8080\nconst MAX_SAFE = 9007199254740991; // commit 4f9c2e1\nlisten(0x7fffffff & port)`],
    ["en", "neg-code:xx:digits", `git log shows 3a9f1c0 and b71e2d4; the flaky test seeds with 4915123456 and times out after 30000 ms.`],
    // business containers
    [
      "en",
      "neg-vcard:DE:plus",
      `Import our supplier's card:\nBEGIN:VCARD\nVERSION:4.0\nKIND:org\nORG:Stadtwerke Nord GmbH\nTEL;TYPE=work:${landline(de, "plus")}\nEND:VCARD`,
    ],
    [
      "en",
      "neg-signature:GB:national",
      `--\nNorthgate Bank plc · Customer Services\nT: ${landline(gb)} | Lines open 8am–8pm, 7 days\nRegistered in England No. 0${digits(7)}`,
    ],
    [
      "en",
      "neg-json:ES:plus",
      `Shop list for the map widget:\n[{"store": "Farmacia Central", "telefono": "${landline(countryOf("ES"), "plus")}"}, {"store": "Ferretería López", "telefono": "${landline(countryOf("ES"), "plus")}"}]`,
    ],
    ["en", "neg-csv:GB:national", `branch,city,phone\nHeadingley,Leeds,${landline(gb)}\nCamden,London,${landline(gb)}`],
    [
      "en",
      "neg-table:xx:plus",
      `| Embassy | Switchboard |\n|---|---|\n| Embassy of Japan, London | ${landline(gb, "plus")} |\n| Embassy of Germany, Washington | ${landline(us, "plus")} |`,
    ],
    [
      "en",
      "neg-webhook:xx:e164",
      `Status callback for our support line:\nFrom: ${landline(gb, "e164")} (Acme Support)\nTo: short code 84080\nStatus: delivered`,
    ],
    ["en", "neg-chat:DE:national", `From the office chat:\n[05/12/2026, 12:02] Jonas: the bakery's order line is ${landline(de)}, they deliver before 11`],
    ["en", "neg-crm:DE:national", `CRM note: Account Acme Logistik GmbH – switchboard ${landline(de)}, ask for purchasing; invoices to the AP department.`],
    [
      "en",
      "neg-curl:US:e164",
      `curl -X POST https://api.sms-gateway.example/v1/messages -d from="${landline(us, "e164")}" -d to="shortcode:84080" -d text="STATUS"   # our company sender line`,
    ],
    ["en", "neg-code:US:national", `# business hours lookup for our own call centre\nSUPPORT_LINE = "${landline(us)}"  # Acme Corp, Mon–Fri 9–5 ET`],
  ];
}

export const SENSITIVE: MarkedEntry[] = [...sentencePositives(), ...containerPositives()];
export const NEGATIVES: MarkedEntry[] = [...businessNegatives(), ...shapeNegatives()];
