/**
 * Names that mark a record as a test or specimen record in interchange formats (session 41): HL7's own example
 * patients (`EVERYMAN^ADAM`, `EVERYWOMAN^EVE`), `TEST^PATIENT`, `PRUEBA^PACIENTE`, `テスト^タロウ`, a DICOM phantom,
 * `ANONYMOUS`, Max Mustermann, John/Jane Doe. A record so named carries nobody's data: its fields are not reported.
 */
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
