/**
 * Does a value fit the kind its field name announces? A field name is strong evidence, so the
 * checks are about shape (a phone field holds 7-15 digits, a birth-date field a date), plus the
 * usual placeholders (`null`, `N/A`, `<redacted>`, `${VAR}`, `****`) that identify nobody.
 */
import type { FieldKind } from "./field-names.js";
import { isPlaceholderValue, isRepetitive } from "../context.js";
import { luhnValid } from "../checksums.js";
import { isPlaceholderDate } from "../judgement/public-entities.js";

const EMPTY = /^(?:|null|none|nil|undefined|n\/?a|na|unknown|-+|\?+|true|false|yes|no|0|tbd|todo|pending|\[\]|\{\}|redacted|hidden|masked|\*+)$/i;
const DATE_SHAPE =
  /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:T[\d:.]+Z?)?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{8}|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}(?:st|nd|rd|th|\.)?\s+\p{L}{3,12}\.?\s+\d{4}|\p{L}{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})$/u;

function digitCount(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

function plausibleDate(value: string): boolean {
  if (!DATE_SHAPE.test(value) || isPlaceholderDate(value)) return false;
  if (/^\d{8}$/.test(value)) {
    const year = Number(value.slice(0, 4));
    const month = Number(value.slice(4, 6));
    const day = Number(value.slice(6, 8));
    return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }
  return true;
}

/** A money amount or a credit score: `$85,000`, `85000 EUR`, `4.200,50 €`, `720`, `£1.2k`. */
export function isAmount(value: string): boolean {
  return (
    /^(?:[-+]?\s?(?:[$€£¥₹₽]|[A-Z]{3}\s?|zł\s?)?\d[\d\s.,']{0,14}(?:\s?(?:k|K|m|M|mln|tys\.?|万|千))?(?:\s?(?:[$€£¥₹₽]|zł|[A-Z]{3}|руб\.?|元|円|원))?(?:\s?(?:\/|per|a|p\.?)\s?(?:year|yr|month|mo|hour|hr|annum|a|m|h))?)$/u.test(
      value.trim(),
    ) && /\d/.test(value)
  );
}

/** A biometric template or embedding: a numeric vector, a base64 or hex blob of 32+ characters. */
export function isBiometricValue(value: string): boolean {
  const compact = value.trim();
  if (/^\[?\s*-?\d+(?:\.\d+)?(?:e-?\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?(?:e-?\d+)?){3,}/i.test(compact)) return true;
  if (/^(?:[a-z]+:)?[A-Za-z0-9+/_=-]{24,}$/.test(compact) && !isRepetitive(compact)) return true;
  return /^(?:[0-9a-f]{2}[: ]?){16,}$/i.test(compact);
}

/** True when `value` can be the `kind` its field announces. */
export function valueFits(kind: FieldKind, raw: string): boolean {
  const value = raw.trim();
  if (EMPTY.test(value) || value.length > 200) return false;
  if (/^(?:\$\{?[A-Za-z_]\w*\}?|\{\{.*\}\}|%\(?\w+\)?s|<[^>]*>|\[[A-Z_ ]+\]|:\w+|\?|@\w+)$/.test(value)) return false; // template, bind variable
  const digits = digitCount(value);
  switch (kind) {
    case "phone":
      return /^[+(]?[\d\s().\-/]{6,24}(?:\s*(?:x|ext\.?)\s*\d{1,5})?$/.test(value) && digits >= 7 && digits <= 15 && !isRepetitive(value);
    case "date_of_birth":
      return plausibleDate(value);
    case "us_ssn":
      return /^\d{3}-?\d{2}-?\d{4}$/.test(value) || /^(?:\*{3}-?\*{2}-?|x{3}-?x{2}-?)?\d{4}$/i.test(value);
    case "passport":
      return /^[A-Z0-9<]{6,12}$/i.test(value.replace(/\s/g, "")) && digits >= 2 && !isRepetitive(value);
    case "national_id":
    case "medical_record":
      return /^[\p{L}\p{N}][\p{L}\p{N} ./-]{3,30}$/u.test(value) && digits >= 4 && !isRepetitive(value) && !isPlaceholderValue(value);
    case "driver_license":
      return /^[\p{L}\p{N}][\p{L}\p{N} *./-]{3,24}$/u.test(value) && digits >= 4 && !isRepetitive(value) && !isPlaceholderValue(value);
    case "financial":
      return isAmount(value);
    case "biometric":
      return isBiometricValue(value);
    case "bank_account":
      return /^[A-Z0-9][A-Z0-9 -]{4,36}$/i.test(value) && digits >= 6 && !isRepetitive(value);
    case "iban":
      return /^[A-Z]{2}\d{2}[A-Z0-9 ]{10,36}$/i.test(value);
    case "payment_card": {
      const compact = value.replace(/[\s-]/g, "");
      return /^\d{13,19}$/.test(compact) && luhnValid(compact);
    }
    case "street_address":
      return digits >= 1 && /\p{L}{2,}/u.test(value) && value.length >= 6 && !/^https?:|^\d+(?:\.\d+){3}/.test(value);
    case "password":
      return (
        value.length >= 4 &&
        !isPlaceholderValue(value) &&
        !/^(?:\/|\.\/|~\/|[A-Z]:\\)/.test(value) &&
        !/^[A-Z][A-Z0-9_]{2,}$/.test(value) &&
        !/^\$2[aby]?\$|^\$argon2/.test(value)
      );
    case "api_key":
      return value.length >= 16 && !isPlaceholderValue(value) && /\d/.test(value) && /[A-Za-z]/.test(value);
    case "health":
      return (
        /\p{L}{3,}/u.test(value) && value.length >= 3 && !/^(?:healthy|normal|negative|no known|nka|nkda|none known|ok|fine|stable|unremarkable)\b/i.test(value)
      );
    case "person":
      return (
        /^\p{Lu}[\p{L}'’.-]+(?:[ ,]+\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(value) ||
        /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Devanagari}\p{Script=Arabic}]{2,8}(?:\s+[\p{L}]{1,12}){0,2}$/u.test(
          value,
        )
      );
    default:
      return false;
  }
}
