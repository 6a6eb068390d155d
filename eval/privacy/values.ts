/**
 * Value generators for the privacy evaluation set: every value is drawn from a seeded random
 * source and carries a valid checksum where the real identifier has one.
 */
import { getExampleNumber, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import examples from "libphonenumber-js/mobile/examples";
import { mod97, mod11_10CheckDigit, verhoeffCheckDigit, luhnValid } from "../../src/privacy/checksums.js";

export interface Rng {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  digits(count: number): string;
  chars(alphabet: string, count: number): string;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (probability) => next() < probability,
    digits: (count) => Array.from({ length: count }, () => String(int(0, 9))).join(""),
    chars: (alphabet, count) => Array.from({ length: count }, () => alphabet[Math.floor(next() * alphabet.length)]).join(""),
  };
}

const BASE62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const HEX = "0123456789abcdef";
const BASE64 = BASE62 + "+/";

export const FIRST_NAMES = [
  "Anna",
  "Jonas",
  "Priya",
  "Mateo",
  "Chloé",
  "Kenji",
  "Fatima",
  "Lars",
  "Giulia",
  "Oliver",
  "Sofía",
  "Dmitri",
  "Amelia",
  "Hugo",
  "Noor",
  "Tobias",
  "Inès",
  "Ravi",
  "Lucía",
  "Wen",
  "Zeynep",
  "Marek",
  "Elodie",
  "Santiago",
  "Hannah",
  "Kwame",
  "Ingrid",
  "Pablo",
  "Aiko",
  "Bruno",
  "Margot",
  "Eitan",
  "Ylva",
  "Rosalind",
  "Thiago",
  "Ayesha",
  "Corentin",
  "Leandro",
  "Siobhan",
  "Björn",
];
export const LAST_NAMES = [
  "Schmidt",
  "Okafor",
  "Dubois",
  "García",
  "Kowalski",
  "Nakamura",
  "Rossi",
  "Johansson",
  "Patel",
  "Müller",
  "Fernández",
  "O'Brien",
  "Novak",
  "Haddad",
  "Lefèvre",
  "Van der Berg",
  "Moreau",
  "Ivanova",
  "Kim",
  "Brennan",
  "Hoffmann",
  "Silva",
  "Lindqvist",
  "Mensah",
  "Castillo",
  "Whitfield",
  "Abernathy",
  "Petrov",
  "Delacroix",
  "Yilmaz",
];

/** Names deliberately absent from the detectors' given-name list, to test the name heuristics. */
export const RARE_FIRST_NAMES = [
  "Oluwaseun",
  "Thandiwe",
  "Radomir",
  "Eero",
  "Saoirse",
  "Yerlan",
  "Tamar",
  "Mireille",
  "Bartosz",
  "Dagny",
  "Leocadia",
  "Caetano",
  "Ximena",
  "Zdeněk",
  "Aurelio",
  "Ottilie",
  "Kasimir",
  "Nnamdi",
  "Solveig",
  "Ignatius",
];

export function personName(rng: Rng): string {
  return `${rng.pick(rng.chance(0.5) ? RARE_FIRST_NAMES : FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
}

function ascii(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z]/g, "")
    .toLowerCase();
}

export function email(rng: Rng): string {
  const first = ascii(rng.pick(FIRST_NAMES));
  const last = ascii(rng.pick(LAST_NAMES));
  const local = rng.pick([`${first}.${last}`, `${first}${rng.int(1, 99)}`, `${first[0]}${last}`, `${last}.${first}`, `${first}_${last}`, `${first}+invoices`]);
  const domain = rng.pick([
    "gmail.com",
    "web.de",
    "orange.fr",
    "outlook.com",
    "yahoo.es",
    "gmx.at",
    "protonmail.com",
    "libero.it",
    "icloud.com",
    "mueller-bau.de",
    "northwind-logistics.co.uk",
    "clinique-saint-luc.fr",
    "acme-robotics.io",
    "uni-heidelberg.de",
    "telefonica.net",
    "hotmail.co.uk",
    "bluewin.ch",
    "ziggo.nl",
  ]);
  return `${local}@${domain}`;
}

const PHONE_COUNTRIES: CountryCode[] = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BE", "CH", "AT", "IN", "AU", "BR", "MX", "PL", "SE", "IE", "PT", "JP", "CA"];

/** A valid phone number (random digits on a country's example pattern) in a random written form. */
export function phone(rng: Rng): { value: string; country: CountryCode } {
  for (let attempt = 0; attempt < 50; attempt++) {
    const country = rng.pick(PHONE_COUNTRIES);
    const example = getExampleNumber(country, examples as never);
    if (!example) continue;
    const national = String(example.nationalNumber);
    const keep = Math.min(national.length - 4, 4);
    const candidate = national.slice(0, keep) + rng.digits(national.length - keep);
    const parsed = parsePhoneNumberFromString(candidate, country);
    if (!parsed?.isValid()) continue;
    if (country === "US" || country === "CA") if (/^\d{3}555/.test(candidate)) continue;
    const form = rng.int(0, 4);
    let value: string;
    if (form === 0) value = parsed.formatInternational();
    else if (form === 1) value = parsed.formatNational();
    else if (form === 2) value = parsed.number;
    else if (form === 3) value = parsed.formatInternational().replace(/ /g, "-");
    else value = parsed.formatInternational().replace(/^\+/, "00");
    return { value, country };
  }
  return { value: "+49 30 901820", country: "DE" };
}

const CARD_PREFIXES = ["4", "51", "52", "53", "54", "55", "2221", "2720", "34", "37", "6011", "65", "3528"];

export function paymentCard(rng: Rng, valid = true): string {
  const prefix = rng.pick(CARD_PREFIXES);
  const length = prefix === "34" || prefix === "37" ? 15 : 16;
  const payload = prefix + rng.digits(length - prefix.length - 1);
  let check = 0;
  while (!luhnValid(payload + check)) check++;
  if (!valid) check = (check + rng.int(1, 9)) % 10;
  const digits = payload + check;
  const style = rng.int(0, 3);
  if (length === 15) return style === 0 ? digits : `${digits.slice(0, 4)} ${digits.slice(4, 10)} ${digits.slice(10)}`;
  const groups = digits.match(/.{4}/g)!;
  return style === 0 ? digits : style === 1 ? groups.join(" ") : style === 2 ? groups.join("-") : groups.join(" ");
}

export function iban(rng: Rng, valid = true, grouped = rng.chance(0.7)): string {
  const bbans: Array<[string, () => string]> = [
    ["DE", () => rng.digits(18)],
    ["FR", () => rng.digits(10) + rng.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 11) + rng.digits(2)],
    ["ES", () => rng.digits(20)],
    ["IT", () => rng.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1) + rng.digits(10) + rng.chars("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ", 12)],
    ["NL", () => rng.pick(["ABNA", "INGB", "RABO", "TRIO"]) + rng.digits(10)],
    ["BE", () => rng.digits(12)],
    ["AT", () => rng.digits(16)],
    ["CH", () => rng.digits(17)],
    ["GB", () => rng.pick(["NWBK", "BARC", "HBUK", "LOYD"]) + rng.digits(14)],
    ["PL", () => rng.digits(24)],
    ["PT", () => rng.digits(21)],
    ["IE", () => rng.pick(["AIBK", "BOFI"]) + rng.digits(14)],
    ["LU", () => rng.digits(16)],
    ["FI", () => rng.digits(14)],
    ["SE", () => rng.digits(20)],
    ["DK", () => rng.digits(14)],
    ["GR", () => rng.digits(23)],
    ["CZ", () => rng.digits(20)],
  ];
  const [country, makeBban] = rng.pick(bbans);
  const bban = makeBban();
  let check = 98 - mod97(bban + country + "00");
  if (!valid) check = ((check + rng.int(1, 50)) % 97) + 2;
  const compact = country + String(check).padStart(2, "0") + bban;
  return grouped ? compact.match(/.{1,4}/g)!.join(" ") : compact;
}

export function ssn(rng: Rng, valid = true): string {
  if (!valid)
    return `${rng.pick(["000", "666", String(rng.int(900, 999))])}-${String(rng.int(1, 99)).padStart(2, "0")}-${String(rng.int(1, 9999)).padStart(4, "0")}`;
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  const separator = rng.pick(["-", "-", " "]);
  return [String(area).padStart(3, "0"), String(rng.int(1, 99)).padStart(2, "0"), String(rng.int(1, 9999)).padStart(4, "0")].join(separator);
}

export function aadhaar(rng: Rng): string {
  for (;;) {
    const payload = String(rng.int(2, 9)) + rng.digits(10);
    const digits = payload + verhoeffCheckDigit(payload);
    if (new Set(digits).size > 3) return `${digits.slice(0, 4)} ${digits.slice(4, 8)} ${digits.slice(8)}`;
  }
}

export function germanTaxId(rng: Rng): string {
  for (;;) {
    const digits = [rng.int(1, 9)];
    const pool = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((digit) => digit !== digits[0]);
    // nine distinct digits plus one repeat among the first ten
    while (digits.length < 9) {
      const index = rng.int(0, pool.length - 1);
      digits.push(pool.splice(index, 1)[0]!);
      if (pool.length === 0) break;
    }
    digits.splice(rng.int(1, digits.length), 0, digits[rng.int(0, digits.length - 1)]!);
    const payload = digits.slice(0, 10).join("");
    if (payload.length !== 10) continue;
    const value = payload + mod11_10CheckDigit(payload);
    const counts = new Map<string, number>();
    for (const char of payload) counts.set(char, (counts.get(char) ?? 0) + 1);
    if ([...counts.values()].filter((count) => count > 1).length === 1) return value;
  }
}

export function ukNino(rng: Rng): string {
  const first = "ABCEGHJKLMNOPRSTWXYZ";
  const second = "ABCEGHJKLMNPRSTWXYZ";
  for (;;) {
    const prefix = rng.chars(first, 1) + rng.chars(second, 1);
    if (/^(?:BG|GB|NK|KN|TN|NT|ZZ)$/.test(prefix)) continue;
    const digits = rng.digits(6);
    return rng.chance(0.5)
      ? `${prefix} ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)} ${rng.chars("ABCD", 1)}`
      : `${prefix}${digits}${rng.chars("ABCD", 1)}`;
  }
}

export function insee(rng: Rng): string {
  const body = `${rng.int(1, 2)}${String(rng.int(40, 99)).padStart(2, "0")}${String(rng.int(1, 12)).padStart(2, "0")}${String(rng.int(1, 95)).padStart(2, "0")}${rng.digits(3)}${rng.digits(3)}`;
  const key = String(97 - Number(BigInt(body) % 97n)).padStart(2, "0");
  return rng.chance(0.5) ? `${body[0]} ${body.slice(1, 3)} ${body.slice(3, 5)} ${body.slice(5, 7)} ${body.slice(7, 10)} ${body.slice(10)} ${key}` : body + key;
}

export function spanishDni(rng: Rng): string {
  const number = rng.digits(8);
  return number + "TRWAGMYFPDXBNJZSQVHLCKE"[Number(number) % 23];
}

export function passportNumber(rng: Rng): string {
  return rng.pick([
    () => rng.digits(9),
    () => rng.chars("CFGHJKLMNPRTVWXYZ", 1) + rng.chars("0123456789CFGHJKLMNPRTVWXYZ", 8),
    () => rng.digits(2) + rng.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + rng.digits(5),
    () => rng.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 3) + rng.digits(6),
    () => rng.chars("ABCDEFGHJKLMNPRSTUVWXYZ", 2) + rng.digits(7),
  ])();
}

export function publicIpv4(rng: Rng): string {
  for (;;) {
    const octets = [rng.int(11, 223), rng.int(0, 255), rng.int(0, 255), rng.int(1, 254)];
    const [a, b, c] = octets as [number, number, number];
    if (a === 127 || a === 169 || (a === 192 && b === 0 && c === 2) || (a === 198 && b === 51) || (a === 203 && b === 0 && c === 113)) continue;
    if (a === 192 && b === 168) continue;
    if (a === 172 && b >= 16 && b <= 31) continue;
    return octets.join(".");
  }
}

/**
 * A public cloud host address, drawn with the same random calls as privateIpv4 (so the rest of a
 * generated set does not move). Private ranges are infrastructure, not personal data: they are
 * hard negatives now (see README.md).
 */
export function cloudIpv4(rng: Rng): string {
  return rng.pick([
    `52.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(2, 254)}`,
    `81.169.${rng.int(0, 255)}.${rng.int(2, 254)}`,
    `34.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(2, 254)}`,
  ]);
}

export function privateIpv4(rng: Rng): string {
  return rng.pick([
    `10.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(2, 254)}`,
    `192.168.${rng.int(0, 255)}.${rng.int(2, 254)}`,
    `172.${rng.int(16, 31)}.${rng.int(0, 255)}.${rng.int(2, 254)}`,
  ]);
}

export function ipv6(rng: Rng): string {
  const groups = [rng.pick(["2a02", "2a01", "2600", "2607", "2001", "2804", "240e"]), ...Array.from({ length: 7 }, () => rng.chars(HEX, rng.int(1, 4)))];
  if (groups[0] === "2001" && groups[1] === "db8") groups[1] = "4860";
  return rng.chance(0.5) ? groups.join(":") : `${groups.slice(0, 4).join(":")}::${groups[7]}`;
}

export function apiKey(rng: Rng): { value: string; provider: string } {
  return rng.pick([
    () => ({ provider: "OpenAI", value: `sk-proj-${rng.chars(BASE62 + "_-", 48)}` }),
    () => ({ provider: "OpenAI", value: `sk-${rng.chars(BASE62, 20)}T3BlbkFJ${rng.chars(BASE62, 20)}` }),
    () => ({ provider: "Anthropic", value: `sk-ant-api03-${rng.chars(BASE62 + "_-", 93)}AA` }),
    () => ({ provider: "AWS", value: `AKIA${rng.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}` }),
    () => ({ provider: "GitHub", value: `ghp_${rng.chars(BASE62, 36)}` }),
    () => ({ provider: "GitHub", value: `github_pat_${rng.chars(BASE62, 22)}_${rng.chars(BASE62, 59)}` }),
    () => ({ provider: "Slack", value: `xoxb-${rng.digits(11)}-${rng.digits(13)}-${rng.chars(BASE62, 24)}` }),
    () => ({ provider: "Stripe", value: `sk_live_${rng.chars(BASE62, 24)}` }),
    () => ({ provider: "Stripe", value: `rk_live_${rng.chars(BASE62, 32)}` }),
    () => ({ provider: "Google", value: `AIza${rng.chars(BASE62 + "_-", 35)}` }),
    () => ({ provider: "Hugging Face", value: `hf_${rng.chars(BASE62, 34)}` }),
    () => ({ provider: "GitLab", value: `glpat-${rng.chars(BASE62 + "_-", 20)}` }),
    () => ({ provider: "npm", value: `npm_${rng.chars(BASE62, 36)}` }),
    () => ({ provider: "SendGrid", value: `SG.${rng.chars(BASE62 + "_-", 22)}.${rng.chars(BASE62 + "_-", 43)}` }),
    () => ({ provider: "Twilio", value: `SK${rng.chars(HEX, 32)}` }),
    () => ({ provider: "Groq", value: `gsk_${rng.chars(BASE62, 52)}` }),
  ])();
}

export function awsSecret(rng: Rng): string {
  return rng.chars(BASE62 + "/+", 40);
}

function base64Url(value: string): string {
  return Buffer.from(value).toString("base64url");
}

export function jwt(rng: Rng): string {
  const header = base64Url(JSON.stringify({ alg: rng.pick(["HS256", "RS256", "ES256"]), typ: "JWT" }));
  const payload = base64Url(
    JSON.stringify({ sub: rng.digits(8), email: email(rng), iat: 1_700_000_000 + rng.int(0, 9_999_999), role: rng.pick(["admin", "user"]) }),
  );
  return `${header}.${payload}.${rng.chars(BASE62 + "_-", 43)}`;
}

export function privateKey(rng: Rng): string {
  const kind = rng.pick(["RSA ", "", "EC ", "OPENSSH "]);
  const lines = Array.from({ length: rng.int(3, 6) }, () => rng.chars(BASE64, 64));
  return `-----BEGIN ${kind}PRIVATE KEY-----\n${lines.join("\n")}\n${rng.chars(BASE64, 20)}==\n-----END ${kind}PRIVATE KEY-----`;
}

export function password(rng: Rng): string {
  return rng.pick([
    () =>
      `${rng.pick(["Sommer", "Winter", "Soleil", "Gato", "Dragon", "Blue", "Maple", "Tiger", "Luna", "Falcon"])}${rng.int(1970, 2025)}${rng.pick(["!", "#", "$", "?", ""])}`,
    () => rng.chars(BASE62 + "!@#$%^&*", rng.int(10, 18)),
    () =>
      `${rng.pick(["correct", "purple", "silent", "rapid"])}-${rng.pick(["horse", "monkey", "river", "castle"])}-${rng.pick(["battery", "staple", "lamp", "cloud"])}-${rng.int(10, 99)}`,
    () => `${rng.chars("abcdefghijkmnopqrstuvwxyz", 5)}${rng.int(100, 999)}${rng.chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 2)}`,
  ])();
}

export function connectionString(rng: Rng): string {
  const user = rng.pick(["app", "admin", "svc_billing", "postgres", "root", "analytics", "deploy"]);
  const secret = password(rng).replace(/[@/:#?%]/g, "x");
  const host = rng.pick([
    "db.internal.acme-corp.io",
    "10.20.30.40",
    "prod-db-01.eu-west-1.rds.amazonaws.com",
    "cluster0.ab1cd.mongodb.net",
    "redis-12345.c1.us-east-1-2.ec2.cloud.redislabs.com",
    "mysql.hetzner-prod.lan",
  ]);
  return rng.pick([
    `postgresql://${user}:${secret}@${host}:5432/${rng.pick(["orders", "billing", "app"])}`,
    `mysql://${user}:${secret}@${host}:3306/shop`,
    `mongodb+srv://${user}:${secret}@${host}/?retryWrites=true&w=majority`,
    `redis://default:${secret}@${host}:6379/0`,
    `amqp://${user}:${secret}@${host}:5672/vhost`,
    `Server=${host};Database=Sales;User Id=${user};Password=${secret};`,
  ]);
}

export function accountNumber(rng: Rng): string {
  return rng.digits(rng.int(8, 12)).replace(/^0/, "4");
}

export function routingNumber(rng: Rng): string {
  for (;;) {
    const prefix = String(rng.pick([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31, 32, 61, 63, 71])).padStart(2, "0");
    const payload = prefix + rng.digits(6);
    const weights = [3, 7, 1, 3, 7, 1, 3, 7];
    let sum = 0;
    for (let index = 0; index < 8; index++) sum += Number(payload[index]) * weights[index]!;
    const check = (10 - (sum % 10)) % 10;
    return payload + check;
  }
}

export function medicalRecordNumber(rng: Rng): string {
  return rng.pick([
    () => rng.digits(8),
    () => `MRN-${rng.digits(7)}`,
    () => `${rng.chars("ABCDEFGHJK", 2)}${rng.digits(6)}`,
    () => `${rng.int(2015, 2025)}-${rng.digits(6)}`,
  ])();
}

export function birthDate(rng: Rng, language: string): string {
  const year = rng.int(1940, 2008);
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const pad = (value: number) => String(value).padStart(2, "0");
  const names: Record<string, string[]> = {
    en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    de: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    fr: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    es: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
  };
  const monthName = (names[language] ?? names.en!)[month - 1]!;
  return rng.pick([
    `${year}-${pad(month)}-${pad(day)}`,
    language === "en" ? `${pad(month)}/${pad(day)}/${year}` : `${pad(day)}.${pad(month)}.${year}`,
    language === "en"
      ? `${monthName} ${day}, ${year}`
      : language === "de"
        ? `${day}. ${monthName} ${year}`
        : language === "es"
          ? `${day} de ${monthName} de ${year}`
          : `${day} ${monthName} ${year}`,
    `${pad(day)}/${pad(month)}/${year}`,
  ]);
}

export function streetAddress(rng: Rng, language: string): string {
  const number = rng.int(1, 2400);
  switch (language) {
    case "de":
      return `${rng.pick(["Lindenstraße", "Goethestr.", "Am Mühlbach", "Bahnhofstraße", "Schillerweg", "Kastanienallee", "Marktplatz"])} ${rng.int(1, 120)}${rng.pick(["", "a", "b"])}, ${rng.int(10000, 99999)} ${rng.pick(["Berlin", "München", "Köln", "Leipzig", "Freiburg im Breisgau"])}`.replace(
        "Am Mühlbach",
        "Mühlbachweg",
      );
    case "fr":
      return `${rng.int(1, 180)} ${rng.pick(["rue des Lilas", "avenue Victor Hugo", "boulevard Voltaire", "rue de la République", "chemin des Vignes", "place Bellecour"])}, ${rng.int(10000, 95999)} ${rng.pick(["Lyon", "Paris", "Nantes", "Toulouse", "Lille"])}`;
    case "es":
      return `${rng.pick(["Calle de Alcalá", "Avenida de la Constitución", "Calle Mayor", "Paseo de Gracia", "Calle Sierpes", "Carrer de Balmes"])} ${rng.int(1, 200)}, ${rng.int(10000, 52999)} ${rng.pick(["Madrid", "Sevilla", "Barcelona", "Valencia"])}`;
    case "it":
      return `${rng.pick(["Via Roma", "Via Garibaldi", "Corso Vittorio Emanuele", "Piazza Navona"])} ${rng.int(1, 150)}, ${rng.int(10000, 98999)} ${rng.pick(["Milano", "Torino", "Bologna"])}`;
    default:
      return rng.pick([
        `${number} ${rng.pick(["Maple", "Oak Ridge", "Sunset", "Willow Creek", "Elm", "Harbor View", "Cedar"])} ${rng.pick(["Street", "Avenue", "Road", "Drive", "Lane", "Blvd", "Ct"])}${rng.pick(["", ", Apt 4B", ", Suite 210"])}, ${rng.pick(["Springfield, IL 62704", "Austin, TX 78701", "Portland, OR 97205", "Columbus, OH 43215"])}`,
        `${rng.int(1, 220)} ${rng.pick(["High Street", "Church Road", "Victoria Road", "Kingsway", "Station Road"])}, ${rng.pick(["Leeds LS1 4AP", "Bristol BS1 5TR", "Manchester M1 1AE"])}`,
      ]);
  }
}

export const HEALTH_CONDITIONS: Record<string, string[]> = {
  en: [
    "type 2 diabetes",
    "breast cancer",
    "HIV",
    "bipolar disorder",
    "epilepsy",
    "depression",
    "multiple sclerosis",
    "schizophrenia",
    "Crohn's disease",
    "early-onset Alzheimer's",
    "leukemia",
    "PTSD",
  ],
  de: ["Diabetes", "Brustkrebs", "Depressionen", "Epilepsie", "Multiple Sklerose", "Schizophrenie", "Leukämie", "Parkinson"],
  fr: ["diabète", "cancer du sein", "dépression", "épilepsie", "sclérose en plaques", "leucémie", "VIH", "schizophrénie"],
  es: ["diabetes", "cáncer de mama", "depresión", "epilepsia", "esclerosis múltiple", "leucemia", "VIH", "esquizofrenia"],
};
