/**
 * Street addresses whose order the regional rules (scripts.ts, east-european.ts) do not read:
 * - Arabic addresses that open with the dwelling and its number — شقة 9، الدور الرابع، 45 شارع عباس العقاد، مدينة نصر،
 *   القاهرة / فيلا 27، شارع 14، الراشدية، دبي — and run over comma-separated parts on the same line (each of at most
 *   five words, a part opening with و "and" ends it); they count with at least three parts, one of them a street or
 *   district word (شارع, طريق, حي, منطقة).
 * - Hebrew addresses: a street word (רחוב, שדרות, דרך, סמטת, their abbreviations) at a word start, a name, the house
 *   number, optional flat/floor/entrance (דירה, קומה, כניסה) and a city after a comma.
 * - Russian addresses with the street type after the name and a flat: Лиговский пр., д. 50, лит. А, кв. 23 (a flat
 *   number makes the address a home), with an optional city before; session 48 (dev-77): "д." may be left out and the
 *   building glued to the house number (Профсоюзная ул., 56к2, кв. 118).
 * An address with a company or office word in the 80 characters before it (חברה, ח.פ., בע"מ, שירות הלקוחות, "their
 * address" שלהם; شركة, فرع, مكتب, فندق; ООО, офис, магазин) is a business's and is not reported; other businesses and
 * landmarks are left to the judgement (public-context.ts).
 * Keyword-gated; linear (bounded windows).
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";

const ARABIC_OPENING = /(?<![\p{L}\p{M}])(?:شقة|فيلا|عمارة|مبنى|منزل)\s?(?:رقم\s?)?\d{1,4}/gu;
const ARABIC_STREET = /(?:^|\s)(?:شارع|طريق|حي|منطقة)(?:\s|$)/u;
const ARABIC_STOP = /[\n.!؟:"«»]/u;
const HEBREW =
  /(?<![\p{L}\p{M}])(?:רחוב|רח'|שדרות|שד'|דרך|סמטת)\s[א-ת"'\- ]{2,25}?\s\d{1,4}(?:[א-ת](?![א-ת]))?(?:,?\s?(?:דירה|קומה|כניסה)\s?\d{1,3})*(?:,\s?[א-ת][א-ת\- ]{0,18}[א-ת])?/gu;
const RUSSIAN =
  /(?:[А-ЯЁ][\p{L}-]{2,30},\s?)?[А-ЯЁ][\p{L}-]{2,30}\s(?:пр\.|пр-т|просп\.|ул\.|пер\.|наб\.|б-р|ш\.|пл\.),\s?(?:(?:д\.|дом)\s?)?\d{1,4}(?:к\d{1,2}|[а-я])?(?:\/\d{1,3})?(?:,\s?(?:корп\.|к\.|стр\.|лит\.)\s?[\dА-Я]{1,3})*,\s?(?:кв\.|квартира)\s?\d{1,4}/gu;
const BUSINESS_BEFORE = /חברה|ח\.פ\.|בע"מ|שירות הלקוחות|שלהם|סניף|משרד|شركة|فرع|مكتب|فندق|مول|ООО|офис|магазин/u;
const STEMS: readonly string[] = ["شقة", "فيلا", "عمارة", "مبنى", "منزل", "רחוב", "רח'", "שדרות", "שד'", "דרך", "סמטת", "кв.", "квартира"];

function businessBefore(text: string, start: number): boolean {
  return BUSINESS_BEFORE.test(text.slice(Math.max(0, start - 80), start));
}

function runArabic(text: string, emit: Emit): void {
  ARABIC_OPENING.lastIndex = 0;
  for (let match = ARABIC_OPENING.exec(text); match !== null; match = ARABIC_OPENING.exec(text)) {
    let window = text.slice(match.index, match.index + 140);
    const stop = ARABIC_STOP.exec(window);
    if (stop) window = window.slice(0, stop.index);
    const parts: string[] = [];
    for (const part of window.split(/[،,]/u)) {
      const trimmed = part.trim();
      if (parts.length > 0 && (trimmed === "" || trimmed.startsWith("و") || trimmed.split(/\s+/u).length > 5)) break;
      parts.push(part);
    }
    if (parts.length < 3 || !parts.some((part) => ARABIC_STREET.test(part))) continue;
    const end = match.index + parts.join("،").trimEnd().length;
    ARABIC_OPENING.lastIndex = end;
    if (businessBefore(text, match.index)) continue;
    emit("street_address", match.index, end, "address-ar-unit-first", PRIORITY.contextual + 5);
  }
}

function runAll(pattern: RegExp, rule: string, text: string, emit: Emit): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text))
    if (!businessBefore(text, match.index)) emit("street_address", match.index, match.index + match[0].trimEnd().length, rule, PRIORITY.contextual + 5);
}

function runUnitAddresses(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, STEMS)) return;
  runArabic(text, emit);
  runAll(HEBREW, "address-he", text, emit);
  runAll(RUSSIAN, "address-ru-flat", text, emit);
}

export const unitAddressDetectors: Detector[] = [{ name: "unit-addresses", run: runUnitAddresses }];
