/**
 * Laboratory values recognised by their shape rather than their analyte's name (session 43, s43-health2): a word,
 * a linking word or two, a number and a unit only clinical results carry (mg/dL, mmol/L, µmol/L, g/dL, U/L, ng/mL,
 * ×10^9/L, mmHg, мкмоль/л …), so an analyte no list holds ("procalcitonin 2.4 ng/mL", "Lipase 412 U/L", "amonio 98
 * µmol/L") still counts. Units that also measure everyday things (ml, g/L, %, km/h, /min) are left to the analyte
 * list of clinical.ts. The caller (clinical.ts) reports a value only with an identified private person around it.
 * Linear: one pass of a literal-led unit pattern, and a bounded look back (≤ 48 characters) from each number.
 */
import { containsAny } from "../detector.js";

/** A number and a clinical unit; the number must not continue another number or word ("A1.5", "1.2.3"). */
const CLINICAL_VALUE =
  /(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)?[ \u00a0]?(?:[×x*][ \u00a0]?10\^?9\/l|mg\/dl|mmol\/l|[µμu]mol\/l|g\/dl|u\/l|iu\/l|ng\/ml|pg\/ml|nmol\/l|pmol\/l|miu\/l|miu\/ml|[µμ]iu\/ml|meq\/l|copies\/ml|cells\/[µμ]l|mmhg|ммоль\/л|мкмоль\/л|мг\/дл|ед\/л|нг\/мл|мм рт\.?\s?ст)(?![\p{L}])/giu;
/** Literals one of which every CLINICAL_VALUE match holds (lower-case). */
const UNIT_STEMS = ["/dl", "/l", "/ml", "/µl", "/μl", "mmhg", "/л", "/дл", "/мл", "рт"];
/**
 * The analyte before the number: a word of 2–25 letters, digits or hyphens, then a colon or equals sign, or up to two
 * linking words ("were", "lag bei", "a", "на уровне"). Read on the ≤ 48 characters before the number only.
 */
const ANALYTE_BEFORE =
  /(?<![\p{L}\p{N}])(\p{L}[\p{L}\p{N}-]{1,24})(?:[ \t]*[:=][ \t]*|[ \t]+(?:(?:is|was|were|are|at|of|a|à|de|di|da|von|bei|lag|liegt|ist|war|est|était|era|es|è|van|на|уровне|равен|came|back)[ \t]+){0,2})$/u;
/** Words that stand before a number without naming what it measures. */
const NOT_ANALYTES = new Set(
  "convert|converts|converted|about|around|approximately|approx|ca|circa|than|to|from|below|above|under|over|between|and|or|by|bis|unter|über|zwischen|und|oder|entre|moins|plus|et|ou|menos|más|y|o|meno|più|e|tot|en|of|до|от|ниже|выше|и|или|target|goal|normal|range|reference|ziel|norm|normwert|cible|objetivo|obiettivo|норма".split(
    "|",
  ),
);

export interface LabShape {
  start: number;
  end: number;
}

/** The analyte-and-value spans of `text` whose unit is clinical; `lower` is the text lower-cased. */
export function labShapes(text: string, lower: string): LabShape[] {
  const shapes: LabShape[] = [];
  if (!containsAny(lower, UNIT_STEMS)) return shapes;
  CLINICAL_VALUE.lastIndex = 0;
  for (let match = CLINICAL_VALUE.exec(text); match !== null; match = CLINICAL_VALUE.exec(text)) {
    const windowStart = Math.max(0, match.index - 48);
    const before = text.slice(windowStart, match.index);
    const analyte = ANALYTE_BEFORE.exec(before);
    if (analyte === null || NOT_ANALYTES.has(analyte[1]!.toLowerCase())) continue;
    shapes.push({ start: windowStart + analyte.index, end: match.index + match[0].length });
  }
  return shapes;
}
