/**
 * Does a value fit the kind its field name announces? A field name is strong evidence, so the
 * checks are about shape (a phone field holds 7-15 digits, a birth-date field a date), plus the
 * usual placeholders (`null`, `N/A`, `<redacted>`, `${VAR}`, `****`) that identify nobody.
 */
import type { FieldKind } from "./field-names.js";
import { isCodeExpression, isPlaceholderValue, isRepetitive, isTypeAnnotation } from "../context.js";
import { luhnValid } from "../checksums.js";
import { isPlaceholderDate } from "../judgement/public-entities.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const PLAUSIBLE_DATE_PATTERN_1 = /^\d{8}$/;
const IS_AMOUNT_PATTERN_1 =
  /^(?:[-+]?\s?(?:[$€£¥₹₽₺₩]|R\$\s?|Rs\.?\s?|[A-Z]{3}\s?|zł\s?)?\d[\d\s.,']{0,14}(?:\s?(?:k|K|m|M|mln|tys\.?|万|千))?(?:\s?(?:[$€£¥₹₽₺₩₫]|zł|kr|Kč|Ft|lei|TL|[A-Z]{3}|руб\.?|元|円|원|ريال|درهم|جنيه|دينار|ليرة))?(?:\s?(?:\/|per|a|p\.?)\s?(?:year|yr|month|mo|hour|hr|annum|a|m|h))?)$/u;
const IS_AMOUNT_PATTERN_2 = /\d/;
const IS_BIOMETRIC_VALUE_PATTERN_1 = /^\[?\s*-?\d+(?:\.\d+)?(?:e-?\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?(?:e-?\d+)?){3,}/i;
const IS_BIOMETRIC_VALUE_PATTERN_2 = /^(?:[a-z]+:)?[A-Za-z0-9+/_=-]{24,}$/;
const IS_BIOMETRIC_VALUE_PATTERN_3 = /^(?:[0-9a-f]{2}[: ]?){16,}$/i;
/**
 * A template's or print's record id (session 44, dev-55): a short letter prefix (one or two parts), `-` or `_`, then
 * hex groups (`FPT-00A4-7C19-E3B2`, `TPL-IMP-88124-0192`, `hv_7c3b2d4f1e9a8e21`, `VAT-0x7F3A91C20D44`) holding two digits.
 */
const BIOMETRIC_TEMPLATE_ID = /^[A-Za-z]{1,5}(?:[-_][A-Za-z]{1,5})?[-_](?:0x)?[0-9A-Fa-f]{4,16}(?:-[0-9A-Fa-f]{2,12}){0,4}$/;
const TWO_DIGITS = /\d\D*\d/;
const VALUE_FITS_PATTERN_1 = /^(?:\$\{?[A-Za-z_]\w*\}?|\{\{.*\}\}|%\(?\w+\)?s|<[^>]*>|\[[A-Z_ ]+\]|:\w+|\?|@\w+)$/;
/** A number ending in one digit repeated six or more times with at most two others ("+48000000001", "+33 6 00 00 00 00"). */
const PLACEHOLDER_PHONE_TAIL = /(\d)(?:[\s.-]?\1){5,}(?:[\s.-]?\d){0,2}$/;
const VALUE_FITS_PATTERN_2 = /^[+(]?[\d\s().\-/]{6,24}(?:\s*(?:x|ext\.?)\s*\d{1,5})?$/;
const VALUE_FITS_PATTERN_3 = /^\d{3}-?\d{2}-?\d{4}$/;
/**
 * An SSN field's last four digits; a masked number ("XXX-XX-1234", "***-**-6789") is a redaction, not the number
 * (session 54, dev-95: Presidio's "Here's my SSN: …" filled with a masked value).
 */
const VALUE_FITS_PATTERN_4 = /^\d{4}$/;
const VALUE_FITS_PATTERN_5 = /^[A-Z0-9<]{6,12}$/i;
const VALUE_FITS_PATTERN_6 = /\s/g;
const VALUE_FITS_PATTERN_7 = /^[\p{L}\p{N}][\p{L}\p{N} ./-]{3,30}$/u;
const VALUE_FITS_PATTERN_8 = /^[\p{L}\p{N}][\p{L}\p{N} *./-]{3,24}$/u;
const VALUE_FITS_PATTERN_9 = /^[A-Z0-9][A-Z0-9 -]{4,36}$/i;
const VALUE_FITS_PATTERN_10 = /^[A-Z]{2}\d{2}[A-Z0-9 ]{10,36}$/i;
const VALUE_FITS_PATTERN_11 = /[\s-]/g;
const VALUE_FITS_PATTERN_12 = /^\d{13,19}$/;
const VALUE_FITS_PATTERN_13 = /\p{L}{2,}/u;
/** A URL, an IP, or code rather than an address: one token of ASCII word characters, dots and hyphens (a host name,
 * `var.backend_ip`), a hex or printf value (`0x%llx`), a call (`Address("123`), a Ruby symbol list (`[:line1, :line2,
 * :zip]` in Rails strong params: session 51, dev-89). */
/**
 * A camelCase key and its colon inside the value: a one-line type or schema ran on into its next field
 * (`homeAddress: Address dateOfBirth: Date cardLast4: String }`, session 52, dev-90), not an address.
 */
const NEXT_TYPED_KEY = /(?<![\p{L}\p{N}])\p{Ll}+\p{Lu}[\p{L}\p{N}]*\??:\s/u;
const VALUE_FITS_PATTERN_14 = /^https?:|^\d+(?:\.\d+){3}|^[\w.-]+$|^0x|%l{0,2}[dxsu]|^[A-Za-z_]\w*\(|^\[?:[A-Za-z_]\w*,/;
/** A validation message, not a value: "password: must be at least 8 characters", "Passwort: muss mindestens …". */
const REQUIREMENT_MESSAGE =
  /^(?:must|should|needs? to|is required|required|cannot|can't|may not|at least|minimum|min\.|muss|darf nicht|mindestens|doit|ne doit pas|au moins|debe|deve|devono|moet|musi)\s+\p{L}/iu;
const VALUE_FITS_PATTERN_15 = /^(?:\/|\.\/|~\/|[A-Z]:\\)/;
const VALUE_FITS_PATTERN_16 = /^[A-Z][A-Z0-9_]{2,}$/;
/**
 * Hashes (bcrypt, argon2, sha512-crypt's `$6$salt$hash`, Django's `pbkdf2_sha256$iterations$…`: session 42); a password
 * that merely starts like one (`$6$ummer2024!x`, `pbkdf2rocks!2024`) is none (session 42 review).
 */
const VALUE_FITS_PATTERN_17 = /^\$2[aby]?\$|^\$argon2|^\$6\$(?:rounds=\d+\$)?[./\w]{1,16}\$[./\w]{16,}|^pbkdf2_sha\d+\$\d+\$/i;
const VALUE_FITS_PATTERN_18 = /[A-Za-z]/;
const VALUE_FITS_PATTERN_19 = /\p{L}{3,}/u;
/** An ICD-10 code as a whole field value: a letter (not U), two digits, an optional subcategory. */
const ICD10_VALUE = /^[A-TV-Z]\d{2}(?:\.\d{1,4})?$/;

/** A switch's or a log level's value, the whole value (`enabled`, `verbose`, `off`). */
const SETTING_VALUE = /^(?:enabled?|disabled?|true|false|on|off|yes|no|verbose|debug|trace|info|all|full)$/i;
const VALUE_FITS_PATTERN_20 = /^(?:healthy|normal|negative|no known|nka|nkda|none known|ok|fine|stable|unremarkable)\b/i;
const VALUE_FITS_PATTERN_21 = /^\p{Lu}[\p{L}'’.-]+(?:[ ,]+\p{Lu}[\p{L}'’.-]*){0,3}$/u;
const VALUE_FITS_PATTERN_22 =
  /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Katakana}\p{Script=Hiragana}\p{Script=Devanagari}\p{Script=Arabic}]{2,8}(?:\s+[\p{L}]{1,12}){0,2}$/u;

/** A password field whose value is the word "password" in some language (an import template's example row, session 41). */
const PASSWORD_WORD =
  /^(?:password|passwort|kennwort|mot de passe|contraseña|senha|wachtwoord|hasło|haslo|şifre|parola|lösenord|salasana|adgangskode|passord|пароль|密码|密碼|パスワード|비밀번호|كلمة المرور|पासवर्ड)$/iu;
const EMPTY = /^(?:|null|none|nil|undefined|n\/?a|na|unknown|-+|\?+|true|false|yes|no|0|tbd|todo|pending|\[\]|\{\}|redacted|hidden|masked|\*+)$/i;
/**
 * Dates of birth as forms write them: ISO and day-month-year with `-/.`, the Czech/Slovak spaced form (`12. 3. 1985`),
 * the Hungarian year-first form with a month name (`1984. június 21.`), a day or month name in any Latin script.
 */
const DATE_SHAPE =
  /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:T[\d:.]+Z?)?|\d{1,2}\.\s\d{1,2}\.\s\d{4}|\d{4}\.\s\p{L}{3,12}\s\d{1,2}\.?|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{8}|\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}(?:st|nd|rd|th|\.)?\s+\p{L}{3,12}\.?\s+\d{4}|\p{L}{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})$/u;

function digitCount(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

/** 1500–1899: no living person's birth year (13xx and 14xx are Solar and lunar Hijri years, 1369/05/12). */
const YEAR_BEFORE_1900 = /(?<!\d)1[5-8]\d\d(?!\d)/;

function plausibleDate(value: string): boolean {
  if (!DATE_SHAPE.test(value) || isPlaceholderDate(value)) return false;
  // A Gregorian year before 1900 is no living person's birth (a monarch's, an archive's).
  if (YEAR_BEFORE_1900.test(value)) return false;
  if (PLAUSIBLE_DATE_PATTERN_1.test(value)) {
    const year = Number(value.slice(0, 4));
    const month = Number(value.slice(4, 6));
    const day = Number(value.slice(6, 8));
    return year >= 1900 && year <= 2100 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
  }
  return true;
}

/** A money amount or a credit score: `$85,000`, `85000 EUR`, `4.200,50 €`, `720`, `£1.2k`. */
export function isAmount(value: string): boolean {
  return IS_AMOUNT_PATTERN_1.test(value.trim()) && IS_AMOUNT_PATTERN_2.test(value);
}

/** A biometric template or embedding: a numeric vector, a base64 or hex blob of 32+ characters, a template's record id. */
export function isBiometricValue(value: string): boolean {
  const compact = value.trim();
  if (IS_BIOMETRIC_VALUE_PATTERN_1.test(compact)) return true;
  if (IS_BIOMETRIC_VALUE_PATTERN_2.test(compact) && !isRepetitive(compact)) return true;
  if (isBiometricTemplateId(compact)) return true;
  return IS_BIOMETRIC_VALUE_PATTERN_3.test(compact);
}

/** A template's record id (BIOMETRIC_TEMPLATE_ID): someone's only outside a sample record (sampleRecordAround). */
export function isBiometricTemplateId(value: string): boolean {
  const compact = value.trim();
  return BIOMETRIC_TEMPLATE_ID.test(compact) && TWO_DIGITS.test(compact) && !isRepetitive(compact);
}

/** A placeholder subject (`"<username>"`, `{{user}}`, `xxx`) or a format or example cue: the record is a sample. */
const SAMPLE_RECORD =
  /<[\p{L}_ -]{1,30}>|\{\{|\$\{|(?<![\p{L}])(?:x{3,}|format|example|e\.g\.|sample|beispiel|muster|ejemplo|exemple|esempio|formato|przykład|пример)/iu;

/** Does the record around `index` (160 characters either side) read as a sample? */
export function sampleRecordAround(text: string, index: number): boolean {
  return SAMPLE_RECORD.test(text.slice(Math.max(0, index - 160), Math.min(text.length, index + 160)));
}

/**
 * An IBAN-shaped placeholder (session 43, dev-52): check digits 00, 01 or 99, which ISO 7064 never produces, or a
 * body of one or two repeated characters ("GB00 XXXX 0000 0000 0000 00", "DE12 0000 0000 0000 0000 00").
 */
const IBAN_IMPOSSIBLE_CHECK = /^[A-Z]{2}(?:00|01|99)/i;
const IBAN_SEPARATORS = /[\s-]/g;
function isPlaceholderIban(value: string): boolean {
  const compact = value.replace(IBAN_SEPARATORS, "");
  return IBAN_IMPOSSIBLE_CHECK.test(compact) || isRepetitive(compact.slice(4));
}

/** True when `value` can be the `kind` its field announces. */
const HAN_PAIR = /^\p{Script=Han}{2}$/u;

export function valueFits(kind: FieldKind, raw: string): boolean {
  const value = raw.trim();
  if (EMPTY.test(value) || value.length > 200) return false;
  if (VALUE_FITS_PATTERN_1.test(value)) return false; // template, bind variable
  const digits = digitCount(value);
  switch (kind) {
    case "phone":
      return VALUE_FITS_PATTERN_2.test(value) && digits >= 7 && digits <= 15 && !isRepetitive(value) && !PLACEHOLDER_PHONE_TAIL.test(value);
    case "date_of_birth":
      return plausibleDate(value);
    case "us_ssn":
      return VALUE_FITS_PATTERN_3.test(value) || VALUE_FITS_PATTERN_4.test(value);
    case "passport":
      return VALUE_FITS_PATTERN_5.test(value.replace(VALUE_FITS_PATTERN_6, "")) && digits >= 2 && !isRepetitive(value);
    case "national_id":
    case "medical_record":
      return VALUE_FITS_PATTERN_7.test(value) && digits >= 4 && !isRepetitive(value) && !isPlaceholderValue(value);
    case "driver_license":
      return VALUE_FITS_PATTERN_8.test(value) && digits >= 4 && !isRepetitive(value) && !isPlaceholderValue(value);
    case "financial":
      return isAmount(value);
    case "biometric":
      return isBiometricValue(value);
    case "bank_account":
      return VALUE_FITS_PATTERN_9.test(value) && digits >= 6 && !isRepetitive(value);
    case "iban":
      return VALUE_FITS_PATTERN_10.test(value) && !isPlaceholderIban(value);
    case "payment_card": {
      const compact = value.replace(VALUE_FITS_PATTERN_11, "");
      return VALUE_FITS_PATTERN_12.test(compact) && luhnValid(compact);
    }
    case "street_address":
      return digits >= 1 && VALUE_FITS_PATTERN_13.test(value) && value.length >= 6 && !VALUE_FITS_PATTERN_14.test(value) && !NEXT_TYPED_KEY.test(value);
    case "password":
      return (
        value.length >= 4 &&
        !isPlaceholderValue(value) &&
        !PASSWORD_WORD.test(value) &&
        !VALUE_FITS_PATTERN_15.test(value) &&
        !VALUE_FITS_PATTERN_16.test(value) &&
        !VALUE_FITS_PATTERN_17.test(value) &&
        !REQUIREMENT_MESSAGE.test(value) &&
        !isTypeAnnotation(value) &&
        !isCodeExpression(value)
      );
    case "api_key":
      return value.length >= 16 && !isPlaceholderValue(value) && IS_AMOUNT_PATTERN_2.test(value) && VALUE_FITS_PATTERN_18.test(value);
    case "health":
      // Two Han characters name a condition (肺癌, 胃癌: session 46, dev-66).
      // An ICD-10 code alone names a diagnosis too ("Diagnose: F43.2", "icd10: J18.9": session 48); a setting's value is
      // none (`diag: enabled`, `dx=verbose`: session 48, a diagnostics switch).
      return (
        ((VALUE_FITS_PATTERN_19.test(value) && value.length >= 3) || HAN_PAIR.test(value) || ICD10_VALUE.test(value)) &&
        !VALUE_FITS_PATTERN_20.test(value) &&
        !SETTING_VALUE.test(value)
      );
    case "person":
      return VALUE_FITS_PATTERN_21.test(value) || VALUE_FITS_PATTERN_22.test(value);
    default:
      return false;
  }
}
