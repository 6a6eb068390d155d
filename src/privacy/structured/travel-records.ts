/**
 * Airline passenger data (session 41): a PNR's `SSR DOCS` element (`P/GBR/548831209/GBR/23MAR78/M/11AUG31/KAPOOR/…`:
 * document type, issuing state, passport number, nationality, birth date, sex, expiry, names), `SSR DOCA` (the
 * destination or residence address), `SSR CTCM` (the passenger's mobile) and `SSR CTCE` (their e-mail), and UN/EDIFACT PAXLST's `DOC+P…+number'`
 * (a passport) and `DTM+329:date'` (a birth date). The position in the element says what the value is; no keyword is
 * needed. A documentation number (`123456789`, one repeated digit) makes the whole element an example. Gated on the
 * element names.
 */
import { containsAny, PRIORITY, type Emit } from "../detector.js";
import { isRepetitive } from "../context.js";
import { valueFits } from "./values.js";
import { isPlaceholderAddress } from "../detectors/contact.js";
import { withStandardSeparators } from "./separators.js";

const TRAVEL_STEMS = ["sr docs", "srdocs", "sr  docs", "doca", "ctcm", "ctce", "doc+p", "doc+i", "dtm+329:", "ssr+docs"];
/**
 * `SSR DOCS <airline> HK1 P/<issuer>/<number>/<nationality>/<ddMMMyy>/<sex>/` (the status may stand after a `/`). As
 * agents and GDS screens also write it (review of session 41): the Amadeus entry `SRDOCS YY HK1-P-GBR-…` with `-`
 * between the fields, extra spaces, a four-digit year, lower case, and an identity card (`I`) or other travel document
 * (`A`, `C`, `M`) instead of a passport (group 1 the document type, 2 the separator, 3 the number, 4 the birth date).
 */
const SSR_DOCS =
  /\bS?SR {0,3}DOCS {1,3}[A-Z0-9]{2} {1,3}[A-Z]{2}\d{1,3}[ /-]{1,2}([PIACM])([/-])[A-Z]{2,3}\2([A-Z0-9]{5,15})\2[A-Z]{2,3}\2(\d{2}[A-Z]{3}(?:\d{4}|\d{2}))\2[MFUX]I?\2/gi;
/**
 * `SSR DOCA <airline> HK1 D|R/<country>/<street/city/state/zip>/P1`: the address up to the passenger reference, or (session
 * 44) to the line's end when the element has none. Group 1 the airline (IATA's documentation code `YY` is an example).
 */
const SSR_DOCA = /\bS?SR {0,3}DOCA {1,3}([A-Z0-9]{2}) {1,3}[A-Z]{2}\d{1,3}[ /]{1,2}[DR]\/[A-Z]{2,3}\/([^\n]{6,100}?)(?:\/P\d|(?=[ \t]*(?:\r?\n|$)))/gi;
/**
 * PNRGOV (UN/EDIFACT) carries the DOCS element inside an `SSR+DOCS:HK:1:<airline>:…` segment (session 44): the same
 * fields from the document type on (group 1 the type, 2 the number, 3 the birth date).
 */
const PNRGOV_DOCS = /\bSSR\+DOCS(?::[A-Z0-9]{0,3}){1,8}\/([PIACM])\/[A-Z]{2,3}\/([A-Z0-9]{5,15})\/[A-Z]{2,3}\/(\d{2}[A-Z]{3}(?:\d{4}|\d{2}))\/[MFUX]\//gi;
/** `SSR CTCM <airline> HK1/<digits>/P1`: the passenger's mobile number for disruption messages. */
const SSR_CTCM = /\bS?SR {0,3}CTCM {1,3}[A-Z0-9]{2} {1,3}[A-Z]{2}\d{1,3}\/(\d{8,15})\//gi;
/**
 * `SSR CTCE <airline> HK1/<address>/P1`: the passenger's e-mail in IATA's encoding, `//` for `@`, `..` for `_` and
 * `./` for `-` (review of session 41); groups: the local part and the domain.
 */
const SSR_CTCE =
  /\bS?SR {0,3}CTCE {1,3}[A-Z0-9]{2} {1,3}[A-Z]{2}\d{1,3}\/((?:[A-Z0-9+-]|\.\/?){1,64})\/\/([A-Z0-9-]{1,63}(?:\.[A-Z0-9-]{1,63}){1,4})(?=\/|\s|$)/gi;
/**
 * PAXLST: `DOC+P:110:111+<number>'` (document type P, passport; the number may hold released characters, session 41)
 * and `DTM+329:<yymmdd|ccyymmdd>'` (date of birth).
 */
const PAXLST_DOC = /\bDOC\+([PI])(?::\d{1,3}){0,2}\+((?:[A-Z0-9]|\?['+:?]){5,15})'/gi;
/** EDIFACT's release character: `?` before `'`, `+`, `:` or `?` makes it data (`5488?+31209` is the number `5488+31209`). */
const RELEASED = /\?(['+:?])/g;
const PAXLST_BIRTH = /\bDTM\+329:(\d{6}|\d{8})'/gi;
const SEQUENCE_NUMBERS = new Set(["123456789", "12345678", "1234567890", "987654321"]);

/** A passport number that is nobody's: the documentation sequences and repeated digits. */
export function exampleNumber(value: string): boolean {
  const digits = value.replace(/\D/g, "");
  return SEQUENCE_NUMBERS.has(digits) || isRepetitive(value);
}

/**
 * EDIFACT's service-string advice (session 42): `UNA` and six characters — component and data-element separators,
 * decimal mark, release character, a reserved character, segment terminator — at a text or line start.
 */
const UNA = /UNA([^\sA-Za-z0-9])([^\sA-Za-z0-9])[.,]([^\sA-Za-z0-9])[ *]([^A-Za-z0-9 \t])/y;
/** Before `UNA`: the text's or a line's start (up to 8 spaces or tabs after it) or a segment terminator. */
const UNA_BEFORE = /(?:^|[\r\n'])[ \t]{0,8}$/;
const EDIFACT_STANDARD = [":", "+", "?", "'"] as const;

/**
 * The text with the separators its UNA declares written as EDIFACT's defaults `:`, `+`, `?`, `'` (one character for
 * one: every offset stays; a default character not declared becomes a space); the text itself when none is declared
 * otherwise. `PAXLST DOC#P:110:111#…~` under `UNA:#.? ~` reads as `DOC+P:110:111+…'`.
 */
function unaStandardised(text: string): string {
  let advice: RegExpExecArray | null = null;
  // Each `UNA` looked at once (no regex walks the text: Spanish and Italian prose holds `una` everywhere).
  for (let at = text.indexOf("UNA"); at >= 0 && advice === null; at = text.indexOf("UNA", at + 3)) {
    UNA.lastIndex = at;
    advice = UNA_BEFORE.test(text.slice(Math.max(0, at - 9), at)) ? UNA.exec(text) : null;
  }
  if (advice === null) return text;
  const declared = advice.slice(1, 5);
  if (new Set(declared).size < 4 || declared.every((char, index) => char === EDIFACT_STANDARD[index])) return text;
  return withStandardSeparators(text, declared, EDIFACT_STANDARD);
}

export function runTravelRecords(original: string, emit: Emit, lower: string): void {
  let text = original;
  if (!containsAny(lower, TRAVEL_STEMS)) {
    if (!text.includes("UNA")) return;
    text = unaStandardised(original);
    if (text === original || !containsAny(text.toLowerCase(), TRAVEL_STEMS)) return;
  }
  SSR_DOCS.lastIndex = 0;
  for (let match = SSR_DOCS.exec(text); match !== null; match = SSR_DOCS.exec(text)) {
    const [, type, separator, value, born] = match as unknown as [string, string, string, string, string];
    if (exampleNumber(value)) continue;
    const kind = type.toUpperCase() === "P" ? "passport" : "national_id";
    const number = match.index + match[0].indexOf(`${separator}${value}${separator}`) + 1;
    if (kind === "passport" || valueFits(kind, value)) emit(kind, number, number + value.length, "pnr-docs", PRIORITY.structured);
    const birth = match.index + match[0].lastIndexOf(born);
    emit("date_of_birth", birth, birth + born.length, "pnr-docs", PRIORITY.structured);
  }
  PNRGOV_DOCS.lastIndex = 0;
  for (let match = PNRGOV_DOCS.exec(text); match !== null; match = PNRGOV_DOCS.exec(text)) {
    const [whole, type, value, born] = match as unknown as [string, string, string, string];
    if (exampleNumber(value)) continue;
    const kind = type.toUpperCase() === "P" ? "passport" : "national_id";
    const number = match.index + whole.indexOf(`/${value}/`) + 1;
    if (kind === "passport" || valueFits(kind, value)) emit(kind, number, number + value.length, "pnrgov-docs", PRIORITY.structured);
    const birth = match.index + whole.lastIndexOf(born);
    emit("date_of_birth", birth, birth + born.length, "pnrgov-docs", PRIORITY.structured);
  }
  SSR_DOCA.lastIndex = 0;
  for (let match = SSR_DOCA.exec(text); match !== null; match = SSR_DOCA.exec(text)) {
    const [whole, airline, address] = match as unknown as [string, string, string];
    if (!/\d/.test(address) || airline.toUpperCase() === "YY") continue;
    const start = match.index + whole.lastIndexOf(address);
    emit("street_address", start, start + address.length, "pnr-doca", PRIORITY.structured);
  }
  SSR_CTCM.lastIndex = 0;
  for (let match = SSR_CTCM.exec(text); match !== null; match = SSR_CTCM.exec(text)) {
    if (!valueFits("phone", match[1]!)) continue;
    const start = match.index + match[0].length - match[1]!.length - 1;
    emit("phone", start, start + match[1]!.length, "pnr-ctcm", PRIORITY.structured);
  }
  SSR_CTCE.lastIndex = 0;
  for (let match = SSR_CTCE.exec(text); match !== null; match = SSR_CTCE.exec(text)) {
    const [, local, domain] = match as unknown as [string, string, string];
    if (isPlaceholderAddress(local.replaceAll("./", "-").replaceAll("..", "_"), domain)) continue;
    const start = match.index + match[0].length - domain.length - local.length - 2;
    emit("email", start, start + local.length + 2 + domain.length, "pnr-ctce", PRIORITY.structured);
  }
  PAXLST_DOC.lastIndex = 0;
  for (let match = PAXLST_DOC.exec(text); match !== null; match = PAXLST_DOC.exec(text)) {
    const written = match[2]!;
    const value = written.includes("?") ? written.replace(RELEASED, "$1") : written;
    if (exampleNumber(value) || !/\d/.test(value)) continue;
    const kind = match[1]!.toUpperCase() === "P" ? "passport" : "national_id";
    if (kind !== "passport" && !valueFits(kind, value)) continue;
    const start = match.index + match[0].length - written.length - 1;
    emit(kind, start, start + written.length, "paxlst-doc", PRIORITY.structured);
  }
  PAXLST_BIRTH.lastIndex = 0;
  for (let match = PAXLST_BIRTH.exec(text); match !== null; match = PAXLST_BIRTH.exec(text)) {
    const start = match.index + match[0].length - match[1]!.length - 1;
    emit("date_of_birth", start, start + match[1]!.length, "paxlst-dtm", PRIORITY.structured);
  }
}
