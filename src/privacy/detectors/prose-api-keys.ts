/**
 * An API key told in prose after its name (session 49, dev-80): a vendor's onboarding e-mail ("Your live API key is
 * tx_live_…", "Tu clave API de producción: …", "votre clé API : …", "APIキーは…"), whatever the vendor's prefix. The
 * name, up to four words (live, production, de producción, secret …), a colon or a copula, then a token of 20–128
 * letters, digits, `_`, `-` and `.` holding upper- and lower-case letters and two digits, with an entropy above 3.5 bits
 * per character: a random key, not an identifier, a word or a placeholder (`YOUR_API_KEY`), and not a vendor's documented
 * example (AWS's `…EXAMPLE`, Stripe's test key: secrets.ts). The token is read in a window of 160 characters after the
 * name: linear in the text.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { isPlaceholderValue } from "../context.js";
import { shannonEntropy } from "../checksums.js";
import { isDocumentedExample } from "./secrets.js";

const API_KEY_NAME =
  /(?<![\p{L}\p{N}_])(?:api[ -]?(?:key|token)|clé (?:d['’])?api|clave (?:de )?api|chiave (?:di )?api|chave (?:de |da )?api|api-schlüssel|api-sleutel|klucz api|مفتاح (?:الـ ?)?api)(?![\p{L}_])|(?:apiキー|api ?키|api ?密钥|api ?金鑰)/giu;
const STEMS = ["api", "مفتاح"];
/** Up to four words ("API token for our prod account is …"), then a colon or a copula (Polish "to", German "lautet" too), an optional quote, then the token. */
const KEY_AFTER_NAME =
  /^(?:[ \t]+[\p{L}'’-]{1,14}){0,4}?[ \t]*(?:[:：=]|[ \t](?:is|est|ist|lautet|es|è|é|jest|to|هو)(?![\p{L}])|は|是|为|는|은)[ \t]*["'“«「`]?([A-Za-z0-9_.-]{20,128})(?![A-Za-z0-9_-])/u;
const UPPER = /[A-Z]/;
const LOWER = /[a-z]/;
const DIGITS = /\d.*\d/;
const PLACEHOLDER_WORDS = /your|here|example|placeholder|redacted|dummy|xxxx/i;

/** A random-looking key: both cases, two digits, entropy above 3.5 bits, not a placeholder or documented example. */
function proseKeyValue(value: string): boolean {
  if (!UPPER.test(value) || !LOWER.test(value) || !DIGITS.test(value)) return false;
  if (PLACEHOLDER_WORDS.test(value) || isPlaceholderValue(value) || isDocumentedExample(value)) return false;
  return shannonEntropy(value) > 3.5;
}

/** The token without the sentence's closing `.`, `-` or `_` (a loop: no backtracking pattern). */
function withoutTrailingPunctuation(token: string): string {
  let end = token.length;
  while (end > 0 && "._-".includes(token[end - 1]!)) end--;
  return token.slice(0, end);
}

function runProseApiKeys(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, STEMS)) return;
  API_KEY_NAME.lastIndex = 0;
  for (let name = API_KEY_NAME.exec(text); name !== null; name = API_KEY_NAME.exec(text)) {
    const from = name.index + name[0].length;
    const match = KEY_AFTER_NAME.exec(text.slice(from, from + 160));
    if (match === null) continue;
    const value = withoutTrailingPunctuation(match[1]!);
    if (!proseKeyValue(value)) continue;
    const start = from + match[0].length - match[1]!.length;
    emit("api_key", start, start + value.length, "prose-api-key", PRIORITY.secret - 5);
  }
}

export const proseApiKeyDetectors: Detector[] = [{ name: "prose-api-keys", run: runProseApiKeys }];
