/**
 * Specimen travel documents (issue #15, session 53, dev-94): governments and ICAO publish specimen passports, identity
 * cards and visas whose machine-readable zones carry valid check digits (the German "Musterpass" of Erika Mustermann,
 * the US "Happy Traveler", HM Passport Office's "UK SPECIMEN", the Dutch and Spanish specimens, Korea's 견본). Such a
 * zone stands for nobody: the scanner drops it unless `privacy.testValues: sensitive`, like the Utopia (`UTO`) zones the
 * readers skip. A zone counts as a specimen when its paragraph (up to 240 characters before it, 80 after, not across a
 * blank line) calls the document a specimen in any of the languages such brochures are written in, or names a
 * published specimen holder. Judged for the MRZ readers' findings only (ids.ts `passport-mrz`, identifier-formats.ts
 * `id-format-mrz-line`, ocr-mrz.ts `ocr-mrz-td3` / `ocr-mrz-td1`); constant work per finding. Not "sample" or "fake":
 * "a sample of my passport scan", "is this passport fake?" are a real holder's.
 * Also a zone the writer says they made up to test a parser or a validator ("I made up this MRZ line to test my
 * validator", "ausgedacht", "inventé", "随便编了一行") whose TD3 data line FAILS its check digits: an example shown in a
 * "how do I check this?" question, nobody's (the policy: a number that fails its check digit and is shown as an example
 * is not sensitive; in a real form, with no such cue, it still is).
 */
import type { PrivacyFinding } from "../types.js";
import { mrzLine2Valid } from "../detectors/identifier-formats.js";

export const MRZ_RULES: ReadonlySet<string> = new Set(["passport-mrz", "id-format-mrz-line", "ocr-mrz-td3", "ocr-mrz-td1"]);

/** A specimen word: the brochures' and Doc 9303's own ("Musterpass", "spécimen", "espécimen", "見本", "견본", "образец"). */
const SPECIMEN_CUE =
  /(?<![\p{L}])(?:specimens?|spécimens?|espécimen(?:es)?|especimen|specimina|muster(?:pass|ausweis|dokument|exemplar|seite)?|doc(?:ument)? 9303|icao 9303|voorbeeldpaspoort|wzór (?:paszportu|dowodu)|образ(?:ец|цы|цом) (?:паспорта|документа)|образец)(?![\p{L}])|見本|样本|樣本|样张|樣張|견본/iu;
/**
 * Published specimen holders' name lines in MRZ form (fillers as `<`); the stock placeholder John / Jane Doe as the
 * whole surname (session 53 review: a parser's test zone).
 */
const SPECIMEN_HOLDER =
  /MUSTERMANN<<|TRAVELER<<HAPPY|SPECIMEN<<|<<SPECIMEN|ESPANOLA<ESPANOLA<<|DE<BRUIJN<<WILLEKE|(?:^|\n|[PIACV][A-Z<][A-Z<]{3})DOE<<J(?:OHN|ANE)</;

const BEFORE = 240;
const AFTER = 80;

/** True when an MRZ reader's finding lies in a paragraph that calls its document a specimen. */
export function isSpecimenDocumentZone(text: string, finding: PrivacyFinding): boolean {
  if (!MRZ_RULES.has(finding.rule)) return false;
  let before = text.slice(Math.max(0, finding.start - BEFORE), finding.start);
  const blankBefore = before.lastIndexOf("\n\n");
  if (blankBefore !== -1) before = before.slice(blankBefore + 2);
  let after = text.slice(finding.end, Math.min(text.length, finding.end + AFTER));
  const blankAfter = after.indexOf("\n\n");
  if (blankAfter !== -1) after = after.slice(0, blankAfter);
  const window = before + text.slice(finding.start, finding.end) + after;
  if (SPECIMEN_HOLDER.test(window) || SPECIMEN_CUE.test(window)) return true;
  if (!MADE_UP_CUE.test(window)) return false;
  const line = dataLine(text, finding);
  return line !== undefined && !mrzLine2Valid(line);
}

/** "made up", "invented", "to test my validator" and their equivalents: the writer's own example. */
const MADE_UP_CUE =
  /(?<![\p{L}])(?:made(?: it)? up|made-up|invented|random(?:ly)? (?:typed|generated|made)|typed a random|to test (?:my|the|our)|ausgedacht|erfunden|inventé[es]?|inventad[oa]|inventato|inventata|inventei|wymyśl\p{L}*|придума\p{L}*|uydur\p{L}*)(?![\p{L}])|随便编|编了一|瞎编|適当に作|適当な番号|練習用|지어낸|임의로 만든/iu;
const DATA_LINE = /^[A-Z0-9<]{9}\d[A-Z<]{3}\d{6}/;
const NAME_LINE = /^[PIACV][A-Z<][A-Z<]{3}[A-Z<]+$/;

/** The TD3 data line (44 characters) of an MRZ finding: the finding itself, or the line after a name-line finding. */
function dataLine(text: string, finding: PrivacyFinding): string | undefined {
  const value = text.slice(finding.start, finding.end).replaceAll(" ", "");
  if (value.length === 44 && DATA_LINE.test(value)) return value;
  if (!NAME_LINE.test(value)) return undefined;
  const next = text.indexOf("\n", finding.end);
  if (next === -1 || next > finding.end + 2) return undefined;
  const line = text
    .slice(next + 1, next + 1 + 48)
    .trim()
    .slice(0, 44);
  return line.length === 44 && DATA_LINE.test(line) ? line : undefined;
}
