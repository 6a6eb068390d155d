/**
 * GEDCOM family-tree exports (session 41): an individual record (`0 @I2@ INDI`) whose `1 BIRT` event has a
 * `2 DATE 22 SEP 1936` line holds a birth date with no keyword beside it. Reported for a living individual (no
 * `1 DEAT` in the record) born in 1925 or later (earlier births are history, as in prose); public figures' trees
 * (royal92.ged) are mostly historic. One pass over the records; gated on `0 @`, `indi` and `birt`.
 *
 * As genealogy programs write it (review of session 41): lines may be indented (5.5.1 tells readers to ignore leading
 * white space), the event's `2 PLAC`, `2 SOUR` … may come before its `2 DATE`, the date may carry a modifier (`ABT`,
 * `BEF`, `EST` …) and a mixed-case month, `1 BIRT Y` is an event too, and record ids need not start with `I`. A test
 * or specimen individual (`1 NAME John /Doe/`, `Test /Patient/`) is nobody.
 */
import { containsAny, PRIORITY, type Emit } from "../detector.js";
import { isTestPersonName } from "./test-records.js";

const GEDCOM_STEMS = ["0 @"];
const RECORD_START = /^[ \t]{0,8}0 @[^@\n]{1,20}@ INDI\b/gm;
const BIRTH_EVENT = /^[ \t]{0,8}1 BIRT\b[^\n]{0,20}$/m;
/** A line of the event's substructure (level 2 or deeper); the birth date with its modifier. */
const SUBSTRUCTURE = /^[ \t]{0,8}[2-9] /;
const BIRTH_DATE = /^[ \t]{0,8}2 DATE (?:(?:ABT|BEF|AFT|EST|CAL|FROM|BET|INT) )?(\d{1,2} [A-Za-z]{3} (\d{4}))[ \t\r]*$/;
const DEATH = /^[ \t]{0,8}1 DEAT\b/m;
/** `1 NAME Given /Surname/`: the given names and the surname. */
const NAME = /^[ \t]{0,8}1 NAME ([^/\n]{0,60})\/([^/\n]{1,60})\//m;
const HISTORIC_BEFORE = 1925;
/** At most this many substructure lines of the birth event are read. */
const EVENT_LINES = 12;

/** The birth date of an individual record (its offset in the record, the date and the year), if it has one. */
function birthDate(record: string): { at: number; date: string; year: number } | undefined {
  const event = BIRTH_EVENT.exec(record);
  if (event === null) return undefined;
  let lineStart = event.index + event[0].length + 1;
  for (let line = 0; line < EVENT_LINES && lineStart < record.length; line++) {
    const newline = record.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? record.length : newline;
    const text = record.slice(lineStart, lineEnd);
    if (!SUBSTRUCTURE.test(text)) return undefined;
    const date = BIRTH_DATE.exec(text);
    if (date !== null) return { at: lineStart + text.lastIndexOf(date[1]!), date: date[1]!, year: Number(date[2]) };
    lineStart = lineEnd + 1;
  }
  return undefined;
}

export function runGedcom(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, GEDCOM_STEMS) || !lower.includes(" indi") || !lower.includes("1 birt")) return;
  const starts: number[] = [];
  RECORD_START.lastIndex = 0;
  for (let match = RECORD_START.exec(text); match !== null; match = RECORD_START.exec(text)) starts.push(match.index);
  starts.forEach((start, index) => {
    const next = text.indexOf("\n0 ", start + 1);
    const end = index + 1 < starts.length ? starts[index + 1]! : next < 0 ? text.length : next;
    const record = text.slice(start, end);
    const birth = birthDate(record);
    if (birth === undefined || DEATH.test(record) || birth.year < HISTORIC_BEFORE) return;
    const name = NAME.exec(record);
    // A test person's record is a documented example: reported marked (privacy.testValues, session 44).
    const test = name !== null && isTestPersonName(name[2]!, name[1]!.trim().split(/\s+/, 1)[0]);
    emit("date_of_birth", start + birth.at, start + birth.at + birth.date.length, "gedcom-birth", PRIORITY.structured, test);
  });
}
