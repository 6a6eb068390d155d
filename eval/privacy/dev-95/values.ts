/**
 * dev-95's seeded values (`createSeededRandom(952026)`): every private person, street and number is invented here.
 * Positives: card numbers with a valid Luhn digit outside the documented test numbers, IBANs with valid mod-97 check
 * digits, SSNs outside the never-issued and advertising ranges, NANP numbers from real area codes outside 555 and the
 * drama range, free-mail addresses, US and UK street addresses composed from word lists, public IPv4 addresses
 * outside the private, shared, documentation and loopback ranges, US driver's licence numbers in state formats.
 * Negatives: the documented test cards and example IBANs, placeholder and voided SSNs, drama-range phones,
 * documentation domains, private and documentation IPs, public landmarks' and fictional characters' addresses, masks,
 * redactions and placeholders.
 */
import { createSeededRandom } from "../../../src/policies/clock.js";
import { luhnValid, mod97 } from "../../../src/privacy/checksums.js";

export const random = createSeededRandom(952026);
export const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
export const digits = (count: number) => Array.from({ length: count }, () => String(Math.floor(random() * 10))).join("");
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const pad = (value: number, width: number) => String(value).padStart(width, "0");

export const FIRST_NAMES = [
  "Marisol",
  "Tobias",
  "Aurelia",
  "Desmond",
  "Ingrid",
  "Caspian",
  "Leonie",
  "Hollis",
  "Priya",
  "Emeka",
  "Rosalind",
  "Thaddeus",
  "Yuki",
  "Soren",
  "Delphine",
  "Anselm",
];
export const MALE_NAMES = ["Tobias", "Desmond", "Caspian", "Thaddeus", "Soren", "Anselm", "Emeka"];
export const FEMALE_NAMES = ["Marisol", "Aurelia", "Ingrid", "Leonie", "Priya", "Rosalind", "Delphine", "Yuki"];
export const LAST_NAMES = [
  "Okonkwo-Reyes",
  "Vandermeer",
  "Castellanos",
  "Pritchard",
  "Lindqvist",
  "Abernathy",
  "Moreau",
  "Halvorsen",
  "Kowalczyk",
  "Fairweather",
  "Nakashima",
  "Delacroix",
  "Brannigan",
  "Achterberg",
];
export const person = () => `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;

export const ORGANIZATIONS = [
  "Northwind Traders",
  "Brightwater Credit Union",
  "Harborview Dental Clinic",
  "Pinecrest Logistics",
  "Alder & Finch LLP",
  "Cobalt Ridge Software",
  "Maple Street Bakery",
  "Summit Outdoor Supply",
  "Bluebell Veterinary Practice",
  "Granite State Insurance",
];
export const DEPARTMENTS = ["Customer Returns Dept.", "Accounts Payable", "Front Desk", "Customer Care Team", "Head Office Reception", "Claims Department"];
export const JOBS = ["Senior Accountant", "Project Manager", "Dental Hygienist", "Software Engineer", "Warehouse Supervisor", "Paralegal"];
export const CITIES: ReadonlyArray<readonly [city: string, state: string]> = [
  ["Fairview", "OR"],
  ["Ashford", "CT"],
  ["Millbrook", "NY"],
  ["Cedar Falls", "IA"],
  ["Harmony", "PA"],
  ["Lakeport", "CA"],
  ["Glenwood", "IL"],
  ["Riverton", "WY"],
  ["Bristol", "TN"],
  ["Kingsport", "TN"],
];
export const NATIONALITIES = ["Ethiopian", "Peruvian", "Lebanese", "Korean", "Georgian", "Sicilian"];
export const COUNTRIES = ["Portugal", "Vietnam", "Chile", "Morocco", "Norway", "Canada"];
const STREETS = [
  "Hollis",
  "Wexford",
  "Larkspur",
  "Tamarack",
  "Bellwether",
  "Quarry",
  "Juniper",
  "Ashgrove",
  "Kestrel",
  "Old Mill",
  "Briar Patch",
  "Linden",
  "Sorrel",
  "Windmere",
];
const SUFFIXES = ["Street", "Avenue", "Road", "Lane", "Drive", "Court", "Boulevard", "Place", "Way", "Terrace"];
const SECONDARY = ["Apt. 4B", "Suite 210", "Unit 12", "Apt 7", "#305", "Apt. 2F"];

export interface AddressParts {
  building: string;
  street: string;
  streetBare: string;
  secondary: string;
  city: string;
  state: string;
  zip: string;
}
export function addressParts(): AddressParts {
  const bare = pick(STREETS);
  const [city, state] = pick(CITIES);
  return {
    building: String(between(12, 9870)),
    street: `${bare} ${pick(SUFFIXES)}`,
    streetBare: bare,
    secondary: pick(SECONDARY),
    city,
    state,
    zip: digits(5).replace(/^0/, "4"),
  };
}
/** a full address as faker writes `{{address}}`: street line, then city, state and ZIP (on a new line or after a comma) */
export function fullAddress(): string {
  const parts = addressParts();
  const line = random() < 0.4 ? `${parts.building} ${parts.street} ${parts.secondary}` : `${parts.building} ${parts.street}`;
  return `${line}${random() < 0.5 ? "\n" : ", "}${parts.city}, ${parts.state} ${parts.zip}`;
}

/** Stripe's, Braintree's and Adyen's documented test card numbers. */
export const TEST_CARDS = [
  "4242424242424242",
  "4111111111111111",
  "5555555555554444",
  "5105105105105100",
  "378282246310005",
  "6011111111111117",
  "4000056655665556",
  "4012888888881881",
];
function groupCard(number: string): string {
  const style = random();
  if (number.length === 15) return style < 0.5 ? number : `${number.slice(0, 4)} ${number.slice(4, 10)} ${number.slice(10)}`;
  if (style < 0.3) return number;
  const separator = style < 0.7 ? " " : "-";
  return number.match(/.{4}/g)!.join(separator);
}
export function card(): string {
  for (;;) {
    const prefix = pick(["4", "4", "51", "53", "55", "2221", "37", "34", "6011"]);
    const length = prefix.startsWith("3") ? 15 : 16;
    const body = prefix + digits(length - prefix.length - 1);
    const check = [..."0123456789"].find((digit) => luhnValid(body + digit))!;
    const number = body + check;
    if (!TEST_CARDS.includes(number)) return groupCard(number);
  }
}
export const testCard = () => groupCard(pick(TEST_CARDS));
export const cardMask = () =>
  pick([`**** **** **** ${digits(4)}`, `XXXX-XXXX-XXXX-${digits(4)}`, `ending in ${digits(4)}`, "[REDACTED]", "<card number>", "####-####-####-####"]);

const IBAN_SHAPES: ReadonlyArray<readonly [country: string, bban: () => string]> = [
  ["GB", () => pick(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(14)],
  ["DE", () => digits(18)],
  ["FR", () => digits(23)],
  ["NL", () => pick(["ABNA", "INGB", "RABO"]) + digits(10)],
  ["ES", () => digits(20)],
  ["IE", () => pick(["AIBK", "BOFI"]) + digits(14)],
];
export function iban(): string {
  const [country, bban] = pick(IBAN_SHAPES);
  const body = bban();
  const check = pad(98 - mod97(body + country + "00"), 2);
  const compact = country + check + body;
  return random() < 0.5 ? compact : compact.match(/.{1,4}/g)!.join(" ");
}
export const EXAMPLE_IBANS = [
  "GB82 WEST 1234 5698 7654 32",
  "DE89 3704 0044 0532 0130 00",
  "FR14 2004 1010 0505 0001 3M02 606",
  "NL91 ABNA 0417 1643 00",
  "GB29 NWBK 6016 1331 9268 19",
];
export const ibanMask = () =>
  pick([`DE** **** **** **** **${digits(2)} ${digits(2)}`, "[REDACTED]", "<IBAN>", `GB** **** **** **** ${digits(4)} ${digits(2)}`]);

export function ssn(): string {
  for (;;) {
    const area = between(1, 899);
    if (area === 666) continue;
    const value = `${pad(area, 3)}-${pad(between(1, 99), 2)}-${pad(between(1, 9999), 4)}`;
    if (!["078-05-1120", "219-09-9999", "123-45-6789"].includes(value)) return value;
  }
}
export const PLACEHOLDER_SSNS = ["123-45-6789", "078-05-1120", "219-09-9999", "987-65-4321", "000-00-0000"];
export const ssnMask = () => pick([`XXX-XX-${digits(4)}`, `***-**-${digits(4)}`, "[REDACTED]", "###-##-####"]);

const AREA_CODES = ["212", "312", "415", "503", "617", "713", "206", "303", "404", "512", "614", "702", "919", "860", "971"];
export function phone(): string {
  const area = pick(AREA_CODES);
  const exchange = `${between(2, 9)}${digits(2)}`.replace(/^555$/, "556");
  const line = digits(4);
  return pick([`(${area}) ${exchange}-${line}`, `${area}-${exchange}-${line}`, `+1 ${area} ${exchange} ${line}`, `${area}.${exchange}.${line}`]);
}
export const dramaPhone = () => pick([`(${pick(AREA_CODES)}) 555-01${digits(2)}`, `555-01${digits(2)}`, `07700 900${digits(3)}`, `020 7946 0${digits(3)}`]);
export const phoneMask = () => pick(["[REDACTED]", `(XXX) XXX-${digits(4)}`, "<phone number>", "***-***-****"]);
/** a business's own line: toll-free or a main number */
export const officePhone = () => pick([`1-800-${between(200, 999)}-${digits(4)}`, `(888) ${between(200, 999)}-${digits(4)}`, phone()]);

const MAIL_HOSTS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com", "fastmail.com", "hotmail.com"];
export function email(): string {
  const first = pick(FIRST_NAMES).toLowerCase();
  const last = pick(LAST_NAMES)
    .toLowerCase()
    .replace(/[^a-z]/g, "");
  return `${pick([`${first}.${last}`, `${first[0]}${last}${between(1, 99)}`, `${first}_${last.slice(0, 4)}`])}@${pick(MAIL_HOSTS)}`;
}
export const exampleEmail = () =>
  pick(["jane.doe@example.com", "user@example.org", "name@domain.com", "you@yourcompany.com", "john.smith@example.net", "[REDACTED]", "test@test.invalid"]);

export function publicIp(): string {
  const first = pick([23, 45, 51, 62, 73, 81, 94, 104, 109, 142, 151, 176, 185, 188, 201, 212, 217]);
  return `${first}.${between(1, 254)}.${between(0, 254)}.${between(1, 254)}`;
}
export const privateIp = () =>
  pick([
    `192.168.${between(0, 9)}.${between(2, 254)}`,
    `10.${between(0, 40)}.${between(0, 255)}.${between(2, 254)}`,
    "172.17.0.1",
    `203.0.113.${between(2, 254)}`,
    `198.51.100.${between(2, 254)}`,
    "127.0.0.1",
  ]);

const LETTERS = "ABCDEFGHJKLMNPRSTWY";
/** US driver's licence formats: California (letter + 7), New York (9 digits, grouped), Florida and Illinois (letter + 12, dashed), Texas (8) */
export const driverLicense = () =>
  pick([
    () => pick([...LETTERS]) + digits(7),
    () => `${digits(3)} ${digits(3)} ${digits(3)}`,
    () => `${pick([...LETTERS])}${digits(3)}-${digits(3)}-${digits(2)}-${digits(3)}-${digits(1)}`,
    () => `${pick([...LETTERS])}${digits(3)}-${digits(4)}-${digits(4)}`,
    () => digits(8),
  ])();
export const licenseMask = () => pick(["[REDACTED]", `*******${digits(2)}`, "<DL_NUMBER>", "XXXXXXXXX", "(on file)"]);

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** a birth date in one of the written forms: March 14, 1986 · 03/14/1986 · 1986-03-14 · 14 March 1986 */
export function birthDate(from = 1950, to = 2006): string {
  const [y, m, d] = [between(from, to), between(1, 12), between(1, 28)];
  return pick([`${MONTHS[m - 1]} ${d}, ${y}`, `${pad(m, 2)}/${pad(d, 2)}/${y}`, `${y}-${pad(m, 2)}-${pad(d, 2)}`, `${d} ${MONTHS[m - 1]} ${y}`]);
}

/** public places' and fictional characters' addresses: [holder, building, street, city, full] */
export const PUBLIC_ADDRESSES: ReadonlyArray<readonly [holder: string, building: string, street: string, city: string, full: string]> = [
  ["The White House", "1600", "Pennsylvania Avenue NW", "Washington", "1600 Pennsylvania Avenue NW, Washington, DC 20500"],
  ["Sherlock Holmes", "221B", "Baker Street", "London", "221B Baker Street, London NW1 6XE"],
  ["The Prime Minister", "10", "Downing Street", "London", "10 Downing Street, London SW1A 2AA"],
  ["The Empire State Building", "350", "Fifth Avenue", "New York", "350 Fifth Avenue, New York, NY 10118"],
  ["The Simpsons", "742", "Evergreen Terrace", "Springfield", "742 Evergreen Terrace, Springfield"],
  ["Paddington Bear", "32", "Windsor Gardens", "London", "32 Windsor Gardens, London"],
];
export const addressPlaceholder = () => pick(["[REDACTED]", "<your address>", "123 Main Street, Anytown, USA 12345", "[ADDRESS]", "(address withheld)"]);
export const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
