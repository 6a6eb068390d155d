/**
 * Small helpers shared by detectors: keyword windows, placeholder values, word boundaries.
 * Every regex here runs on a bounded slice, so cost stays linear in the text.
 */

/** True when `pattern` matches in the `window` characters before `index`. */
export function keywordBefore(text: string, index: number, pattern: RegExp, window = 48): boolean {
  return pattern.test(text.slice(Math.max(0, index - window), index));
}

/** True when `pattern` matches within `window` characters on either side of [start, end). */
export function keywordAround(text: string, start: number, end: number, pattern: RegExp, window = 64): boolean {
  return pattern.test(text.slice(Math.max(0, start - window), Math.min(text.length, end + window)));
}

const PLACEHOLDER =
  /^(?:<[^>]*>|\[[^\]]*\]|\{[^}]*\}|\$\{?[A-Z_][A-Z0-9_]*\}?|%[sd]|\?+|\.{2,}|…)$|x{4,}|\*{3,}|•{3,}|\.\.\.|…|<[a-z_ -]+>|\{\{|\$\{|\byour[_ -]?|^your|placeholder|redacted|changeme|change[_-]me|replace[_-]?(?:me|with)|insert[_-]|example|dummy|sample|fake|not[_ -]?a[_ -]?real|^(?:test|foo|bar|baz|secret|password|passwd|pass|pwd|token|key|apikey|api_key|value|string|null|none|undefined|true|false|user|username|mypassword|yourpassword|my_password|mysecret|your_secret)$|env\(|process\.env|os\.environ|getenv|\bsecrets\.|vault:|^\$[a-z_]+$/i;

/**
 * "Change me" and "your … here" in other languages (session 38, dev-35): `cambiami`, `a_changer`, `aendern`,
 * `twoje_haslo_tutaj`, `dein_passwort`, `apna_password_yahan_daalo`. No nested quantifiers: linear time.
 */
const LOCAL_PLACEHOLDER =
  /cambia(?:mi|me|lo)\b|cambiar[_-]?(?:esto|me)|[àa][_-]changer|changer[_-]?moi|(?:ae|ä)ndern|aendermich|zmie[nń][_-]?(?:mnie|to)|wijzig[_-]?(?:mij|dit)|verander[_-]?mij|mude[_-]?(?:me|isso)|altere[_-]?(?:me|isso)|^(?:dein|deine|votre|tuo|tua|seu|sua|jouw|twoje|tw[oó]j|apna|apni|ваш|твой)[_ -]|[_ -](?:hier|ici|aqui|aquí|qui|tutaj|yahan|here|daalo|eingeben|saisir)$/i;

/** A type in a signature or annotation, not a value: `password: str) -> bytes`, `password: String,`, `pw: &str)`. */
const TYPE_ANNOTATION =
  /^&?(?:str|string|bytes|bytearray|SecretStr|SecretString|char\s?\*?|int|bool|text|Optional\[str\]|Option<String>|varchar\(\d+\))(?:\s?(?:[),=;|]|->)|\s?$)/i;

/** True for a type annotation in code rather than a value (see TYPE_ANNOTATION). */
export function isTypeAnnotation(value: string): boolean {
  return TYPE_ANNOTATION.test(value);
}

/** True for values that only stand in for a secret: YOUR_API_KEY, sk-xxxx, <token>, ${DB_PASS}, ****, cambiami. */
/**
 * A value that is code, not a secret (session 54, detect-secrets' keyword-test negatives): a call with a word argument
 * (`foo(hey)you`, `foo(hey` cut at a space) or a subscript (`request.json_body['hey']`, `request.json_body[` cut at its
 * quote), with no digit; a password "Falcon(2024)" has no word in its brackets, "Forget(me)Not7" has a digit.
 */
const CODE_EXPRESSION = /^[A-Za-z_$][\w.$]*(?:\([A-Za-z_]+(?:\)|$)|\[["']?[A-Za-z_]*["']?\]?$)/;
const ANY_DIGIT = /\d/;

export const isCodeExpression = (value: string): boolean => CODE_EXPRESSION.test(value) && !ANY_DIGIT.test(value);

export function isPlaceholderValue(value: string): boolean {
  if (PLACEHOLDER.test(value) || LOCAL_PLACEHOLDER.test(value)) return true;
  return isRepetitive(value);
}

/** The digits counted up, and down, twice over: a digit string inside one is a counting run ("1234", "7890", "3210"). */
export const COUNTING_UP = "01234567890123456789";
export const COUNTING_DOWN = "98765432109876543210";

/**
 * A value made of one or two repeated characters (aaaa, 0000, xXxX, 1212). Ascending runs such as
 * 1234567890abcdef are NOT treated as placeholders: people do paste such values as real input, and
 * missing a secret costs more than flagging a fake one (see eval/privacy/README.md).
 */
export function isRepetitive(value: string): boolean {
  // One pass over the ASCII letters and digits (lower-cased), no copies: it runs on every candidate value.
  let length = 0;
  let first = -1;
  let second = -1;
  for (let index = 0; index < value.length; index++) {
    let code = value.charCodeAt(index);
    if (code >= 65 && code <= 90) code += 32;
    else if (!((code >= 97 && code <= 122) || (code >= 48 && code <= 57))) continue;
    length++;
    if (code === first || code === second) continue;
    if (first < 0) first = code;
    else if (second < 0) second = code;
    else return false;
  }
  return length >= 4;
}
