/**
 * Street addresses in Bengali, Tamil, Urdu, Persian and Thai, which the regional address rules do not read. An
 * address opens with the script's house-number word and a number (বাড়ি ২৭, বাসা ৫, கதவு எண் 14, مکان نمبر 45,
 * a Thai house number 99/45 before หมู่บ้าน/ซอย/ถนน) or, in Persian, a street word (خیابان/بلوار) after at most one
 * city word, and runs over its comma-separated parts on the same line until a sentence end, a quote, a phone or
 * postcode label, or 140 characters. It counts when it has at least two parts and ends with a postal code (4–6
 * digits) or, in Persian, holds a plate number (پلاک); the span is cut after the postcode (or the last part).
 * Whether the address belongs to a business or a landmark is left to the judgement (public-context.ts). Digits of
 * these scripts are already ASCII in the scanned text. Keyword-gated; linear (one bounded window per opening).
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";

const OPENING =
  /(?<![\p{L}\p{M}])(?:(?:বাড়ি|বাসা|হোল্ডিং|ফ্ল্যাট)\s?(?:নং|নম্বর)?\.?\s?\d+|(?:கதவு|வீட்டு|வீடு|பிளாட்)\s?எண்\.?\s?:?\s?\d+|(?:مکان|گھر|فلیٹ|پلاٹ|ہاؤس)\s?نمبر\s?:?\s?\d+|(?:[\p{Script=Arabic}]{2,16}،\s?)?(?:خیابان|بلوار)\s)|(?<![\d/])\d{1,4}(?:\/\d{1,4})?\s(?=หมู่บ้าน|หมู่ที่|หมู่|ซอย|ถนน)/gu;
const OPENING_NFKC = new RegExp(OPENING.source.normalize("NFKC"), "gu");
/** Where the address stops: a line or sentence end, a quote, a phone, postcode or e-mail label. */
const STOP =
  /[\n"“”»«।؟!]|\.\s|\s(?:ফোন|মোবাইল|தொலைபேசி|கைபேசி|فون|موبائل|تلفن|موبایل|کد\s?پستی|โทร|เบอร์)|[,،]\s?(?:ফোন|মোবাইল|தொலைபேசி|கைபேசி|فون|موبائل|تلفن|موبایل|کد\s?پستی)/u;
const POSTCODE = /(?<!\d)\d{4,6}(?!\d)/g;
const PERSIAN_PLATE = /پلاک\s?\d+/u;
const PARTS = /[,،]|\s(?=แขวง|เขต|ซอย|ถนน|ตำบล|อำเภอ|จังหวัด|กรุงเทพ)/gu;
const TRAILING = /[\s,،]+$/u;

const STEMS: readonly string[] = ["বাড়ি".normalize("NFKC"), "বাসা", "হোল্ডিং", "ফ্ল্যাট", "எண்", "نمبر", "خیابان", "بلوار", "หมู่", "ซอย", "ถนน"];

function runScriptAddresses(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, STEMS)) return;
  OPENING_NFKC.lastIndex = 0;
  for (let match = OPENING_NFKC.exec(text); match !== null; match = OPENING_NFKC.exec(text)) {
    const start = match.index;
    let window = text.slice(start, start + 140);
    const stop = STOP.exec(window.slice(match[0].length));
    if (stop) window = window.slice(0, match[0].length + stop.index);
    window = window.replace(TRAILING, "");
    const parts = window.match(PARTS)?.length ?? 0;
    if (parts < 1) continue;
    const persian = match[0].includes("خیابان") || match[0].includes("بلوار");
    let end = -1;
    if (persian) {
      if (!PERSIAN_PLATE.test(window)) continue;
      end = window.length;
    } else {
      POSTCODE.lastIndex = match[0].length;
      for (let code = POSTCODE.exec(window); code !== null; code = POSTCODE.exec(window)) end = code.index + code[0].length;
      if (end < 0) continue;
    }
    emit("street_address", start, start + end, "script-address", PRIORITY.contextual + 5);
    OPENING_NFKC.lastIndex = start + end;
  }
}

export const scriptAddressDetectors: Detector[] = [{ name: "script-addresses", run: runScriptAddresses }];
