/**
 * Travel documents other than a passport's own label (issue #15, session 53, dev-94), read after the label the document,
 * its form or its holder writes:
 * - the travel document's number as visa forms ask for it — the Schengen form's "Nummer des Reisedokuments", "Numéro du
 *   document de voyage", "número del documento de viaje", "numero del documento di viaggio", "number of travel
 *   document" — and the Greek passport ("αριθμός διαβατηρίου", "διαβατήριο"): `passport`;
 * - a visa's number: the foil, sticker or vignette number ("previous US visa foil number 21082053", "Schengen visa
 *   sticker no. ITA012345678", "Visumnummer", "numéro de visa", "número de visado"): `passport` (a travel document);
 * - a residence permit's card number — the UK BRP, "residence permit/card number", the German Aufenthaltstitel /
 *   Aufenthaltserlaubnis, the French titre or carte de séjour, the Spanish permiso or tarjeta de residencia, the Italian
 *   permesso di soggiorno, the Dutch verblijfsvergunning, the Polish karta pobytu, India's OCI card, the US green card:
 *   `national_id`.
 * The value follows at once (only "no.", "n°", "number", "is", a colon between): an upper-case run of six to twelve
 * letters and digits with at least two digits (three letters of an issuing state may lead: "DEU415062414"), not a
 * date, not one repeated character. Acronym labels (BRP, OCI) need a number word, a card word or a colon after them.
 * A documentation cue in the clause drops the finding (judgement/documentation-cues.ts). Keyword-gated; linear.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import type { PrivacyCategory } from "../types.js";

const TRAVEL_DOCUMENT_LABEL =
  /(?<![\p{L}\p{N}])(?:number of (?:the |your |his |her )?travel document|travel document (?:no\.?|number|#)|nummer des reisedokuments|reisedokument(?:en)?nummer|num[ée]ro du document de voyage|n[°º] du document de voyage|n[úu]mero del documento de viaje|numero del documento di viaggio|n[úu]mero do documento de viagem|numer dokumentu podróży|(?:αριθμός |αρ\. ?)?διαβατηρίου|διαβατήριο|visa (?:foil|sticker|vignette|label)(?: (?:no\.?|number|#))?|visa (?:no\.?|number|#)|visumnummer|visanummer|num[ée]ro (?:de|du) visa|n[úu]mero de(?:l)? (?:visado|visa)|numero (?:del )?visto)(?![\p{L}])/giu;

const PERMIT_LABEL =
  /(?<![\p{L}\p{N}])(?:brp(?: card)?(?=\s*(?:no\b|number|nr\b|#|:))|biometric residence (?:permit|card)|residence (?:permit|card) (?:card )?(?:no\.?|number|#)|aufenthalts(?:titel|erlaubnis|karte)(?:-?nr\.?|nummer)?|(?:titre|carte) de séjour|(?:permiso|tarjeta) de residencia|permesso di soggiorno|verblijfs(?:vergunning|document)(?:nummer)?|karta pobytu|oci card|oci (?=no\b|number)|green card|permanent resident card)(?![\p{L}])/giu;

/**
 * Between the label and the value: the holder in the genitive before a colon ("αριθμός διαβατηρίου της Ελένης …:",
 * "número del documento de viaje de Iván:"), punctuation, a number word (capitalised too: "Aufenthaltstitel Nr."; session
 * 53 review), a copula, "card" (at most two).
 */
const VALUE_AFTER =
  /^(?:\s+(?:of|de|del|da|do|du|der|des|di|von|van|της|του)\s+(?:\p{L}[\p{L}'’-]*\s+){0,3}?\p{L}[\p{L}'’-]*\s*(?=[:：]))?[\s:：#=.,\-–(]*(?:(?:[Nn]o|[Nn]r|[Nn][°º]|[Nn]\.º|[Nn]umber|[Nn]ummer|[Nn]uméro|[Nn]úmero|[Nn]umero|[Nn]umer|is|ist|est|es|è|é|card|[Kk]arte)(?![\p{L}])[\s:：#=.)]*){0,2}([A-Z]{1,3} ?[0-9][0-9A-Z]{4,11}|[0-9][0-9A-Z]{5,11})(?![\p{L}\p{N}])/u;
const DIGIT = /\d/g;
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$|^(?:19|20)\d{6}$/;
const REPEATED = /^(.)\1+$/;

const STEMS: readonly string[] = [
  "travel document",
  "reisedokument",
  "document de voyage",
  "documento de viaje",
  "documento di viaggio",
  "documento de viagem",
  "dokumentu podróży",
  "διαβατ",
  "visa",
  "visum",
  "visado",
  "visto",
  "brp",
  "biometric residence",
  "residence permit",
  "residence card",
  "aufenthalts",
  "de séjour",
  "de residencia",
  "permesso di soggiorno",
  "verblijfs",
  "karta pobytu",
  "oci ",
  "green card",
  "permanent resident card",
];

/** The value right after a label ending at `labelEnd`, emitted as `category`. */
function valueAfterLabel(text: string, labelEnd: number, category: PrivacyCategory, emit: Emit): void {
  const match = VALUE_AFTER.exec(text.slice(labelEnd, labelEnd + 80));
  if (match === null) return;
  const value = match[1]!;
  const compact = value.replace(" ", "");
  if (compact.length < 6 || compact.length > 12 || (compact.match(DIGIT)?.length ?? 0) < 2) return;
  if (DATE_LIKE.test(compact) || REPEATED.test(compact)) return;
  const start = labelEnd + match.index + match[0].length - value.length;
  emit(category, start, start + value.length, "travel-document-label", PRIORITY.checksum - 2);
}

function runTravelDocuments(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, STEMS)) return;
  for (const [pattern, category] of [
    [TRAVEL_DOCUMENT_LABEL, "passport"],
    [PERMIT_LABEL, "national_id"],
  ] as const) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) valueAfterLabel(text, match.index + match[0].length, category, emit);
  }
}

export const travelDocumentDetectors: Detector[] = [{ name: "travel-documents", run: runTravelDocuments }];
