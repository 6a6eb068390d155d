/**
 * An API key told in prose after its name (session 49, dev-80): a vendor's onboarding e-mail ("Your live API key is
 * tx_live_…", "Tu clave API de producción: …", "votre clé API : …", "APIキーは…"), whatever the vendor's prefix. The
 * name, up to four words (live, production, de producción, secret …), a colon or a copula, then a token of 20–128
 * letters, digits, `_`, `-`, `.`, `+` and `/` holding upper- and lower-case letters and two digits, with an entropy above
 * 3.5 bits per character — or (session 50) a key printed in one case, lower-case hex of 32+ digits (not a 40-digit SHA-1)
 * or upper-case base32 of 16+ —: a random key, not an identifier, a word or a placeholder (`YOUR_API_KEY`), and not a
 * vendor's documented example (AWS's `…EXAMPLE`, Stripe's test key: secrets.ts). Session 50 (dev-85) added the other
 * names of a service's secret (access, secret, signing, storage and setup keys; auth, access, bot, bearer and refresh
 * tokens; client, app, webhook and JWT secrets); session 51 the Turkish names (API anahtarım, gizli anahtar, erişim
 * anahtarı) and a token right after its name. The token is read in a window of 160 characters after the name: linear
 * in the text.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { isPlaceholderValue } from "../context.js";
import { shannonEntropy } from "../checksums.js";
import { isDocumentedExample } from "./secrets.js";

/**
 * The key's name: an API key or token; and (session 50, dev-85) the other names services give a secret — a (secret)
 * access key, a secret or signing key, a storage or account key, an auth, access, bot, bearer or refresh token, a
 * client, app, signing, webhook or JWT secret, an authenticator's setup key — in English, German, French, Spanish and
 * Japanese.
 */
const API_KEY_NAME =
  /(?<![\p{L}\p{N}_])(?:api[ -]?(?:key|token)|clé (?:d['’])?api|clave (?:de )?api|chiave (?:di )?api|chave (?:de |da )?api|api-schlüssel|api-sleutel|klucz api|مفتاح (?:الـ ?)?api|(?:secret )?access key|secret key|signing key|setup key|(?:storage|account) key|(?:auth|access|bot|bearer|refresh) token|(?:client|app|signing|webhook|jwt(?: signing)?) secret|zugriffsschlüssel|geheimer schlüssel|clé (?:secrète|d['’]accès)|jeton (?:d['’]accès|du bot|d['’]authentification)|clave (?:secreta|de acceso)|token de acceso|api anahtar(?:ı|ım|ımız|ınız|ın)?|gizli anahtar(?:ı|ım)?|erişim (?:anahtar|token)(?:ı|ım)?|zugangs-?token|zugriffs-?token|bot-token|token (?:de acesso|di accesso|d['’]accesso|d['’]accès)|токен(?: бота| доступа| api)?|ключ api|kunci api|khóa api|api[ -](?:nøkkel|nyckel|nøgle|avain|kulcs|klíč|kľúč|raktas|atslēga|võti|ključ)|cheie api|κλειδί api|c[óo]digo de acc?esso|code d['’]accès|zugangscode)(?![\p{L}_])|(?:apiキー|api ?키|api ?密钥|api ?金鑰|アクセスキー|シークレットキー|アクセストークン|トークン|访问令牌|令牌|액세스 ?토큰|토큰|एपीआई कुंजी|api कुंजी)/giu;
const STEMS = [
  "api",
  "مفتاح",
  "access key",
  "secret",
  "signing key",
  "setup key",
  "storage key",
  "account key",
  "token",
  "schlüssel",
  "clé",
  "jeton",
  "clave",
  "アクセス",
  "シークレット",
  "anahtar",
  "erişim",
  "токен",
  "ключ",
  "トークン",
  "令牌",
  "토큰",
  "código de ac",
  "codigo de ac",
  "code d'accès",
  "code d’accès",
  "zugangscode",
  "कुंजी",
];
/**
 * Up to nine words ("API token for our prod account is …"; session 53, dev-93: "The API key for the weather service on
 * the shop account is …", "La chiave API del servizio meteo sull'account del negozio è …"), then a colon or a copula (Polish "to", German "lautet" too), an optional quote, then the token. */
const KEY_AFTER_NAME =
  /^(?:[ \t]+[\p{L}'’-]{1,14}){0,9}?[ \t]*(?:[:：=]|[ \t](?:is|est|ist|lautet|es|è|é|jest|to|هو)(?![\p{L}])|は|是|为|는|은)[ \t]*["'“«「`]?([A-Za-z0-9_.+/-]{16,128}={0,2})(?![A-Za-z0-9_+/=-])/u;
/**
 * Session 51: the token right after its name, with no colon or copula ("API anahtarım 4Tz8Kq…, neden hata veriyor?",
 * "my API key 4Tz8Kq… fails"): then only a mixed-case key of 20 characters or more (proseKeyValue's first form).
 */
const KEY_RIGHT_AFTER_NAME = /^[ \t]{1,2}["'“«`]?([A-Za-z0-9_.+/-]{20,128}={0,2})(?![A-Za-z0-9_+/=-])/u;
const UPPER = /[A-Z]/;
const LOWER = /[a-z]/;
const DIGITS = /\d.*\d/;
const PLACEHOLDER_WORDS = /your|here|example|placeholder|redacted|dummy|xxxx/i;

/**
 * Lower-case hex of 32 digits or more (not 40 alone: SHA1), in groups of 8 or more (`…-0881de17-802bd911`: Mailgun), or upper-case base32 of 16
 * or more (a TOTP setup key), each with letters and digits (session 50, dev-85): a key printed in one case.
 */
const ONE_CASE_KEY = /^(?=[^]*[a-f])(?=[^]*\d)[0-9a-f]{32,128}(?:-[0-9a-f]{8,32}){0,3}(?:-us\d{1,2})?$|^(?=[^]*[A-Z])(?=[^]*[2-7])[A-Z2-7]{16,64}$/;
/**
 * A UUID (RFC 4122 version 1–5) told as the key after a colon or copula (session 53, dev-93): Heroku's API keys and
 * other services' keys are UUIDs. Not when a word between the name and the value makes it an identifier ("API key ID
 * is …", "the token's name: …"), and not RFC 4122's or the encyclopaedias' examples.
 */
const UUID_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const ID_WORD = /(?<![\p{L}])(?:id|ids|identifier|name|names|number|nummer|numéro|número|numero|uuid|guid|kennung|identifiant)(?![\p{L}])|ID/iu;
const RFC_EXAMPLE_UUID = /^(?:f81d4fae-7dec-11d0-a765-00a0c91e6bf6|123e4567-e89b-12d3-a456-426614174000|550e8400-e29b-41d4-a716-446655440000)$/i;

function uuidKey(value: string, told: string): boolean {
  return (
    UUID_KEY.test(value) && !ID_WORD.test(told) && !RFC_EXAMPLE_UUID.test(value) && !isPlaceholderValue(value.replaceAll("-", "")) && shannonEntropy(value) > 3
  );
}

/**
 * Session 54: right after its name with no colon or copula, a one-case key counts only as lower-case hex of exactly 32
 * digits ("auth token 6c5d4e3f…", Twilio's and many services' 128-bit secrets; not a 40-digit SHA-1 or a 64-digit
 * SHA-256 digest, not grouped, not upper-case base32, which reads as a word run).
 */
const RIGHT_AFTER_HEX_KEY = /^(?=[^]*[a-f])(?=[^]*\d)[0-9a-f]{32}$/;

/** Forty hex digits alone: a commit's or a file's SHA-1 ("the bot token fix is d4e5…"), not a key. */
const SHA1 = /^[0-9a-f]{40}$/;

/**
 * A random-looking key: both cases and two digits (or a one-case hex or base32 key), entropy above 3.5 bits (3 for hex,
 * whose alphabet has 16 letters), not a placeholder or documented example.
 */
function proseKeyValue(value: string): boolean {
  const oneCase = ONE_CASE_KEY.test(value) && !SHA1.test(value);
  if (!oneCase && (value.length < 20 || !UPPER.test(value) || !LOWER.test(value) || !DIGITS.test(value))) return false;
  if (PLACEHOLDER_WORDS.test(value) || isPlaceholderValue(value) || isDocumentedExample(value)) return false;
  return shannonEntropy(value) > (oneCase ? 3 : 3.5);
}

/** The token without the sentence's closing `.`, `-`, `_` or `/` (a loop: no backtracking pattern). */
function withoutTrailingPunctuation(token: string): string {
  let end = token.length;
  while (end > 0 && "._-/".includes(token[end - 1]!)) end--;
  return token.slice(0, end);
}

function runProseApiKeys(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, STEMS)) return;
  API_KEY_NAME.lastIndex = 0;
  for (let name = API_KEY_NAME.exec(text); name !== null; name = API_KEY_NAME.exec(text)) {
    const from = name.index + name[0].length;
    const window = text.slice(from, from + 160);
    const told = KEY_AFTER_NAME.exec(window);
    const match = told ?? KEY_RIGHT_AFTER_NAME.exec(window);
    if (match === null) continue;
    const value = withoutTrailingPunctuation(match[1]!);
    const keyed = told !== null && uuidKey(value, told[0].slice(0, told[0].length - match[1]!.length));
    if (!keyed && (!proseKeyValue(value) || (told === null && ONE_CASE_KEY.test(value) && !RIGHT_AFTER_HEX_KEY.test(value)))) continue;
    const start = from + match[0].length - match[1]!.length;
    emit("api_key", start, start + value.length, "prose-api-key", PRIORITY.secret - 5);
  }
}

/**
 * A key, secret or token named by the bare word (session 53, dev-93): "here's the key for the staging box: …", "the
 * secret is …", "The token is: …", "Schlüssel für den Server: …", "la clave del servidor es …", in the languages of
 * API_KEY_NAME. The bare word names many things that are no secret, so the value must be a random mixed-case key (20
 * or more, both cases, two digits, entropy above 4 bits per character: a generated key, not a word, a hex digest or an
 * identifier), the word must not follow a modifier that makes it public or structural (public, publishable, primary,
 * foreign, cache, partition, license, product …), and no word between it and the value may make the value the key's
 * identifier, fingerprint or kind ("key ID: …", "token type: …").
 */
/**
 * The names, found without the word-boundary look-behind the whole-text pass paid at every position (session 53: ~35
 * µs on the bench prompt, whose "KeyError" opens the stem gate; ~6 µs this way): no name is a prefix of another, so at
 * most one matches at a position, and the Latin and Cyrillic words' boundaries are checked after a match (`bareNameAt`),
 * the CJK ones (from U+3000) need none.
 */
const BARE_KEY_NAME = /key|secret|token|schlüssel|clé|clave|chave|chiave|sleutel|klucz|ключ|секрет|キー|シークレット|密钥|秘钥|시크릿/giu;
const WORD_CHARACTER_BEFORE = /[\p{L}\p{N}_-]$/u;
const WORD_CHARACTER_AFTER = /^[\p{L}\p{N}_-]/u;

/** The name matched at `index` stands as a word: a CJK name, or a word with no letter, digit, `_` or `-` either side. */
function bareNameAt(text: string, index: number, length: number): boolean {
  if (text.charCodeAt(index) >= 0x3000) return true;
  return !WORD_CHARACTER_BEFORE.test(text.slice(Math.max(0, index - 2), index)) && !WORD_CHARACTER_AFTER.test(text.slice(index + length, index + length + 2));
}
const BARE_STEMS = [
  "key",
  "secret",
  "token",
  "schlüssel",
  "clé",
  "clave",
  "chave",
  "chiave",
  "sleutel",
  "klucz",
  "ключ",
  "секрет",
  "キー",
  "シークレット",
  "密钥",
  "秘钥",
  "시크릿",
];
/** The word right before the name that makes the key public, structural or no secret at all. */
const NOT_SECRET_MODIFIER =
  /(?:^|[^\p{L}])(?:public|publishable|primary|foreign|composite|unique|sort|partition|row|cache|idempotency|hash|map|dictionary|lookup|index|object|s3|license|licence|product|activation|registration|serial|music|piano|house|car|door|room|hotel|keyboard|hot|shortcut|csrf|xsrf|page|next|cancellation|continuation|pagination|öffentliche[rn]?|publique|pública|público|pubblica)[ \t-]+$/iu;
/** A word between the name and the value that makes the value the key's identifier, fingerprint or kind. */
const NOT_SECRET_AFTER =
  /(?<![\p{L}])(?:id|ids|identifier|name|names|fingerprint|type|kind|size|length|format|alias|count|limit|usage|version|hint|rotation|expiry|expires|uuid|guid|pair)(?![\p{L}])|ID/iu;

/**
 * The body of an SSH public key (`AAAAB3NzaC1yc2E…`, `AAAAC3NzaC1lZDI1NTE5…`, `AAAAE2VjZHNh…`) or a PEM public key
 * (`MIIBIjANBgkqhkiG9w0BAQEFAAOC…`); or a JWT's header (`eyJ…`), the JWT reader's to judge (jwt.io's sample included).
 */
const PUBLIC_KEY_BODY = /^(?:AAAA(?:[BC]3NzaC1|E2VjZHNh)|MII[BC]IjANBgkqhkiG9w0BAQEFAAOC|eyJ)/;

function runBareKeyNames(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, BARE_STEMS)) return;
  BARE_KEY_NAME.lastIndex = 0;
  for (let name = BARE_KEY_NAME.exec(text); name !== null; name = BARE_KEY_NAME.exec(text)) {
    if (!bareNameAt(text, name.index, name[0].length)) {
      BARE_KEY_NAME.lastIndex = name.index + 1;
      continue;
    }
    if (NOT_SECRET_MODIFIER.test(text.slice(Math.max(0, name.index - 24), name.index))) continue;
    const from = name.index + name[0].length;
    const told = KEY_AFTER_NAME.exec(text.slice(from, from + 160));
    if (told === null) continue;
    const value = withoutTrailingPunctuation(told[1]!);
    if (NOT_SECRET_AFTER.test(told[0].slice(0, told[0].length - told[1]!.length))) continue;
    if (ONE_CASE_KEY.test(value) || PUBLIC_KEY_BODY.test(value) || !proseKeyValue(value) || shannonEntropy(value) <= 4) continue;
    const start = from + told[0].length - told[1]!.length;
    emit("api_key", start, start + value.length, "prose-bare-key", PRIORITY.secret - 6);
  }
}

export const proseApiKeyDetectors: Detector[] = [
  { name: "prose-api-keys", run: runProseApiKeys },
  { name: "prose-bare-keys", run: runBareKeyNames },
];
