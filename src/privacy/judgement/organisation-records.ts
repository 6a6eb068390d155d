/**
 * A phone or address in an organisation's own record (issue #15, session 49, dev-81), as contact exports write it:
 * - a vCard whose block has an `ORG` property and names no person — no `FN` or `N` property with a name, or an `FN`
 *   that repeats the organisation, or `KIND:org` (vCard 4.0) or Apple's `X-ABShowAs:COMPANY`: a shop's, hotel's,
 *   embassy's or hospital switchboard's card;
 * - a delimited row (comma, semicolon, tab) under a header that names an organisation column (Account Name, Company,
 *   Organization, Shipping Company, Location, Business Name, Empresa …) and no person column (`fieldKind` "person":
 *   Name, First Name (Billing), Shipping Name, Contact …): a CRM's account list or a shop's location list. A prose
 *   lead-in before the header on its line ("Salesforce export: Account Name,Phone,…") is read past its last ": ".
 *   With a person column too, the row is the organisation's when its person cells name nobody ("Accounts desk",
 *   "Reception") and its organisation cell is filled.
 * The block is read at most 2,000 characters each way from the value, the header at most 20 lines and 2,000 characters
 * above the value's line; a line longer than 400 characters is no table row.
 */
import { fieldKind, normalizeFieldName } from "../structured/field-names.js";
import { isPersonName } from "../detectors/people-names.js";
import { GIVEN_NAMES } from "../detectors/lexicon.js";

const MAX_READ = 2000;
const MAX_LINES = 20;
const MAX_ROW = 400;

/** Header cells (normalised field names) that name an organisation, whole cells. */
const ORGANISATION_COLUMNS: ReadonlySet<string> = new Set([
  "account",
  "accountname",
  "company",
  "companyname",
  "organization",
  "organisation",
  "organizationname",
  "organisationname",
  "organization1name",
  "shippingcompany",
  "billingcompany",
  "business",
  "businessname",
  "location",
  "locationname",
  "store",
  "storename",
  "shop",
  "shopname",
  "branch",
  "office",
  "institution",
  "firma",
  "firmenname",
  "unternehmen",
  "empresa",
  "razonsocial",
  "entreprise",
  "societe",
  "raisonsociale",
  "azienda",
  "ragionesociale",
  "nazwa",
  "nazwafirmy",
  "bedrijf",
  "bedrijfsnaam",
  "perusahaan",
  "congty",
  "tencongty",
]);

/** Header cells naming whom a row is delivered to or kept for: a person column too ("shop,recipient,street"). */
const RECIPIENT_COLUMNS: ReadonlySet<string> = new Set([
  "recipient",
  "recipientname",
  "receiver",
  "consignee",
  "addressee",
  "customer",
  "client",
  "contact",
  "contactname",
  "shipto",
  "deliverto",
  "destinatario",
  "destinatário",
  "empfanger",
  "odbiorca",
  "penerima",
]);

const VCARD_BEGIN = /begin:vcard/gi;
const VCARD_END = /end:vcard/i;
/** A vCard property line's name and value (a line break, or a JSON-escaped `\n`, before it). */
const VCARD_PROPERTY = /(?:^|\n|\\n)[ \t]*(org|fn|n|kind|x-abshowas)(?:;[^:\n]{0,80})?:([^\n\\]{0,200})/gi;
const ORGANISATION_KIND = /^\s*(?:org|organization|group|location)\b/i;
const SHOW_AS_COMPANY = /^\s*company\b/i;
const LETTER = /\p{L}/u;

/** True when the value at `start` is inside a vCard block that describes an organisation, not a person. */
export function inOrganisationVcard(text: string, start: number): boolean {
  // Searched within the window only (a search back to the text's start for each value of a long text was quadratic).
  const from = Math.max(0, start - MAX_READ);
  let head = -1;
  VCARD_BEGIN.lastIndex = 0;
  const before = text.slice(from, start);
  for (let found = VCARD_BEGIN.exec(before); found !== null; found = VCARD_BEGIN.exec(before)) head = found.index;
  if (head < 0) return false;
  const begin = from + head;
  const windowEnd = Math.min(text.length, start + MAX_READ);
  const close = VCARD_END.exec(text.slice(begin, windowEnd));
  const endBefore = close === null ? -1 : begin + close.index;
  if (endBefore >= 0 && endBefore < start) return false;
  const block = text.slice(begin, endBefore < 0 ? windowEnd : endBefore);
  let organisation: string | undefined;
  let person: string | undefined;
  let declaredOrganisation = false;
  for (const match of block.matchAll(VCARD_PROPERTY)) {
    const name = match[1]!.toLowerCase();
    const value = match[2]!.trim();
    if (name === "org") organisation ??= value.split(";")[0]!.trim();
    else if (name === "kind" || name === "x-abshowas") declaredOrganisation ||= ORGANISATION_KIND.test(value) || SHOW_AS_COMPANY.test(value);
    else if (LETTER.test(value) && !SERVICE_NAME.test(value)) person ??= name === "n" ? value.replaceAll(";", " ").trim() : value;
  }
  if (declaredOrganisation) return true;
  if (organisation === undefined || organisation.length === 0) return false;
  return person === undefined || person === organisation;
}

/**
 * A card's or row's name that is a service desk, not a person ("Customer Service", "Front Desk", "Kundenservice",
 * "Service client", "Atención al cliente", "受付"): a desk or service word, perhaps after a customer word, and nothing else.
 */
const SERVICE_NAME =
  /^\s*(?:(?:customer|client|guest|member|patient)s?\s)?(?:service|services|care|support|sales|reception|front desk|help ?desk|info(?:rmation)?|enquiries|inquiries|bookings?|reservations?|accounts|office|switchboard|orders|kundenservice|kundendienst|empfang|zentrale|service client|accueil|standard|atención al cliente|recepción|centralita|atendimento(?: ao cliente)?|recepção|servizio clienti|centralino|klantenservice|receptie|obsługa klienta|recepcja|layanan pelanggan|resepsionis|chăm sóc khách hàng|lễ tân|受付|代表|お客様窓口)\s*$/iu;

const ROW_DELIMITERS = [",", ";", "\t"];
const OUTER_QUOTES = /^"|"$/g;

/** True when the value at `start` is in a delimited row whose header names an organisation column and no person column. */
export function inOrganisationRow(text: string, start: number): boolean {
  // The line break before the value and the one after it, each within MAX_ROW characters (found by bounded loops:
  // no slice of the text around every phone and address).
  const from = Math.max(0, start - MAX_ROW);
  let lineBreak = start - 1;
  while (lineBreak >= from && text.charCodeAt(lineBreak) !== 10) lineBreak--;
  if (lineBreak < from) return false;
  const lineStart = lineBreak + 1;
  const limit = Math.min(text.length, start + MAX_ROW);
  let lineEnd = start;
  while (lineEnd < limit && text.charCodeAt(lineEnd) !== 10) lineEnd++;
  const row = text.slice(lineStart, lineEnd);
  // Each delimiter the row holds is tried: a semicolon row may hold a comma inside an address cell.
  for (const delimiter of ROW_DELIMITERS) if (row.includes(delimiter) && organisationRowWith(text, row, lineStart, delimiter)) return true;
  return false;
}

/** `inOrganisationRow` for one delimiter: the header above the row (at most 20 lines), its columns and the row's cells. */
function organisationRowWith(text: string, row: string, lineStart: number, delimiter: string): boolean {
  // The lines above the row, nearest first, within MAX_READ characters (a first line cut by the floor is no whole line):
  // the highest of those that run on without a break, each holding the delimiter, is the header. Walked in place.
  const floor = Math.max(0, lineStart - MAX_READ);
  const code = delimiter.charCodeAt(0);
  let headerStart = -1;
  let headerEnd = -1;
  for (let end = lineStart - 1, lines = 0; lines < MAX_LINES; lines++) {
    let begin = end;
    while (begin > floor && text.charCodeAt(begin - 1) !== 10) begin--;
    if (begin === floor && floor > 0) break;
    if (end - begin > MAX_ROW) break;
    let holds = false;
    for (let index = begin; index < end && !holds; index++) holds = text.charCodeAt(index) === code;
    if (!holds) break;
    headerStart = begin;
    headerEnd = end;
    if (begin === floor) break;
    end = begin - 1;
  }
  if (headerStart < 0) return false;
  const header = text.slice(headerStart, headerEnd);
  const lead = header.lastIndexOf(": ");
  const cells = (lead >= 0 ? header.slice(lead + 2) : header)
    .split(delimiter)
    .map((cell) => cell.trim().replace(OUTER_QUOTES, ""))
    .filter((cell) => cell.length > 0);
  const organisationColumn = cells.findIndex((cell) => ORGANISATION_COLUMNS.has(normalizeFieldName(cell)));
  if (organisationColumn < 0) return false;
  const personColumns = cells.flatMap((cell, index) => (fieldKind(cell) === "person" || RECIPIENT_COLUMNS.has(normalizeFieldName(cell)) ? [index] : []));
  if (personColumns.length === 0) return true;
  // A person column whose cell in this row names no person ("Accounts desk", "Reception") beside a filled organisation
  // cell: the organisation's own line (a contact list's supplier row).
  const values = rowCells(row, delimiter);
  if (values.length !== cells.length || (values[organisationColumn] ?? "").length === 0) return false;
  return personColumns.every((index) => !nameLike(values[index]!));
}

/** Two to four capitalised words, or a word of a script without case: may be a name ("Accounts desk", "Reception" are none). */
const CAPITALISED_NAME = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}$/u;
const UNCASED_START = /^\p{Lo}/u;
const nameLike = (value: string) => (CAPITALISED_NAME.test(value) || UNCASED_START.test(value)) && !SERVICE_NAME.test(value);

/** The cells of a delimited row, honouring double quotes (unquoted, trimmed). */
function rowCells(row: string, delimiter: string): string[] {
  const values: string[] = [];
  let current = "";
  let quoted = false;
  for (const character of row) {
    if (character === '"') quoted = !quoted;
    else if (character === delimiter && !quoted) {
      values.push(current.trim());
      current = "";
    } else current += character;
  }
  values.push(current.trim());
  return values;
}

/** How far a place listing's braces are looked for on each side of the value. */
const MAX_OBJECT = 600;

/**
 * Keys (normalised field names) that only a place's or a business's listing carries: a maps or places API's rating,
 * price level and opening hours, a hotel's front desk and nightly rate, a museum's admission fee, a bank branch's SWIFT
 * code, a hotel's, bank's, branch's or shop's name. Not "company" or "location": a person's record holds their employer
 * and town too.
 */
const LISTING_KEYS: ReadonlySet<string> = new Set([
  "hotel",
  "hotelname",
  "businessname",
  "storename",
  "shopname",
  "branch",
  "branchname",
  "bank",
  "restaurant",
  "museum",
  "rating",
  "pricelevel",
  "placeid",
  "openinghours",
  "formattedphonenumber",
  "internationalphonenumber",
  "userratingstotal",
  "swift",
  "bic",
  "frontdesk",
  "admission",
  "entrancefee",
  "entrada",
  "biglietto",
  "eintritt",
  "oeffnungszeiten",
  "offnungszeiten",
  "horaires",
  "horario",
  "orari",
  "precomedio",
  "prixnuit",
  "pricepernight",
  "ratepernight",
  "rateeur",
  "rateusd",
]);
/** The same keys in Japanese, Chinese and Korean (normalised names keep no CJK letters). */
const CJK_LISTING_KEY = /^(?:入館料|入場料|営業時間|開館時間|評価|入场费|门票|营业时间|开放时间|评分|입장료|영업시간|운영시간|평점)$/u;
/** Generic name keys a listing uses for the place's own name: no evidence of a person by themselves. */
const NAME_KEYS: ReadonlySet<string> = new Set(["name", "nome", "nombre", "nom", "naam", "fullname"]);
/** Keys naming a private person a listing-like record belongs to (a ride's driver, a rental's host, a seller). */
const PERSON_ROLE_KEYS: ReadonlySet<string> = new Set([
  "driver",
  "drivername",
  "host",
  "hostname",
  "owner",
  "ownername",
  "courier",
  "rider",
  "seller",
  "sellername",
  "landlord",
  "caregiver",
  "nanny",
  "tutor",
  "sitter",
]);
/** A home's or a private line's key (`home`, `home_address`, `private_phone`, `personal_mobile`): a person's record (s52-review). */
const PRIVATE_KEY = /^(?:home|private|personal|privat|domicile)/;
const SPACES = /\s+/;
const OBJECT_KEY = /["']([^"'\n{}]{1,40})["'][ \t]*:[ \t]*(?:["']([^"'\n]{0,80}))?/gu;

/**
 * True when the value at `start` sits in a JSON or dict object, on one stretch without nested braces around it, that is
 * a place's listing (session 52, dev-90): a key only listings carry (LISTING_KEYS, CJK_LISTING_KEY) and no key that names
 * a person or a recipient (a customer, holder, guest, passenger, driver or host: the record is then someone's), and no
 * value that is a person's name. A tool's result for a
 * café, a hotel, a museum or a bank branch — `{"name": "Blue Bottle Coffee", "formatted_address": "66 Mint St …",
 * "formatted_phone_number": "…", "rating": 4.5}` — gives the place's own address and phone.
 */
export function inPlaceListing(text: string, start: number): boolean {
  const floor = Math.max(0, start - MAX_OBJECT);
  let open = start - 1;
  while (open >= floor && text.charCodeAt(open) !== 123 && text.charCodeAt(open) !== 125) open--;
  if (open < floor || text.charCodeAt(open) !== 123) return false;
  const limit = Math.min(text.length, start + MAX_OBJECT);
  let close = start;
  while (close < limit && text.charCodeAt(close) !== 125 && text.charCodeAt(close) !== 123) close++;
  if (close >= limit || text.charCodeAt(close) !== 125) return false;
  let listing = false;
  let worker = false;
  const object = text.slice(open + 1, close);
  for (const match of object.matchAll(OBJECT_KEY)) {
    const key = match[1]!;
    const normalised = normalizeFieldName(key);
    if (RECIPIENT_COLUMNS.has(normalised) || PERSON_ROLE_KEYS.has(normalised) || PRIVATE_KEY.test(normalised)) return false;
    if (fieldKind(key) === "person" && !NAME_KEYS.has(normalised)) return false;
    // Any value that is a person's name ("name": "Tom Hale", "host": "Marisol Vega" beside a rating): the record is theirs.
    if (personNameValue(match[2] ?? "")) return false;
    // A worker's profile (session 53): a role that is a person's trade ("role": "cleaner"), or a user handle for a name.
    worker ||= workerRecordField(normalised, match[2] ?? "");
    listing ||= LISTING_KEYS.has(normalised) || CJK_LISTING_KEY.test(key);
  }
  return listing && !(worker && !BUSINESS_WORD.test(object));
}

/** Keys giving a record's occupation, and the trades people offer in their own name (a platform's cleaner, tutor, sitter). */
const ROLE_KEYS: ReadonlySet<string> = new Set(["role", "occupation", "job", "jobtitle", "profession", "trade", "beruf", "metier", "profesion", "professione"]);
const PERSON_TRADE =
  /^(?:freelance |self-employed |private |personal )?(?:cleaner|house ?keeper|plumber|electrician|handyman|gardener|babysitter|baby-sitter|nanny|au pair|tutor|dog ?walker|pet ?sitter|house ?sitter|carer|caregiver|care worker|driver|courier|painter|decorator|carpenter|mechanic|locksmith|personal trainer|trainer|coach|therapist|masseu(?:r|se)|hairdresser|barber|photographer|translator|interpreter|nurse|midwife|physiotherapist|reinigungskraft|putzfrau|putzhilfe|handwerker|klempner|elektriker|babysitterin|nachhilfelehrer(?:in)?|femme de ménage|plombier|électricien|nounou|jardinier|limpiador(?:a)?|fontanero|electricista|niñera|canguro|jardinero|colf|idraulico|elettricista|tata)s?$/i;
/** A platform's user handle ("lars.n", "kdavis_88"): a lower-case name joined with a dot, underscore or digits, no place's name. */
/** A firm's legal form or trade word in the record ("Sparkle Cleaning ApS"): the trade is the firm's, not a person's. */
const BUSINESS_WORD =
  /(?<![\p{L}])(?:ltd|llc|inc|gmbh|ug|aps|a\/s|ab|as|bv|b\.v\.|sarl|sas|s\.l\.|s\.a\.|srl|s\.r\.l\.|plc|company|co\.|services?|cleaning|plumbing|agency|team|group)(?![\p{L}])/iu;
const USER_HANDLE = /^[a-z][a-z]{1,20}[._][a-z0-9]{1,20}$/;

function workerRecordField(key: string, value: string): boolean {
  const trimmed = value.trim();
  if (ROLE_KEYS.has(key)) return PERSON_TRADE.test(trimmed);
  return NAME_KEYS.has(key) && USER_HANDLE.test(trimmed);
}

/**
 * Two to four capitalised words, a known name last and first — a given name of the lexicon first when there are more than
 * two words ("Jane Roe", "Tom Hale", "Marisol Vega"; not "Blue Bottle Coffee", whose words the name list also holds).
 */
function personNameValue(value: string): boolean {
  const trimmed = value.trim();
  if (!CAPITALISED_NAME.test(trimmed)) return false;
  const words = trimmed.split(SPACES);
  const first = words[0]!;
  if (!isPersonName(words[words.length - 1]!)) return false;
  return GIVEN_NAMES.has(first.toLowerCase()) || (words.length === 2 && isPersonName(first));
}
