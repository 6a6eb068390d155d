/**
 * A birth date written out in English words (session 47, dev-71): "born on the fourth of March, nineteen eighty-eight",
 * "date of birth the fourteenth of March, nineteen eighty-seven", "DOB: March the third, two thousand and five". The
 * ordinal day, the month and a year in words (nineteen …, two thousand …) right after a birth cue; a day and month with
 * no year ("born on the fourth of July") is no date of birth. Whose date it is, personal.ts `privateBirthSentence`
 * judges as for a written date: a public figure's is public record, the writer's own unnamed one stays unreported.
 * Our own code.
 *
 * Session 49: a birth month after the cue, then its day and year told in the next sentences with the words "day" and
 * "year" ("born in April. The day was the 3rd, the year 1991").
 *
 * Cost: gated by the shared keyword pass (a birth stem); the patterns are tried only at each cue and read at most 136
 * characters after it: linear in the text.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { privateBirthSentence } from "./personal.js";

const BIRTH_STEMS = ["born", "birth", "d.o.b", "dob"];
const BIRTH_CUE = /\b(?:born(?: on)?|date of birth|birth ?date|birthday(?: is)?|d\.o\.b\.?|dob)\b[ \t]*[:,-]?[ \t]*/giu;
const UNIT = "one|two|three|four|five|six|seven|eight|nine";
const ORDINAL_UNIT = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth";
const ORDINAL =
  `(?:${ORDINAL_UNIT}|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|` +
  `twentieth|thirtieth|(?:twenty|thirty)[- ](?:${ORDINAL_UNIT}))`;
const MONTH = "january|february|march|april|may|june|july|august|september|october|november|december";
const TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";
const TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
/** The year in words: "nineteen eighty-eight", "nineteen oh five", "two thousand (and) sixteen", "twenty twenty-one". */
const YEAR =
  `(?:nineteen(?: hundred(?: and)?)? (?:(?:${TENS})(?:[- ](?:${UNIT}))?|${TEENS}|oh[- ](?:${UNIT}))|` +
  `two thousand(?:(?: and)? (?:(?:${TENS})(?:[- ](?:${UNIT}))?|${TEENS}|${UNIT}))?|` +
  `twenty (?:(?:twenty)(?:[- ](?:${UNIT}))?|${TEENS}|oh[- ](?:${UNIT})))`;
/** At the cue's end: "(on) the fourth of March, …" or "March (the) fourth, …", then the year. */
const SPOKEN_DATE = new RegExp(`^(?:(?:on )?(?:the )?${ORDINAL} (?:of )?(?:${MONTH})|(?:${MONTH}) (?:the )?${ORDINAL}),? (?:in )?${YEAR}(?![\\p{L}-])`, "iu");

/**
 * A numeric date read out digit by digit or as numbers (session 48: "d.o.b. oh seven, oh two, two thousand sixteen",
 * "born twelve, three, nineteen ninety"): a day or month as "oh seven", "one two", "seven", "twelve", "twenty-one",
 * twice, then the year in words. Each part 1–31 by its words (a month's range is not checked: day and month order vary).
 */
const DAY_OR_MONTH =
  `(?:(?:oh|zero)[- ](?:${UNIT})|one[- ](?:oh|zero|one|two|three|four|five|six|seven|eight|nine)|two[- ](?:oh|zero|${UNIT})|` +
  `three[- ](?:oh|zero|one)|${TEENS}|twenty(?:[- ](?:${UNIT}))?|thirty(?:[- ]one)?|${UNIT})`;
const SPOKEN_NUMERIC_DATE = new RegExp(`^${DAY_OR_MONTH},? ${DAY_OR_MONTH},? ${YEAR}(?![\\p{L}-])`, "iu");

const LEAD_WORDS = /^(?:on )?/i;

/**
 * A birth date told in pieces over the next sentences (session 49): "born in April. The day was the 3rd, the year 1991."
 * The month right after the cue ("born in April"), then within the next 120 characters (no blank line) a day told with
 * the word "day" (1–31, maybe an ordinal) and a year of this or the last century told with the word "year". Three spans:
 * the month, the day and the year (the words between them are no part of the date).
 */
const BIRTH_MONTH = new RegExp(`^(?:in )?(${MONTH})(?![\\p{L}])`, "iu");
const DAY_TOLD = /(?<![\p{L}])day(?![\p{L}])[^\n.?!\d]{0,20}?(?<!\d)((?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)(?![\p{L}\d])/iu;
const YEAR_TOLD = /(?<![\p{L}])year(?![\p{L}])[^\n.?!\d]{0,12}?(?<!\d)((?:19|20)\d\d)(?!\d)/iu;

function toldInPieces(text: string, start: number): Array<[number, number]> | undefined {
  const month = BIRTH_MONTH.exec(text.slice(start, start + 16));
  if (month === null) return undefined;
  const monthEnd = start + month[0].length;
  let after = text.slice(monthEnd, monthEnd + 120);
  const blank = after.indexOf("\n\n");
  if (blank >= 0) after = after.slice(0, blank);
  const year = YEAR_TOLD.exec(after);
  if (year === null) return undefined;
  const day = DAY_TOLD.exec(after.slice(0, year.index));
  if (day === null) return undefined;
  const dayEnd = monthEnd + day.index + day[0].length;
  const yearEnd = monthEnd + year.index + year[0].length;
  return [
    [monthEnd - month[1]!.length, monthEnd],
    [dayEnd - day[1]!.length, dayEnd],
    [yearEnd - year[1]!.length, yearEnd],
  ];
}

function runSpokenBirthDates(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, BIRTH_STEMS)) return;
  BIRTH_CUE.lastIndex = 0;
  for (let cue = BIRTH_CUE.exec(text); cue !== null; cue = BIRTH_CUE.exec(text)) {
    let start = cue.index + cue[0].length;
    // "d.o.b. oh seven …": the abbreviation's last dot (the cue stops before it, at the word boundary).
    if (text[start] === "." && text[start - 1]?.toLowerCase() === "b") start += /^\.[ \t]*/.exec(text.slice(start, start + 8))![0].length;
    const window = text.slice(start, start + 100);
    const date = SPOKEN_DATE.exec(window) ?? SPOKEN_NUMERIC_DATE.exec(window);
    if (date === null) {
      const pieces = toldInPieces(text, start);
      if (pieces !== undefined && privateBirthSentence(text, cue.index))
        for (const [from, to] of pieces) emit("date_of_birth", from, to, "birth-date-in-pieces", PRIORITY.contextual + 5);
      continue;
    }
    if (!privateBirthSentence(text, cue.index)) continue;
    // The span starts at "the", the day or the month, not at "on".
    const lead = LEAD_WORDS.exec(date[0])![0].length;
    emit("date_of_birth", start + lead, start + date[0].length, "spoken-birth-date", PRIORITY.contextual + 5);
  }
}

export const spokenDateDetectors: Detector[] = [{ name: "spoken-birth-date", run: runSpokenBirthDates }];
