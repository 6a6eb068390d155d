/**
 * Airline passenger data (session 41): a PNR's `SSR DOCS` element (`P/GBR/548831209/GBR/23MAR78/M/11AUG31/KAPOOR/…`:
 * document type, issuing state, passport number, nationality, birth date, sex, expiry, names), `SSR DOCA` (the
 * destination or residence address) and `SSR CTCM` (the passenger's mobile), and UN/EDIFACT PAXLST's `DOC+P…+number'`
 * (a passport) and `DTM+329:date'` (a birth date). The position in the element says what the value is; no keyword is
 * needed. A documentation number (`123456789`, one repeated digit) makes the whole element an example. Gated on the
 * element names.
 */
import { containsAny, PRIORITY, type Emit } from "../detector.js";
import { isRepetitive } from "../context.js";
import { valueFits } from "./values.js";

const TRAVEL_STEMS = ["ssr docs", "ssr doca", "ssr ctcm", "doc+p", "dtm+329:"];
/** `SSR DOCS <airline> HK1 P/<issuer>/<number>/<nationality>/<ddMMMyy>/<sex>/` (the status may stand after a `/`). */
const SSR_DOCS = /\bSSR DOCS [A-Z0-9]{2} [A-Z]{2}\d[ /]P\/[A-Z]{2,3}\/([A-Z0-9]{5,15})\/[A-Z]{2,3}\/(\d{2}[A-Z]{3}\d{2})\/[MFUX]I?\//g;
/** `SSR DOCA <airline> HK1 D|R/<country>/<street/city/state/zip>/P1`: the address up to the passenger reference. */
const SSR_DOCA = /\bSSR DOCA [A-Z0-9]{2} [A-Z]{2}\d[ /][DR]\/[A-Z]{2,3}\/([^\n]{6,100}?)\/P\d/g;
/** `SSR CTCM <airline> HK1/<digits>/P1`: the passenger's mobile number for disruption messages. */
const SSR_CTCM = /\bSSR CTCM [A-Z0-9]{2} [A-Z]{2}\d\/(\d{8,15})\//g;
/** PAXLST: `DOC+P:110:111+<number>'` (document type P, passport) and `DTM+329:<yymmdd|ccyymmdd>'` (date of birth). */
const PAXLST_DOC = /\bDOC\+P(?::\d{1,3}){0,2}\+([A-Z0-9]{5,15})'/g;
const PAXLST_BIRTH = /\bDTM\+329:(\d{6}|\d{8})'/g;
const SEQUENCE_NUMBERS = new Set(["123456789", "12345678", "1234567890", "987654321"]);

/** A passport number that is nobody's: the documentation sequences and repeated digits. */
function exampleNumber(value: string): boolean {
  const digits = value.replace(/\D/g, "");
  return SEQUENCE_NUMBERS.has(digits) || isRepetitive(value);
}

export function runTravelRecords(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, TRAVEL_STEMS)) return;
  SSR_DOCS.lastIndex = 0;
  for (let match = SSR_DOCS.exec(text); match !== null; match = SSR_DOCS.exec(text)) {
    if (exampleNumber(match[1]!)) continue;
    const number = match.index + match[0].indexOf(`/${match[1]!}/`) + 1;
    emit("passport", number, number + match[1]!.length, "pnr-docs", PRIORITY.structured);
    const birth = match.index + match[0].lastIndexOf(match[2]!);
    emit("date_of_birth", birth, birth + match[2]!.length, "pnr-docs", PRIORITY.structured);
  }
  SSR_DOCA.lastIndex = 0;
  for (let match = SSR_DOCA.exec(text); match !== null; match = SSR_DOCA.exec(text)) {
    if (!/\d/.test(match[1]!)) continue;
    const start = match.index + match[0].length - match[1]!.length - 3;
    emit("street_address", start, start + match[1]!.length, "pnr-doca", PRIORITY.structured);
  }
  SSR_CTCM.lastIndex = 0;
  for (let match = SSR_CTCM.exec(text); match !== null; match = SSR_CTCM.exec(text)) {
    if (!valueFits("phone", match[1]!)) continue;
    const start = match.index + match[0].length - match[1]!.length - 1;
    emit("phone", start, start + match[1]!.length, "pnr-ctcm", PRIORITY.structured);
  }
  PAXLST_DOC.lastIndex = 0;
  for (let match = PAXLST_DOC.exec(text); match !== null; match = PAXLST_DOC.exec(text)) {
    if (exampleNumber(match[1]!) || !/\d/.test(match[1]!)) continue;
    const start = match.index + match[0].length - match[1]!.length - 1;
    emit("passport", start, start + match[1]!.length, "paxlst-doc", PRIORITY.structured);
  }
  PAXLST_BIRTH.lastIndex = 0;
  for (let match = PAXLST_BIRTH.exec(text); match !== null; match = PAXLST_BIRTH.exec(text)) {
    const start = match.index + match[0].length - match[1]!.length - 1;
    emit("date_of_birth", start, start + match[1]!.length, "paxlst-dtm", PRIORITY.structured);
  }
}
