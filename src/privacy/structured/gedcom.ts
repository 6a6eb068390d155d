/**
 * GEDCOM family-tree exports (session 41): an individual record (`0 @I2@ INDI`) whose `1 BIRT` event has a
 * `2 DATE 22 SEP 1936` line holds a birth date with no keyword beside it. Reported for a living individual (no
 * `1 DEAT` in the record) born in 1925 or later (earlier births are history, as in prose); public figures' trees
 * (royal92.ged) are mostly historic. One pass over the records; gated on `indi` and `birt`.
 */
import { containsAny, PRIORITY, type Emit } from "../detector.js";

const GEDCOM_STEMS = ["0 @i"];
const RECORD_START = /^0 @[^@\n]{1,20}@ INDI\b/gm;
const BIRTH_DATE = /^1 BIRT[ \t]*\r?\n2 DATE (\d{1,2} [A-Z]{3} (\d{4}))[ \t]*$/m;
const DEATH = /^1 DEAT\b/m;
const HISTORIC_BEFORE = 1925;

export function runGedcom(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, GEDCOM_STEMS) || !lower.includes("1 birt")) return;
  const starts: number[] = [];
  RECORD_START.lastIndex = 0;
  for (let match = RECORD_START.exec(text); match !== null; match = RECORD_START.exec(text)) starts.push(match.index);
  starts.forEach((start, index) => {
    const next = text.indexOf("\n0 ", start + 1);
    const end = index + 1 < starts.length ? starts[index + 1]! : next < 0 ? text.length : next;
    const record = text.slice(start, end);
    const birth = BIRTH_DATE.exec(record);
    if (birth === null || DEATH.test(record) || Number(birth[2]) < HISTORIC_BEFORE) return;
    const at = start + birth.index + birth[0].indexOf(birth[1]!);
    emit("date_of_birth", at, at + birth[1]!.length, "gedcom-birth", PRIORITY.structured);
  });
}
