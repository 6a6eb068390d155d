/**
 * XML records (session 36): an element whose tag is a field name holds that kind of value, as a JSON key or a column
 * header does (`<name>Kofi Mensah</name><salary currency="GBP">47500</salary>`, `<dx>asthma</dx>`). Leaf elements
 * only (text without markup between the tags); the tag is read as field-names.ts reads keys (`<PatientName>`,
 * `<patient_name>`, `<ns:dob>` by its last part). A health or financial element needs a person or identifier element
 * in the same record (emitFields). One pass over the text; gated on a closing tag.
 */
import type { Emit } from "../detector.js";
import { fieldKind } from "./field-names.js";
import { valueFits } from "./values.js";
import { emitFields, type Field } from "./key-values.js";

/** An opening tag (perhaps with attributes and a namespace prefix), leaf text on one line, the same closing tag. */
const LEAF_ELEMENT = /<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]{0,40})(?:\s[^<>]{0,200})?>([^<>\n]{1,200})<\/(?:[A-Za-z_][\w.-]*:)?\1>/g;

export function runXmlElements(text: string, emit: Emit): void {
  if (!text.includes("</")) return;
  const fields: Field[] = [];
  LEAF_ELEMENT.lastIndex = 0;
  for (let match = LEAF_ELEMENT.exec(text); match !== null; match = LEAF_ELEMENT.exec(text)) {
    const kind = fieldKind(match[1]!);
    const raw = match[2]!;
    if (kind === undefined || raw.trim() === "") continue;
    const lead = raw.length - raw.trimStart().length;
    // The opening tag ends at the match's first ">" (attributes hold none).
    const start = match.index + match[0].indexOf(">") + 1 + lead;
    const value = raw.trim();
    if (kind === "person" || kind === "health" || valueFits(kind, value)) fields.push({ kind, start, end: start + value.length });
  }
  if (fields.length > 0) emitFields(fields, emit, "xml-element", false, text);
}
