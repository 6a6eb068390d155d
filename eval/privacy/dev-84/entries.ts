/**
 * dev-84 entries: a grid generated from a seeded source — nine English-speaking countries (UK, Ireland, Canada,
 * Australia, New Zealand, South Africa, Singapore, the US, India in English) × the paperwork people paste into an
 * assistant (GP letters, council tax and benefits letters, tenancy applications, payslips, tax returns, school forms,
 * insurance claims, passport renewals, CVs, e-mails to a landlord, forum posts, driving-licence changes) — each cell a
 * hand-written template filled with values valid by their published rules (NHS number mod 11, NINO prefixes, PPSN mod 23,
 * SIN and Ontario health card Luhn, TFN weights, Medicare check digit, IRD mod 11, NHI, South African ID Luhn, NRIC check
 * letter, SSN areas, ITIN groups, Aadhaar Verhoeff; passports and driving licences in each country's shape; phones valid
 * by libphonenumber) and homes in each country's order. Sensitive: a private person's identifiers and contact details,
 * and a named person's health, money and date of birth. Hard negatives from the same countries and documents: the
 * institution's own numbers and addresses, reference / claim / case numbers, documented samples, drama numbers,
 * postcodes alone, company numbers, public figures' published facts, blank templates, and the writer's own unnamed
 * money, health and birth date. `kind` is `<document>:<country>:<categories>` or `neg-<document>:<country>:<what>`.
 * Our own invented text; every person is invented.
 */
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import type { MarkedEntry } from "../marked-prompts.js";
import { createRng, type Rng } from "../values.js";
import { luhnValid, verhoeffCheckDigit } from "../../../src/privacy/checksums.js";

/** The committed seed of the grid. */
export const SEED = 84_2026;

const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const CONDITIONS = [
  "type 2 diabetes",
  "asthma",
  "epilepsy",
  "depression",
  "COPD",
  "hypertension",
  "coeliac disease",
  "rheumatoid arthritis",
  "Crohn's disease",
  "multiple sclerosis",
  "atrial fibrillation",
  "generalised anxiety disorder",
];
const CHILD_CONDITIONS = ["asthma", "type 1 diabetes", "a severe peanut allergy", "epilepsy", "ADHD", "coeliac disease"];
const INJURIES = ["a fractured wrist", "whiplash", "a torn ACL", "a broken collarbone", "a concussion", "a dislocated shoulder"];

// ---------------------------------------------------------------- identifiers (constructive: check digits computed)

function luhnCheckDigit(payload: string): string {
  for (let digit = 0; digit <= 9; digit++) if (luhnValid(payload + digit)) return String(digit);
  throw new Error("unreachable");
}

function nhsNumber(rng: Rng): string {
  for (;;) {
    const body = String(rng.int(4, 7)) + rng.digits(8);
    const sum = [...body].reduce((total, digit, index) => total + Number(digit) * (10 - index), 0);
    const check = 11 - (sum % 11);
    if (check === 10) continue;
    const all = body + (check === 11 ? 0 : check);
    return `${all.slice(0, 3)} ${all.slice(3, 6)} ${all.slice(6)}`;
  }
}

function nino(rng: Rng): string {
  for (;;) {
    const prefix = rng.chars("ABCEGHJKLMNOPRSTWXYZ", 1) + rng.chars("ABCEGHJKLMNPRSTWXYZ", 1);
    if (/^(?:BG|GB|NK|KN|TN|NT|ZZ)$/.test(prefix)) continue;
    const digits = rng.digits(6);
    const suffix = rng.chars("ABCD", 1);
    return rng.chance(0.6) ? `${prefix} ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)} ${suffix}` : `${prefix}${digits}${suffix}`;
  }
}

function utr(rng: Rng): string {
  const digits = String(rng.int(1, 9)) + rng.digits(9);
  return rng.chance(0.5) ? `${digits.slice(0, 5)} ${digits.slice(5)}` : digits;
}

function ppsn(rng: Rng): string {
  const digits = rng.digits(7);
  const second = rng.chance(0.6) ? "A" : "";
  const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * (8 - index), 0) + (second ? 9 * 1 : 0);
  return digits + "WABCDEFGHIJKLMNOPQRSTUV"[sum % 23] + second;
}

function sin(rng: Rng): string {
  const payload = String(rng.pick([1, 2, 3, 4, 5, 6, 7])) + rng.digits(7);
  const all = payload + luhnCheckDigit(payload);
  return rng.chance(0.6) ? `${all.slice(0, 3)} ${all.slice(3, 6)} ${all.slice(6)}` : `${all.slice(0, 3)}-${all.slice(3, 6)}-${all.slice(6)}`;
}

function ontarioHealthCard(rng: Rng): string {
  const payload = String(rng.int(1, 9)) + rng.digits(8);
  const all = payload + luhnCheckDigit(payload);
  return `${all.slice(0, 4)}-${all.slice(4, 7)}-${all.slice(7)}-${rng.chars("ABCDEFGHJKLMNPRSTVWXYZ", 2)}`;
}

function tfn(rng: Rng): string {
  const weights = [1, 4, 3, 7, 5, 8, 6, 9];
  for (;;) {
    const body = String(rng.int(1, 9)) + rng.digits(7);
    const sum = [...body].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0);
    const check = sum % 11; // 10 × check ≡ −check (mod 11)
    if (check === 10) continue;
    const all = body + check;
    return `${all.slice(0, 3)} ${all.slice(3, 6)} ${all.slice(6)}`;
  }
}

function medicare(rng: Rng): string {
  const weights = [1, 3, 7, 9, 1, 3, 7, 9];
  const body = String(rng.int(2, 6)) + rng.digits(7);
  const sum = [...body].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0);
  const all = body + (sum % 10) + rng.int(1, 5);
  return `${all.slice(0, 4)} ${all.slice(4, 9)} ${all.slice(9)}`;
}

function ird(rng: Rng): string {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const base = rng.int(1_000_000, 14_999_999);
    const eight = String(base).padStart(8, "0");
    const sum = [...eight].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0);
    const remainder = sum % 11;
    const check = remainder === 0 ? 0 : 11 - remainder;
    if (check === 10) continue;
    const all = String(base) + check;
    return all.length === 9 ? `${all.slice(0, 3)}-${all.slice(3, 6)}-${all.slice(6)}` : `${all.slice(0, 2)}-${all.slice(2, 5)}-${all.slice(5)}`;
  }
}

const NHI_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
function nhi(rng: Rng): string {
  for (;;) {
    const letters = rng.chars(NHI_LETTERS, 3);
    const digits = rng.digits(3);
    const values = [...letters].map((letter) => NHI_LETTERS.indexOf(letter) + 1).concat([...digits].map(Number));
    const sum = values.reduce((total, value, index) => total + value * (7 - index), 0);
    const remainder = sum % 11;
    if (remainder === 0) continue;
    const check = (11 - remainder) % 10;
    return letters + digits + check;
  }
}

function saId(rng: Rng, birth: BirthDate): string {
  const payload = `${String(birth.year % 100).padStart(2, "0")}${pad(birth.month)}${pad(birth.day)}${rng.chance(0.5) ? rng.int(0, 4) : rng.int(5, 9)}${rng.digits(3)}${rng.chance(0.85) ? 0 : 1}8`;
  return payload + luhnCheckDigit(payload);
}

function nric(rng: Rng, birth: BirthDate): string {
  const prefix = birth.year >= 2000 ? "T" : "S";
  const digits = birth.year >= 1968 ? String(birth.year % 100).padStart(2, "0") + rng.digits(5) : rng.pick(["0", "1"]) + rng.digits(6);
  const weights = [2, 7, 6, 5, 4, 3, 2];
  const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0) + (prefix === "T" ? 4 : 0);
  return prefix + digits + "JZIHGFEDCBA"[sum % 11];
}

const SSN_PLACEHOLDERS = new Set(["078051120", "219099999", "123456789"]);
function ssn(rng: Rng): string {
  for (;;) {
    const area = rng.int(1, 899);
    if (area === 666) continue;
    const value = `${String(area).padStart(3, "0")}${String(rng.int(1, 99)).padStart(2, "0")}${String(rng.int(1, 9999)).padStart(4, "0")}`;
    if (SSN_PLACEHOLDERS.has(value) || value.startsWith("98765432")) continue;
    return rng.chance(0.8) ? `${value.slice(0, 3)}-${value.slice(3, 5)}-${value.slice(5)}` : `${value.slice(0, 3)} ${value.slice(3, 5)} ${value.slice(5)}`;
  }
}

function itin(rng: Rng): string {
  const group = rng.pick([...range(50, 65), ...range(70, 88), 90, 91, 92, ...range(94, 99)]);
  return `9${rng.digits(2)}-${group}-${String(rng.int(1, 9999)).padStart(4, "0")}`;
}

function aadhaar(rng: Rng): string {
  const payload = String(rng.int(2, 9)) + rng.digits(10);
  const all = payload + verhoeffCheckDigit(payload);
  return `${all.slice(0, 4)} ${all.slice(4, 8)} ${all.slice(8)}`;
}

function pan(rng: Rng, surname: string): string {
  return `${rng.chars(UPPER, 3)}P${surname[0]!.toUpperCase()}${rng.digits(4)}${rng.chars(UPPER, 1)}`;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

// ---------------------------------------------------------------- people, dates, money

interface BirthDate {
  year: number;
  month: number;
  day: number;
}

interface Person {
  first: string;
  last: string;
  full: string;
  birth: BirthDate;
  female: boolean;
}

function birthDate(rng: Rng, from = 1952, to = 2003): BirthDate {
  return { year: rng.int(from, to), month: rng.int(1, 12), day: rng.int(1, 28) };
}

type DateOrder = "dmy" | "mdy" | "ymd";

function formatDate(rng: Rng, birth: BirthDate, order: DateOrder): string {
  const words = rng.chance(0.35);
  if (order === "mdy") return words ? `${MONTHS[birth.month - 1]} ${birth.day}, ${birth.year}` : `${pad(birth.month)}/${pad(birth.day)}/${birth.year}`;
  if (order === "ymd") return words ? `${MONTHS[birth.month - 1]} ${birth.day}, ${birth.year}` : `${birth.year}-${pad(birth.month)}-${pad(birth.day)}`;
  return words ? `${birth.day} ${MONTHS[birth.month - 1]} ${birth.year}` : `${pad(birth.day)}/${pad(birth.month)}/${birth.year}`;
}

function money(rng: Rng, symbol: string, low: number, high: number, cents = true): string {
  const whole = rng.int(low, high);
  const text = whole.toLocaleString("en-GB");
  return `${symbol}${text}${cents ? `.${pad(rng.int(0, 99))}` : ""}`;
}

// ---------------------------------------------------------------- phones (valid by libphonenumber, rejection sampled)

function validPhone(rng: Rng, country: CountryCode, make: () => string): string {
  for (let attempt = 0; attempt < 500; attempt++) {
    const value = make();
    const parsed = parsePhoneNumberFromString(value, country);
    if (parsed?.isValid() && parsed.country === country) return value;
  }
  throw new Error(`no valid ${country} phone`);
}

// ---------------------------------------------------------------- countries

interface Institution {
  /** The office's own name, phone and address (not personal). */
  name: string;
  phone: string;
  address: string;
}

interface Country {
  cc: CountryCode;
  name: string;
  order: DateOrder;
  currency: string;
  /** Pay and benefit amounts are drawn in pounds-sized ranges times this. */
  scale: number;
  firstFemale: string[];
  firstMale: string[];
  surnames: string[];
  mailDomains: string[];
  mobile: (rng: Rng) => string;
  landline: (rng: Rng) => string;
  home: (rng: Rng) => string;
  postcodeOnly: string;
  postcodeQuestion: string;
  tax: { label: string; value: (rng: Rng, person: Person) => string };
  /** A second tax or benefit number (UTR, ITIN …) where the country has one; else the first. */
  taxReturn: { label: string; value: (rng: Rng, person: Person) => string };
  health: { label: string; value: (rng: Rng, person: Person) => string };
  passport: (rng: Rng) => string;
  licence?: { label: string; value: (rng: Rng, person: Person) => string };
  gp: Institution;
  taxOffice: Institution;
  emergency: string;
  healthLine: string;
  school: Institution;
  insurer: Institution;
  council: string;
  benefit: string;
  payslipTaxCode: string;
  sample: { label: string; value: string; source: string };
  drama: string;
  company: { what: string; value: string; address: string };
  publicFigure: { name: string; birth: string; role: string };
}

function dvla(rng: Rng, person: Person): string {
  const surname = (person.last.toUpperCase().replace(/[^A-Z]/g, "") + "99999").slice(0, 5);
  const { year, month, day } = person.birth;
  const monthCode = person.female ? month + 50 : month;
  const initials = (person.first[0]! + rng.chars(UPPER, 1)).toUpperCase();
  return `${surname}${Math.floor((year % 100) / 10)}${pad(monthCode)}${pad(day)}${year % 10}${initials}9${rng.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2)}`;
}

const UK: Country = {
  cc: "GB",
  name: "UK",
  order: "dmy",
  currency: "£",
  scale: 1,
  firstFemale: ["Siobhan", "Harriet", "Gemma", "Bethany", "Niamh", "Chloe", "Rachel", "Imogen"],
  firstMale: ["Gareth", "Callum", "Rhys", "Oliver", "Declan", "Tom", "Aled", "Jamie"],
  surnames: ["Pritchard", "Whitmore", "Haworth", "Okafor", "Llewellyn", "Sutcliffe", "Brennan", "Ashworth"],
  mailDomains: ["btinternet.com", "gmail.com", "hotmail.co.uk", "outlook.com"],
  mobile: (rng) => validPhone(rng, "GB", () => `07${rng.pick(["4", "5", "8", "9"])}${rng.digits(2)} ${rng.digits(6)}`),
  landline: (rng) => validPhone(rng, "GB", () => `01${rng.pick(["603", "263", "132", "484", "222"])} ${rng.int(2, 8)}${rng.digits(5)}`),
  home: (rng) =>
    rng.pick([
      () =>
        `Flat ${rng.int(1, 9)}, ${rng.int(2, 88)} ${rng.pick(["Mill Lane", "Station Road", "Church Street", "Victoria Terrace"])}, Little Snoring, Norfolk NR21 ${rng.int(0, 9)}${rng.chars("ABDEFGHJLNPQRSTUWXYZ", 2)}`,
      () =>
        `${rng.int(3, 140)} ${rng.pick(["Albert Road", "Hollins Crescent", "Beech Grove", "Princess Street"])}, ${rng.pick(["Hebden Bridge HX7", "Headingley, Leeds LS6", "Roath, Cardiff CF24", "Partick, Glasgow G11"])} ${rng.int(1, 9)}${rng.chars("ABDEFGHJLNPQRSTUWXYZ", 2)}`,
      () =>
        `${rng.int(2, 60)} ${rng.pick(["Rosemary Close", "Kingsley Avenue", "Orchard Way"])}, ${rng.pick(["Harrogate HG2", "Exeter EX4", "Lincoln LN2"])} ${rng.int(1, 9)}${rng.chars("ABDEFGHJLNPQRSTUWXYZ", 2)}`,
    ])(),
  postcodeOnly: "NR21 0AX",
  postcodeQuestion: "Which council covers NR21 0AX, and is it Band A or B for a bungalow there?",
  tax: { label: "National Insurance number", value: (rng) => nino(rng) },
  taxReturn: { label: "UTR", value: (rng) => utr(rng) },
  health: { label: "NHS number", value: (rng) => nhsNumber(rng) },
  passport: (rng) => String(rng.int(1, 5)) + rng.digits(8),
  licence: { label: "driving licence number", value: (rng, person) => dvla(rng, person) },
  gp: { name: "Holt Medical Practice", phone: "01263 712461", address: "Kerridge Way, Holt, Norfolk NR25 6DJ" },
  taxOffice: { name: "HMRC", phone: "0300 200 3300", address: "HM Revenue and Customs, BX9 1AS" },
  emergency: "999",
  healthLine: "111",
  school: { name: "St Andrew's C of E Primary School", phone: "01263 740318", address: "Hall Lane, Briston, Norfolk NR24 2LG" },
  insurer: { name: "Aviva", phone: "0800 015 1498", address: "Aviva, PO Box 3128, Norwich NR1 3QP" },
  council: "North Norfolk District Council",
  benefit: "Universal Credit",
  payslipTaxCode: "tax code 1257L",
  sample: { label: "National Insurance number", value: "QQ 12 34 56 C", source: "HMRC's guidance" },
  drama: "07700 900461",
  company: { what: "Companies House number", value: "09876543", address: "Unit 4, Fakenham Industrial Estate, Fakenham NR21 8NN" },
  publicFigure: { name: "Keir Starmer", birth: "2 September 1962", role: "the Prime Minister" },
};

const IE: Country = {
  cc: "IE",
  name: "Ireland",
  order: "dmy",
  currency: "€",
  scale: 1,
  firstFemale: ["Aoife", "Caoimhe", "Sinéad", "Orla", "Róisín", "Clodagh"],
  firstMale: ["Cian", "Darragh", "Oisín", "Pádraig", "Eoin", "Ronan"],
  surnames: ["Ó Súilleabháin", "Fitzgerald", "McNamara", "Geraghty", "Kavanagh", "Doherty", "Moloney"],
  mailDomains: ["eircom.net", "gmail.com", "hotmail.com", "icloud.com"],
  mobile: (rng) => validPhone(rng, "IE", () => `08${rng.pick(["3", "5", "6", "7"])} ${rng.int(1, 9)}${rng.digits(2)} ${rng.digits(4)}`),
  landline: (rng) => validPhone(rng, "IE", () => `0${rng.pick(["1", "21", "91", "61"])} ${rng.int(2, 8)}${rng.digits(2)} ${rng.digits(4)}`),
  home: (rng) =>
    rng.pick([
      () =>
        `Apartment ${rng.int(1, 40)}, ${rng.pick(["Clonliffe Court", "Griffith Wood", "Marlborough Mews"])}, Drumcondra, Dublin 9, D09 ${rng.chars("ACDEFHKNPRTVWXY", 1)}${rng.digits(1)}${rng.chars("ACDEFHKNPRTVWXY", 1)}${rng.digits(1)}`,
      () =>
        `${rng.int(1, 80)} ${rng.pick(["Ard na Gréine", "Bóthar an Chladaigh", "Newcastle Road"])}, ${rng.pick(["Salthill, Galway H91", "Ballincollig, Co. Cork P31"])} ${rng.chars("ACDEFHKNPRTVWXY", 1)}${rng.digits(1)}${rng.chars("ACDEFHKNPRTVWXY", 2)}`,
      () =>
        `${rng.pick(["Cnoc na Rós", "Rose Cottage", "The Old Schoolhouse"])}, ${rng.pick(["Kilmacthomas, Co. Waterford X42", "Ennistymon, Co. Clare V95"])} ${rng.chars("ACDEFHKNPRTVWXY", 1)}${rng.digits(2)}${rng.chars("ACDEFHKNPRTVWXY", 1)}`,
    ])(),
  postcodeOnly: "H91 E2K3",
  postcodeQuestion: "Is Eircode H91 E2K3 in Galway city or county? Need it for the motor tax renewal form.",
  tax: { label: "PPSN", value: (rng) => ppsn(rng) },
  taxReturn: { label: "PPS number", value: (rng) => ppsn(rng) },
  health: { label: "PPS number", value: (rng) => ppsn(rng) },
  passport: (rng) => rng.pick(["PA", "PB", "PC", "LF"]) + rng.digits(7),
  gp: { name: "Drumcondra Family Practice", phone: "01 837 4415", address: "Upper Drumcondra Road, Dublin 9" },
  taxOffice: { name: "Revenue", phone: "01 738 3636", address: "Revenue Commissioners, Dublin Castle, Dublin 2" },
  emergency: "112",
  healthLine: "HSELive on 1800 700 700",
  school: { name: "Scoil Mhuire National School", phone: "091 524 716", address: "Salthill, Galway" },
  insurer: { name: "FBD Insurance", phone: "1890 617 617", address: "FBD House, Bluebell, Dublin 12" },
  council: "Galway City Council",
  benefit: "Jobseeker's Allowance",
  payslipTaxCode: "emergency tax",
  sample: { label: "PPSN", value: "1234567T", source: "Revenue's own worked example" },
  drama: "087 123 4567",
  company: { what: "CRO number", value: "654321", address: "Unit 12, Galway Technology Park, Parkmore, Galway H91 P2DK" },
  publicFigure: { name: "Leo Varadkar", birth: "18 January 1979", role: "the former Taoiseach" },
};

const CA: Country = {
  cc: "CA",
  name: "Canada",
  order: "ymd",
  currency: "$",
  scale: 1,
  firstFemale: ["Geneviève", "Madison", "Priya", "Émilie", "Kayla", "Mei"],
  firstMale: ["Mathieu", "Tyler", "Harjit", "Liam", "Étienne", "Jordan"],
  surnames: ["Tremblay", "MacKinnon", "Gill", "Bouchard", "Okonkwo", "Lavoie", "Chan"],
  mailDomains: ["gmail.com", "rogers.com", "videotron.ca", "outlook.com"],
  mobile: (rng) => validPhone(rng, "CA", () => `(${rng.pick(["416", "613", "604", "514", "403"])}) ${rng.int(2, 9)}${rng.digits(2)}-${rng.digits(4)}`),
  landline: (rng) => validPhone(rng, "CA", () => `${rng.pick(["416", "613", "902"])}-${rng.int(2, 9)}${rng.digits(2)}-${rng.digits(4)}`),
  home: (rng) =>
    rng.pick([
      () =>
        `${rng.int(201, 2405)}-${rng.int(10, 400)} ${rng.pick(["Harbour Street", "Bloor Street West", "Queen Street East"])}, Toronto, ON M${rng.int(4, 6)}${rng.chars("ABCEGHJKLMNPRSTVXY", 1)} ${rng.digits(1)}${rng.chars("ABCEGHJKLMNPRSTVXY", 1)}${rng.digits(1)}`,
      () =>
        `${rng.int(10, 990)} ${rng.pick(["Rideau Street", "Bank Street", "Somerset Street West"])}, Ottawa, ON K${rng.int(1, 2)}${rng.chars("ABCEGHJKLMNPRSTVXY", 1)} ${rng.digits(1)}${rng.chars("ABCEGHJKLMNPRSTVXY", 1)}${rng.digits(1)}`,
      () =>
        `${rng.int(100, 9999)} ${rng.pick(["rue Saint-Denis", "avenue du Parc", "rue Beaubien Est"])}, app. ${rng.int(1, 12)}, Montréal (Québec) H2${rng.chars("ABCEGHJKLMNPRSTVXY", 1)} ${rng.digits(1)}${rng.chars("ABCEGHJKLMNPRSTVXY", 1)}${rng.digits(1)}`,
      () =>
        `${rng.int(100, 4999)} ${rng.pick(["West 10th Avenue", "Fraser Street", "East Hastings Street"])}, Vancouver, BC V5${rng.chars("ABCEGHJKLMNPRSTVXY", 1)} ${rng.digits(1)}${rng.chars("ABCEGHJKLMNPRSTVXY", 1)}${rng.digits(1)}`,
    ])(),
  postcodeOnly: "K1A 0B1",
  postcodeQuestion: "What area of Ottawa is postal code K2P 1L4? Trying to guess the riding for the school board form.",
  tax: { label: "SIN", value: (rng) => sin(rng) },
  taxReturn: { label: "social insurance number", value: (rng) => sin(rng) },
  health: { label: "OHIP health card number", value: (rng) => ontarioHealthCard(rng) },
  passport: (rng) => rng.chars("ABGHJKLMNPRSTUVWXYZ", 2) + rng.digits(6),
  licence: {
    label: "Ontario driver's licence",
    value: (rng, person) => {
      const yy = String(person.birth.year % 100).padStart(2, "0");
      return `${person.last[0]!.toUpperCase()}${rng.digits(4)}-${rng.digits(4)}${yy[0]}-${yy[1]}${pad(person.female ? person.birth.month + 50 : person.birth.month)}${pad(person.birth.day)}`;
    },
  },
  gp: { name: "Glebe Family Health Team", phone: "613-234-5882", address: "779 Bank Street, Ottawa, ON K1S 3V5" },
  taxOffice: { name: "the CRA", phone: "1-800-959-8281", address: "Sudbury Tax Centre, 1050 Notre Dame Avenue, Sudbury ON P3A 5C1" },
  emergency: "911",
  healthLine: "811",
  school: { name: "Glebe Collegiate Institute", phone: "613-239-2424", address: "212 Glebe Avenue, Ottawa, ON K1S 2C9" },
  insurer: { name: "Intact Insurance", phone: "1-866-464-2424", address: "700 University Avenue, Toronto, ON M5G 0A1" },
  council: "the City of Ottawa",
  benefit: "Employment Insurance",
  payslipTaxCode: "the TD1 claim code 1",
  sample: { label: "SIN", value: "046 454 286", source: "the sample SIN every validator tutorial uses" },
  drama: "613-555-0148",
  company: { what: "business number", value: "123456782 RT0001", address: "Suite 400, 50 O'Connor Street, Ottawa, ON K1P 6L2" },
  publicFigure: { name: "Justin Trudeau", birth: "December 25, 1971", role: "the former Prime Minister" },
};

const AU: Country = {
  cc: "AU",
  name: "Australia",
  order: "dmy",
  currency: "$",
  scale: 1,
  firstFemale: ["Matilda", "Kylie", "Georgia", "Mia", "Jess", "Annabel"],
  firstMale: ["Lachlan", "Brodie", "Hamish", "Nguyen Minh", "Jarrah", "Cooper"],
  surnames: ["McAllister", "Nguyen", "Papadopoulos", "Hutchinson", "Kowalczyk", "Ferguson", "Tran"],
  mailDomains: ["bigpond.com", "gmail.com", "outlook.com.au", "optusnet.com.au"],
  mobile: (rng) => validPhone(rng, "AU", () => `04${rng.pick(["0", "1", "2", "3", "5", "7"])}${rng.digits(1)} ${rng.digits(3)} ${rng.digits(3)}`),
  landline: (rng) => validPhone(rng, "AU", () => `(0${rng.pick(["2", "3", "7", "8"])}) ${rng.pick(["9", "8", "6", "3"])}${rng.digits(3)} ${rng.digits(4)}`),
  home: (rng) =>
    rng.pick([
      () => `Unit ${rng.int(1, 24)}/${rng.int(2, 120)} ${rng.pick(["Macquarie Street", "Church Street", "Harris Street"])}, Parramatta NSW 2150`,
      () =>
        `${rng.int(1, 220)} ${rng.pick(["Wattle Grove", "Banksia Crescent", "Station Street"])}, ${rng.pick(["Brunswick VIC 3056", "Footscray VIC 3011", "Ballarat East VIC 3350"])}`,
      () =>
        `${rng.int(2, 40)}/${rng.int(5, 300)} ${rng.pick(["Boundary Street", "Given Terrace", "Logan Road"])}, ${rng.pick(["West End QLD 4101", "Paddington QLD 4064", "Woolloongabba QLD 4102"])}`,
      () => `Lot ${rng.int(2, 90)} ${rng.pick(["Old Northam Road", "Jarrahdale Road"])}, ${rng.pick(["Chidlow WA 6556", "Serpentine WA 6125"])}`,
    ])(),
  postcodeOnly: "2150",
  postcodeQuestion: "Is 2150 Parramatta or Harris Park? The tenancy form has a postcode field and a suburb field.",
  tax: { label: "TFN", value: (rng) => tfn(rng) },
  taxReturn: { label: "tax file number", value: (rng) => tfn(rng) },
  health: { label: "Medicare number", value: (rng) => medicare(rng) },
  passport: (rng) => rng.pick(["PA", "PB", "PE", "RA"]) + rng.digits(7),
  licence: { label: "NSW licence number", value: (rng) => `${rng.digits(4)} ${rng.digits(4)}` },
  gp: { name: "Parramatta Family Medical Centre", phone: "(02) 9635 4218", address: "Level 1, 160 Church Street, Parramatta NSW 2150" },
  taxOffice: { name: "the ATO", phone: "13 28 61", address: "Australian Taxation Office, Locked Bag 1936, Albury NSW 2640" },
  emergency: "000",
  healthLine: "healthdirect on 1800 022 222",
  school: { name: "Brunswick North Primary School", phone: "(03) 9387 3713", address: "Pearson Street, Brunswick West VIC 3055" },
  insurer: { name: "NRMA Insurance", phone: "132 132", address: "NRMA Insurance, PO Box 3939, Parramatta NSW 2124" },
  council: "the City of Parramatta",
  benefit: "JobSeeker Payment",
  payslipTaxCode: "the tax-free threshold ticked",
  sample: { label: "TFN", value: "123 456 782", source: "the ATO developer docs" },
  drama: "0491 570 156",
  company: { what: "ABN", value: "51 824 753 556", address: "Level 7, 1 Smith Street, Parramatta NSW 2150" },
  publicFigure: { name: "Anthony Albanese", birth: "2 March 1963", role: "the Prime Minister" },
};

const NZ: Country = {
  cc: "NZ",
  name: "New Zealand",
  order: "dmy",
  currency: "$",
  scale: 1,
  firstFemale: ["Aroha", "Mereana", "Kate", "Hana", "Ngaio", "Sophie"],
  firstMale: ["Tama", "Wiremu", "Hemi", "Finn", "Sione", "Rangi"],
  surnames: ["Te Whata", "Parata", "Fale", "Marsden", "Tuhoe-Ngata", "Harrington", "Lemalu"],
  mailDomains: ["xtra.co.nz", "gmail.com", "slingshot.co.nz", "outlook.com"],
  mobile: (rng) => validPhone(rng, "NZ", () => `02${rng.pick(["1", "2", "7"])} ${rng.int(1, 9)}${rng.digits(2)} ${rng.digits(4)}`),
  landline: (rng) => validPhone(rng, "NZ", () => `(0${rng.pick(["3", "4", "6", "7", "9"])}) ${rng.int(3, 9)}${rng.digits(2)} ${rng.digits(4)}`),
  home: (rng) =>
    rng.pick([
      () => `${rng.int(100, 2400)} ${rng.pick(["Kaipara Coast Highway", "Ahuroa Road", "Matakana Valley Road"])}, RD ${rng.int(1, 6)}, Warkworth 0984`,
      () => `Flat ${rng.int(1, 8)}, ${rng.int(2, 90)} ${rng.pick(["Rata Street", "Kowhai Road", "Pomare Road"])}, Naenae, Lower Hutt 5011`,
      () =>
        `${rng.int(1, 160)}${rng.pick(["", "A", "B"])} ${rng.pick(["Ponsonby Road", "Sandringham Road", "Mt Eden Road"])}, ${rng.pick(["Grey Lynn, Auckland 1021", "Sandringham, Auckland 1025"])}`,
      () => `${rng.int(2, 300)} ${rng.pick(["Te Mata Road", "Gordon Road"])}, RD ${rng.int(1, 12)}, Hastings 4172`,
    ])(),
  postcodeOnly: "0984",
  postcodeQuestion: "What area is postcode 0984? Is it rural delivery? Filling in a form for the regional council.",
  tax: { label: "IRD number", value: (rng) => ird(rng) },
  taxReturn: { label: "IRD number", value: (rng) => ird(rng) },
  health: { label: "NHI number", value: (rng) => nhi(rng) },
  passport: (rng) => rng.pick(["LA", "LD", "LH", "RA"]) + rng.digits(6),
  licence: { label: "driver licence number", value: (rng) => rng.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + rng.digits(6) },
  gp: { name: "Naenae Medical Centre", phone: "(04) 567 8321", address: "16 Hillary Court, Naenae, Lower Hutt 5011" },
  taxOffice: { name: "Inland Revenue", phone: "0800 775 247", address: "Inland Revenue, PO Box 39010, Wellington Mail Centre, Lower Hutt 5045" },
  emergency: "111",
  healthLine: "Healthline on 0800 611 116",
  school: { name: "Matakana School", phone: "(09) 422 7712", address: "1012 Matakana Road, Matakana 0985" },
  insurer: { name: "AMI Insurance", phone: "0800 100 200", address: "PO Box 2116, Christchurch 8140" },
  council: "Auckland Council",
  benefit: "Jobseeker Support",
  payslipTaxCode: "tax code M",
  sample: { label: "IRD number", value: "49-091-850", source: "Inland Revenue's payroll specification" },
  drama: "021 123 4567",
  company: { what: "NZBN", value: "9429041234567", address: "Level 2, 18 Shortland Street, Auckland Central 1010" },
  publicFigure: { name: "Jacinda Ardern", birth: "26 July 1980", role: "the former Prime Minister" },
};

const ZA: Country = {
  cc: "ZA",
  name: "South Africa",
  order: "dmy",
  currency: "R",
  scale: 12,
  firstFemale: ["Thandeka", "Lerato", "Anneke", "Nomsa", "Zanele", "Carmen"],
  firstMale: ["Sipho", "Pieter", "Thabo", "Kagiso", "Riaan", "Mandla"],
  surnames: ["Mokoena", "van der Merwe", "Dlamini", "Naidoo", "Botha", "Khumalo", "Petersen"],
  mailDomains: ["gmail.com", "webmail.co.za", "mweb.co.za", "telkomsa.net"],
  mobile: (rng) => validPhone(rng, "ZA", () => `0${rng.pick(["72", "73", "82", "83", "84", "61"])} ${rng.digits(3)} ${rng.digits(4)}`),
  landline: (rng) => validPhone(rng, "ZA", () => `0${rng.pick(["11", "21", "12", "31"])} ${rng.int(3, 8)}${rng.digits(2)} ${rng.digits(4)}`),
  home: (rng) =>
    rng.pick([
      () => `${rng.int(2, 400)} ${rng.pick(["Jacaranda Avenue", "Lynnwood Road", "Atterbury Road"])}, Lynnwood, Pretoria, 0081`,
      () => `Unit ${rng.int(1, 30)}, ${rng.pick(["Seaview Court", "Bantry Heights"])}, ${rng.int(2, 90)} Beach Road, Sea Point, Cape Town, 8005`,
      () => `${rng.int(1000, 9999)} ${rng.pick(["Vilakazi Street", "Mputhi Street"])}, Orlando West, Soweto, 1804`,
      () => `${rng.int(2, 120)} ${rng.pick(["Florida Road", "Innes Road"])}, Morningside, Durban, 4001`,
    ])(),
  postcodeOnly: "0081",
  postcodeQuestion: "Is postal code 0081 Lynnwood or Lynnwood Ridge? The SASSA form wants the code and the suburb separately.",
  tax: { label: "ID number", value: (rng, person) => saId(rng, person.birth) },
  taxReturn: { label: "ID number", value: (rng, person) => saId(rng, person.birth) },
  health: { label: "ID number", value: (rng, person) => saId(rng, person.birth) },
  passport: (rng) => "A" + rng.digits(8),
  gp: { name: "Lynnwood Medical Centre", phone: "012 348 1210", address: "Lynnwood Bridge, 4 Daventry Street, Lynnwood Manor, Pretoria, 0081" },
  taxOffice: { name: "SARS", phone: "0800 00 7277", address: "SARS, Lehae La SARS, 299 Bronkhorst Street, Nieuw Muckleneuk, Pretoria" },
  emergency: "10111",
  healthLine: "the ER24 line on 084 124",
  school: { name: "Sea Point Primary School", phone: "021 434 4108", address: "Kloof Road, Sea Point, Cape Town, 8005" },
  insurer: { name: "Santam", phone: "0860 444 444", address: "1 Sportica Crescent, Tyger Valley, Bellville, 7530" },
  council: "the City of Tshwane",
  benefit: "the SRD grant",
  payslipTaxCode: "PAYE",
  sample: { label: "ID number", value: "8001015009087", source: "every ID-validator example" },
  drama: "082 123 4567",
  company: { what: "CIPC registration number", value: "2019/123456/07", address: "Block B, 123 Rivonia Road, Sandton, 2196" },
  publicFigure: { name: "Cyril Ramaphosa", birth: "17 November 1952", role: "the President" },
};

const SG: Country = {
  cc: "SG",
  name: "Singapore",
  order: "dmy",
  currency: "S$",
  scale: 2,
  firstFemale: ["Wei Ling", "Nur Aisyah", "Priyanka", "Hui Min", "Siti", "Jia Hui"],
  firstMale: ["Jun Wei", "Muhammad Irfan", "Rajesh", "Kok Leong", "Zhi Hao", "Arjun"],
  surnames: ["Tan", "Lim", "Rahman", "Pillai", "Goh", "Ong", "Koh"],
  mailDomains: ["gmail.com", "singnet.com.sg", "hotmail.com", "yahoo.com.sg"],
  mobile: (rng) => validPhone(rng, "SG", () => `${rng.pick(["8", "9"])}${rng.digits(3)} ${rng.digits(4)}`),
  landline: (rng) => validPhone(rng, "SG", () => `6${rng.int(2, 8)}${rng.digits(2)} ${rng.digits(4)}`),
  home: (rng) =>
    rng.pick([
      () => `Blk ${rng.int(100, 699)} Ang Mo Kio Avenue ${rng.int(3, 10)}, #${pad(rng.int(2, 16))}-${rng.int(10, 400)}, Singapore 56${rng.digits(4)}`,
      () =>
        `Blk ${rng.int(200, 899)}${rng.pick(["", "A", "B"])} Tampines Street ${rng.int(11, 86)}, #${pad(rng.int(2, 14))}-${rng.int(10, 600)}, Singapore 52${rng.digits(4)}`,
      () => `${rng.int(2, 90)} ${rng.pick(["Jalan Kembangan", "Lorong Marzuki", "Chempaka Kuning"])}, Singapore 41${rng.digits(4)}`,
    ])(),
  postcodeOnly: "560123",
  postcodeQuestion: "Postal code 560123 is which town council? Need it for the HDB form.",
  tax: { label: "NRIC", value: (rng, person) => nric(rng, person.birth) },
  taxReturn: { label: "NRIC", value: (rng, person) => nric(rng, person.birth) },
  health: { label: "NRIC", value: (rng, person) => nric(rng, person.birth) },
  passport: (rng) => rng.pick(["K", "E"]) + rng.digits(7) + rng.chars(UPPER, 1),
  gp: { name: "Ang Mo Kio Polyclinic", phone: "6355 3000", address: "21 Ang Mo Kio Central 2, Singapore 569666" },
  taxOffice: { name: "IRAS", phone: "1800 356 8300", address: "Revenue House, 55 Newton Road, Singapore 307987" },
  emergency: "995",
  healthLine: "the non-emergency ambulance line 1777",
  school: { name: "Ang Mo Kio Primary School", phone: "6456 8322", address: "20 Ang Mo Kio Avenue 3, Singapore 569920" },
  insurer: { name: "NTUC Income", phone: "6788 1122", address: "Income Centre, 75 Bras Basah Road, Singapore 189557" },
  council: "the Ang Mo Kio Town Council",
  benefit: "ComCare",
  payslipTaxCode: "CPF",
  sample: { label: "NRIC", value: "S1234567D", source: "the NRIC-validator example everyone copies" },
  drama: "9123 4567",
  company: { what: "UEN", value: "201912345K", address: "10 Anson Road, #22-02 International Plaza, Singapore 079903" },
  publicFigure: { name: "Lee Hsien Loong", birth: "10 February 1952", role: "the former Prime Minister" },
};

const US: Country = {
  cc: "US",
  name: "the US",
  order: "mdy",
  currency: "$",
  scale: 1,
  firstFemale: ["Brianna", "Lupe", "Keisha", "Megan", "Dana", "Rosa"],
  firstMale: ["Tyrone", "Cody", "Marcus", "Javier", "Dustin", "Kevin"],
  surnames: ["Washington", "Alvarez", "Kowalski", "Nguyen", "Whitfield", "O'Brien", "Delgado"],
  mailDomains: ["gmail.com", "yahoo.com", "aol.com", "comcast.net"],
  mobile: (rng) =>
    validPhone(rng, "US", () => `(${rng.pick(["415", "312", "512", "718", "206"])}) ${rng.int(2, 9)}${rng.int(0, 9)}${rng.int(1, 9)}-${rng.digits(4)}`),
  landline: (rng) => validPhone(rng, "US", () => `${rng.pick(["617", "404", "303"])}-${rng.int(2, 9)}${rng.int(0, 9)}${rng.int(1, 9)}-${rng.digits(4)}`),
  home: (rng) =>
    rng.pick([
      () =>
        `${rng.int(100, 4999)} ${rng.pick(["Mission St", "Valencia St", "Guerrero St"])} Apt ${rng.int(1, 9)}${rng.pick(["A", "B", "C"])}, San Francisco, CA 941${rng.pick(["10", "03", "14"])}`,
      () => `${rng.int(100, 9999)} ${rng.pick(["N Kedzie Ave", "W Armitage Ave", "S Halsted St"])}, Chicago, IL 606${rng.pick(["47", "14", "08"])}`,
      () => `${rng.int(100, 9999)} ${rng.pick(["Pecan Hollow Dr", "Rio Grande St", "Burleson Rd"])}, Austin, TX 787${rng.pick(["04", "05", "41"])}`,
      () =>
        `${rng.int(10, 990)} ${rng.pick(["Lafayette Ave", "Nostrand Ave"])}, Apt ${rng.int(1, 6)}${rng.pick(["R", "L", "F"])}, Brooklyn, NY 112${rng.pick(["05", "16", "38"])}`,
    ])(),
  postcodeOnly: "94110",
  postcodeQuestion: "Which neighborhood is ZIP 94110? The school district form asks for the attendance area.",
  tax: { label: "SSN", value: (rng) => ssn(rng) },
  taxReturn: { label: "ITIN", value: (rng) => itin(rng) },
  health: { label: "SSN", value: (rng) => ssn(rng) },
  passport: (rng) => (rng.chance(0.5) ? String(rng.int(5, 6)) + rng.digits(8) : "A" + rng.digits(8)),
  licence: { label: "California driver license", value: (rng) => rng.chars(UPPER, 1) + rng.digits(7) },
  gp: { name: "Mission Neighborhood Health Center", phone: "(415) 552-3870", address: "240 Shotwell St, San Francisco, CA 94110" },
  taxOffice: { name: "the IRS", phone: "800-829-1040", address: "Internal Revenue Service, Austin, TX 73301-0002" },
  emergency: "911",
  healthLine: "988",
  school: { name: "Buena Vista Horace Mann K-8", phone: "(415) 695-5881", address: "3351 23rd St, San Francisco, CA 94110" },
  insurer: { name: "State Farm", phone: "800-732-5246", address: "State Farm Claims, PO Box 106169, Atlanta, GA 30348" },
  council: "the county assessor",
  benefit: "SNAP",
  payslipTaxCode: "W-4 single",
  sample: { label: "SSN", value: "078-05-1120", source: "the old Woolworth wallet card" },
  drama: "(415) 555-0134",
  company: { what: "EIN", value: "94-3219876", address: "500 Howard St, Suite 300, San Francisco, CA 94105" },
  publicFigure: { name: "Barack Obama", birth: "August 4, 1961", role: "the former President" },
};

const IN: Country = {
  cc: "IN",
  name: "India",
  order: "dmy",
  currency: "₹",
  scale: 20,
  firstFemale: ["Ananya", "Kavya", "Meenakshi", "Sneha", "Farah", "Lakshmi"],
  firstMale: ["Rohan", "Vikram", "Suresh", "Imran", "Aditya", "Karthik"],
  surnames: ["Iyer", "Deshpande", "Reddy", "Chatterjee", "Qureshi", "Menon", "Bhatt"],
  mailDomains: ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"],
  mobile: (rng) => validPhone(rng, "IN", () => `${rng.pick(["98", "97", "99", "88", "70"])}${rng.digits(3)} ${rng.digits(5)}`),
  landline: (rng) => validPhone(rng, "IN", () => `0${rng.pick(["22", "80", "11", "44"])} ${rng.int(2, 6)}${rng.digits(3)} ${rng.digits(4)}`),
  home: (rng) =>
    rng.pick([
      () =>
        `Flat ${rng.int(101, 904)}, ${rng.pick(["Sai Krupa Apartments", "Prestige Lakeside", "Shanti Nivas"])}, ${rng.int(2, 16)}th Cross, Indiranagar, Bengaluru 560038`,
      () => `${rng.pick(["B", "C", "D"])}-${rng.int(10, 240)}, ${rng.pick(["Sector 15", "Sector 22"])}, Noida, Uttar Pradesh 2013${rng.pick(["01", "07"])}`,
      () => `${rng.int(2, 60)}/${rng.int(1, 9)}, ${rng.pick(["Lakshmi Road", "Senapati Bapat Road"])}, Deccan Gymkhana, Pune 411004`,
      () => `House No. ${rng.int(10, 400)}, ${rng.pick(["2nd Street", "Kamarajar Salai"])}, Mylapore, Chennai 600004`,
    ])(),
  postcodeOnly: "560038",
  postcodeQuestion: "Pincode 560038 comes under which BBMP ward? Need it for the property tax form.",
  tax: { label: "PAN", value: (rng, person) => pan(rng, person.last) },
  taxReturn: { label: "PAN", value: (rng, person) => pan(rng, person.last) },
  health: { label: "Aadhaar number", value: (rng) => aadhaar(rng) },
  passport: (rng) => rng.chars("JKLMNPRSTUVWZ", 1) + rng.digits(7),
  licence: {
    label: "driving licence no.",
    value: (rng) => `${rng.pick(["KA", "MH", "TN", "DL"])}${pad(rng.int(1, 53))} ${rng.int(2005, 2022)}${rng.digits(7)}`,
  },
  gp: { name: "Manipal Clinic Indiranagar", phone: "080 4118 8888", address: "100 Feet Road, HAL 2nd Stage, Indiranagar, Bengaluru 560038" },
  taxOffice: { name: "the Income Tax Department", phone: "1800 103 0025", address: "Centralized Processing Centre, Income Tax Department, Bengaluru 560500" },
  emergency: "112",
  healthLine: "108",
  school: { name: "Kendriya Vidyalaya ASC Centre", phone: "080 2530 7325", address: "ASC Centre (South), Agram Post, Bengaluru 560007" },
  insurer: { name: "Star Health", phone: "1800 425 2255", address: "No. 1, New Tank Street, Valluvar Kottam High Road, Nungambakkam, Chennai 600034" },
  council: "BBMP",
  benefit: "the PM-KISAN instalment",
  payslipTaxCode: "the new regime",
  sample: { label: "PAN", value: "ABCDE1234F", source: "the Income Tax portal's help page" },
  drama: "98765 43210",
  company: { what: "GSTIN", value: "29AAACR5055K1Z5", address: "Embassy Tech Village, Outer Ring Road, Devarabisanahalli, Bengaluru 560103" },
  publicFigure: { name: "Narendra Modi", birth: "17 September 1950", role: "the Prime Minister" },
};

export const COUNTRIES: readonly Country[] = [UK, IE, CA, AU, NZ, ZA, SG, US, IN];

// ---------------------------------------------------------------- templates

function person(rng: Rng, country: Country, from?: number, to?: number): Person {
  const female = rng.chance(0.5);
  const first = rng.pick(female ? country.firstFemale : country.firstMale);
  const last = rng.pick(country.surnames);
  return { first, last, full: `${first} ${last}`, birth: birthDate(rng, from, to), female };
}

function mailbox(rng: Rng, country: Country, who: Person): string {
  const ascii = (text: string) =>
    text
      .normalize("NFD")
      .toLowerCase()
      .replace(/[^a-z]/g, "");
  const local = `${ascii(who.first)}${rng.pick([".", "_", ""])}${ascii(who.last)}${rng.chance(0.6) ? rng.int(70, 99) : ""}`;
  return `${local}@${rng.pick(country.mailDomains)}`;
}

type Template = (rng: Rng, country: Country) => string;

/** Sensitive cells: each marks a private person's identifiers and contact details, and a named person's health, money, birth date. */
const SENSITIVE_TEMPLATES: Record<string, Template> = {
  "gp-letter:national_id+date_of_birth+health": (rng, c) => {
    const p = person(rng, c, 1938, 1960);
    return rng.pick([
      () => `Can you explain this letter from my mum's GP in plain English?
"${c.gp.name}, ${c.gp.address}. Tel ${c.gp.phone}
Re: ${p.full}, DOB ⟦date_of_birth|${formatDate(rng, p.birth, c.order)}⟧, ${c.health.label} ⟦national_id|${c.health.value(rng, p)}⟧
${p.first} was reviewed today for ${p.female ? "her" : "his"} ⟦health|${rng.pick(CONDITIONS)}⟧. I have increased the dose and will see ${p.female ? "her" : "him"} again in six weeks."`,
      () => `Summarise this clinic letter for my brother, he's confused by it:
Patient: ${p.full}
Date of birth: ⟦date_of_birth|${formatDate(rng, p.birth, c.order)}⟧
${c.health.label}: ⟦national_id|${c.health.value(rng, p)}⟧
Diagnosis: ⟦health|${rng.pick(CONDITIONS)}⟧, stable. Bloods in three months.`,
    ])();
  },
  "benefits-letter:street_address+national_id+financial": (rng, c) => {
    const p = person(rng, c);
    return `This came from ${c.council} about ${c.benefit}, what does it mean for me?
${p.full}
⟦street_address|${c.home(rng)}⟧
Your ${c.tax.label}: ⟦national_id|${c.tax.value(rng, p)}⟧
From next month ${p.first} ${p.last} will receive ⟦financial|${money(rng, c.currency, 180 * c.scale, 1400 * c.scale)}⟧ a month. If you think this is wrong, ask for a review within one month.`;
  },
  "tenancy-application:date_of_birth+phone+email+street_address+financial": (rng, c) => {
    const p = person(rng, c, 1975, 2001);
    return `Check my tenancy application before I send it to the agent:
Full name: ${p.full}
Date of birth: ⟦date_of_birth|${formatDate(rng, p.birth, c.order)}⟧
Mobile: ⟦phone|${c.mobile(rng)}⟧
Email: ⟦email|${mailbox(rng, c, p)}⟧
Current address: ⟦street_address|${c.home(rng)}⟧
Annual income: ⟦financial|${money(rng, c.currency, 38 * c.scale, 96 * c.scale, false)}${rng.pick([",000", "k"])}⟧ (permanent, full-time)`;
  },
  "payslip:national_id+financial": (rng, c) => {
    const p = person(rng, c);
    return `Why is the tax so high on my partner's payslip? It says ${c.payslipTaxCode} at the top.
Employee: ${p.full.toUpperCase()}   ${c.tax.label}: ⟦national_id|${c.tax.value(rng, p)}⟧
Gross pay ⟦financial|${money(rng, c.currency, 2100 * c.scale, 6400 * c.scale)}⟧   Net pay ⟦financial|${money(rng, c.currency, 1500 * c.scale, 2090 * c.scale)}⟧`;
  },
  "tax-return:national_id+street_address": (rng, c) => {
    const p = person(rng, c);
    return rng.pick([
      () =>
        `Filling in my tax return for the first time. It's pre-filled with: ${p.full}, ${c.taxReturn.label} ⟦national_id|${c.taxReturn.value(rng, p)}⟧, address ⟦street_address|${c.home(rng)}⟧. Where do the freelance earnings go?`,
      () =>
        `I'm doing my dad's return for him (${p.full}, ${c.taxReturn.label} ⟦national_id|${c.taxReturn.value(rng, p)}⟧). He moved to ⟦street_address|${c.home(rng)}⟧ in June; does the tax office need to know first?`,
    ])();
  },
  "school-form:date_of_birth+health+phone+street_address": (rng, c) => {
    const child = person(rng, c, 2013, 2020);
    const parent = person(rng, c, 1978, 1990);
    return `Can you make this school enrolment form neater?
Pupil: ${child.first} ${parent.last}
Date of birth: ⟦date_of_birth|${formatDate(rng, child.birth, c.order)}⟧
Medical conditions: ⟦health|${rng.pick(CHILD_CONDITIONS)}⟧ - inhaler/medication kept in the office
Parent/guardian: ${parent.full}, mobile ⟦phone|${c.mobile(rng)}⟧
Home address: ⟦street_address|${c.home(rng)}⟧`;
  },
  "insurance-claim:phone+street_address+health": (rng, c) => {
    const p = person(rng, c);
    return `Help me word this claim to ${c.insurer.name}. Claim ref CLM-${rng.digits(7)}.
Policyholder: ${p.full}, ⟦street_address|${c.home(rng)}⟧, phone ⟦phone|${c.mobile(rng)}⟧.
On the 3rd ${p.first} slipped on the wet steps outside the house and was treated for ⟦health|${rng.pick(INJURIES)}⟧; six weeks off work.`;
  },
  "passport-renewal:passport+date_of_birth": (rng, c) => {
    const p = person(rng, c);
    return `Renewing my passport online and it keeps rejecting the old number. Name: ${p.full}. Old passport number: ⟦passport|${c.passport(rng)}⟧. Date of birth: ⟦date_of_birth|${formatDate(rng, p.birth, c.order)}⟧. Is the number meant to include the letters?`;
  },
  "cv:street_address+phone+email": (rng, c) => {
    const p = person(rng, c, 1985, 2002);
    return `Tidy up the header of my CV, it looks cramped:
${p.full.toUpperCase()}
⟦street_address|${c.home(rng)}⟧ | ⟦phone|${c.mobile(rng)}⟧ | ⟦email|${mailbox(rng, c, p)}⟧
Personal statement: reliable warehouse supervisor looking for a move into logistics planning.`;
  },
  "landlord-email:street_address+phone": (rng, c) => {
    return rng.pick([
      () =>
        `Write a firm but polite email to my landlord: the boiler at ⟦street_address|${c.home(rng)}⟧ has been broken for nine days. He can reach me on ⟦phone|${c.mobile(rng)}⟧ any time after 4.`,
      () =>
        `Draft a message to my son's school: we've moved, new address is ⟦street_address|${c.home(rng)}⟧ and my mobile is now ⟦phone|${c.mobile(rng)}⟧, please update the contact sheet.`,
    ])();
  },
  "forum-post:national_id": (rng, c) => {
    const p = person(rng, c);
    return rng.pick([
      () =>
        `Forum post, fix my grammar: "Hi all, my ${c.tax.label} is on the letter as ⟦national_id|${c.tax.value(rng, p)}⟧ but the online form says it's not valid. Anyone else had this? Should I ring them?"`,
      () =>
        `Reddit draft: "The portal won't accept my ${c.health.label} ⟦national_id|${c.health.value(rng, p)}⟧ for the booking, it just spins. Is it down for everyone or is it me?" - make it shorter.`,
    ])();
  },
  "licence-change:driver_license+street_address": (rng, c) => {
    const p = person(rng, c);
    if (!c.licence)
      return `Fill the visa form fields from this: Name ${p.full}; Passport No. ⟦passport|${c.passport(rng)}⟧; DOB ⟦date_of_birth|${formatDate(rng, p.birth, c.order)}⟧; residential address ⟦street_address|${c.home(rng)}⟧.`;
    return `I need to update the address on my licence. ${c.licence.label}: ⟦driver_license|${c.licence.value(rng, p)}⟧, name ${p.full}, new address ⟦street_address|${c.home(rng)}⟧. What documents do they want?`;
  },
};

/** Hard negatives: the same countries and documents, nobody's private data. */
const NEGATIVE_TEMPLATES: Record<string, Template> = {
  "neg-gp-letter:institution": (rng, c) =>
    `The letter from ${c.gp.name} (${c.gp.address}) says to phone the surgery on ${c.gp.phone} between 8 and 10 for blood test results, or ${c.healthLine} out of hours, and ${c.emergency} in an emergency. Which should I use for a repeat prescription?`,
  "neg-benefits-letter:reference": (rng, c) =>
    `${c.council} wrote about ${c.benefit}: "Quote reference ${rng.chars(UPPER, 2)}/${rng.digits(6)}/${rng.digits(2)} and case number ${rng.digits(8)} when you contact us." Are those two the same thing?`,
  "neg-tax-return:institution": (rng, c) =>
    `Is ${c.taxOffice.phone} really ${c.taxOffice.name}'s number? A text told me to call it and the letter's return address is ${c.taxOffice.address}.`,
  "neg-forum-post:documented-sample": (rng, c) =>
    `My form validator rejects ${c.sample.value}, which is the ${c.sample.label} from ${c.sample.source}. Should a test fixture use that one or generate a fresh one?`,
  "neg-landlord-email:drama-number": (rng, c) =>
    `I'm writing a short film where the tenant texts the landlord. Is ${c.drama} safe to show on screen as his number, or could it be someone's real phone?`,
  "neg-tenancy-application:postcode": (rng, c) => c.postcodeQuestion,
  "neg-payslip:company-number": (rng, c) =>
    `Draft a payslip footer for our small business: ${c.company.what} ${c.company.value}, registered office ${c.company.address}. Keep it to one line.`,
  "neg-school-form:public-figure": (rng, c) =>
    `My daughter's school project: ${c.publicFigure.name}, ${c.publicFigure.role}, was born on ${c.publicFigure.birth}. How old was ${c.publicFigure.name.split(" ")[0]} on taking office? Give a one-line answer.`,
  "neg-tenancy-application:template": (rng, c) =>
    `Turn this into a fillable tenancy form: Full name: ________ Date of birth: ${c.order === "mdy" ? "MM/DD/YYYY" : c.order === "ymd" ? "YYYY-MM-DD" : "DD/MM/YYYY"} ${c.tax.label}: [your ${c.tax.label}] Mobile: [your number] Current address: [street, town, postcode] Employer: ________`,
  "neg-payslip:own-money": (rng, c) =>
    rng.pick([
      () =>
        `My payslip shows gross ${money(rng, c.currency, 2100 * c.scale, 4800 * c.scale)} and ${c.payslipTaxCode}, but I only took home ${money(rng, c.currency, 1400 * c.scale, 2000 * c.scale)}. I started in ${rng.pick(MONTHS)} - why would the first month be so low?`,
      () =>
        `I've been signed off work with ${rng.pick(CONDITIONS)} for four weeks. Do I still get ${c.benefit} or sick pay, and does the employer need my diagnosis?`,
    ])(),
  "neg-insurance-claim:institution": (rng, c) =>
    `The claim pack says post the form to ${c.insurer.address} or call ${c.insurer.name} on ${c.insurer.phone}; the school (${c.school.name}, ${c.school.phone}) has to sign the witness part. Policy number POL-${rng.digits(8)}. What order do I do this in?`,
};

function build(templates: Record<string, Template>, seed: number): MarkedEntry[] {
  const rng = createRng(seed);
  const entries: MarkedEntry[] = [];
  for (const [kind, template] of Object.entries(templates))
    for (const country of COUNTRIES) {
      const [document, what] = kind.split(":");
      // a US Social Security number is its own category (an ITIN, 9xx, stays a national id)
      const raw = template(rng, country);
      const filled = raw[0]!.toUpperCase() + raw.slice(1);
      const text = country.cc === "US" ? filled.replace(/⟦national_id\|([0-8]\d{2}[- ]\d{2}[- ]\d{4})⟧/g, "⟦us_ssn|$1⟧") : filled;
      // a sensitive cell's form is the categories it marks (a country without a licence fills the form from its passport)
      const marked = [...new Set([...text.matchAll(/⟦([a-z_]+)\|/g)].map((match) => (match[1] === "us_ssn" ? "national_id" : match[1]!)))].join("+");
      entries.push(["en", `${document}:${country.cc.toLowerCase()}:${marked || what}`, text]);
    }
  return entries;
}

export const SENSITIVE: MarkedEntry[] = build(SENSITIVE_TEMPLATES, SEED);
export const NEGATIVES: MarkedEntry[] = build(NEGATIVE_TEMPLATES, SEED + 1);
