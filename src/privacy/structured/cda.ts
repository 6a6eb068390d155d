/**
 * HL7 CDA documents (C-CDA; session 41): the patient's data sits in attributes, not element text — the
 * `<patientRole>`'s `<id extension="…">` (the record number), `<birthTime value="…">` under `<patient>`, and a problem
 * or result observation's `<value xsi:type="CD" displayName="…">` (a condition of that patient). Read in a document
 * with a `<recordTarget>`/`<patientRole>` whose patient has a `<name>`, and not for a test or specimen patient
 * (`<family>Everywoman</family>`). Gated on `patientrole`.
 *
 * Review of session 41: elements may carry a namespace prefix (`<cda:patientRole>`, `<hl7:id>`) and attributes single
 * quotes, and only the name inside `<patient>` decides the test patient — an author or a nurse named "Test" elsewhere in
 * the document silences nothing.
 */
import { asDocumentedExamples, containsAny, type Emit } from "../detector.js";
import { emitFields, type Field } from "./key-values.js";
import { valueFits } from "./values.js";
import { isTestPersonName } from "./test-records.js";

const CDA_STEMS = ["patientrole"];
const PATIENT_ROLE_ID =
  /<(?:[A-Za-z_][\w.-]{0,20}:)?patientRole(?:\s[^<>]{0,200})?>\s{0,40}<(?:[A-Za-z_][\w.-]{0,20}:)?id\s[^<>]{0,200}?extension=["']([^"'<>]{4,40})["']/g;
const BIRTH_TIME = /<(?:[A-Za-z_][\w.-]{0,20}:)?birthTime\s+value=["'](\d{8})[\d+-]{0,12}["']/g;
const CODED_VALUE = /<(?:[A-Za-z_][\w.-]{0,20}:)?value\s[^<>]{0,300}?xsi:type=["']CD["'][^<>]{0,300}?displayName=(?:"([^"<>]{3,120})"|'([^'<>]{3,120})')/g;
/** The `<patient>` element (not `<patientRole>`), whose name is the record's. */
const PATIENT = /<(?:[A-Za-z_][\w.-]{0,20}:)?patient[\s>]/;
const FAMILY = /<(?:[A-Za-z_][\w.-]{0,20}:)?family(?:\s[^<>]{0,100})?>([^<>]{1,60})<\//;
const GIVEN = /<(?:[A-Za-z_][\w.-]{0,20}:)?given(?:\s[^<>]{0,100})?>([^<>]{1,60})<\//;

/** The attribute value of each match of `pattern` (group 1, or 2 when single-quoted) as a field of `kind`. */
function collect(text: string, pattern: RegExp, kind: Field["kind"], fields: Field[]): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const value = match[1] ?? match[2]!;
    if (kind !== "health" && !valueFits(kind, value)) continue;
    const start = match.index + match[0].lastIndexOf(value);
    fields.push({ kind, start, end: start + value.length });
  }
}

export function runCda(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, CDA_STEMS)) return;
  const patient = PATIENT.exec(text);
  if (patient === null) return;
  const name = text.slice(patient.index, patient.index + 600);
  const family = FAMILY.exec(name)?.[1];
  if (family === undefined) return;
  // A test or specimen patient's record is a documented example: reported marked (privacy.testValues, session 44).
  const test = isTestPersonName(family, GIVEN.exec(name)?.[1]);
  const fields: Field[] = [];
  collect(text, PATIENT_ROLE_ID, "medical_record", fields);
  collect(text, BIRTH_TIME, "date_of_birth", fields);
  collect(text, CODED_VALUE, "health", fields);
  if (fields.length > 0)
    emitFields(
      fields.sort((left, right) => left.start - right.start),
      test ? asDocumentedExamples(emit) : emit,
      "cda-attribute",
      true,
    );
}
