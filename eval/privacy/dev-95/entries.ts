/**
 * dev-95 entries: Presidio-research sentence templates (`templates.ts`, other authors' English) filled with this set's
 * seeded values (`values.ts`) and labelled by this project's policy (eval/privacy/README.md). A template's reportable
 * slots are cards, IBANs, SSNs, driver's licences, IP addresses, birth dates, phones, e-mails and street addresses (a
 * `{{building_number}} {{street_name}} …` run is one address span). Positives: a private person's real-looking values.
 * Hard negatives from the same templates: `test` (documented test cards and IBANs, placeholder SSNs, drama-range
 * phones, documentation mail domains, private and documentation IPs, landmarks' addresses), `mask` (redactions,
 * masks, placeholders), `org` (the template's person replaced by an organisation or a department, real-looking
 * values), `public` (a landmark or a fictional character at its published address), `business` (templates about a
 * restaurant, an office or a company), `own` (the writer's own unnamed birth date), `historical` (a birth before 1925),
 * `none` (no reportable slot: names, ages, ZIP codes, bare street names, URLs). Sampled by stratum (the template's
 * first reportable kind) with per-stratum quotas. `kind` is `<kinds>:<template id>:<fill>`, `neg-` before the kinds
 * for negatives.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { type Template, TEMPLATES } from "./templates.js";
import * as V from "./values.js";

const { pick, random } = V;
type Kind = "card" | "iban" | "ssn" | "dl" | "ip" | "dob" | "phone" | "email" | "address";
const SLOT_KIND: Record<string, Kind> = {
  credit_card_number: "card",
  iban: "iban",
  ssn: "ssn",
  us_driver_license: "dl",
  ip_address: "ip",
  date_of_birth: "dob",
  phone_number: "phone",
  email: "email",
  address: "address",
  building_number: "address",
};
const CATEGORY: Record<Kind, string> = {
  card: "payment_card",
  iban: "iban",
  ssn: "us_ssn",
  dl: "driver_license",
  ip: "ip_address",
  dob: "date_of_birth",
  phone: "phone",
  email: "email",
  address: "street_address",
};
const PRIORITY: readonly Kind[] = ["card", "iban", "ssn", "dl", "ip", "dob", "phone", "email", "address"];
const RUN_PARTS = new Set(["building_number", "street_name", "secondary_address", "city", "country", "postcode", "zipcode", "state_abbr"]);

type Mode = "filled" | "test" | "mask" | "org" | "public" | "business" | "own" | "historical" | "none";
/** the negative modes a holder template reads naturally with */
const HOLDER_MODES: Record<string, readonly Mode[]> = {
  a17: ["org"],
  a20: ["public"],
  a27: ["org"],
  a30: ["org", "public"],
  ph07: ["org"],
  ph08: ["org"],
  ph09: ["org"],
};

type Token = { text: string } | { slot: string };
const tokens = (text: string): Token[] =>
  text
    .split(/(\{\{\w+\}\})/)
    .filter(Boolean)
    .map((part) => (/^\{\{\w+\}\}$/.test(part) ? { slot: part.slice(2, -2) } : { text: part }));

/** The template's reportable kinds in template order (a run counts once, as address). */
export function kindsOf(template: Template): Kind[] {
  const kinds: Kind[] = [];
  for (const token of tokens(template.text))
    if ("slot" in token && SLOT_KIND[token.slot] && !kinds.includes(SLOT_KIND[token.slot]!)) kinds.push(SLOT_KIND[token.slot]!);
  return kinds;
}
const stratumOf = (template: Template) => PRIORITY.find((kind) => kindsOf(template).includes(kind));

function negativeModes(template: Template): Mode[] {
  if (template.role === "none") return ["none"];
  if (template.role === "own") return ["own"];
  if (template.role === "business") return ["business"];
  if (template.role === "holder") return [...HOLDER_MODES[template.id]!];
  const hasRun = tokens(template.text).some((token) => "slot" in token && token.slot === "building_number");
  if (hasRun) return [];
  const modes: Mode[] = ["test", "mask"];
  if (kindsOf(template).includes("dob")) return ["historical", "mask"];
  if (kindsOf(template).every((kind) => kind === "dl")) return ["mask"];
  return modes;
}

/** a value for a reportable slot under `mode`; positive values are marked ⟦category|value⟧ */
function reportable(kind: Kind, mode: Mode, holderAddress?: string): string {
  const mark = (value: string) => `⟦${CATEGORY[kind]}|${value}⟧`;
  const real: Record<Kind, () => string> = {
    card: V.card,
    iban: V.iban,
    ssn: V.ssn,
    dl: V.driverLicense,
    ip: V.publicIp,
    dob: () => V.birthDate(),
    phone: V.phone,
    email: V.email,
    address: V.fullAddress,
  };
  if (mode === "filled") return mark(real[kind]());
  if (mode === "test") {
    const test: Record<Kind, () => string> = {
      card: V.testCard,
      iban: () => pick(V.EXAMPLE_IBANS),
      ssn: () => pick(V.PLACEHOLDER_SSNS),
      dl: V.licenseMask,
      ip: V.privateIp,
      dob: () => V.birthDate(1850, 1920),
      phone: V.dramaPhone,
      email: V.exampleEmail,
      address: () => pick(V.PUBLIC_ADDRESSES)[4],
    };
    return test[kind]();
  }
  if (mode === "mask") {
    const mask: Record<Kind, () => string> = {
      card: V.cardMask,
      iban: V.ibanMask,
      ssn: V.ssnMask,
      dl: V.licenseMask,
      ip: () => pick(["[REDACTED]", "x.x.x.x", "<client ip>"]),
      dob: () => pick(["[REDACTED]", "MM/DD/YYYY", "<date of birth>"]),
      phone: V.phoneMask,
      email: () => pick(["[REDACTED]", "<email>", "***@***.com"]),
      address: V.addressPlaceholder,
    };
    return mask[kind]();
  }
  if (mode === "historical") return V.birthDate(1850, 1920);
  if (mode === "own") return V.birthDate();
  if (mode === "public" && kind === "address") return holderAddress!;
  if (kind === "phone") return V.officePhone();
  return real[kind]();
}

function fill(template: Template, mode: Mode): string {
  const parts = tokens(template.text);
  const publicPlace = pick(V.PUBLIC_ADDRESSES);
  const organisations = template.text.includes("{{organization}}") ? V.DEPARTMENTS : [...V.ORGANIZATIONS, ...V.DEPARTMENTS];
  const holder = () => (mode === "org" ? pick(organisations) : mode === "public" ? publicPlace[0] : V.person());
  const other: Record<string, () => string> = {
    person: holder,
    name: holder,
    first_name: () => pick(V.FIRST_NAMES),
    first_name_male: () => pick(V.MALE_NAMES),
    name_female: () => `${pick(V.FEMALE_NAMES)} ${pick(V.LAST_NAMES)}`,
    name_male: () => `${pick(V.MALE_NAMES)} ${pick(V.LAST_NAMES)}`,
    last_name: () => pick(V.LAST_NAMES),
    last_name_male: () => pick(V.LAST_NAMES),
    prefix_female: () => pick(["Ms.", "Mrs.", "Dr."]),
    prefix_male: () => pick(["Mr.", "Dr."]),
    organization: () => pick(V.ORGANIZATIONS),
    city: () => pick(V.CITIES)[0],
    country: () => pick(V.COUNTRIES),
    nationality: () => pick(V.NATIONALITIES),
    job: () => pick(V.JOBS),
    url: () =>
      pick(["https://fairweather-pottery.com", "https://www.kestrelcycles.net/blog", "https://photos.app.goo.gl/x7Qm2", "https://linden-and-sorrel.org"]),
    age: () => String(19 + Math.floor(random() * 66)),
    zipcode: () => V.digits(5).replace(/^0/, "3"),
    date_time: () => `2024-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)} 09:40`,
    day_of_week: () => pick(V.DAYS),
    street_name: () => V.addressParts().street,
  };
  let out = "";
  let index = 0;
  const seen: Record<string, number> = {};
  while (index < parts.length) {
    const part = parts[index]!;
    if ("text" in part) {
      out += part.text;
      index++;
      continue;
    }
    const slot = part.slot;
    // a run of address parts joined by spaces, commas, line breaks or quote marks, with a building number
    if (RUN_PARTS.has(slot)) {
      let end = index;
      while (
        end + 2 < parts.length &&
        "text" in parts[end + 1]! &&
        /^[\s,>]*$/.test((parts[end + 1] as { text: string }).text) &&
        "slot" in parts[end + 2]! &&
        RUN_PARTS.has((parts[end + 2] as { slot: string }).slot)
      )
        end += 2;
      const run = parts.slice(index, end + 1);
      if (run.some((token) => "slot" in token && token.slot === "building_number")) {
        const address = V.addressParts();
        const value: Record<string, string> =
          mode === "public"
            ? {
                building_number: publicPlace[1],
                street_name: publicPlace[2],
                city: publicPlace[3],
                secondary_address: "",
                country: "",
                postcode: "",
                zipcode: "",
                state_abbr: "",
              }
            : {
                building_number: address.building,
                street_name: address.street,
                secondary_address: address.secondary,
                city: address.city,
                country: "United States",
                postcode: address.zip,
                zipcode: address.zip,
                state_abbr: address.state,
              };
        const text = run.map((token) => ("text" in token ? token.text : value[token.slot])).join("");
        out += mode === "filled" ? `⟦street_address|${text}⟧` : text;
        index = end + 1;
        continue;
      }
    }
    const kind = SLOT_KIND[slot];
    const occurrence = (seen[slot] = (seen[slot] ?? -1) + 1);
    const office = mode === "filled" && (template.office?.[slot]?.includes(occurrence) ?? false);
    if (kind) out += reportable(kind, office ? "business" : mode, publicPlace[4]);
    else {
      const next = parts[index + 1];
      const bare = slot === "street_name" && next && "text" in next && /^ (St\.|street|Street)/.test(next.text);
      out += bare ? V.addressParts().streetBare : other[slot]!();
    }
    index++;
  }
  return out;
}

function entry(template: Template, mode: Mode): MarkedEntry {
  const kinds = kindsOf(template).join("+") || "name";
  return ["en", `${mode === "filled" ? "" : "neg-"}${kinds}:${template.id}:${mode}`, fill(template, mode)];
}

/** per stratum: positives and negatives wanted */
const QUOTAS: Record<Kind, readonly [positives: number, negatives: number]> = {
  card: [14, 12],
  iban: [8, 8],
  ssn: [8, 8],
  dl: [5, 5],
  ip: [6, 6],
  dob: [5, 7],
  phone: [13, 11],
  email: [10, 9],
  address: [22, 20],
};

function shuffled<T>(items: readonly T[]): T[] {
  const order = [...items];
  for (let index = order.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  return order;
}
const cycle = <T>(pool: readonly T[], count: number): T[] => Array.from({ length: count }, (_, index) => pool[index % pool.length]!);

function build(): MarkedEntry[] {
  const entries: MarkedEntry[] = [];
  for (const kind of PRIORITY) {
    const inStratum = TEMPLATES.filter((template) => stratumOf(template) === kind);
    const positive = shuffled(inStratum.filter((template) => template.role === "personal" || template.role === "holder"));
    const pairs = inStratum.flatMap((template) => negativeModes(template).map((mode) => [template, mode] as const));
    // organisations, landmarks and businesses first (the values look real there), then test values and masks
    const context = (mode: Mode) => mode !== "test" && mode !== "mask";
    const negative = [...shuffled(pairs.filter(([, mode]) => context(mode))), ...shuffled(pairs.filter(([, mode]) => !context(mode)))];
    const [wantPositive, wantNegative] = QUOTAS[kind];
    for (const template of cycle(positive, wantPositive)) entries.push(entry(template, "filled"));
    for (const [template, mode] of cycle(negative, wantNegative)) entries.push(entry(template, mode));
  }
  for (const template of TEMPLATES.filter((candidate) => stratumOf(candidate) === undefined)) entries.push(entry(template, "none"));
  return entries;
}

export const ENTRIES: readonly MarkedEntry[] = build();
