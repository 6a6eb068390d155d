/**
 * Names that mark a record as a test or specimen record in interchange formats (session 41): HL7's own example
 * patients (`EVERYMAN^ADAM`, `EVERYWOMAN^EVE`), `TEST^PATIENT`, `PRUEBA^PACIENTE`, `テスト^タロウ`, a DICOM phantom,
 * `ANONYMOUS`, Max Mustermann, John/Jane Doe. A record so named carries nobody's data: its readers report its fields
 * marked documented examples (detector.ts `Emit`), dropped unless `privacy.testValues: sensitive` (session 44).
 */
import { containsAny } from "../detector.js";
const TEST_SURNAMES = new Set([
  "test",
  "testpatient",
  "testpatientin",
  "testfall",
  "everyman",
  "everywoman",
  "prueba",
  "teste",
  "phantom",
  "anonymous",
  "anonymized",
  "anonymised",
  "sample",
  "demo",
  "dummy",
  "mustermann",
  "musterfrau",
  "テスト",
  "测试",
]);
const DOE_GIVEN = new Set(["john", "jane", "j", "baby"]);
/**
 * Surnames that a given name "Test" turns into a test record (`SMITH^TEST`, `PATIENT^TEST`). With any other surname
 * "Test" silences nothing (review of session 41): renaming a real patient `MOYNIHAN^TEST` keeps their identifiers real.
 */
const TEST_GIVEN_SURNAMES = new Set(["smith", "doe", "patient", "user", "person", "member", "subscriber", "insured"]);

/** True when a person's family and given names (as a record writes them) are a test or specimen name. */
export function isTestPersonName(family: string, given = ""): boolean {
  const last = family.trim().toLowerCase();
  const first = given.trim().toLowerCase();
  if (TEST_SURNAMES.has(last)) return true;
  if (first === "test") return TEST_GIVEN_SURNAMES.has(last);
  return last === "doe" && DOE_GIVEN.has(first);
}

/**
 * An HL7 PID-5 field (`family^given~family^given`) names a test or specimen patient: every repetition must be one
 * (review of session 41): `TEST^PATIENT~ABERNATHY^TOBIAS` is a real patient with a test alias.
 */
export function isTestPatientField(field: string): boolean {
  return field.split("~", 8).every((name) => {
    const [family = "", given = ""] = name.split("^");
    return isTestPersonName(family, given);
  });
}

/** How far back a value's PID line may start: the standard's sample puts its visit number ~220 characters in. */
const PID_LINE_REACH = 600;
/** A PID line's start and its field separator: `|`, or (session 42) another one MSH declares or a paste uses (`#`, `!`). */
const PID_START = /^[ \t]{0,8}PID([^\sA-Za-z0-9^~\\&])/;
const PID_STEMS: readonly string[] = ["pid"];
/**
 * A PID segment at a line start (up to 8 spaces or tabs before it) under any field separator, in lower-cased text:
 * where onTestPatientLine can hold. Each `pid` is looked at once (`rapid`, `stupid` fail on the character before).
 */
export function hasPidSegment(lower: string): boolean {
  // "pid" answered by the scan's shared keyword pass first (session 52): `indexOf` read the whole text when it has none.
  if (!containsAny(lower, PID_STEMS)) return false;
  for (let at = lower.indexOf("pid"); at >= 0; at = lower.indexOf("pid", at + 3)) {
    const next = lower.charCodeAt(at + 3);
    if (!(next > 32 && next < 128) || /[a-z0-9^~\\&]/.test(lower[at + 3]!)) continue;
    let start = at;
    while (start > 0 && at - start < 8 && (lower[start - 1] === " " || lower[start - 1] === "\t")) start--;
    if (start === 0 || lower[start - 1] === "\n" || lower[start - 1] === "\r") return true;
  }
  return false;
}

/**
 * The value at `start` stands on a PID line (`|`-separated, or under the separator after `PID`), after its PID-5, that names a test or specimen patient
 * (session 41: the HL7 spec's ADT^A01 sample `EVERYMAN^ADAM` with its `(555) 555-2004` phones and visit number).
 * Only that record's line: a 555 number elsewhere keeps its judgement.
 */
export function onTestPatientLine(text: string, start: number): boolean {
  const from = Math.max(0, start - PID_LINE_REACH);
  const before = text.slice(from, start);
  const lineStart = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r")) + 1;
  if (lineStart === 0 && from > 0) return false;
  const line = before.slice(lineStart);
  const pid = PID_START.exec(line);
  if (pid === null) return false;
  const fields = line.split(pid[1]!, 7);
  return fields.length === 7 && isTestPatientField(fields[5]!);
}
