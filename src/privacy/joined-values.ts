/**
 * Values cut by a line break (session 41, issue #15): an IBAN, card, phone number or SSN that an OCR or PDF copy split
 * over two lines, an e-mail address cut by a quoted-printable soft break `=\n` or a line break, a value in a JSON string
 * cut by a `\n` escape. A hyphen at the line's end that is the number's only one is a hyphenation and is dropped; a
 * number's hyphen may also open the next line. A break becomes a candidate only when the two sides, joined, fit a
 * value's shape: an IBAN with valid mod-97 check digits, a 13–19-digit card number with a valid Luhn digit (written in
 * groups, or near a card word or a `PAN` label: two bare ids on adjacent lines are no card), an international number
 * (`+`, 8–15 digits), an SSN `ddd-dd-dddd`, one e-mail address — with digits (or address characters) on both sides. The
 * scanner reads the line again with the break removed (encoded-values.ts), so the detectors and their judgement (test
 * cards, example IBANs, role addresses) decide; a finding across the join covers the value as written, break included.
 * Bounded and linear: one native search for breaks, 256 breaks with value characters on both sides looked at per
 * text, at most 40 characters each side (64 for addresses), at most 6 × 6 ways to cut them.
 */

import { ibanValid, luhnValid } from "./checksums.js";
import { keywordAround } from "./context.js";
import { CARD_CONTEXT } from "./detectors/numbers.js";

export interface JoinedValue {
  start: number;
  end: number;
  /** The two sides without the break. */
  decoded: string;
  /** Where the break was in `decoded`. */
  joinAt: number;
}

/** A line break (after a quoted-printable `=`), or a JSON string's `\n` / `\r\n` escape. */
const BREAK = /=?\r?\n|\\(?:r\\)?n/g;
const MAX_LOOKED_AT = 256;
const SIDE = 40;
const ADDRESS_SIDE = 64;
const MAX_STARTS = 4;
const MAX_ENDS = 6;

const isDigit = (code: number) => code >= 48 && code <= 57;
const isUpper = (code: number) => code >= 65 && code <= 90;
/** Characters of a grouped number or IBAN as written: digits, capitals, space, `+`, `(`, `)`, `-`, `.`. */
const isNumberChar = (code: number) => isDigit(code) || isUpper(code) || code === 32 || code === 43 || code === 40 || code === 41 || code === 45 || code === 46;
/** Characters of an e-mail address. */
const isAddressChar = (code: number) =>
  isDigit(code) || ((code | 0x20) >= 97 && (code | 0x20) <= 122) || code === 46 || code === 95 || code === 37 || code === 43 || code === 45 || code === 64;

const ADDRESS = /^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,4}\.[A-Za-z]{2,24}$/;
const IBAN = /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/;
const SSN = /^\d{3}-\d{2}-\d{4}$/;
/** A local part cut by a hyphen at the line's end: address characters ending in one hyphen after a letter or digit. */
const HYPHENATED_LOCAL = /^[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9]-$/;
/** A card number's field label in records and dumps (`PAN`, upper case: never the cooking word). */
const PAN_LABEL = /\bPAN\b/;

/**
 * True when `joined` (a number's two sides) is an IBAN, card, international phone number or SSN. A card written without
 * groups (two bare digit runs on adjacent lines: order numbers, ids) needs a card word within 64 characters (`cardCue`).
 */
function numberShape(joined: string, cardCue: () => boolean): boolean {
  const compact = joined.replace(/[ .()-]/g, "");
  if (IBAN.test(compact)) return ibanValid(compact);
  if (/^\d{13,19}$/.test(compact)) return luhnValid(compact) && (/\d[ -]\d/.test(joined) || cardCue());
  if (joined.startsWith("+")) return /^\+\d{8,15}$/.test(compact);
  return SSN.test(joined);
}

/** Where a number may start in the left side: an IBAN's country code, a `+`, or the last groups' first digits. */
function numberStarts(left: string): number[] {
  const starts: number[] = [];
  const country = /[A-Z]{2}\d{2}/.exec(left);
  if (country) starts.push(country.index);
  const plus = left.indexOf("+");
  if (plus >= 0 && isDigit(left.charCodeAt(plus + 1) || 0)) starts.push(plus);
  for (let index = left.length - 1; index >= 0 && starts.length < MAX_STARTS; index--)
    if (isDigit(left.charCodeAt(index)) && (index === 0 || !isNumberChar(left.charCodeAt(index - 1)) || left.charCodeAt(index - 1) === 32))
      if (!starts.includes(index)) starts.push(index);
  return starts.sort((a, b) => a - b);
}

/** Where a number may end in the right side: after each group, longest first. */
function numberEnds(right: string): number[] {
  const ends: number[] = [];
  for (let index = right.length; index > 0 && ends.length < MAX_ENDS; index--)
    if (isDigit(right.charCodeAt(index - 1)) && (index === right.length || !isDigit(right.charCodeAt(index)))) ends.push(index);
  return ends;
}

/** The number across a break: [left start, right end] of the longest joined value that fits a shape. */
function joinNumber(left: string, right: string, cardCue: () => boolean): [number, number] | undefined {
  if (!/\d/.test(left) || !/\d/.test(right)) return undefined;
  for (const start of numberStarts(left))
    for (const end of numberEnds(right)) {
      const before = left.slice(start);
      const after = right.slice(0, end);
      if (/\d/.test(before) && /\d/.test(after) && numberShape(before + after, cardCue)) return [start, end];
    }
  return undefined;
}

/**
 * The address across a break: both sides hold address characters. Unless the break is a soft break, neither side is an
 * address on its own, the address is not followed by `(` (code: `@app.route(` after a line of a decorated function),
 * and a right side starting with `@` follows a local part with a dot, `_` or a digit, not a word (`page` + `@app.get`).
 */
function joinAddress(left: string, right: string, softBreak: boolean, next: number): [number, number] | undefined {
  const trimmed = right.replace(/[.-]+$/, "");
  const joined = left + trimmed;
  if (left.length === 0 || trimmed.length === 0 || !ADDRESS.test(joined)) return undefined;
  if (softBreak) return [0, trimmed.length];
  if (ADDRESS.test(left) || (trimmed.length === right.length && next === 40)) return undefined;
  // An address on its own after the break is joined only to a local part hyphenated at the line's end (`oisin.tre-`).
  if (ADDRESS.test(trimmed) && !HYPHENATED_LOCAL.test(left)) return undefined;
  if (trimmed.startsWith("@") && !/[._\d]/.test(left)) return undefined;
  return [0, trimmed.length];
}

/** A number's two sides as one value; a hyphen at the line's end that is the value's only one is a hyphenation, dropped. */
function joinedNumber(left: string, right: string, start: number, end: number): JoinedValue {
  const hyphenated = left.endsWith("-") && left.indexOf("-") === left.length - 1 && !right.includes("-");
  const kept = hyphenated ? left.slice(0, -1) : left;
  return { start, end, decoded: kept + right, joinAt: kept.length };
}

/** [from, to): the characters of `isChar` on each side of a break, at most `most` each side. */
function sides(text: string, breakStart: number, breakEnd: number, most: number, isChar: (code: number) => boolean): [number, number] {
  let from = breakStart;
  while (from > 0 && breakStart - from < most && isChar(text.charCodeAt(from - 1))) from--;
  let to = breakEnd;
  while (to < text.length && to - breakEnd < most && isChar(text.charCodeAt(to))) to++;
  return [from, to];
}

/**
 * Where the break that `BREAK` matched ending at `end` starts: the leftmost start of a match ending there (the regex's
 * own leftmost match; a previous match ends with `\n` or `n`, never inside these prefixes).
 */
export function breakStartBefore(text: string, end: number): number {
  let start = end - 1;
  if (text.charCodeAt(start) === 10) {
    if (text.charCodeAt(start - 1) === 13) start--;
    if (text.charCodeAt(start - 1) === 61) start--;
    return start;
  }
  // `\n` or `\r\n` (a JSON string's escapes).
  start--;
  if (text.charCodeAt(start - 1) === 114 && text.charCodeAt(start - 2) === 92) start -= 2;
  return start;
}

/** The values cut by a break in `text` (at most `limit`), in text order. */
export function findJoinedValues(text: string, limit: number): JoinedValue[] {
  const values: JoinedValue[] = [];
  if (limit <= 0 || (!text.includes("\n") && !text.includes("\\n"))) return values;
  let lookedAt = 0;
  BREAK.lastIndex = 0;
  // `test`, not `exec`: no match array per break (session 41, allocation); the start is read back from the end.
  while (values.length < limit && lookedAt < MAX_LOOKED_AT && BREAK.test(text)) {
    const breakEnd = BREAK.lastIndex;
    const breakStart = breakStartBefore(text, breakEnd);
    const before = text.charCodeAt(breakStart - 1);
    const after = text.charCodeAt(breakEnd);
    let found: JoinedValue | undefined;
    // Each side is read up to its line's end (and at most 40 or 64 characters): every character is read for two breaks at most.
    if ((isDigit(before) || before === 32 || before === 45) && (isDigit(after) || after === 32 || after === 45)) {
      const [from, to] = sides(text, breakStart, breakEnd, SIDE, isNumberChar);
      const left = text.slice(from, breakStart);
      const right = text.slice(breakEnd, to);
      if (/\d/.test(left) && /\d/.test(right)) {
        lookedAt++;
        const cut = joinNumber(left, right, () => keywordAround(text, from, to, CARD_CONTEXT, 64) || keywordAround(text, from, to, PAN_LABEL, 64));
        if (cut) found = joinedNumber(left.slice(cut[0]), right.slice(0, cut[1]), from + cut[0], breakEnd + cut[1]);
      }
    }
    if (found === undefined && isAddressChar(before) && isAddressChar(after)) {
      const [from, to] = sides(text, breakStart, breakEnd, ADDRESS_SIDE, isAddressChar);
      const left = text.slice(from, breakStart);
      const right = text.slice(breakEnd, to);
      if (left.includes("@") || right.includes("@")) {
        lookedAt++;
        const cut = joinAddress(left, right, text.charCodeAt(breakStart) === 61, text.charCodeAt(to));
        if (cut) found = { start: from, end: breakEnd + cut[1], decoded: left + right.slice(0, cut[1]), joinAt: left.length };
      }
    }
    if (found !== undefined && (values.length === 0 || values[values.length - 1]!.end <= found.start)) values.push(found);
  }
  return values;
}
