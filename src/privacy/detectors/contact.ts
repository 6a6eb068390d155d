/**
 * Email addresses and phone numbers.
 *
 * Email: our own linear scan outward from each "@" (a single regex with a greedy local part is
 * quadratic on long inputs without "@"), then a domain check. Documentation domains (RFC 2606 /
 * RFC 6761: example.com/.net/.org, *.example, *.test, *.invalid, *.localhost) and placeholder
 * mailboxes (you@yourcompany.com, name@domain.com) are not reported.
 *
 * Phone: candidates come from a bounded regex; each is parsed and validated with libphonenumber-js
 * (Google's metadata, "max" build). International numbers (+CC or 00CC) must be valid; national
 * numbers need a phone keyword nearby (tel, phone, Telefon, téléphone, teléfono ...) or a typical
 * written form (e.g. (415) 555-2671), and must be valid for one of the common countries tried.
 * The NANP fictional range 555-0100..0199 is treated like a documentation range.
 */
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";
import { LOCAL_PHONE_KEYWORDS, businessLineType, localMobileForm, phoneRegionHints } from "./phone-regions.js";
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { keywordAround, keywordBefore } from "../context.js";
import { isPersonName } from "./people-names.js";
import { forEachMatchSpanNearDigitRunStarts } from "../digit-runs.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const RUN_EMAILS_PATTERN_1 = /[.'`|{}=?^~!#$&*-]/;
const RUN_EMAILS_PATTERN_2 = /[.-]/;
const RUN_EMAILS_PATTERN_3 = /^\d+(?:\.\d+)+$/;
const RUN_EMAILS_PATTERN_4 = /^(?:types|angular|babel|vue|nestjs|aws-sdk|langchain|scope)$/;
/**
 * An SSH or scp target rather than a mailbox (session 53, dev-93): the host followed by `:` and a path holding a `/` or a
 * `.git` (`git@github.com:acme/api.git`, `deploy@host.lan:~/app/`); a Google Cloud service account
 * (`etl@project.iam.gserviceaccount.com`), a machine's identity; and a URL's `password@host` after `scheme://user:`.
 */
const SCP_PATH_AFTER = /^:[\w~.-]{0,200}(?:\/|\.git(?![\w-]))/;
const SERVICE_ACCOUNT_DOMAIN = /(?:^|\.)gserviceaccount\.com$/i;
/**
 * `scheme://user:` right before the local part (read back by hand, at most 90 characters): a URL's password and host
 * (`postgresql://app:secret@db.lan/x`), no mailbox.
 */
function urlUserinfo(text: string, start: number): boolean {
  if (text[start - 1] !== ":") return false;
  let index = start - 2;
  while (index >= 0 && start - index < 90 && !USERINFO_STOP.test(text[index]!)) index--;
  return index >= 2 && text[index] === "/" && text[index - 1] === "/" && text[index - 2] === ":";
}

const USERINFO_STOP = /[\s/@:]/;
const RUN_OBFUSCATED_EMAILS_PATTERN_1 = /[[({<]/;
const RUN_OBFUSCATED_EMAILS_PATTERN_2 = /dot|DOT|[[({<]/;
const FICTIONAL_PATTERN_1 = /^\d{3}55501\d\d$/;
const FICTIONAL_PATTERN_2 = /^(\d)\1+$/;
const FICTIONAL_PATTERN_3 = /^0?123456789\d?$/;
/** A date, also with a space after each dot as Czech, Slovak, German and Hungarian write it (`12. 3. 1985`, `1984. 06. 21.`). */
const LOOKS_LIKE_DATE_OR_VERSION_PATTERN_1 = /^\d{1,4}(?:[./-]|\. )\d{1,2}(?:[./-]|\. )\d{1,4}\.?$/;
const LOOKS_LIKE_DATE_OR_VERSION_PATTERN_2 = /^\d{4}\s*[-–]\s*\d{4}$/;
const LOOKS_LIKE_DATE_OR_VERSION_PATTERN_3 = /^\d+(?:\.\d+){2,}$/;
const LOOKS_LIKE_DATE_OR_VERSION_PATTERN_4 = /^\d{2,4}\.\d{2,4}\.\d{2,4}$/;
const LOOKS_LIKE_DATE_OR_VERSION_PATTERN_5 = /^\d{1,2}:\d{2}/;
const STRONG_NATIONAL_FORM_PATTERN_1 = /^\(\d{2,5}\)\s?\d{2,4}[\s.-]?\d{2,5}$/;
const PARSE_INTERNATIONAL_PATTERN_1 = /^\(\+?([^)]*)\)/;
const PARSE_INTERNATIONAL_PATTERN_2 = /^00/;
const PARSE_INTERNATIONAL_PATTERN_3 = /^\+?\(\+?/;
const PARSE_INTERNATIONAL_PATTERN_4 = /[\u00a0\u2011\u2013]/g;
const PARSE_NATIONAL_PATTERN_1 = /^\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}$/;
const RUN_PHONES_PATTERN_1 = /(?:\biban\b[^\n]{0,16}|\b[A-Z]{2}\d{2}\s?)$/i;
const RUN_PHONES_PATTERN_2 = /^(?:1?\d{3})?55501\d\d$/;

const LOCAL_CHAR = /[\p{L}\p{N}._%+\-']/u;
const DOMAIN_CHAR = /[\p{L}\p{N}.-]/u;
const DOMAIN_SHAPE = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:[\p{L}]{2,24}|xn--[a-z0-9-]{2,20})$/u;

const DOCUMENTATION_DOMAIN =
  /(?:^|\.)(?:example\.(?:com|net|org|edu|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})|example|test|invalid|localhost|local|domain\.(?:com|tld)|yourdomain\.[a-z]+|your-domain\.[a-z]+|yourcompany\.[a-z]+|your-company\.[a-z]+|company\.tld|email\.tld|acme\.example|(?:beispiel|ejemplo|exemple|esempio|exemplo|voorbeeld|przyklad|ornek|örnek|primer|contoh|exempel)\.[a-z]{2,6}(?:\.[a-z]{2})?)$/i;
const PLACEHOLDER_LOCAL =
  /^(?:you|your[._-]?(?:email|name|mail|address)?|email|e-mail|user(?:name)?|name|someone|somebody|foo|bar|me|x+|abc|test|noreply|no-reply|donotreply|do-not-reply|first(?:name)?[._]?last(?:name)?|firstname|vorname[._]nachname|prenom[._]nom|nombre[._]apellido)$/i;

/** A documentation domain (example.com, *.test …) or a placeholder local part (you, your.email, test …): nobody's address. */
export function isPlaceholderAddress(local: string, domain: string): boolean {
  return DOCUMENTATION_DOMAIN.test(domain) || PLACEHOLDER_LOCAL.test(local);
}

/** ASCII letters and digits, by char code (the address scan reads one character at a time). */
const isAsciiAlphanumeric = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** LOCAL_CHAR's answer without a regex for ASCII (most characters); the pattern for the rest. */
function isLocalChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return isAsciiAlphanumeric(code) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45 || code === 39; // . _ % + - '
  return LOCAL_CHAR.test(text[index]!);
}
/** DOMAIN_CHAR's answer, likewise. */
function isDomainChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return isAsciiAlphanumeric(code) || code === 46 || code === 45; // . -
  return DOMAIN_CHAR.test(text[index]!);
}

const LOCAL_ALPHANUMERIC = /[\p{L}\p{N}]/u;
function runEmails(text: string, emit: Emit): void {
  let at = text.indexOf("@");
  let scannedUntil = 0;
  while (at >= 0) {
    let start = at;
    while (start > scannedUntil && at - start < 64 && isLocalChar(text, start - 1)) start--;
    while (start < at && RUN_EMAILS_PATTERN_1.test(text[start]!)) start++;
    let end = at + 1;
    while (end < text.length && end - at < 256 && isDomainChar(text, end)) end++;
    while (end > at + 1 && RUN_EMAILS_PATTERN_2.test(text[end - 1]!)) end--;
    const local = text.slice(start, at);
    const domain = text.slice(at + 1, end);
    const next = text.indexOf("@", at + 1);
    // A local part of signs alone (`+'@pinc.uk'` in code that builds addresses) names no mailbox.
    if (LOCAL_ALPHANUMERIC.test(local) && !local.startsWith(".") && !local.includes("..") && DOMAIN_SHAPE.test(domain) && !RUN_EMAILS_PATTERN_3.test(domain)) {
      // `@` in a URL path (medium.com/@user) or a package scope is not an address.
      const before = text[start - 1];
      const urlPath = before === "/" || text.slice(Math.max(0, start - 3), start) === "://" || RUN_EMAILS_PATTERN_4.test(local);
      const machine = SERVICE_ACCOUNT_DOMAIN.test(domain) || (text[end] === ":" && SCP_PATH_AFTER.test(text.slice(end, end + 202))) || urlUserinfo(text, start);
      if (!urlPath && !machine && !DOCUMENTATION_DOMAIN.test(domain) && !PLACEHOLDER_LOCAL.test(local)) {
        emit("email", start, end, "email", PRIORITY.structured + 5);
        scannedUntil = end;
      }
    }
    at = next;
  }
}

/**
 * Obfuscated addresses: "jane.doe [at] gmail [dot] com", "jane (at) web.de", "jane at gmail dot com".
 * Anchored on the "at" marker (a cheap search), then checked on both sides.
 */
const AT_MARKER = /\s(?:at|AT)\s|\s?(?:\[at\]|\(at\)|\{at\}|<at>|\[@\]|\(@\))\s?/g;
const OBFUSCATED_DOMAIN =
  /\s*([\p{L}\p{N}-]{2,63}(?:\s*(?:\[dot\]|\(dot\)|\{dot\}|<dot>|\s(?:dot|DOT)\s|\.)\s*[\p{L}\p{N}-]{2,63}){0,2}?)\s*(\[dot\]|\(dot\)|\{dot\}|<dot>|\s(?:dot|DOT)\s|\.)\s*(com|org|net|edu|gov|io|co|de|fr|es|it|nl|uk|ch|at|be|pl|pt|se|info|biz|me|eu)(?![\p{L}\p{N}])/uy;
const OBFUSCATED_LOCAL = /[\p{L}\p{N}._%+-]/u;
/** A dot written as a word at the end of a text: " dot ", "[dot]", "(dot)" … */
const LOCAL_DOT_BEFORE = /(?:\s(?:dot|DOT)\s|\s?(?:\[dot\]|\(dot\)|\{dot\}|<dot>)\s?)$/;

function runObfuscatedEmails(text: string, emit: Emit): void {
  AT_MARKER.lastIndex = 0;
  for (let marker = AT_MARKER.exec(text); marker !== null; marker = AT_MARKER.exec(text)) {
    const bracketedAt = RUN_OBFUSCATED_EMAILS_PATTERN_1.test(marker[0]);
    let start = marker.index;
    while (start > 0 && marker.index - start < 64 && OBFUSCATED_LOCAL.test(text[start - 1]!)) start--;
    // A local part with its dots written as words ("jane dot roe at acme-mail dot de", session 39): the whole of it, or
    // redaction leaves "jane dot " in the clear. At most 64 characters back from the marker.
    for (let dot = LOCAL_DOT_BEFORE.exec(text.slice(Math.max(0, start - 8), start)); dot !== null;) {
      let before = start - dot[0].length;
      const wordEnd = before;
      while (before > 0 && marker.index - before < 64 && OBFUSCATED_LOCAL.test(text[before - 1]!)) before--;
      if (before === wordEnd) break;
      start = before;
      dot = LOCAL_DOT_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
    }
    const local = text.slice(start, marker.index);
    if (local.length < 2 || PLACEHOLDER_LOCAL.test(local)) continue;
    OBFUSCATED_DOMAIN.lastIndex = marker.index + marker[0].length;
    const domain = OBFUSCATED_DOMAIN.exec(text);
    if (!domain) continue;
    const wordDot = RUN_OBFUSCATED_EMAILS_PATTERN_2.test(domain[2]!);
    if (!bracketedAt && !wordDot) continue; // "look at google.com" is not an address
    const end = domain.index + domain[0].length;
    emit("email", start, end, "email-obfuscated", PRIORITY.structured);
    AT_MARKER.lastIndex = end;
  }
}

// A colon right before the number is allowed after a non-Latin word ("携帯番号：090-…" once NFKC made "：" ":").
const PHONE_CANDIDATE =
  /(?<![\p{L}\p{N}_+@/#=.-])(?<![\p{N}\p{Script=Latin}_+@/#=.:-]:)(?:\+|00)?\(?\+?\d[\d ()./\u00a0\u2011\u2013-]{4,24}\d(?![\p{L}\p{N}_@]|[.,:/-]\d)/gu;

/**
 * Words that make a number near them a phone number. Session 54 review (dev-99): Italian, French and Spanish (re)contact
 * and call-back verbs too ("la ricontatteremo al numero …", "nous vous rappellerons au …").
 */
const PHONE_KEYWORDS =
  /(?<![\p{L}])(?:tel|tél|phone(?:[_ -]?(?:numbers?|no))?|phonenumbers?|phoneNumber|ph|telephone|mobile|mob|cell(?:phone)?|call(?:ed|ing)?|ring|text|sms|whats ?app|signal|fax|hotline|reach|dial|telefon\p{L}*|handy|mobil\p{L}*|rufnummer|anruf\p{L}*|erreichbar|téléphon\p{L}*|portable|appel\p{L}*|joindre|tel[ée]fono|m[óo]vil|fijo|celular|ll[áa]m\p{L}*|cellulare|chiam\p{L}*|richiam\p{L}*|contatt\p{L}*|ricontatt\p{L}*|rappel\p{L}*|recontact\p{L}*|contactar\p{L}*|fisso|telefoon|bellen|tlf|puhelin|telefone|telem[óo]vel|contato|contacto|kontakt|numero di telefono|número de teléfono|numéro de téléphone|liga(?:r)? (?:para|pra)|me liga|ligou|liga-(?:me|lhe|nos)|ligue-(?:me|lhe|nos)|ligar-(?:me|lhe|nos)|(?:no|pelo|meu|seu|teu) (?:zap|zapzap)|wpp|फ़ोन|फोन|मोबाइल|نمبر|هاتف|جوال|رقم الهاتف|手机|手機|携帯|휴대폰|연락처|телефон\p{L}*|тел|моб\p{L}*|сотов\p{L}*|позвон\p{L}*|звон\p{L}*|komórk\p{L}*|zadzwo\p{L}*|numer telefonu|联系方式|联系电话)(?![\p{L}])|☎|📞|電話|电话|전화/iu;

/**
 * Someone's own number named just before it, with no phone word: "my new number is 620 508 253", "her number: …", "mi
 * número nuevo es …", "meine neue Nummer …" (session 51, dev-87). An account, order or customer number puts its word
 * between the owner and "number", so it does not read here.
 */
const OWN_NUMBER_BEFORE =
  /(?<![\p{L}])(?:(?:my|his|her|their|our)[ \t]+(?:new[ \t]+|own[ \t]+|private[ \t]+|personal[ \t]+)?number|new[ \t]+number|mein(?:e)?[ \t]+(?:neue[ \t]+)?nummer|handynummer|mon[ \t]+(?:nouveau[ \t]+)?num[ée]ro|nouveau[ \t]+num[ée]ro|mi[ \t]+(?:nuevo[ \t]+)?n[úu]mero|n[úu]mero[ \t]+nuevo|(?:il[ \t]+)?mio[ \t]+(?:nuovo[ \t]+)?numero|nuovo[ \t]+numero|(?:o[ \t]+)?meu[ \t]+(?:novo[ \t]+)?n[úu]mero|novo[ \t]+n[úu]mero|mijn[ \t]+(?:nieuwe[ \t]+)?nummer|nieuwe[ \t]+nummer|m[óo]j[ \t]+(?:nowy[ \t]+)?numer|nowy[ \t]+numer|min[ \t]+(?:nya[ \t]+|nye[ \t]+)?nummer)(?![\p{L}])[^\p{L}\p{N}\n]{0,6}(?:(?:is|was|now|ist|est|es|è|é|er|är|to|jest)(?![\p{L}])[^\p{L}\p{N}\n]{0,4})?$/iu;

const NATIONAL_COUNTRIES: CountryCode[] = [
  "US",
  "GB",
  "DE",
  "FR",
  "ES",
  "IT",
  "NL",
  "BE",
  "CH",
  "AT",
  "IN",
  "AU",
  "CA",
  "IE",
  "PT",
  "PL",
  "SE",
  "BR",
  "MX",
  "JP",
  "RU",
  "CN",
  "KR",
];

function fictional(nationalNumber: string, countryCallingCode: string): boolean {
  if (countryCallingCode === "1" && FICTIONAL_PATTERN_1.test(nationalNumber)) return true;
  return FICTIONAL_PATTERN_2.test(nationalNumber) || FICTIONAL_PATTERN_3.test(nationalNumber);
}

function looksLikeDateOrVersion(value: string): boolean {
  return (
    LOOKS_LIKE_DATE_OR_VERSION_PATTERN_1.test(value) ||
    LOOKS_LIKE_DATE_OR_VERSION_PATTERN_2.test(value) ||
    (LOOKS_LIKE_DATE_OR_VERSION_PATTERN_3.test(value) && !LOOKS_LIKE_DATE_OR_VERSION_PATTERN_4.test(value)) ||
    LOOKS_LIKE_DATE_OR_VERSION_PATTERN_5.test(value)
  );
}

function strongNationalForm(value: string): boolean {
  return (
    STRONG_NATIONAL_FORM_PATTERN_1.test(value) || // (415) 555-2671, (030) 1234567
    /^\d{3}[.-]\d{3}[.-]\d{4}$/.test(value) || // 415-555-2671
    /^0\d(?:[\s.]\d{2}){4}$/.test(value) || // 06 12 34 56 78
    /^0\d{1,4}[\s/-]\d{3,8}(?:[\s-]\d{2,4})?$/.test(value) || // 030 12345678, 0171/1234567, 07700 900123, 06 12345678
    /^[6-9]\d{4}[\s-]\d{5}$/.test(value) // Indian mobile written 5-5: 79432-32102
  );
}

type PhoneVerdict = { countryCallingCode: string; nationalNumber: string } | null;
const PHONE_CACHE = new Map<string, PhoneVerdict>();
const PHONE_CACHE_LIMIT = 2048;

/** libphonenumber parsing costs tens of microseconds; the same number is often repeated. */
function cachedPhone(key: string, compute: () => PhoneVerdict): PhoneVerdict {
  const cached = PHONE_CACHE.get(key);
  if (cached !== undefined) return cached;
  const verdict = compute();
  if (PHONE_CACHE.size >= PHONE_CACHE_LIMIT) PHONE_CACHE.clear();
  PHONE_CACHE.set(key, verdict);
  return verdict;
}

/**
 * The parse of a candidate, from the cache when the same value was read with the same hints. A function of its own:
 * the closure over the candidate's value made considerPhone allocate a context object on every call, candidates
 * rejected on their digit count included (session 41).
 */
function parsedPhone(value: string, international: boolean, context: boolean, hinted: readonly CountryCode[]): PhoneVerdict {
  return cachedPhone(`${international ? "i" : "n"}${context ? 1 : 0}${hinted.join("")}|${value}`, () =>
    international ? parseInternational(value, context) : parseNational(value, context, hinted),
  );
}

function verdictOf(phone: { countryCallingCode: unknown; nationalNumber: unknown } | undefined): PhoneVerdict {
  return phone ? { countryCallingCode: String(phone.countryCallingCode), nationalNumber: String(phone.nationalNumber) } : null;
}

function parseInternational(value: string, context: boolean): PhoneVerdict {
  const normalized = value
    .replace(PARSE_INTERNATIONAL_PATTERN_1, "+$1")
    .replace(PARSE_INTERNATIONAL_PATTERN_2, "+")
    .replace(PARSE_INTERNATIONAL_PATTERN_3, "+")
    .replace(PARSE_INTERNATIONAL_PATTERN_4, " ");
  const phone = parsePhoneNumberFromString(normalized);
  if (!phone || !(phone.isValid() || (context && phone.isPossible()))) return null;
  return businessLineType(phone.getType()) ? BUSINESS_LINE : verdictOf(phone);
}

function parseNational(value: string, context: boolean, regions: readonly CountryCode[] = []): PhoneVerdict {
  const normalized = value.replace(PARSE_INTERNATIONAL_PATTERN_4, " ");
  // Countries hinted by the text's language or script first: their reading decides a business line.
  for (const country of regions) {
    const candidate = parsePhoneNumberFromString(normalized, country);
    if (candidate?.isValid()) return businessLineType(candidate.getType()) ? BUSINESS_LINE : verdictOf(candidate);
  }
  for (const country of NATIONAL_COUNTRIES) {
    const candidate = parsePhoneNumberFromString(normalized, country);
    if (candidate?.isValid()) return verdictOf(candidate);
  }
  if (context && PARSE_NATIONAL_PATTERN_1.test(value)) {
    // US-shaped number with a phone keyword but an unassigned area code, e.g. (555) 123-4567.
    const phone = parsePhoneNumberFromString(normalized, "US");
    if (phone?.isPossible()) return verdictOf(phone);
  }
  return null;
}

/** A toll-free, shared-cost, premium-rate or universal access number: a business's line, not a person's. */
const BUSINESS_LINE: PhoneVerdict = { countryCallingCode: "", nationalNumber: "" };

/** Made once (a regex literal in a loop is a new object each time); `replace` resets its lastIndex. */
const NON_DIGITS = /\D/g;

/** ASCII digits in `value` (the length of `value.replace(/\D/g, "")`, without the copy). */
function countDigits(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

const PLACEHOLDER_NATIONAL = /^(\d)\1{5,}\d{0,2}$/;
const ORGANISATION_NUMBER_KEY =
  /(?:org[_ .-]?(?:nr|no|number)|organisationsnummer|organisationsnr|kvk(?:[_ -]?nummer)?|siret|siren|vat(?:[_ -]?(?:no|number|id))?|ust[_ -]?id(?:nr)?|nipc?|cif|partita[_ ]?iva|vergi[_ ]?no|company[_ ]?(?:no|number)|registration[_ ]?(?:no|number)|handelsregister\p{L}*|y-tunnus|cvr)["']?\s*[:=;,|\t]\s*["']?$/iu;

/**
 * An international number as a log line's value, `to=+14155238071` or `dest=+33 6 12 48 90 37`: PHONE_CANDIDATE
 * starts nowhere after `=` (`id=4017728391` is no phone), so each `=+` after a key character is read here, sticky.
 */
const PHONE_AFTER_EQUALS = /\+\d[\d ()./\u00a0\u2011\u2013-]{4,24}\d(?![\p{L}\p{N}_@]|[.,:/-]\d)/uy;
const KEY_CHARACTER = /[\p{L}\p{N}_]/u;

/** The region hints of the text being scanned (read once per text, on its first national candidate). */
let regions: CountryCode[] | undefined;

/**
 * Session 53: the next entry of a contact list on one line ("… سارة القحطاني +966 50 318 4476، عبدالله الدوسري 0569027713",
 * "Sara +49 151 2345 6789; Jonas 0171 2345678"): an international number, a list separator, then a name only (no digit)
 * (one to four capitalised words, or words of a script without case) right before the candidate make it the list's next
 * phone, its phone word read as for the first.
 */
const PHONE_BEFORE_IN_LIST = /\+\d[\d \u00a0-]{6,16}\d[ \t]*[,،;|·][ \t]*((?:[\p{Lu}\p{Lo}][\p{L}\p{M}'’.-]{0,20}[ \t]+){1,4})$/u;

/** A person's name entry after a listed phone: each word a name of the lexicon or a word of a script without case. */
function listedAfterPhone(before: string): boolean {
  const entry = PHONE_BEFORE_IN_LIST.exec(before);
  if (entry === null) return false;
  const words = entry[1]!.trim().split(WORD_GAP);
  return words.every((word) => UNCASED_LETTER.test(word) || isPersonName(word));
}
const WORD_GAP = /[ \t]+/;
const UNCASED_LETTER = /^\p{Lo}/u;

/** A phone word right around a candidate (made once: a literal in the function was a new RegExp per candidate; no g flag, no state). */
const POSTCODE_SHAPE = /^\d{5}-\d{3}$/;
/** Session 51 (dev-89): Spanish shorthand "tfno.", "telf.", "móv." too ("Sra. Ortega tfno. 612 48 39 07"). */
const PHONE_WORD_AROUND = /\b(?:tel|phone|telefon|téléphone|teléfono|mobile|handy|portable|tfno|telf|m[óo]v)\b/i;

function considerPhone(text: string, emit: Emit, lower: string, candidate: string, candidateStart: number): void {
  let value = candidate;
  let start = candidateStart;
  // Trim a dangling opening or closing parenthesis that does not belong to the number.
  if (value.endsWith(")") && !value.includes("(")) value = value.slice(0, -1);
  if (value.startsWith("(") && !value.includes(")")) {
    value = value.slice(1);
    start++;
  }
  const digitCount = countDigits(value);
  if (digitCount < 7 || digitCount > 15) return;
  if (looksLikeDateOrVersion(value)) return;
  // Five digits, a hyphen and three: a Brazilian postcode (CEP 30130-007), a shape no phone plan writes (session 49).
  if (POSTCODE_SHAPE.test(value)) return;
  const international = value.startsWith("+") || value.startsWith("00") || value.startsWith("(+");
  const end = start + value.length;
  const context =
    keywordBefore(text, start, PHONE_KEYWORDS, 48) ||
    keywordBefore(text, start, LOCAL_PHONE_KEYWORDS, 48) ||
    keywordAround(text, start, end, PHONE_WORD_AROUND, 24) ||
    OWN_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 48), start)) ||
    listedAfterPhone(text.slice(Math.max(0, start - 64), start));
  if (!international && !context && !strongNationalForm(value) && !localMobileForm(value)) return;
  // The tail of an IBAN-like token ("BE52 0527 8784 1315") is not a phone number.
  if (!context && RUN_PHONES_PATTERN_1.test(text.slice(Math.max(0, start - 24), start))) return;
  regions ??= international ? [] : phoneRegionHints(text, lower);
  const phone = parsedPhone(value, international, context, regions);
  if (!phone || phone === BUSINESS_LINE) return;
  // Fictional-use numbers (NANP 555-01xx) count only when written as someone's number (phone keyword).
  if (!context && (fictional(phone.nationalNumber, phone.countryCallingCode) || RUN_PHONES_PATTERN_2.test(value.replace(NON_DIGITS, "")))) return;
  if (FICTIONAL_PATTERN_2.test(phone.nationalNumber)) return;
  // A placeholder: the national number is one digit repeated with at most two others ("+48000000001").
  if (PLACEHOLDER_NATIONAL.test(phone.nationalNumber)) return;
  // The value of an organisation-number field ("org_nr": "232100-0016", KvK, SIRET, VAT …) is not a phone number.
  if (!international && ORGANISATION_NUMBER_KEY.test(text.slice(Math.max(0, start - 28), start))) return;
  emit("phone", start, end, international ? "phone-international" : "phone-national", context ? PRIORITY.structured : PRIORITY.contextual);
}

/** `+` or `(`: what may stand before a phone candidate's first digit (at most three of them: `+(+`). */
const isPhonePrefix = (code: number): boolean => code === 43 || code === 40;

/**
 * Chinese, Japanese and Korean write a number right after or before a word, with no space ("请联系138 1047 2296",
 * "携帯は090-4821-7736です"): PHONE_CANDIDATE never starts after or ends before a letter, so in a text with CJK characters
 * the candidates that only a CJK neighbour kept out are read here (a Latin or Cyrillic letter still does).
 */
const CJK_CHARACTER = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/;
const PHONE_NEXT_TO_CJK =
  /(?<![\p{Script=Latin}\p{Script=Cyrillic}\p{N}_+@/#=.-])(?:\+|00)?\(?\+?\d[\d ()./\u00a0\u2011\u2013-]{4,24}\d(?![\p{Script=Latin}\p{Script=Cyrillic}\p{N}_@]|[.,:/-]\d)/gu;
/** A character of `[\d ()./\u00a0\u2011\u2013-]` (a candidate's body) or "+". */
const isPhoneBodyCode = (code: number): boolean =>
  (code >= 48 && code <= 57) ||
  code === 32 ||
  code === 40 ||
  code === 41 ||
  code === 43 ||
  code === 45 ||
  code === 46 ||
  code === 47 ||
  code === 0xa0 ||
  code === 0x2011 ||
  code === 0x2013;
/**
 * The code unit before a digit run that both candidate patterns' first look-behind bars (`[\p{L}\p{N}_+@/#=.-]` and
 * `[\p{Script=Latin}\p{Script=Cyrillic}\p{N}_+@/#=.-]` agree on the ASCII ones) and that is no prefix character: a match
 * can then start only at the run's first digit (session 53), and none does ("e29b", "v1", "=231", "4.12", "2025-03").
 */
const barredBeforeRun = (code: number): boolean =>
  ((code | 32) >= 97 && (code | 32) <= 122) || code === 95 || code === 64 || code === 47 || code === 35 || code === 61 || code === 46 || code === 45;
/**
 * Both candidate patterns read, from their first digit on, `\d[\d ()./\u00a0\u2011\u2013-]{4,24}\d`, and that digit is the
 * run's first or comes after at most "00", "(" and "+" at the run's start: every match, from whatever prefix, holds the
 * six characters from the run's first digit on, all digits, body characters or "+". A run without them (a version "v2.x",
 * a year before a word, "42 items") is not tried (session 41).
 */
const phoneBodyFollows = (text: string, runStart: number): boolean => {
  if (runStart + 6 > text.length || barredBeforeRun(text.charCodeAt(runStart - 1))) return false;
  for (let index = runStart + 1; index < runStart + 6; index++) if (!isPhoneBodyCode(text.charCodeAt(index))) return false;
  return true;
};
/** The candidate patterns and where they may start (test/unit/privacy-digit-runs.test.ts checks them against exec loops). */
export const PHONE_CANDIDATE_STARTS = { patterns: [PHONE_CANDIDATE, PHONE_NEXT_TO_CJK], isPrefix: isPhonePrefix, prefixLength: 3, mayHold: phoneBodyFollows };

/**
 * The starts the first candidate pattern visited, for texts up to SEEN_LIMIT characters: a shared stamp per offset
 * (this call's stamp = visited), so a scan makes no Set of them (session 42, allocation: ~1.2 KB a scan of the bench
 * prompt); a longer text gets a Set.
 */
const SEEN_LIMIT = 65_536;
const SEEN_STAMPS = new Int32Array(SEEN_LIMIT);
let seenStamp = 0;

interface StartSet {
  add(start: number): unknown;
  has(start: number): boolean;
}
const STAMPED_STARTS: StartSet = {
  add: (start) => (SEEN_STAMPS[start] = seenStamp),
  has: (start) => SEEN_STAMPS[start] === seenStamp,
};

export function seenStarts(text: string): StartSet {
  if (text.length > SEEN_LIMIT) return new Set<number>();
  if (seenStamp === 0x7fffffff) {
    SEEN_STAMPS.fill(0);
    seenStamp = 0;
  }
  seenStamp++;
  return STAMPED_STARTS;
}

function runPhones(text: string, emit: Emit, lower: string): void {
  regions = undefined;
  const cjk = CJK_CHARACTER.test(text);
  const seen = cjk ? seenStarts(text) : undefined;
  // Both candidate patterns are tried only at digit runs (and the "+", "(" before one), with no match array each.
  forEachMatchSpanNearDigitRunStarts(
    text,
    PHONE_CANDIDATE,
    isPhonePrefix,
    3,
    (start, end) => {
      seen?.add(start);
      considerPhone(text, emit, lower, text.slice(start, end), start);
    },
    phoneBodyFollows,
  );
  if (seen)
    forEachMatchSpanNearDigitRunStarts(
      text,
      PHONE_NEXT_TO_CJK,
      isPhonePrefix,
      3,
      (start, end) => {
        if (!seen.has(start)) considerPhone(text, emit, lower, text.slice(start, end), start);
      },
      phoneBodyFollows,
    );
  for (let equals = text.indexOf("=+"); equals > 0; equals = text.indexOf("=+", equals + 2)) {
    if (!KEY_CHARACTER.test(text[equals - 1]!)) continue;
    PHONE_AFTER_EQUALS.lastIndex = equals + 1;
    const match = PHONE_AFTER_EQUALS.exec(text);
    if (match !== null) considerPhone(text, emit, lower, match[0], equals + 1);
  }
  if (containsAny(lower, WHATSAPP_STEMS)) runWhatsAppLinks(text, emit);
}

/**
 * A WhatsApp click-to-chat link holds the whole international number without "+" (`https://wa.me/4915123456789`,
 * `api.whatsapp.com/send?phone=…`): its digits are read as `+` and them, and reported when valid (session 51, dev-87).
 */
const LINK_DIGITS = /\+?(\d{8,15})(?![\p{N}])/uy;
const WHATSAPP_LINKS = ["wa.me/", "whatsapp.com/send?phone=", "whatsapp.com/send/?phone="] as const;
/** The links' stems for the shared keyword pass (one walk of the text per scan, shared by every detector). */
const WHATSAPP_STEMS = ["wa.me/", "whatsapp.com/send"];

function runWhatsAppLinks(text: string, emit: Emit): void {
  for (const link of WHATSAPP_LINKS)
    for (let at = text.indexOf(link); at >= 0; at = text.indexOf(link, at + link.length)) {
      LINK_DIGITS.lastIndex = at + link.length;
      const match = LINK_DIGITS.exec(text);
      if (match === null) continue;
      const digits = match[1]!;
      const phone = parsedPhone(`+${digits}`, true, false, []);
      if (!phone || phone === BUSINESS_LINE || PLACEHOLDER_NATIONAL.test(phone.nationalNumber)) continue;
      if (fictional(phone.nationalNumber, phone.countryCallingCode)) continue;
      const start = at + link.length + match[0].length - digits.length;
      emit("phone", start, start + digits.length, "phone-link", PRIORITY.structured);
    }
}

export const contactDetectors: Detector[] = [
  { name: "email", run: runEmails },
  { name: "email-obfuscated", run: runObfuscatedEmails },
  { name: "phone", run: runPhones },
];
