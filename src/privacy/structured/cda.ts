/**
 * HL7 CDA documents (C-CDA; session 41): the patient's data sits in attributes, not element text — the
 * `<patientRole>`'s `<id extension="…">` (the record number), `<birthTime value="…">` under `<patient>`, and a problem
 * or result observation's `<value xsi:type="CD" displayName="…">` (a condition of that patient). Read in a document
 * with a `<recordTarget>`/`<patientRole>` whose patient has a `<name>`, and not for a test or specimen patient
 * (`<family>Everywoman</family>`). Gated on `<patientrole`.
 */
import { containsAny, type Emit } from "../detector.js";
import { emitFields, type Field } from "./key-values.js";
import { valueFits } from "./values.js";
import { isTestPersonName } from "./test-records.js";

const CDA_STEMS = ["<patientrole"];
const PATIENT_ROLE_ID = /<patientRole(?:\s[^<>]{0,200})?>\s{0,40}<id\s[^<>]{0,200}?extension="([^"<>]{4,40})"/g;
const BIRTH_TIME = /<birthTime\s+value="(\d{8})[\d+-]{0,12}"/g;
const CODED_VALUE = /<value\s[^<>]{0,300}?xsi:type="CD"[^<>]{0,300}?displayName="([^"<>]{3,120})"/g;
const FAMILY = /<family(?:\s[^<>]{0,100})?>([^<>]{1,60})<\/family>/;
const GIVEN = /<given(?:\s[^<>]{0,100})?>([^<>]{1,60})<\/given>/;

/** The attribute value of each match of `pattern` (group 1) as a field of `kind`. */
function collect(text: string, pattern: RegExp, kind: Field["kind"], fields: Field[]): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const value = match[1]!;
    if (kind !== "health" && !valueFits(kind, value)) continue;
    const start = match.index + match[0].lastIndexOf(value);
    fields.push({ kind, start, end: start + value.length });
  }
}

export function runCda(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, CDA_STEMS)) return;
  const family = FAMILY.exec(text)?.[1];
  if (family === undefined || isTestPersonName(family, GIVEN.exec(text)?.[1])) return;
  const fields: Field[] = [];
  collect(text, PATIENT_ROLE_ID, "medical_record", fields);
  collect(text, BIRTH_TIME, "date_of_birth", fields);
  collect(text, CODED_VALUE, "health", fields);
  if (fields.length > 0)
    emitFields(
      fields.sort((left, right) => left.start - right.start),
      emit,
      "cda-attribute",
      true,
    );
}
