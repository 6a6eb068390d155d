/**
 * ANSI/NIST-ITL biometric transactions in their tagged-field form (session 41): `<record type>.<field number>:<value>`
 * lines (`2.022:19820617`, `9.012:1;0412;0733;112;A;80~…`). The field number is the whole evidence: type-2 fields
 * 2.014 (FBI number), 2.015 (state id), 2.016 (SSN), 2.022 (birth date); the minutiae of type 9 (9.012) and the image
 * data of fingerprint, face, iris and palm records (x.999 of types 4, 10, 13, 14, 15, 17) are biometric. Type-2 and
 * type-9 fields are read only in a transaction (its type-1 header field 1.001 or 1.002 in the text); image data alone
 * anywhere. One pass over the tagged lines, gated on the tags. In the traditional encoding the fields are split by
 * the GS and FS separators (U+001D, U+001C) rather than line ends, and a record type may carry a leading zero (`02.022`;
 * review of session 41).
 */
import { containsAny, PRIORITY, type Emit } from "../detector.js";
import type { FieldKind } from "./field-names.js";
import { valueFits } from "./values.js";

const HEADER_STEMS = ["1.001:", "1.002:"];
const STEMS = [...HEADER_STEMS, ".999:"];
/** The traditional encoding's FS and GS separators (U+001C, U+001D). */
const SEPARATORS = String.fromCharCode(0x1c, 0x1d);
const TAGGED_LINE = new RegExp(`(?:^|[${SEPARATORS}])[ \\t]*(\\d{1,2})\\.(\\d{3}):([^\\r\\n${SEPARATORS}]{1,2000})`, "gm");
const TYPE_2: Readonly<Record<string, FieldKind>> = { "014": "national_id", "015": "national_id", "016": "us_ssn", "022": "date_of_birth" };
const IMAGE_RECORDS = new Set(["4", "10", "13", "14", "15", "17"]);
/** Minutiae lists: index;x;y;theta;type;quality records separated by `~` (or the US/RS separators written out). */
const MINUTIAE = /^\d{1,3}[;,]\d{3,5}[;,]\d{3,5}[;,]\d{1,3}/;
const IMAGE_DATA = /^[A-Za-z0-9+/]{40,}={0,2}$|^(?:[0-9A-Fa-f]{2}){20,}$/;

/** The kind of a tagged field's value, when the field number names personal data. */
function taggedKind(record: string, field: string, value: string): FieldKind | undefined {
  if (record === "2") {
    const kind = TYPE_2[field];
    return kind && valueFits(kind === "us_ssn" || kind === "date_of_birth" ? kind : "national_id", value) ? kind : undefined;
  }
  if (record === "9" && field === "012" && MINUTIAE.test(value)) return "biometric";
  if (field === "999" && IMAGE_RECORDS.has(record) && IMAGE_DATA.test(value)) return "biometric";
  return undefined;
}

export function runAnsiNist(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, STEMS)) return;
  // Without the transaction header only image data (x.999 of an image record) is read: a lone `2.022:` may be anything.
  const transaction = containsAny(lower, HEADER_STEMS);
  TAGGED_LINE.lastIndex = 0;
  for (let match = TAGGED_LINE.exec(text); match !== null; match = TAGGED_LINE.exec(text)) {
    if (!transaction && match[2] !== "999") continue;
    const value = match[3]!.trim();
    const kind = taggedKind(String(Number(match[1]!)), match[2]!, value);
    if (kind === undefined) continue;
    const start = match.index + match[0].length - match[3]!.length + (match[3]!.length - match[3]!.trimStart().length);
    emit(kind, start, start + value.length, "ansi-nist-field", PRIORITY.structured);
  }
}
