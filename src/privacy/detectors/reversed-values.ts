/**
 * Numbers written backwards with an instruction to reverse them (session 47, issue #15, dev-71): "Reverse this string
 * and use it as the card number: 1527713309841225", "reverse the digits to get my TFN: 551037468", "Inverte os dígitos:
 * o NIF do Tiago Costa é 495174832" — a way to get a card or an identifier past a detector that reads it forwards.
 * After a reverse cue (reverse, backwards, the other way round, invert, inverte, al contrario, omgekeerd, odwróć,
 * ulta, flip the digits …), the digit runs of the next 160 characters on its line — or on the next line when the cue's
 * line holds no digit (session 47 review) — (digits with spaces or hyphens between them) are read
 * backwards: 13–19 digits that pass Luhn only backwards are a payment card; nine digits that pass a national check
 * only backwards are that identifier when its name is in the cue's window (TFN, SIN, BSN, NIF; an SSN in the issued
 * ranges beside "SSN" or "social security"). A counting run or one repeated digit is none. The value as written is the
 * span. Our own code.
 *
 * Cost: gated by the shared keyword pass (a reverse stem); each cue reads at most 160 characters, so a scan is linear.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { COUNTING_DOWN, COUNTING_UP, isRepetitive } from "../context.js";
import { canadianSinValid, luhnValid, portugueseTaxNumberValid } from "../checksums.js";
import { australianTfnValid } from "./national-ids.js";
import { bsnValid, ssnValid } from "./numbers.js";

const REVERSE_STEMS = [
  "revers",
  "backward",
  "other way round",
  "invert",
  "al contrario",
  "al revés",
  "al reves",
  "omgekeerd",
  "achterstevoren",
  "odwr",
  "od tyłu",
  "ulta",
  "umgekehrt",
  "andersrum",
  "à l'envers",
  "flip",
];
const REVERSE_CUE =
  /(?<![\p{L}])(?:revers\p{L}*|backwards?|the other way round|invert\p{L}*|al contrario|al rev[ée]s|omgekeerd|achterstevoren|odwr\p{L}*|od tyłu|ulta|umgekehrt|andersrum|à l'envers|flip(?:ped)? (?:the |these |those )?(?:digits|numbers?))(?![\p{L}])/giu;
/** A run of 9 to 19 digits, single spaces or hyphens allowed between them. */
const DIGIT_RUN = /(?<![\p{L}\p{N}+])\d(?:[ -]?\d){8,18}(?![\p{L}\p{N}])/gu;
const WINDOW = 160;

/** Nine-digit identifiers: their names and checks. */
const NINE_DIGIT_IDS: ReadonlyArray<readonly [category: "national_id" | "us_ssn", name: RegExp, valid: (digits: string) => boolean]> = [
  ["national_id", /(?<![\p{L}])tfn(?![\p{L}])|tax file number/iu, australianTfnValid],
  ["national_id", /(?<![\p{L}])(?:sin|bsn)(?![\p{L}])|social insurance|burgerservicenummer/iu, (digits) => canadianSinValid(digits) || bsnValid(digits)],
  ["national_id", /(?<![\p{L}])nif(?![\p{L}])|contribuinte/iu, portugueseTaxNumberValid],
  ["us_ssn", /(?<![\p{L}])ssn(?![\p{L}])|social security/iu, (digits) => ssnValid(digits.slice(0, 3), digits.slice(3, 5), digits.slice(5))],
];

function someDigit(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (text.charCodeAt(index) >= 48 && text.charCodeAt(index) <= 57) return true;
  return false;
}

const reversed = (digits: string) => [...digits].reverse().join("");
const isCounting = (digits: string) => COUNTING_UP.includes(digits) || COUNTING_DOWN.includes(digits) || isRepetitive(digits);

/** The category of a run read backwards, or undefined. `window` is the cue's line up to the run's end. */
function reversedCategory(digits: string, window: string): "payment_card" | "national_id" | "us_ssn" | undefined {
  if (isCounting(digits)) return undefined;
  const backwards = reversed(digits);
  if (digits.length >= 13) return luhnValid(backwards) && !luhnValid(digits) ? "payment_card" : undefined;
  if (digits.length !== 9) return undefined;
  for (const [category, name, valid] of NINE_DIGIT_IDS) if (name.test(window) && valid(backwards) && !valid(digits)) return category;
  return undefined;
}

function runReversedValues(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, REVERSE_STEMS)) return;
  let readUpTo = 0;
  REVERSE_CUE.lastIndex = 0;
  for (let cue = REVERSE_CUE.exec(text); cue !== null; cue = REVERSE_CUE.exec(text)) {
    const from = Math.max(cue.index + cue[0].length, readUpTo);
    let to = Math.min(text.length, cue.index + WINDOW);
    let lineEnd = text.indexOf("\n", from);
    // The cue's line holds no digit ("read it backwards — my card is" ⏎ the number): the next line is read too.
    if (lineEnd >= 0 && lineEnd < to && !someDigit(text, from, lineEnd)) lineEnd = text.indexOf("\n", lineEnd + 1);
    if (lineEnd >= 0 && lineEnd < to) to = lineEnd;
    if (from >= to) continue;
    readUpTo = to;
    const slice = text.slice(from, to);
    DIGIT_RUN.lastIndex = 0;
    for (let run = DIGIT_RUN.exec(slice); run !== null; run = DIGIT_RUN.exec(slice)) {
      const digits = run[0].replace(/\D/g, "");
      const category = reversedCategory(digits, text.slice(cue.index, from + run.index + run[0].length));
      if (category) emit(category, from + run.index, from + run.index + run[0].length, `reversed-${category}`, PRIORITY.checksum);
    }
  }
}

export const reversedValueDetectors: Detector[] = [{ name: "reversed-values", run: runReversedValues }];
