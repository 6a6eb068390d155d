/**
 * Driver's licence numbers. No format is shared across issuers (a US state's is 7-13 characters,
 * the UK DVLA's 16, India's `MH12 20110012345`, Korea's `11-12-345678-90`, Russia's `77 12 345678`),
 * so a number counts when a licence word in any supported language precedes it within a short
 * window, and it has at least four digits and is not a date. The UK DVLA number, whose shape
 * (surname, birth date, initials) is distinctive, also counts on its own. Our own code: the
 * keywords come from the issuers' own document names.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAnyAtWordStart, type PatternGate } from "../detector.js";
import { isPlaceholderValue, isRepetitive } from "../context.js";
import { matchesStartingWithDigits } from "../digit-runs.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const ACCEPTABLE_PATTERN_1 = /[\s\-/.*]/g;
const ACCEPTABLE_PATTERN_2 = /\D/g;
const ACCEPTABLE_PATTERN_3 = /^(?:19|20)\d\d[-/.]\d\d[-/.]\d\d$/;
const RUN_DRIVER_LICENCES_PATTERN_1 = /[-/.]+$/;
/** A format or example word between the licence word and the number: "prawa jazdy w formacie 12345/20/1234" (session 45). */
const FORMAT_BETWEEN =
  /(?<![\p{L}])(?:format\p{L}*|formacie|formato|e\.g\.|example|sample|specimen|przykład\p{L}*|np\.|ejemplo|exemplo|esempio|voorbeeld)(?![\p{L}])/iu;
/** Nothing but label punctuation after a licence word up to the line's end. */
const LABEL_REST = /^[\s\-:#.]*$/;
/** "DOB 08/19/1990" on an OCR'd card: a label before a date is no number. */
const LETTER_PREFIX = /^[A-Z]{1,6}[ -]?/;

const LICENCE_KEYWORD = new RegExp(
  [
    // English
    "driver['’]?s?[ -]licen[cs]e|driving[ -]licen[cs]e|driver licen[cs]e|licen[cs]e to drive|\\bDL\\s?(?:#|no\\.?|num(?:ber)?|nr\\.?)|\\bDLN\\b|\\bD\\.L\\.",
    // German, French, Spanish, Italian, Portuguese, Dutch, Nordic, Turkish
    "führerschein(?:nummer|-?nr\\.?)?|fuehrerschein(?:nummer)?|permis de conduire|n° de permis|numéro de permis|numero de permis",
    // a licence named by its owner or article alone: "mon permis : …", "OCR della patente: …"
    "(?:mon|ton|son|votre|notre|du|le) permis(?! de (?:construire|séjour|sejour|travail|chasse|pêche|peche|port|bateau|exploitation|lotir|démolir|aménager))|(?:della|mia|tua|sua|nella) patente|(?:la|una) patente(?= di (?:mio|mia|tuo|tua|suo|sua|nostro|nostra|vostro|vostra|loro))",
    // an Italian "patente" with a number label a few words on ("aggiornare la patente sul profilo: nuovo numero …")
    // (not a Spanish or Portuguese patent, "patente de invención n° 2345678", nor an Italian "patente d'invenzione")
    "patente(?! d[ei] | d['’])(?=[^\\n.;]{0,32}?(?<![\\p{L}])(?:numero|n\\.|nr\\.?|n°)(?![\\p{L}]))",
    "licencia de (?:conducir|manejo|conducción)|licencia federal(?: de conductor)?|carn[eé] de conducir|carnet de conducir|permiso de (?:conducir|conducción)",
    "patente di guida|patente (?:n\\.|nr\\.|numero)|numero (?:di )?patente|carta de condução|carta de conducao|carteira de motorista|carteira nacional de habilitação|\\bCNH\\b",
    "rijbewijs(?:nummer)?|körkort(?:snummer)?|kørekort(?:nummer)?|førerkort(?:nummer)?|ajokortti|ehliyet",
    // Polish, Russian, Ukrainian
    // ("ВУ" and "в/у" between non-letters: `\b` is ASCII-only and never stood before a Cyrillic letter after a space: session 48)
    "prawa? jazdy|prawo jazdy|водительск(?:ое|ого|ие|их) (?:удостоверени[еяю]|прав[аом]?)|(?<![\\p{L}\\p{N}])ВУ(?![\\p{L}\\p{N}])|(?<![\\p{L}])в/у(?![\\p{L}])|посвідчення водія",
    // Chinese, Japanese, Korean, Hindi, Arabic; Marathi, Bengali, Tamil and Gujarati (session 50, dev-83)
    "驾驶证|驾照|駕駛執照|駕照|驾驶执照|運転免許証?|免許証|운전면허(?:증)?|ड्राइविंग लाइसेंस|ड्राइविंग लायसेंस|चालक लाइसेंस|डीएल|वाहन परवाना|परवाना क्र\\.?|परवाना क्रमांक|ड्रायव्हिंग लायसन्स|ড্রাইভিং লাইসেন্স|ஓட்டுநர் உரிமம்|உரிம எண்|ડ્રાઇવિંગ લાઇસન્સ|લાઇસન્સ નંબર|رخصة (?:القيادة|السياقة|السواقة)",
  ].join("|"),
  "giu",
);

const STEMS = [
  "licen",
  "dl",
  "d.l.",
  "führerschein",
  "fuehrerschein",
  "permis",
  "conduc",
  "patente",
  "condução",
  "conducao",
  "motorista",
  "cnh",
  "rijbewijs",
  "körkort",
  "kørekort",
  "førerkort",
  "ajokortti",
  "ehliyet",
  "jazdy",
  "водител",
  "ву",
  "в/у",
  "驾",
  "駕",
  "免許",
  "운전면허",
  "ड्राइविंग",
  "चालक",
  "डीएल",
  "परवाना",
  "ड्रायव्हिंग",
  "ড্রাইভিং",
  "ஓட்டுநர்",
  "உரிம",
  "ડ્રાઇવિંગ",
  "લાઇસન્સ",
  "رخصة",
];

/** An identifier token: optional upper-case letters, then digit-led groups joined by single separators. */
const VALUE_TOKEN =
  /(?<![A-Za-z0-9\u00c0-\u024f\u0400-\u04ff])(?:[A-Z0-9] ){5,}[A-Z0-9](?![A-Za-z0-9])|(?<![A-Za-z0-9\u00c0-\u024f\u0400-\u04ff])(?:[A-Z]{1,6}[ -]?)?\d[\dA-Za-z]*(?:[ \-/.]\d[\dA-Za-z]*|[-/.][A-Za-z]+\d[\dA-Za-z]*|\*+\d+)*/gu;
const DATE_LIKE = /^(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|(?:19|20)\d\d|\d{1,2})$/;
/** UK DVLA: 5 surname characters (9-padded), 6 digits with the birth date, 2 initials, a digit, 2 check characters. */
const DVLA = /\b[A-Z9]{5}\d(?:[05][1-9]|[16][0-2])(?:0[1-9]|[12]\d|3[01])\d[A-Z9]{2}\d[A-Z]{2}(?:\s?\d{2})?\b/g;
/** The part of every DVLA match after the surname: a pass that starts only at digits (~10 µs on 2,000 tokens against ~30 µs). */
const DVLA_TAIL = /\d{6}[A-Z9]{2}\d[A-Z]{2}/;
export const DVLA_GATE: PatternGate = { name: "uk-dvla", pattern: DVLA, mayMatch: (text) => matchesStartingWithDigits(text, DVLA_TAIL, 6) };

function acceptable(value: string): boolean {
  const compact = value.replace(ACCEPTABLE_PATTERN_1, "");
  const digits = compact.replace(ACCEPTABLE_PATTERN_2, "").length;
  if (compact.length < 5 || compact.length > 20 || digits < 4) return false;
  if (DATE_LIKE.test(value) || DATE_LIKE.test(value.replace(LETTER_PREFIX, "")) || isRepetitive(compact) || isPlaceholderValue(value)) return false;
  return !ACCEPTABLE_PATTERN_3.test(value);
}

/**
 * The value named right after as another kind of code (session 48): "KA01 2018 is the lecture code for the RTO course",
 * "… is our course number". A word other than a licence's before "code"/"number"; "is the number on my licence" and
 * "is the licence number" keep the licence.
 */
const ANOTHER_CODE_AFTER =
  /^[ \t]*(?:is|was|=)[ \t]+(?:the|a|an|our|their|its)[ \t]+(?:(?!licen[cs]e|driver|driving|permit|dl)(\p{L}{3,20})[ \t]+){1,2}(?:code|number|no\.?|id)(?![\p{L}])/iu;

function namedAnotherCode(after: string): boolean {
  return ANOTHER_CODE_AFTER.test(after);
}

function runDriverLicences(text: string, emit: Emit, lower: string): void {
  DVLA.lastIndex = 0;
  for (let match = DVLA_GATE.mayMatch(text, lower) ? DVLA.exec(text) : null; match !== null; match = DVLA.exec(text))
    emit("driver_license", match.index, match.index + match[0].length, "uk-dvla-licence", PRIORITY.checksum + 8);
  if (!containsAnyAtWordStart(lower, STEMS)) return; // a stem at a word start ("voice" is not in "invoices")
  LICENCE_KEYWORD.lastIndex = 0;
  let coveredUntil = 0;
  for (let keyword = LICENCE_KEYWORD.exec(text); keyword !== null; keyword = LICENCE_KEYWORD.exec(text)) {
    const from = Math.max(coveredUntil, keyword.index + keyword[0].length);
    // The number follows within a short window on the same line (after "number", ":", "is", "号码是" ...).
    let to = Math.min(text.length, from + 48);
    const lineBreak = text.indexOf("\n", from);
    if (lineBreak >= 0 && lineBreak < to && lineBreak > from) to = lineBreak;
    // A label broken over two lines by a PDF copy ("Führerschein-\nnummer: …", "CA DL\n#: …"): read the next line.
    if (lineBreak >= 0 && lineBreak < from + 48 && LABEL_REST.test(text.slice(from, lineBreak))) {
      const nextBreak = text.indexOf("\n", lineBreak + 1);
      to = Math.min(text.length, lineBreak + 49, nextBreak < 0 ? text.length : nextBreak);
    }
    if (from >= to) continue;
    const window = text.slice(from, to);
    VALUE_TOKEN.lastIndex = 0;
    for (let token = VALUE_TOKEN.exec(window); token !== null; token = VALUE_TOKEN.exec(window)) {
      const value = token[0].replace(RUN_DRIVER_LICENCES_PATTERN_1, "");
      // "valid until 2031-05-04", "class B since 2009": a date or a year is not the number.
      if (!acceptable(value)) continue;
      const start = from + token.index;
      if (FORMAT_BETWEEN.test(window.slice(0, token.index))) break;
      if (namedAnotherCode(text.slice(start + value.length, start + value.length + 48))) break;
      emit("driver_license", start, start + value.length, "licence-after-keyword", PRIORITY.checksum + 8);
      coveredUntil = start + value.length;
      break;
    }
  }
}

export const driverLicenseDetectors: Detector[] = [{ name: "driver-licences", run: runDriverLicences }];
