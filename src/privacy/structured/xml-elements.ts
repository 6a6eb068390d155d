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
import { isPersonName } from "../detectors/people-names.js";

/** A bare name tag: a city's, a company's or a product's name as much as a person's. */
const BARE_NAME_TAG = /^(?:[\w.-]*:)?(?:name|nom|nome|nombre|naam|navn|namn)$/i;
/** Record tags of a person. */
const PERSON_PARENT =
  /(?:person|people|employee|staff|worker|patient|customer|client|user|member|student|pupil|contact|applicant|candidate|tenant|guest|passenger|traveller|traveler|driver|owner|holder|child|parent|beneficiary|payee|insured|subscriber|volunteer|resident|individual|mitarbeiter|kunde|patient|cliente|paciente|empleado|klant|medewerker)s?$/i;
const OPEN_TAG = /<([A-Za-z_][\w.:-]{0,40})(?:\s[^<>]{0,200})?>/g;

/** The innermost element still open before `at` (looking 600 characters back), or undefined. */
function parentTag(text: string, at: number): string | undefined {
  const head = text.slice(Math.max(0, at - 600), at);
  const opened = [...head.matchAll(OPEN_TAG)];
  for (let index = opened.length - 1; index >= 0; index--) {
    const tag = opened[index]![1]!;
    if (!head.includes(`</${tag}>`, opened[index]!.index)) return tag.slice(tag.lastIndexOf(":") + 1);
  }
  return undefined;
}

/**
 * `<name>` is a person's only in a person's record or with a person's name as its value (review of session 36:
 * `<city><name>Lisbon</name>`, `<company><name>Acme</name>` are not).
 */
function personNameElement(text: string, at: number, tag: string, value: string): boolean {
  if (!BARE_NAME_TAG.test(tag)) return true;
  if (value.split(/\s+/u).some((word) => isPersonName(word))) return true;
  const parent = parentTag(text, at);
  return parent !== undefined && PERSON_PARENT.test(parent);
}

/** An opening tag (perhaps with attributes and a namespace prefix), leaf text on one line, the same closing tag. */
const LEAF_ELEMENT = /<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]{0,40})(?:\s[^<>]{0,200})?>([^<>\n]{1,200})<\/(?:[A-Za-z_][\w.-]*:)?\1>/g;

/**
 * Elements named by an attribute rather than their tag (session 41): `<string name="PreSharedKey">"…"</string>`
 * (Android), `<add key="Password" value="…"/>` (.NET), `<property name="ssn" value="…"/>`, and a SAML or eIDAS
 * `<Attribute Name="…/DateOfBirth">` followed by its `<AttributeValue>`. The name is read as a field name (a URI by its
 * last segment); the value is the element's leaf text, its `value` attribute or the attribute value's text.
 */
const NAMED_ELEMENT = /<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]{0,40})\s([^<>]{1,400})>/g;
const NAME_ATTRIBUTE = /(?:^|\s)(?:name|Name|NAME|key|Key|FriendlyName)="([^"<>]{1,200})"/;
const VALUE_ATTRIBUTE = /(?:^|\s)value="([^"<>]{1,200})"/;
const ATTRIBUTE_VALUE = /^\s{0,40}<(?:[A-Za-z_][\w.-]*:)?AttributeValue(?:\s[^<>]{0,200})?>([^<>\n]{1,200})</;
const URI_LAST_SEGMENT = /[/#:]([^/#:]+)$/;

function collectNamedElements(text: string, fields: Field[]): void {
  NAMED_ELEMENT.lastIndex = 0;
  for (let match = NAMED_ELEMENT.exec(text); match !== null; match = NAMED_ELEMENT.exec(text)) {
    const attributes = match[2]!;
    const named = NAME_ATTRIBUTE.exec(attributes);
    if (named === null) continue;
    const kind = fieldKind(URI_LAST_SEGMENT.exec(named[1]!)?.[1] ?? named[1]!);
    if (kind === undefined || kind === "person") continue;
    const after = match.index + match[0].length;
    let start: number;
    let raw: string;
    const valueAttribute = VALUE_ATTRIBUTE.exec(attributes);
    if (valueAttribute !== null) {
      raw = valueAttribute[1]!;
      start = match.index + match[0].indexOf(`value="${raw}"`) + 7;
    } else {
      const rest = text.slice(after, after + 600);
      const inner = /attribute$/i.test(match[1]!) ? ATTRIBUTE_VALUE.exec(rest) : undefined;
      const close = rest.indexOf("<");
      if (inner) {
        raw = inner[1]!;
        start = after + inner[0].length - raw.length - 1;
      } else if (close > 0 && rest.startsWith(`</`, close) && !rest.slice(0, close).includes("\n")) {
        raw = rest.slice(0, close);
        start = after;
      } else continue;
    }
    // Quoted inside the element (`"lola1946abuela"` in WifiConfigStore.xml): the quotes are not the value.
    const trimmed = raw.trim().replace(/^"(.*)"$/, "$1");
    const value = trimmed.trim();
    if (value === "" || !(kind === "health" || valueFits(kind, value))) continue;
    start += raw.indexOf(value);
    fields.push({ kind, start, end: start + value.length });
  }
}

export function runXmlElements(text: string, emit: Emit): void {
  if (!text.includes("</") && !text.includes("/>")) return;
  const fields: Field[] = [];
  if (text.includes('="')) collectNamedElements(text, fields);
  LEAF_ELEMENT.lastIndex = 0;
  for (let match = LEAF_ELEMENT.exec(text); match !== null; match = LEAF_ELEMENT.exec(text)) {
    const kind = fieldKind(match[1]!);
    const raw = match[2]!;
    if (kind === undefined || raw.trim() === "") continue;
    const lead = raw.length - raw.trimStart().length;
    // The opening tag ends at the match's first ">" (attributes hold none).
    const start = match.index + match[0].indexOf(">") + 1 + lead;
    const value = raw.trim();
    if (kind === "person" && !personNameElement(text, match.index, match[1]!, value)) continue;
    if (kind === "person" || kind === "health" || valueFits(kind, value)) fields.push({ kind, start, end: start + value.length });
  }
  // Named elements were collected first: emitFields reads the fields in text order.
  if (fields.length > 0)
    emitFields(
      fields.sort((left, right) => left.start - right.start),
      emit,
      "xml-element",
      false,
      text,
    );
}
