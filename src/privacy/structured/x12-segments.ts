/**
 * ASC X12 health-care transactions (837 claims, 835 remittances, 270/271 eligibility; session 41): segments end in
 * `~`, elements are split by `*`, and the segment and its qualifiers say what each value is — `NM1*IL|QC|03*1*…*MI*id`
 * a subscriber's or patient's member id (`34`: an SSN), `DMG*D8*date` their birth date, `N3` after such a person
 * their street, `REF*SY*` an SSN, `HI*ABK:code` the claim's diagnosis codes. Providers and payers (`NM1*82`, `NM1*PR`
 * …, entity type 2) are not people's data. One pass over the `NM1`/`DMG`/`N3`/`HI`/`REF` segments; gated on `nm1` or
 * `dmg` and an element separator.
 *
 * The ISA header chooses the separators (review of session 41): elements may be split by `*`, `|`, `^` or `!`, segments
 * end in `~`, a line end or (in a text without `~`) `'`, and composites (`ABK:F200`) use `:` or `>`. Letters are read
 * in either case.
 */
import { asDocumentedExamples, containsAny, type Emit } from "../detector.js";
import { emitFields, type Field } from "./key-values.js";
import type { FieldKind } from "./field-names.js";
import { valueFits } from "./values.js";
import { isTestPersonName } from "./test-records.js";
import { withStandardSeparators } from "./separators.js";

const X12_STEMS = ["nm1*", "dmg*", "nm1|", "dmg|", "nm1^", "dmg^", "nm1!", "dmg!"];
/** A segment at a line start or after a segment terminator: its id, its element separator and its elements. */
const SEGMENT = /(?:^|[~'])[ \t]*(NM1|DMG|N3|HI|REF)([*|^!])([^~\r\n]{1,300})/gim;
const COMPOSITE = /[:>]/;
/** NM1-01 entity codes of a person whose data the claim carries: insured/subscriber, patient, dependent. */
const PERSON_ENTITIES = new Set(["IL", "QC", "03"]);
/** NM1-08 identification qualifiers: member id (MI), HIC/insured's id (II, ZZ) and SSN (34). */
const MEMBER_QUALIFIERS: Readonly<Record<string, FieldKind>> = { MI: "medical_record", II: "medical_record", "34": "us_ssn" };
/** HI-01.. diagnosis code qualifiers (ICD-10 principal, other, admitting, reason for visit; ICD-9). */
const DIAGNOSIS_QUALIFIERS = new Set(["ABK", "ABF", "ABJ", "ABN", "APR", "BK", "BF", "BJ", "PR"]);
/** An ICD code as X12 writes it (`F322`) or as it is pasted with its dot (`F32.2`; session 42). */
const ICD_CODE = /^[A-Z]\d{2}(?:\.?[0-9A-Z]{1,5})?$|^\d{3,5}$/i;

/** Stems of segments split by `:` or `>`, read only as the element separator an ISA header declares (session 41). */
const DECLARED_STEMS = ["nm1:", "dmg:", "nm1>", "dmg>"];
/** An ISA header at a line start or after a terminator: its element separator (ISA's 4th character). */
const ISA = /(?:^|[\r\n~'])[ \t]{0,8}ISA([:>])/i;

/**
 * The text with the element separator its ISA declares (`:` or `>`) written as `*` and ISA-16's component separator
 * as `:` (one character for one: every offset stays); a `*` or `:` the header did not declare becomes a space. The
 * text itself when no ISA declares `:` or `>`.
 */
function declaredSeparators(text: string): string {
  const header = ISA.exec(text);
  if (header === null) return text;
  const element = header[1]!;
  // ISA-16 (the component separator) follows ISA's 16th element separator, within the header's fixed 106 characters.
  let at = header.index + header[0].length;
  for (let count = 1; count < 16 && at > 0; count++) at = text.indexOf(element, at) + 1;
  const component = at > 0 && at - header.index < 120 ? text[at] : undefined;
  if (component === undefined || component === element || /[\sA-Za-z0-9]/.test(component)) return text;
  return withStandardSeparators(text, [element, component], ["*", ":"]);
}

export function runX12Segments(original: string, emit: Emit, lower: string): void {
  const declared = containsAny(lower, DECLARED_STEMS);
  if (!declared && !containsAny(lower, X12_STEMS)) return;
  const text = declared ? declaredSeparators(original) : original;
  const fields: Field[] = [];
  /** A test subscriber's fields: documented examples, reported marked (privacy.testValues, session 44). */
  const exampleFields: Field[] = [];
  let personLoop = false;
  let testLoop = false;
  let hasPerson = false;
  SEGMENT.lastIndex = 0;
  // Without a `~` anywhere, an apostrophe ends a segment (EDIFACT-style terminators); otherwise it is a name's (O'BRIEN).
  const apostropheEnds = !text.includes("~");
  for (let match = SEGMENT.exec(text); match !== null; match = SEGMENT.exec(text)) {
    const body = apostropheEnds ? match[3]!.split("'", 1)[0]! : match[3]!;
    const elementsStart = match.index + match[0].length - match[3]!.length;
    const elements = body.split(match[2]!);
    SEGMENT.lastIndex = elementsStart + body.length;
    const at = (index: number): number => elementsStart + elements.slice(0, index).reduce((sum, element) => sum + element.length + 1, 0);
    const push = (kind: FieldKind, index: number, example = false) => {
      const value = elements[index]?.trim() ?? "";
      if (value && (kind === "health" || kind === "street_address" || valueFits(kind, value)))
        (example ? exampleFields : fields).push({ kind, start: at(index), end: at(index) + value.length });
    };
    const segment = match[1]!.toUpperCase();
    const qualifier = (index: number) => elements[index]?.toUpperCase() ?? "";
    if (segment === "NM1") {
      // A test subscriber (`NM1*IL*1*SMITH*TEST`, `DOE*JOHN`) carries nobody's data: its loop's fields are examples.
      const person = PERSON_ENTITIES.has(qualifier(0)) && elements[1] === "1";
      testLoop = person && isTestPersonName(elements[2] ?? "", elements[3]);
      personLoop = person && !testLoop;
      if (!personLoop && !testLoop) continue;
      if (personLoop) hasPerson = true;
      const kind = MEMBER_QUALIFIERS[qualifier(7)];
      if (kind) push(kind, 8, testLoop);
    } else if (segment === "DMG" && (personLoop || testLoop) && qualifier(0) === "D8") push("date_of_birth", 1, testLoop);
    else if (segment === "N3" && (personLoop || testLoop) && /\d/.test(elements[0] ?? "") && (elements[0]?.length ?? 0) >= 6)
      push("street_address", 0, testLoop);
    else if (segment === "REF" && qualifier(0) === "SY") push("us_ssn", 1);
    else if (segment === "HI" && hasPerson)
      elements.forEach((element, index) => {
        const [qualifier = "", code = ""] = element.split(COMPOSITE);
        if (code && DIAGNOSIS_QUALIFIERS.has(qualifier.toUpperCase()) && ICD_CODE.test(code)) {
          const start = at(index) + qualifier.length + 1;
          fields.push({ kind: "health", start, end: start + code.length });
        }
      });
  }
  if (fields.length > 0) emitFields(fields, emit, "x12-segment", hasPerson);
  if (exampleFields.length > 0) emitFields(exampleFields, asDocumentedExamples(emit), "x12-segment", true);
}
