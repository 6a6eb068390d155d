/**
 * Credentials: provider API keys and tokens, private keys, JWTs, passwords, connection strings.
 *
 * Provider token shapes are PORTED from secretlint's rule packages (secretlint/secretlint,
 * packages/@secretlint/secretlint-rule-{openai,anthropic,aws,github,slack,npm,gcp,sendgrid,shopify,
 * linear,privatekey,basicauth,database-connection-string}) plus the public token formats that
 * providers document (Stripe, Hugging Face, GitLab, Twilio, Google OAuth, DigitalOcean, Groq ...).
 * We port instead of running secretlint because its rules are async, work on whole files through
 * a rule context, and report messages rather than exact spans; a single synchronous pass over one
 * combined expression keeps the scan well under a millisecond for a long prompt.
 * The password and generic "secret = value" rules are our own: they need multilingual keywords
 * (Passwort, mot de passe, contraseña ...) and placeholder filtering that secretlint does not do.
 */
import type { Detector, Emit } from "../detector.js";
import { isServiceDefaultPassword } from "../judgement/infrastructure.js";
import { PRIORITY, containsAny, requiredPrefixes, type PatternGate } from "../detector.js";
import { isCodeExpression, isPlaceholderValue, isRepetitive, isTypeAnnotation } from "../context.js";
import { shannonEntropy } from "../checksums.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const TOKEN_BODY_PATTERN_1 = /[-_.:](?=[A-Za-z0-9]{8})/;
const LOOKS_LIKE_PLACEHOLDER_TOKEN_PATTERN_1 =
  /x{4,}|X{4,}|0{8,}|(?:your|my|the)[-_]?(?:api[-_]?)?(?:key|token|secret)|here|redacted|placeholder|dummy|example/i;
const RUN_PRIVATE_KEYS_PATTERN_1 = /[A-Za-z0-9+/=\s\\"',]/;
const RUN_PRIVATE_KEYS_PATTERN_2 = /[\s\\"',]/;
const RUN_PRIVATE_KEYS_PATTERN_3 = /\\n|[^A-Za-z0-9+/=]/g;
const RUN_PRIVATE_KEYS_PATTERN_4 = /\.\.\.|…|<[^>]+>|your[_ -]?(?:private[_ -])?key/i;
const RUN_PUTTY_PATTERN_1 = /Private-Lines: \d+\r?\n(?:[A-Za-z0-9+/=]+\r?\n?)+/;
const DECODE_BASE64_URL_PATTERN_1 = /-/g;
const DECODE_BASE64_URL_PATTERN_2 = /_/g;
const RUN_JWTS_PATTERN_1 = /"(?:alg|typ|kid|enc)"\s*:/;
const WEAK_CREDENTIAL_PATTERN_1 = /^(?:pass(?:word)?|secret|pwd|\*+|x+|changeme|<[^>]*>|\$\{?\w+\}?|%\(?\w+\)?s?|\{\w*\}|:?[\p{L}\p{N}_]+:?|\[[^\]]*\])$/iu;
const WEAK_CREDENTIAL_PATTERN_2 = /\d/;
const RUN_CONNECTION_STRINGS_PATTERN_1 = /^\{\{.*\}\}$|^\$\{?[A-Za-z_][A-Za-z0-9_]*\}?$|^%\(?\w+\)?s?$/;
const RUN_CONNECTION_STRINGS_PATTERN_2 = /[.,;:!?)\]}]/;
const RUN_CONNECTION_STRINGS_PATTERN_3 = /\s/;
const RUN_CONNECTION_STRINGS_PATTERN_4 = /\s+/;
const IS_PASSWORD_VALUE_PATTERN_1 = /^\$2[aby]?\$|^\$argon2|^\$6\$|^pbkdf2|^sha\d+\$|^[a-f0-9]{32,}$/i;
const IS_PASSWORD_VALUE_PATTERN_2 =
  /^(?:process\.env|os\.environ|env\.|config\.|settings\.|secrets?\.|vault|ENV\[|getenv|System\.getenv|\{\{|\$\{|%\{|@Value)/i;
const IS_PASSWORD_VALUE_PATTERN_3 = /^[A-Z][A-Z0-9_]{2,}$/;
const IS_PASSWORD_VALUE_PATTERN_4 = /^[\p{Ll}]{1,3}$/u;
const IS_PASSWORD_VALUE_PATTERN_5 =
  /^(?:str|string|int|bool|Optional|None|null|undefined|SecretStr|char\*?|varchar\(\d+\)|text|input|password|\w+\(\)|[a-z]+\.[a-z]+\(.*)$/i;
const RUN_CLI_PASSWORDS_PATTERN_1 = /^\$/;
const RUN_CREDENTIAL_PAIRS_PATTERN_1 = /[.,;:)\]}]+$/;
const RUN_CREDENTIAL_PAIRS_PATTERN_2 = /\p{L}/u;
const IS_SERVICE_DEFAULT_PATTERN_1 = /[A-Za-z0-9_]/;
const IS_SERVICE_DEFAULT_PATTERN_2 = /^[a-z]{2,16}(?:\/[a-z]{2,16})?$/;
const RUN_PASSWORDS_PATTERN_1 = /[\p{L}\p{N}_]/u;
const RUN_PASSWORDS_PATTERN_2 = /^pin/;
const RUN_PASSWORDS_PATTERN_3 = /^\d{4,8}$/;
const RUN_PASSWORDS_PATTERN_4 = /^pass(?![a-z])/;
const RUN_PASSWORDS_PATTERN_5 = /[:=]/;
const RUN_PASSWORDS_PATTERN_6 = /^pw(?![a-z])/;
const RUN_PASSWORDS_PATTERN_7 = /[:=]|\bis\b/;
/** Lower-case letters and digits, 8+ characters, no space: a chosen secret, not a word or a pass code ("valid", "SKI2026-44"). */
const MIXED_SECRET = /^(?=\S*\p{Ll})(?=\S*\d)\S{8,}$/u;
const RANDOM_LOOKING_PATTERN_1 = /^\d+$/;
const RANDOM_LOOKING_PATTERN_2 = /^[a-z]+$/i;
const RANDOM_LOOKING_PATTERN_3 = /[A-Z]/;
const RANDOM_LOOKING_PATTERN_4 = /[a-z]/;
const RANDOM_LOOKING_PATTERN_5 = /^[A-Za-z]+(?:[_.-][A-Za-z]+)+$/;
const RUN_GENERIC_SECRETS_PATTERN_1 = /[A-Za-z0-9]/;
/**
 * Names of token counts, settings and kinds that are no secret; and (session 50, with camelCase names read) a page
 * cursor's or a CSRF form's token (`nextPageToken`, `next_page_token`, `csrfToken`): state, not a credential.
 */
const RUN_GENERIC_SECRETS_PATTERN_2 =
  /(?:^|[_.-])(?:token[_.-]?(?:count|limit|type|url|endpoint|uri|usage|length|max|id|name|file|path))|max[_.-]?tokens?|tokens?[_.-]?(?:count|limit)|(?:page|cursor|continuation|csrf|xsrf)[_.-]?token/;
/** `API_KEY_FILE: /run/secrets/api_key`, `secret_key_path = …`: the value names where the secret is kept (session 47). */
const SECRET_FILE_REFERENCE = /[_.-](?:file|path)(?![a-z])/;
const RUN_GENERIC_SECRETS_PATTERN_4 = /Bearer|Token |Basic /;

interface TokenRule {
  rule: string;
  source: string;
}

// Earlier alternatives win at the same position (sk-ant- before sk-); each starts with a literal prefix.
const TOKEN_RULES: TokenRule[] = [
  { rule: "anthropic-api-key", source: "sk-ant-(?:api|admin|oat|sid)\\d{2}-[A-Za-z0-9_-]{20,}" },
  { rule: "openrouter-api-key", source: "sk-or-v1-[A-Fa-f0-9]{32,}" },
  { rule: "openai-api-key", source: "sk-(?:proj-|svcacct-|admin-|None-)?[A-Za-z0-9_-]{20,}" },
  { rule: "stripe-secret-key", source: "(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}" },
  { rule: "stripe-webhook-secret", source: "whsec_[A-Za-z0-9]{24,}" },
  { rule: "aws-access-key-id", source: "(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}" },
  { rule: "github-token", source: "gh[pousr]_[A-Za-z0-9]{30,255}" },
  { rule: "github-fine-grained-pat", source: "github_pat_[A-Za-z0-9_]{40,255}" },
  { rule: "gitlab-token", source: "gl(?:pat|dt|rt|ptt|cbt|soat|ft|imt|agent)-[A-Za-z0-9_-]{20,}" },
  { rule: "slack-token", source: "xox[abposre]-(?:\\d+-)?[A-Za-z0-9-]{10,}" },
  { rule: "slack-app-token", source: "xapp-\\d-[A-Z0-9]+-\\d+-[a-f0-9]{20,}" },
  { rule: "slack-webhook", source: "https://hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/+-]{20,}" },
  { rule: "discord-webhook", source: "https://(?:canary\\.|ptb\\.)?discord(?:app)?\\.com/api/webhooks/\\d+/[A-Za-z0-9_-]{40,}" },
  { rule: "discord-bot-token", source: "[MNO][A-Za-z0-9_-]{23,27}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{27,40}" },
  { rule: "google-api-key", source: "AIza[A-Za-z0-9_-]{30,45}" },
  { rule: "google-oauth-secret", source: "GOCSPX-[A-Za-z0-9_-]{20,}" },
  { rule: "google-oauth-token", source: "ya29\\.[A-Za-z0-9_-]{30,}" },
  { rule: "npm-token", source: "npm_[A-Za-z0-9]{30,40}" },
  { rule: "pypi-token", source: "pypi-AgE[A-Za-z0-9_-]{50,}" },
  { rule: "huggingface-token", source: "hf_[A-Za-z0-9]{30,}" },
  { rule: "sendgrid-api-key", source: "SG\\.[A-Za-z0-9_-]{16,32}\\.[A-Za-z0-9_-]{30,64}" },
  { rule: "shopify-token", source: "shp(?:at|ca|pa|ss)_[a-fA-F0-9]{28,40}" },
  { rule: "linear-api-key", source: "lin_(?:api|oauth)_[A-Za-z0-9]{32,48}" },
  { rule: "twilio-api-key", source: "SK[0-9a-f]{32}" },
  { rule: "mailgun-api-key", source: "key-[0-9a-f]{32}" },
  { rule: "digitalocean-token", source: "do[opr]_v1_[a-f0-9]{64}" },
  { rule: "groq-api-key", source: "gsk_[A-Za-z0-9]{40,}" },
  { rule: "replicate-token", source: "r8_[A-Za-z0-9]{30,}" },
  { rule: "perplexity-api-key", source: "pplx-[A-Za-z0-9]{40,}" },
  { rule: "xai-api-key", source: "xai-[A-Za-z0-9]{60,}" },
  { rule: "databricks-token", source: "dapi[a-f0-9]{32}(?:-\\d)?" },
  { rule: "notion-token", source: "(?:secret_[A-Za-z0-9]{43}|ntn_[A-Za-z0-9]{40,})" },
  { rule: "postman-api-key", source: "PMAK-[a-f0-9]{24}-[a-f0-9]{34}" },
  { rule: "docker-pat", source: "dckr_pat_[A-Za-z0-9_-]{20,}" },
  // SonarQube's user, project and global analysis tokens (session 48): `squ_`, `sqp_`, `sqa_` and 40 hex digits.
  { rule: "sonarqube-token", source: "sq[upa]_[a-f0-9]{40}" },
  { rule: "figma-token", source: "figd_[A-Za-z0-9_-]{30,}" },
  { rule: "newrelic-key", source: "NRAK-[A-Z0-9]{27}" },
  { rule: "supabase-token", source: "sbp_[a-f0-9]{40}" },
  { rule: "vercel-token", source: "vc[pkria]_[A-Za-z0-9]{40,}" },
  { rule: "square-token", source: "(?:sq0atp|sq0csp|EAAA)[A-Za-z0-9_-]{22,}" },
  { rule: "mapbox-secret-token", source: "sk\\.eyJ[A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_-]{10,}" },
  { rule: "telegram-bot-token", source: "\\d{8,10}:AA[A-Za-z0-9_-]{33}" },
  { rule: "azure-storage-key", source: "AccountKey=[A-Za-z0-9+/]{40,}={0,2}" },
  { rule: "atlassian-token", source: "ATATT3[A-Za-z0-9_=-]{30,}" },
];

const TOKEN_PATTERN = new RegExp(`(?<![A-Za-z0-9_])(?:${TOKEN_RULES.map((rule) => `(${rule.source})`).join("|")})(?![A-Za-z0-9])`, "g");

/**
 * The TOTP secrets of Google Authenticator's Key Uri Format page (`JBSWY3DPEHPK3PXP`) and RFC 6238's test seed
 * `12345678901234567890` in base32 (s42-reviewgaps): documented test values, dropped by value (as AWS's `…EXAMPLE`
 * keys), never by the words around them.
 */
const DOCUMENTED_TOTP = /^(?:JBSWY3DPEHPK3PXP|GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ)$/i;
/**
 * Documentation values published by vendors and standards (AWS docs, jwt.io, RFC 7519 §3.1; session 45: Stripe's API
 * reference test key, RFC 7617's and RFC 2617's Basic credentials) that are not anyone's secret.
 */
const KNOWN_EXAMPLES = new RegExp(
  `EXAMPLE|SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c|dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk|sk_test_4eC39HqLyjWDarjtT1zdp7dc|dGVzdDoxMjPCow==|QWxhZGRpbjpvcGVuIHNlc2FtZQ==|${DOCUMENTED_TOTP.source}`,
);

/**
 * The whole value of a generic `KEY=value` assignment or a `Bearer` header that is a vendor's documented example (session 46, dev-69:
 * `STRIPE_SECRET_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc` as Stripe's docs print it, AWS's `AKIAIOSFODNN7EXAMPLE` and
 * `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`): exact values only, so `PASSWORD=MyEXAMPLE1!` stays a secret.
 */
const DOCUMENTED_ASSIGNED_VALUE = /^["'`]?(?:sk_test_4eC39HqLyjWDarjtT1zdp7dc|AKIAIOSFODNN7EXAMPLE|wJalrXUtnFEMI\/K7MDENG\/bPxRfiCYEXAMPLEKEY)["'`]?$/;

/** The signatures of jwt.io's and RFC 7519's sample tokens, at a bearer value's end. */
const JWT_EXAMPLE_SIGNATURE = /\.(?:SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c|dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk)$/;

/** True for a value holding a documented example secret (the jwt.io token, RFC 7519's, AWS's `…EXAMPLE` keys, two TOTP demo secrets). */
export const isDocumentedExample = (value: string): boolean => KNOWN_EXAMPLES.test(value);

/** The provider tokens' rule names: their documented examples are reported here and judged in judgement/known-examples.ts. */
const TOKEN_RULE_NAMES = new Set(TOKEN_RULES.map((rule) => rule.rule));

/**
 * True for a finding of this file's readers whose value is a documented example (issue #15, session 44): the readers
 * report it, the scanner drops it unless `privacy.testValues: sensitive` (judgement/known-examples.ts).
 */
export function isDocumentedExampleSecret(rule: string, value: string): boolean {
  if (rule === "generic-secret-assignment") return DOCUMENTED_TOTP.test(value) || DOCUMENTED_ASSIGNED_VALUE.test(value);
  // A bearer header carrying jwt.io's or RFC 7519's sample token (session 53, dev-93) is that documented token.
  if (rule === "authorization-bearer") return DOCUMENTED_ASSIGNED_VALUE.test(value) || JWT_EXAMPLE_SIGNATURE.test(value);
  return (rule === "jwt" || rule === "authorization-basic" || TOKEN_RULE_NAMES.has(rule)) && KNOWN_EXAMPLES.test(value);
}

function tokenBody(value: string): string {
  const separator = value.search(TOKEN_BODY_PATTERN_1);
  return separator >= 0 && separator < 16 ? value.slice(separator + 1) : value;
}

function looksLikePlaceholderToken(value: string): boolean {
  // A documented example (AWS's `…EXAMPLE` keys) is reported and judged by the scanner, honouring testValues.
  if (KNOWN_EXAMPLES.test(value)) return false;
  const body = tokenBody(value);
  if (isPlaceholderValue(body) || isRepetitive(body)) return true;
  if (LOOKS_LIKE_PLACEHOLDER_TOKEN_PATTERN_1.test(body)) return true;
  return body.length >= 16 && shannonEntropy(body) < 3;
}

/** Characters a provider token can hold (A-Z a-z 0-9 _ - . : / + =). */
const TOKEN_CHAR = new Uint8Array(128);
for (const char of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.:/+=") TOKEN_CHAR[char.charCodeAt(0)] = 1;

const MIN_TOKEN_RUN = 16;
const isTokenChar = (text: string, index: number): boolean => {
  const code = text.charCodeAt(index);
  return code < 128 && TOKEN_CHAR[code] === 1;
};

/**
 * Every provider token lies in a run of at least 16 token characters; only such runs are examined,
 * each whole (maximal), in order. A run that long covers the 16th character of any window that starts
 * where it does, so the loop looks at that character first and skips 16 at once when it is not a token
 * character (prose: most windows); otherwise it walks back to the start of the run holding it.
 * `index` is always 0 or just after a character that is not a token character.
 */
export function forEachTokenRun(text: string, visit: (start: number, end: number) => void): void {
  let index = 0;
  while (index + MIN_TOKEN_RUN <= text.length) {
    const probe = index + MIN_TOKEN_RUN - 1;
    if (!isTokenChar(text, probe)) {
      index = probe + 1;
      continue;
    }
    let back = probe - 1;
    while (back >= index && isTokenChar(text, back)) back--;
    if (back >= index) {
      index = back + 1; // a shorter run so far: the next window starts with it
      continue;
    }
    let end = probe + 1;
    while (end < text.length && isTokenChar(text, end)) end++;
    visit(index, end);
    index = end + 1;
  }
}

function runTokens(text: string, emit: Emit): void {
  forEachTokenRun(text, (offset, runEnd) => {
    const slice = text.slice(offset, runEnd);
    TOKEN_PATTERN.lastIndex = 0;
    for (let match = TOKEN_PATTERN.exec(slice); match !== null; match = TOKEN_PATTERN.exec(slice)) {
      let ruleIndex = 1;
      while (ruleIndex < match.length && match[ruleIndex] === undefined) ruleIndex++;
      const rule = TOKEN_RULES[ruleIndex - 1];
      if (!rule) continue;
      const value = match[0];
      if (looksLikePlaceholderToken(value)) continue;
      let start = offset + match.index;
      if (rule.rule === "azure-storage-key") start += "AccountKey=".length;
      emit("api_key", start, offset + match.index + value.length, rule.rule, PRIORITY.secret);
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Private keys (ported from secretlint-rule-privatekey, extended to PGP and PuTTY blocks).
const PRIVATE_KEY_BEGIN = /-----BEGIN ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY(?: BLOCK)?-----/g;

function runPrivateKeys(text: string, emit: Emit): void {
  if (!text.includes("PRIVATE KEY")) {
    runPutty(text, emit);
    return;
  }
  PRIVATE_KEY_BEGIN.lastIndex = 0;
  // The next END marker, searched again only once passed (a text full of BEGIN lines stays linear).
  let nextEndMarker = -2;
  for (let match = PRIVATE_KEY_BEGIN.exec(text); match !== null; match = PRIVATE_KEY_BEGIN.exec(text)) {
    const bodyStart = match.index + match[0].length;
    if (nextEndMarker !== -1 && nextEndMarker < bodyStart) nextEndMarker = text.indexOf("-----END ", bodyStart);
    const endMarker = nextEndMarker;
    let end: number;
    if (endMarker >= 0) {
      const close = text.indexOf("-----", endMarker + 9);
      end = close >= 0 ? close + 5 : text.length;
    } else {
      // Truncated key: take the base64 body that follows (letters, digits, + / =, line breaks,
      // escaped "\n" and string quoting), scanned by hand so the cost stays linear.
      end = bodyStart;
      while (end < text.length && end - bodyStart < 20_000 && RUN_PRIVATE_KEYS_PATTERN_1.test(text[end]!)) end++;
      while (end > bodyStart && RUN_PRIVATE_KEYS_PATTERN_2.test(text[end - 1]!)) end--;
    }
    const body = text.slice(bodyStart, endMarker >= 0 ? endMarker : end);
    const base64 = body.replace(RUN_PRIVATE_KEYS_PATTERN_3, "");
    if (base64.length < 24 || isRepetitive(base64) || (RUN_PRIVATE_KEYS_PATTERN_4.test(body) && base64.length < 80)) {
      PRIVATE_KEY_BEGIN.lastIndex = Math.max(PRIVATE_KEY_BEGIN.lastIndex, end);
      continue;
    }
    emit("private_key", match.index, end, "pem-private-key", PRIORITY.secret + 5);
    PRIVATE_KEY_BEGIN.lastIndex = Math.max(PRIVATE_KEY_BEGIN.lastIndex, end);
  }
  runPutty(text, emit);
}

function runPutty(text: string, emit: Emit): void {
  const index = text.indexOf("PuTTY-User-Key-File-");
  if (index < 0) return;
  const privateLines = RUN_PUTTY_PATTERN_1.exec(text.slice(index, index + 20_000));
  if (privateLines) emit("private_key", index + privateLines.index, index + privateLines.index + privateLines[0].length, "putty-private-key", PRIORITY.secret);
}

// ---------------------------------------------------------------------------------------------
// JWT: three base64url segments whose header decodes to JSON with "alg" (our own check, so that
// random "eyJ..." strings are not reported; the jwt.io documentation token is judged by the scanner).
const JWT_PATTERN = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}(?![A-Za-z0-9_-])/g;

function decodeBase64Url(segment: string): string {
  try {
    return Buffer.from(segment.replace(DECODE_BASE64_URL_PATTERN_1, "+").replace(DECODE_BASE64_URL_PATTERN_2, "/"), "base64").toString("utf8");
  } catch {
    return "";
  }
}

/** A JWT's header starts `eyJ`: its lower-cased form is looked for by the scan's keyword pass before the text is searched. */
const JWT_STEMS = ["eyj"];

function runJwts(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, JWT_STEMS) || !text.includes("eyJ")) return;
  JWT_PATTERN.lastIndex = 0;
  for (let match = JWT_PATTERN.exec(text); match !== null; match = JWT_PATTERN.exec(text)) {
    const value = match[0];
    if (text.slice(Math.max(0, match.index - 3), match.index) === "sk.") continue; // Mapbox secret, reported as api_key.
    const header = decodeBase64Url(value.slice(0, value.indexOf(".")));
    if (!RUN_JWTS_PATTERN_1.test(header)) continue;
    emit("jwt", match.index, match.index + value.length, "jwt", PRIORITY.secret);
  }
}

// ---------------------------------------------------------------------------------------------
// Connection strings with credentials (ported from secretlint-rule-database-connection-string and
// secretlint-rule-basicauth, widened to more schemes), and ADO.NET / JDBC key=value strings.
const URL_CREDENTIALS = /(?<![A-Za-z0-9+.-])(?:[a-z][a-z0-9+.-]{1,20}:)?[a-z][a-z0-9+.-]{1,20}:\/\/([^\s:/@'"<>`]*):([^\s@'"<>`/]{1,200})@([^\s'"<>`),;]+)/gi;

const KEY_VALUE_CONNECTION =
  /(?:Server|Data Source|Host|Address|Addr|DefaultEndpointsProtocol|Endpoint|HostName)\s*=[^;\n"'`]{1,200};(?:[^;\n"'`]{1,200};){0,12}?\s*(?:Password|Pwd|PWD|SharedAccessKey|AccountKey)\s*=\s*([^;\n"'`]{1,200})/gi;

/**
 * A host of the reserved documentation domains (RFC 2606 / 6761: `example.com/.net/.org`, `*.example`, `*.test`,
 * `*.invalid`), up to its port, path or query: a vendor's sample URI (MongoDB's `…@mongodb0.example.com:27017/`) reaches
 * no one's database (session 42, dev-46). `localhost` is not reserved here: a local database's password may be real.
 */
const RESERVED_HOST = /(?:^|\.)example\.(?:com|net|org)$|\.(?:example|test|invalid)$/i;

/**
 * The authority's host — after its last `@` before the path, as a percent-decoded password may add one, and before its
 * port — is reserved. A one-label host (`@test:5432`, `@example`) is a machine's name, e.g. a compose service, not the
 * reserved top-level domain (session 42 review).
 */
function reservedHost(rest: string): boolean {
  const pathAt = rest.search(AUTHORITY_END);
  const authority = pathAt < 0 ? rest : rest.slice(0, pathAt);
  const host = authority.slice(authority.lastIndexOf("@") + 1);
  const port = host.lastIndexOf(":");
  return RESERVED_HOST.test(port < 0 ? host : host.slice(0, port));
}

const AUTHORITY_END = /[/?#]/;

function weakCredential(value: string): boolean {
  return isPlaceholderValue(value) || (WEAK_CREDENTIAL_PATTERN_1.test(value) && !WEAK_CREDENTIAL_PATTERN_2.test(value) && !randomLetters(value));
}

/**
 * Letters in random case, 12 or more, in short runs of one case (six runs or more, at most 2.5 letters a run on
 * average: `kAELbLYsLAYeqJvE`): a generated password with no digit, not a word or a word pair (`SuperSecretPassword`,
 * `postgres`) — session 53, dev-93.
 */
function randomLetters(value: string): boolean {
  if (value.length < 12) return false;
  let runs = 0;
  let previousUpper: boolean | undefined;
  for (const character of value) {
    const lower = character.toLowerCase();
    const upper = character.toUpperCase();
    if (lower === upper) return false;
    const isUpper = character === upper;
    if (isUpper !== previousUpper) runs++;
    previousUpper = isUpper;
  }
  return runs >= 6 && value.length / runs <= 2.5;
}

const KEY_VALUE_SECRET_STEMS = ["password", "pwd", "accountkey", "sharedaccesskey"];

/**
 * The Go MySQL driver's DSN, `user:password@tcp(host:3306)/db?parseTime=true` (also `unix(/path)`): no scheme, so
 * URL_CREDENTIALS never sees it; the `@tcp(` / `@unix(` after the password is the driver's own syntax.
 */
const GO_DSN = /(?<![\w.%+-])[\w.-]{1,64}:([^\s@'"`:]{1,128})@(?:tcp6?|udp|unix)\([^()\s'"`]{1,255}\)\/[\w.-]*(?:\?[^\s'"`]*)?/g;

const GO_DSN_STEMS = ["@tcp(", "@tcp6(", "@udp(", "@unix("];

function runConnectionStrings(text: string, emit: Emit, lower: string): void {
  if (containsAny(lower, GO_DSN_STEMS)) {
    GO_DSN.lastIndex = 0;
    for (let match = GO_DSN.exec(text); match !== null; match = GO_DSN.exec(text)) {
      const password = match[1]!;
      if (weakCredential(password) || RUN_CONNECTION_STRINGS_PATTERN_1.test(password)) continue;
      emit("connection_string", match.index, match.index + match[0].length, "go-dsn-credentials", PRIORITY.secret + 2);
    }
  }
  if (text.includes("://")) {
    URL_CREDENTIALS.lastIndex = 0;
    for (let match = URL_CREDENTIALS.exec(text); match !== null; match = URL_CREDENTIALS.exec(text)) {
      const password = match[2] ?? "";
      if (weakCredential(password) || RUN_CONNECTION_STRINGS_PATTERN_1.test(password) || reservedHost(match[3] ?? "")) continue;
      let end = match.index + match[0].length;
      while (end > match.index && RUN_CONNECTION_STRINGS_PATTERN_2.test(text[end - 1]!)) end--;
      emit("connection_string", match.index, end, "url-credentials", PRIORITY.secret + 2);
    }
  }
  if (text.includes(";") && containsAny(lower, KEY_VALUE_SECRET_STEMS)) {
    KEY_VALUE_CONNECTION.lastIndex = 0;
    for (let match = KEY_VALUE_CONNECTION.exec(text); match !== null; match = KEY_VALUE_CONNECTION.exec(text)) {
      const secret = (match[1] ?? "").trim();
      if (secret.length === 0 || weakCredential(secret)) continue;
      let end = match.index + match[0].length;
      while (end > match.index && RUN_CONNECTION_STRINGS_PATTERN_3.test(text[end - 1]!)) end--;
      emit("connection_string", match.index, end, "key-value-connection-string", PRIORITY.secret + 2);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Passwords (our own rule): a password keyword in one of many languages, a separator (`:`, `=`,
// "is", "ist", "est", "es" ...) and a value. Session 51 (dev-89): the keyword's common misspellings too ("pasword",
// "passwrod", "passowrd", "Paswort", "mot de pass"). Values that are placeholders, template variables or
// ordinary words ("the password is incorrect") are not reported.
const PASSWORD_KEYWORDS =
  "passwords?|passwd|pwd|pw|pass(?:phrase|code|wort)?|kennwort|zugangs(?:code|passwort)|mot de passe?|mdp|pas(?:word|wort|swrod|sowrd|swrd)s?|pssword|passwod|passwprd|psswd|passowrd|paswd|contrase(?:ñ|n)a|clave|senha|wachtwoord|parola(?: d['’]ordine)?|has(?:ł|l)o|l(?:ö|o)senord|adgangskode|passord|salasana|şifre|sifre|пароль|パスワード|密码|密碼|비밀번호|pin(?: code)?|code (?:du |de la )?wi-?fi";

// No look-behind and no `[a-z_]*` prefix in the keyword alternation (both make the engine try every
// position): a keyword inside an identifier (DB_PASSWORD, smtp_pass, PGPASSWORD) is checked by hand.
const PASSWORD_PATTERN = new RegExp(
  // A JSON string inside a JSON string (a HAR entry's `postData.text`, a logged request body) escapes its quotes:
  // `\"password\":\"…\"` (session 48); a C array's brackets right after the keyword (`char pw[] = …`,
  // `password[32] = …`: session 48).
  `(?:${PASSWORD_KEYWORDS})(?:\\[\\d{0,4}\\])?(?:\\\\?["'])?` +
    `(?:\\s+(?:for|of|to|on|für|fürs|zu|zum|pour|de|du|para|del|per|di|voor|van|от|для)(?:\\s+[\\p{L}\\p{N}@._-]{1,30}){1,8}?)?` +
    // A parenthesis between the keyword and its colon (session 39): "PW fürs WLAN (Ferienwohnung, 2. Stock): …"; after a
    // space (or a full-width one after none: "WiFi密码（客厅）："), so that `get_password(self):` and
    // `signIn(email: string, password: string):` in code are no such cue. Or a bracket of three letters or more after a
    // space ("WiFi password [guest]: …"; not `passwords [i]:`): session 39 review.
    `(?:(?:\\s+\\(|\\s*（)[^()（）\\n]{1,60}[)）]|\\s+\\[(?=[^[\\]\\n]{0,57}\\p{L}{3})[^[\\]\\n]{3,60}\\])?` +
    // `:=` before `:` (session 48): Go's `pw := "…"` read `=` as the value.
    // Makefile's and PHP's conditional, appending and concatenating assignments (`?=`, `??=`, `+=`, `.=`: session 54).
    `(?:\\s*(?::=|\\?\\??=|[+.]=|[:=](?!:)|=>|->)\\s*|\\s+(?:is|was|ist|lautet|est|es|era|è|é|är|er|jest|je|to|equals)\\s*[:=]?\\s+|\\s*[：]\\s*)` +
    // A brace initialiser around one word (`pw[] = { hunter2024! }`: a byte list read back by encoded-values.ts).
    `(?:\\{[ \\t]*(?=[^\\s{}"'\`]{1,128}[ \\t]*\\}))?` +
    `(?:\\\\"([^"\\\\\\n]{1,128})\\\\"|"([^"\\n]{1,128})"|'([^'\\n]{1,128})'|\`([^\`\\n]{1,128})\`|“([^”\\n]{1,128})”|«\\s?([^»\\n]{1,128}?)\\s?»|([^\\s"'\`<>]{1,128}))`,
  "giu",
);

const BYTE_LIST_START = /^\{\s*0x/i;

const NOT_A_PASSWORD = new Set(
  (
    "required incorrect wrong invalid expired correct strong weak secure set reset changed stored hashed encrypted blank optional " +
    "missing empty not the a an too very same different case sensitive protected managed generated provided needed necessary " +
    "mandatory field fields must should will can cannot be been being and or of to in on for with without from by at as that this " +
    "it its your my our their his her hidden shown visible masked null none nil undefined true false default here below above following " +
    "authentication policy policies reset: manager managers length complexity rules rule hash hashes salt salted forgotten forgot " +
    "erforderlich falsch ungültig korrekt sicher geändert leer nicht der die das ein eine incorrect requis obligatoire incorrect " +
    "invalide vide pas le la les un une requerida obligatoria incorrecta inválida vacía no el los una muy " +
    "protection change update updated expiry expiration field. prompt input type length: login ok success successful accepted rejected " +
    "sent saved entered typed used shared known unknown secret. leaked compromised weak. requirements lock locked"
  ).split(RUN_CONNECTION_STRINGS_PATTERN_4),
);

function isPasswordValue(value: string, quoted: boolean): boolean {
  const trimmed = value.trim();
  if (trimmed.length < 3 && !quoted) return false;
  if (trimmed.length === 0) return false;
  if (isPlaceholderValue(trimmed)) return false;
  if (IS_PASSWORD_VALUE_PATTERN_1.test(trimmed)) return false; // hashes
  if (IS_PASSWORD_VALUE_PATTERN_2.test(trimmed)) return false;
  if (environmentName(trimmed)) return false;
  if (!quoted && NOT_A_PASSWORD.has(trimmed.toLowerCase())) return false;
  if (!quoted && IS_PASSWORD_VALUE_PATTERN_4.test(trimmed)) return false;
  if (IS_PASSWORD_VALUE_PATTERN_5.test(trimmed)) return false;
  if (!quoted && isTypeAnnotation(trimmed)) return false;
  // Session 54 (dev-97): an unquoted call or subscript is code (`my_password = foo(hey)you`).
  if (!quoted && (isCodeExpression(trimmed) || BRACKETED_WORD.test(trimmed))) return false;
  return true;
}

/** A placeholder word in brackets (`DB_PASSWORD=[value]`, `pwd=[PASSWORD]`; gitleaks' list), its bracket maybe cut. */
const BRACKETED_WORD = /^\[[A-Za-z _-]{1,30}\]?$/;

/** An environment variable's or placeholder's name (`DB_PASSWORD`, `API_TOKEN`): capitals and `_`, no digit. */
function environmentName(value: string): boolean {
  return IS_PASSWORD_VALUE_PATTERN_3.test(value) && !WEAK_CREDENTIAL_PATTERN_2.test(value);
}

/**
 * On a command line, a name needs a `_` or a credential word (`API_TOKEN`, `PASSWORD`): `-pKLONDIKE` is a person's
 * all-capitals password (session 42 review).
 */
function commandLineName(value: string): boolean {
  return environmentName(value) && (value.includes("_") || CREDENTIAL_NAME.test(value));
}

const CREDENTIAL_NAME = /^(?:PASSWORD|PASSWD|PASS|PWD|TOKEN|SECRET|KEY|APIKEY|CREDENTIALS?)$/;

/**
 * Prose read as an unquoted value (session 42, dev-46): an empty `KEY=` whose line ends (`SMTP_PASSWORD=` then the next
 * paragraph), a lower-case word closing a question ("is the password good?"), a name before a possessive ("the plain
 * password is Dominika's: …", the owner, not the value) and an English "password to <verb phrase>" ("use the following
 * password to proceed to installation"), where "to" is no copula (Polish "hasło to …" is).
 */
/** "… gut? Nein: Isar-Brücke!2019": a no, then the value (letters and digits, 8 or more) after a judging question. */
const ANSWER_AFTER_QUESTION = /^([ \t]+(?:nein|no|nope|non|nee|nej)[:,.!]?[ \t]+)([^\s"'`<>]{8,128})/i;

/** The value given after the answer to a judging question ("is my password good? No: …"; session 47). */
function answeredPassword(text: string, from: number, emit: Emit): void {
  const answer = ANSWER_AFTER_QUESTION.exec(text.slice(from, from + 160));
  if (answer === null) return;
  const value = answer[2]!.replace(RUN_CREDENTIAL_PAIRS_PATTERN_1, "");
  if (!MIXED_SECRET.test(value) || !isPasswordValue(value, false)) return;
  const start = from + answer[1]!.length;
  emit("password", start, start + value.length, "password-assignment", PRIORITY.secret - 5);
}

/** A hedge between "is" and a quoted password ("is like 'x'", "is basically \"x\""): the word is no value (session 47). */
const HEDGE_WORD = /^(?:like|basically|probably|just|literally|actually|simply|still|now|currently|kinda|roughly)$/i;
/** Spaces, an opening quote, the value and the same closing quote, right after a hedge word. */
const QUOTED_AFTER_HEDGE = /^([ \t]+["'`“])([^"'`”\n]{1,128})["'`”]/;

function proseValue(text: string, match: RegExpExecArray, value: string, valueStart: number): boolean {
  const separator = text.slice(match.index, valueStart);
  const after = text.slice(valueStart + value.length, valueStart + value.length + 3);
  if (EMPTY_ASSIGNMENT.test(separator) && (BLANK_LINE.test(separator) || PROSE_AFTER.test(after) || NEXT_ASSIGNMENT.test(value))) return true;
  if (QUESTION_WORD.test(value) || POSSESSIVE_AFTER.test(after)) return true;
  if (LOWER_WORD.test(value) && LENGTH_AFTER.test(text.slice(valueStart + value.length, valueStart + value.length + 8))) return true;
  return ENGLISH_TO.test(separator) && LOWER_WORD.test(value) && !SETTING_VERB_BEFORE.test(text.slice(Math.max(0, match.index - 32), valueStart));
}

const EMPTY_ASSIGNMENT = /=[ \t]*\r?\n/;
/**
 * After an empty `KEY=`, the next paragraph ("\n\nWhy does …"), a sentence ("\nWhy does …") or the next assignment is no
 * value; a value alone on the next line (`SMTP_PASSWORD=\nvelvetharbour`) is (session 42 review).
 */
const BLANK_LINE = /\n[ \t]*\r?\n/;
const PROSE_AFTER = /^[ \t]+\p{L}/u;
/**
 * The next line's own assignment (`DB_PASSWORD=\nDB_PORT=5432`): the password was left empty; a Java properties key
 * too (`snowflake.password=\njdbc.snowflake.url=`: gitleaks' false-positive list, session 54).
 */
const NEXT_ASSIGNMENT = /^[A-Za-z][\w.-]*=/;
/**
 * A word judging the password, closing a question ("is the password good?", "ist das Passwort sicher?"); "is my wifi
 * password tulips?" asks about a value (session 42 review).
 */
const QUESTION_WORD =
  /^(?:good|ok|okay|fine|strong|weak|safe|secure|right|correct|valid|enough|long|wrong|allowed|required|needed|necessary|gut|sicher|stark|schwach|richtig|bon|bien|sûr|fort|bueno|seguro|fuerte)\?$/iu;
/** A possessive that ends its word ("Dominika's: …"), not an apostrophe inside a value (`Tom's-Garage-77`). */
const POSSESSIVE_AFTER = /^['’]s(?=$|[\s:;,.)])/u;
const ENGLISH_TO = /^pass(?:word|phrase|code)?s?\s.*\sto\s+$/is;
const LOWER_WORD = /^\p{Ll}+$/u;
/** A one-time code's first group and the groups after it, one space each ("593 210", "48 21 07"): two or three groups in all. */
const DIGIT_GROUP = /^\d{2,4}$/;
const FOLLOWING_DIGIT_GROUPS = /^(?: \d{2,4}){1,2}(?![\p{L}\p{N}]| \d)/u;
/**
 * A count and a word after a lower-case word ("password del portale: almeno 8 caratteri", "Passwort: mindestens 12
 * Zeichen", "password: minimum 10 characters"): a length rule, not a value (session 49, dev-80).
 */
const LENGTH_AFTER = /^[ \t]+\d{1,3}[ \t]+\p{L}/u;
/**
 * "we changed the wifi password for the guests to marmalade", "the password for the shed got changed to bluebell": "to"
 * gives the new value (session 42 review).
 */
const SETTING_VERB_BEFORE =
  /(?<![\p{L}])(?:set|sets|setting|change[ds]?|changing|reset|resets|resetting|update[ds]?|updating|switch(?:ed|es)?)(?![\p{L}])[^.!?\n]*$/iu;

/**
 * `sshpass -p PASSWORD`: sshpass takes the password as the option's separate argument, where mysql's bare `-p` would
 * prompt (session 43, dev-53 A's miss).
 */
const SSHPASS_SEPARATE = /\bsshpass[ \t]+-p[ \t]+(['"]?)([^\s'"`]{3,128})\1(?=\s|$)/g;

/**
 * Passwords given to command-line tools and HTTP client calls (our own rule); lftp's `-u user,password` too (session 48).
 * Session 54 (gitleaks' curl contexts, dev-97): the command may go on after a line-continuing backslash (`curl URL \⏎
 * --user app:…`), `-u`/`--user` may be followed by several spaces and a quote (`--user  'johns:…'`), and `-u ":…"` gives
 * a password with an empty user name.
 */
const CLI_PASSWORD =
  /\b(?:mysql\w*|mariadb\w*|sshpass|redis-cli|mongo\w*|psql|pg_dump|smbclient|curl|wget|ftp|lftp|htpasswd|net use|runas|rdesktop|xfreerdp)\b(?:[^\n\\]|\\\r?\n|\\){0,160}?(?:\s-p|\s-a\s|\s--password[= ]|\s--pass[= ]|\s--auth[= ]|\s-u[ \t]{0,5}["']?[^\s:,'"]{0,40}[:,]|\s\/p:|\s--user(?:=|[ \t]{1,5})["']?[^\s:'"]{1,40}:)(['"]?)([^\s'"`]{3,128})\1/g;
const CODE_AUTH =
  /\b(?:auth|HTTPBasicAuth|BasicAuth|basic_auth|http_auth|credentials)\s*[=(]\s*(?:[([]\s*)?['"][^'"\n]{1,64}['"]\s*,\s*['"]([^'"\n]{3,128})['"]/g;

const CLI_TOOL_STEMS = [
  "mysql",
  "mariadb",
  "sshpass",
  "redis-cli",
  "mongo",
  "psql",
  "pg_dump",
  "smbclient",
  "curl",
  "wget",
  "ftp",
  "htpasswd",
  "net use",
  "runas",
  "rdesktop",
  "xfreerdp",
];
const CODE_AUTH_STEMS = ["auth", "credentials"];
/**
 * Database and mail clients whose third positional argument is the password (host or DSN, user, password):
 * `new mysqli("localhost", "shop", "…", "db")`, `mysqli_connect`, `new PDO($dsn, 'app', '…')`,
 * `DriverManager.getConnection(url, "app", "…")`, `pymysql.connect("db", "app", "…")`; and `.login(user, password)` of
 * smtplib, ftplib and imaplib. The user and host are string literals or variables.
 */
const CODE_CONNECT =
  /(?:\bnew\s+mysqli|\bmysqli_(?:real_)?connect|\bmysql_connect|\bnew\s+PDO|\bDriverManager\.getConnection|\b(?:pymysql|MySQLdb|mysql\.connector)\.connect)\s*\(\s*(?:\$?\w{1,40}|"[^"\n]{0,200}"|'[^'\n]{0,200}')\s*,\s*(?:\$?\w{1,40}|"[^"\n]{0,64}"|'[^'\n]{0,64}')\s*,\s*(["'])([^"'\n]{3,128})\1|\.login\(\s*(?:"[^"\n]{1,64}"|'[^'\n]{1,64}')\s*,\s*(["'])([^"'\n]{3,128})\3/g;
const CODE_CONNECT_STEMS = ["mysql", "pdo", "getconnection", ".login("];

/** Answered by the scan's shared keyword pass (session 52: no `lower.includes` over the text each). */
const HTPASSWD_STEMS: readonly string[] = ["htpasswd"];
const ADMIN_STEMS: readonly string[] = ["admin"];

function runCommandLinePasswords(text: string, emit: Emit, lower: string): void {
  if (containsAny(lower, CLI_TOOL_STEMS)) runCliPasswords(text, emit);
  if (containsAny(lower, HTPASSWD_STEMS)) runHtpasswdBatch(text, emit);
  if (containsAny(lower, ADMIN_STEMS)) runServiceAdminPairs(text, emit);
  if (containsAny(lower, CODE_AUTH_STEMS)) runCodeAuth(text, emit);
  if (containsAny(lower, CODE_CONNECT_STEMS)) runCodeConnect(text, emit);
}

function runCodeConnect(text: string, emit: Emit): void {
  CODE_CONNECT.lastIndex = 0;
  for (let match = CODE_CONNECT.exec(text); match !== null; match = CODE_CONNECT.exec(text)) {
    const value = match[2] ?? match[4]!;
    if (weakCredential(value) || !isPasswordValue(value, true)) continue;
    const start = match.index + match[0].length - value.length - 1;
    emit("password", start, start + value.length, "code-connect-password", PRIORITY.secret - 5);
  }
}

/** Each match's group 2 (quoted by group 1) is a password unless it names a variable or a placeholder. */
function emitCliMatches(pattern: RegExp, text: string, emit: Emit): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const value = match[2]!;
    if (isPlaceholderValue(value) || RUN_CLI_PASSWORDS_PATTERN_1.test(value) || commandLineName(value)) continue;
    const start = match.index + match[0].length - value.length - match[1]!.length;
    emit("password", start, start + value.length, "command-line-password", PRIORITY.secret - 5);
  }
}

function runCliPasswords(text: string, emit: Emit): void {
  if (text.includes("sshpass")) emitCliMatches(SSHPASS_SEPARATE, text, emit);
  emitCliMatches(CLI_PASSWORD, text, emit);
}

/**
 * `htpasswd -b[c…] FILE USER PASSWORD` and `htpasswd -nb USER PASSWORD`: batch mode takes the password as the last
 * positional argument, with no option before it (session 42, dev-46).
 */
const HTPASSWD_BATCH =
  /\bhtpasswd((?:[ \t]+-[A-Za-z]{1,8}){1,4})[ \t]+([^\s'"`]{1,128})[ \t]+(['"]?)([^\s'"`]{1,128})\3(?:[ \t]+(['"]?)([^\s'"`]{3,128})\5)?/dg;

function runHtpasswdBatch(text: string, emit: Emit): void {
  HTPASSWD_BATCH.lastIndex = 0;
  for (let match = HTPASSWD_BATCH.exec(text); match !== null; match = HTPASSWD_BATCH.exec(text)) {
    const flags = match[1]!;
    if (!flags.includes("b")) continue;
    // With -n no file is named: USER PASSWORD; otherwise FILE USER PASSWORD.
    const group = flags.includes("n") ? 4 : 6;
    const value = match[group];
    const at = match.indices?.[group];
    if (
      value === undefined ||
      at === undefined ||
      value.length < 3 ||
      isPlaceholderValue(value) ||
      RUN_CLI_PASSWORDS_PATTERN_1.test(value) ||
      commandLineName(value)
    )
      continue;
    emit("password", at[0], at[1], "command-line-password", PRIORITY.secret - 5);
  }
}

/**
 * A user / password pair after an administrator cue, with no password word: "Jenkins admin is stefan.k / Harz-Pine!7720",
 * "GitLab admin: m.oduya / Quill#Barge-5519" (session 42 review, dev-46 A's miss). The password must be strong (letters,
 * a digit and a symbol, 8 or more); a vendor's default ("the default admin is admin / admin") is neither.
 */
const SERVICE_ADMIN_PAIR =
  /(?<![\p{L}\p{N}])(?:admin(?:istrator)?|superuser)(?:[ \t]+(?:login|account|user|credentials|creds))?(?:[ \t]*[:=]|[ \t]+(?:is|are|ist|est|es))[ \t]*\r?\n?[ \t]*[\p{L}\p{N}][\w.@-]{1,40}[ \t]*\/[ \t]*([^\s"'`<>]{8,64})/giu;
const STRONG_PAIR_VALUE = /^(?=[^]*\p{L})(?=[^]*\d)(?=[^]*[^\p{L}\p{N}])[^]{8,}$/u;

function runServiceAdminPairs(text: string, emit: Emit): void {
  SERVICE_ADMIN_PAIR.lastIndex = 0;
  for (let match = SERVICE_ADMIN_PAIR.exec(text); match !== null; match = SERVICE_ADMIN_PAIR.exec(text)) {
    const value = match[1]!.replace(RUN_CREDENTIAL_PAIRS_PATTERN_1, "");
    if (!STRONG_PAIR_VALUE.test(value) || !isPasswordValue(value, false)) continue;
    if (VENDOR_DEFAULT_CUE.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    const start = match.index + match[0].length - match[1]!.length;
    emit("password", start, start + value.length, "password-admin-pair", PRIORITY.secret - 5);
  }
}

function runCodeAuth(text: string, emit: Emit): void {
  CODE_AUTH.lastIndex = 0;
  for (let match = CODE_AUTH.exec(text); match !== null; match = CODE_AUTH.exec(text)) {
    const value = match[1]!;
    if (isPlaceholderValue(value)) continue;
    const start = match.index + match[0].length - value.length - 1;
    emit("password", start, start + value.length, "code-basic-auth", PRIORITY.secret - 5);
  }
}

const PASSWORD_STEMS = [
  "code wi",
  "code du wi",
  "code de la wi",
  "pass",
  "pasw",
  "pssw",
  "pw",
  "wort",
  "woord",
  "mot de",
  "mdp",
  "contrase",
  "clave",
  "senha",
  "parola",
  "hasło",
  "haslo",
  "senord",
  "adgangskode",
  "salasana",
  "pin",
  "sifre",
  "şifre",
  "пароль",
  "パスワード",
  "密",
  "비밀번호",
];

/**
 * A user name or customer number, then (within the same line, a few words later) a password word and the value with
 * only a space between: "user a.chen@finco.example, pass W1nter-Ledger-88", "Customer no 0712198844. PIN 4 digits 8815.
 * Pass Gizmo&Tilly1962", "Kundennummer 4471 Kennwort …".
 */
const CREDENTIAL_PAIR =
  /\b(?:user(?:name)?|login|customer (?:no|number|id)|client (?:no|number|id)|member (?:no|number|id)|benutzer(?:name)?|kundennummer|identifiant|usuario|utente|utilizador|gebruikersnaam|użytkownik)\s*[:=]?\s*[^\s,;]{2,64}[^\n]{0,40}?[\s,;/|.]\s*(?:pass(?:word)?|pwd|pw|passwort|kennwort|mot de passe|mdp|contraseña|clave|senha|wachtwoord|hasło)\s+([^\s"'`<>]{6,64})/gi;

/** The account words of CREDENTIAL_PAIR, lower-case: none in the text, no pair. */
const CREDENTIAL_PAIR_STEMS = [
  "user",
  "login",
  "customer",
  "client",
  "member",
  "benutzer",
  "kundennummer",
  "identifiant",
  "usuario",
  "utente",
  "utilizador",
  "gebruikersnaam",
  "użytkownik",
];

function runCredentialPairs(text: string, emit: Emit): void {
  CREDENTIAL_PAIR.lastIndex = 0;
  for (let match = CREDENTIAL_PAIR.exec(text); match !== null; match = CREDENTIAL_PAIR.exec(text)) {
    const value = match[1]!.replace(RUN_CREDENTIAL_PAIRS_PATTERN_1, "");
    if (!isPasswordValue(value, false) || !WEAK_CREDENTIAL_PATTERN_2.test(value) || !RUN_CREDENTIAL_PAIRS_PATTERN_2.test(value)) continue;
    const start = match.index + match[0].length - match[1]!.length;
    emit("password", start, start + value.length, "password-credential-pair", PRIORITY.secret - 5);
  }
}

/** A vendor's factory default named as such: "the default admin password … is ubnt/ubnt" (a plain word or user/word pair). */
const VENDOR_DEFAULT_CUE = /\b(?:default|factory|out of the box|par défaut|predeterminad[ao]|padrão|standaard|voreingestellt|werkseitig)\b/i;

/** `POSTGRES_PASSWORD=postgres`: the identifier before the password word names the value (a documented default). */
function isServiceDefault(text: string, keywordStart: number, value: string): boolean {
  let start = keywordStart;
  while (start > 0 && keywordStart - start < 40 && IS_SERVICE_DEFAULT_PATTERN_1.test(text[start - 1]!)) start--;
  if (IS_SERVICE_DEFAULT_PATTERN_2.test(value) && VENDOR_DEFAULT_CUE.test(text.slice(Math.max(0, keywordStart - 40), keywordStart))) return true;
  return isServiceDefaultPassword(text.slice(start, keywordStart), value);
}

/** The identifier before `_pass` that makes it a passport number's key (`n_pass`, `num_pass`, `nr_pass`, `no_pass`). */
const PASSPORT_NUMBER_PREFIX = /(?:^|[^\p{L}\p{N}_])(?:n|nr|num|no|numero)_$/iu;

/**
 * A service's capitalised name between a password word and a colon, "mdp Netflix : chaton-bleu-0412", "Passwort GMX:
 * …", "password Wi-Fi: …" (session 48): case-sensitive (the name's capital is the cue, so "password is: …" and
 * "password reset: …" are no such name), and the value must be a chosen secret (letters and digits, 8 or more).
 */
const BRANDED_PASSWORD =
  /(?<![\p{L}\p{N}_])(?:mot de passe|mdp|[Pp]assword|[Pp]asswort|[Kk]ennwort|contraseña|[Ww]achtwoord|senha)[ \t]+\p{Lu}[\p{L}\p{N}+.&-]{1,23}[ \t]{0,2}[:：][ \t]*([^\s"'`<>]{8,128})/gu;

function runBrandedPasswords(text: string, emit: Emit): void {
  BRANDED_PASSWORD.lastIndex = 0;
  for (let match = BRANDED_PASSWORD.exec(text); match !== null; match = BRANDED_PASSWORD.exec(text)) {
    const value = match[1]!.replace(RUN_CREDENTIAL_PAIRS_PATTERN_1, "");
    if (!MIXED_SECRET.test(value) || !isPasswordValue(value, false)) continue;
    const start = match.index + match[0].length - match[1]!.length;
    emit("password", start, start + value.length, "password-assignment", PRIORITY.secret - 5);
  }
}

function runPasswords(text: string, emit: Emit, lower: string): void {
  runCommandLinePasswords(text, emit, lower);
  if (!containsAny(lower, PASSWORD_STEMS)) return;
  if (containsAny(lower, CREDENTIAL_PAIR_STEMS)) runCredentialPairs(text, emit);
  runBrandedPasswords(text, emit);
  PASSWORD_PATTERN.lastIndex = 0;
  for (let match = PASSWORD_PATTERN.exec(text); match !== null; match = PASSWORD_PATTERN.exec(text)) {
    if (match.index > 0 && RUN_PASSWORDS_PATTERN_1.test(text[match.index - 1]!)) {
      // Inside an identifier: DB_PASSWORD, smtp_pass and PGPASSWORD count, "compass" and "shipping" do not.
      const keywordText = match[0].toLowerCase();
      const afterUnderscore = text[match.index - 1] === "_";
      // `n_pass`, `num_pass`, `nr_pass` abbreviate a passport number (an Italian police register's `n_pass`: dev-72).
      const passportNumber =
        afterUnderscore && !keywordText.startsWith("passw") && PASSPORT_NUMBER_PREFIX.test(text.slice(Math.max(0, match.index - 8), match.index));
      if (passportNumber || !(keywordText.startsWith("passw") || keywordText.startsWith("pwd") || (afterUnderscore && keywordText.startsWith("pass")))) {
        PASSWORD_PATTERN.lastIndex = match.index + 1;
        continue;
      }
    }
    let group = 1;
    while (group <= 7 && match[group] === undefined) group++;
    if (group > 7) continue;
    let value = match[group]!;
    let quoted = group <= 6;
    // A byte list's first item (`pw[] = {0x68, …}`): the list is read decoded (encoded-values.ts), not its "{0x68".
    if (!quoted && BYTE_LIST_START.test(value)) continue;
    if (!quoted) value = value.replace(RUN_CREDENTIAL_PAIRS_PATTERN_1, "");
    // "my password is like 'hunter22x'": a hedge word before a quoted value is no value; the quoted one is (session 47).
    let hedgedStart = -1;
    if (!quoted && HEDGE_WORD.test(value)) {
      const end = match.index + match[0].length;
      const hedged = QUOTED_AFTER_HEDGE.exec(text.slice(end, end + 140));
      if (hedged !== null) {
        value = hedged[2]!;
        quoted = true;
        hedgedStart = end + hedged[1]!.length;
      }
    }
    const keyword = match[0].slice(0, 12).toLowerCase();
    if (RUN_PASSWORDS_PATTERN_2.test(keyword) && !RUN_PASSWORDS_PATTERN_3.test(value)) continue;
    // A bare "pass" needs ":" or "=", or "is" before a letters-and-digits value of 8+ ("the pass is sunflower1962!").
    if (
      RUN_PASSWORDS_PATTERN_4.test(keyword) &&
      !RUN_PASSWORDS_PATTERN_5.test(match[0]) &&
      !(RUN_PASSWORDS_PATTERN_7.test(match[0]) && MIXED_SECRET.test(value))
    )
      continue;
    if (RUN_PASSWORDS_PATTERN_6.test(keyword) && !RUN_PASSWORDS_PATTERN_7.test(match[0])) continue;
    if (!isPasswordValue(value, quoted)) continue;
    if (isServiceDefault(text, match.index, value)) continue;
    const valueStart = hedgedStart >= 0 ? hedgedStart : match.index + match[0].lastIndexOf(value, match[0].length - (quoted ? 1 : 0));
    if (!quoted && QUESTION_WORD.test(value)) {
      answeredPassword(text, valueStart + value.length, emit);
      continue;
    }
    if (!quoted && proseValue(text, match, value, valueStart)) continue;
    // A code read out in groups ("Einmalpasswort lautet 593 210", session 49): the value is all of its groups.
    const groups =
      !quoted && DIGIT_GROUP.test(value) ? FOLLOWING_DIGIT_GROUPS.exec(text.slice(valueStart + value.length, valueStart + value.length + 12)) : null;
    const length = value.length + (groups?.[0].length ?? 0);
    emit("password", valueStart, valueStart + length, "password-assignment", PRIORITY.secret - 5);
  }
}

// ---------------------------------------------------------------------------------------------
// Generic secret assignments (our own): `api_key = "..."`, `"client_secret": "..."`, `Authorization:
// Bearer ...`, `TOKEN=...`. The value must look random (entropy, mixed classes) to count.
/**
 * Storage, account, master and shared keys (Azure storage and Cosmos DB keys, `AZURE_STORAGE_KEY = "…=="`) are
 * named too (session 48); and a session's id in a cookie (`session_id=…`, `PHPSESSID=…`, `JSESSIONID=…`, `connect.sid=…`;
 * session 51); the value must still look random.
 * Anchored on the secret word itself; the identifier around it is read by hand. (A pattern with a
 * `(?:word[_.-])*` prefix is quadratic on long identifiers such as a_a_a_..._tokenX.)
 */
const SECRET_NAME =
  /api[_.-]?key|apikey|api[_.-]?token|access[_.-]?key(?:[_.-]?id)?|secret[_.-]?access[_.-]?key|secret[_.-]?key|client[_.-]?secret|app[_.-]?secret|auth[_.-]?token|access[_.-]?token|refresh[_.-]?token|bearer[_.-]?token|private[_.-]?token|session[_.-]?token|api[_.-]?secret|signing[_.-]?key|encryption[_.-]?key|webhook[_.-]?secret|(?:storage|account|master|shared)[_.-]?(?:access[_.-]?)?key|x-api-key|x-auth-token|session[_.-]?cookie|(?:php|j)?sess(?:ion)?[_.-]?id|connect\.sid|(?:t?otp|mfa|2fa|authenticator)[_.-]?seed|private[_.-]?key|credentials?|creds|secret|token|secert|seecret|sercet|secrte|secrect|api[_.-]?kye|apikye|acces[_.-]?(?:key|token)|privte[_.-]?key|tokn|toekn/gi;
/**
 * The name's rest, then `=`, `:`, `=>` or `:=`, or (session 50, dev-85) a quoted name's closing quote (group 2), a comma
 * and the value's opening quote on the same line: `define('TOTP_SECRET', '…')`, `setdefault("API_KEY", "…")` calls,
 * where the quotes hold the identifier alone (not a label such as `"jwt.io's token", "eyJ…"`). The value
 * may hold `%` and `:` (session 50): a percent-encoded cookie (`s%3A…`), read decoded too (`s:…`). A subscript's closing
 * bracket may stand before the `=` (session 53, dev-93): `os.environ["AWS_SECRET_ACCESS_KEY"] = "…"`, `ENV['TOKEN'] = …`.
 * Session 54 (gitleaks' sample syntaxes and detect-secrets' keyword tests, dev-97): a camelCase rest (`mySecretString`),
 * Go's and Kotlin's type (`var apiToken string = …`, `var apiToken: String = …`), PHP's `[]=`, Objective-C's `@"…"`,
 * Makefile's and PHP's `?=`, `??=`, `+=`, `.=`, `::=`, `:::=`, and an XML element's `>` (checked by hand: `<apiToken>…`);
 * and a value of any characters but space and quotes (12 or more: `"m{h}o)p…"`, `"Lj2^5O%xi214"`), judged by hand.
 */
const SECRET_ASSIGNMENT =
  /((?:[_.-][A-Za-z0-9]{1,24}|[A-Z][a-z0-9]{1,23}){0,4})(?:[ \t]+string|[ \t]*:[ \t]*String)?(?:(?:\[\])?["']?\]?\s*(?:\?\??=|[+.]=|:{1,3}=|=>|[:=>])\s*(?:@?["'`]|(?:Bearer|Token|token|Basic)\s+)?|(["'])[ \t]*,[ \t]*["'])([A-Za-z0-9_\-+/=.~%:]{16,512}|[^\s"'`]{12,512})/y;
/** The characters of a plain token value (SECRET_ASSIGNMENT's first value alternative). */
const PLAIN_TOKEN_VALUE = /^[A-Za-z0-9_\-+/=.~%:]{16,}$/;
/**
 * Names that hold no secret (gitleaks' generic-rule allow-list, session 54): a public or publishable token or key, and a
 * secret's, credential's or private key's name, size, id, alias, version or address (`LLM_SECRET_NAME`, `credentialsId`,
 * `private_key_id`).
 */
const NOT_A_SECRET_NAME =
  /public[_.-]?(?:token|key)|publishable|(?:secret|credentials?|creds|private[_.-]?key)[_.-]?(?:names?|size|length|ids?|alias|version|store|url|uri|endpoint)$/;
/** A call or a subscript in a bare value (`ctx.Value(key)`, `cfg[name]`): code, not a secret. */
const CODE_IN_VALUE = /[A-Za-z_]\(|[A-Za-z_]\[|\)\./;
const VALUE_DIGIT = /\d/;
const VALUE_LOWER = /[a-z]/;
const VALUE_UPPER = /[A-Z]/;
const VALUE_REFERENCE_START = /^(?:\$|\{\{|<|%)/;

/**
 * A value matched by SECRET_ASSIGNMENT's second alternative (any characters but space and quotes): a secret when it
 * fills its quotes up to the same closing quote, or, bare, is no call or subscript; and it has a digit, a lower- and an
 * upper-case letter and is no placeholder or reference.
 */
function wideSecretValue(text: string, start: number, raw: string): string | undefined {
  const opening = text[start - 1];
  const quoted = opening === '"' || opening === "'" || opening === "`";
  if (quoted && text[start + raw.length] !== opening) return undefined;
  const value = quoted ? raw : withoutClosingPunctuation(raw);
  if (!quoted && (text[start + raw.length] === '"' || text[start + raw.length] === "'" || CODE_IN_VALUE.test(value))) return undefined;
  if (value.length < 12 || !VALUE_DIGIT.test(value) || !VALUE_LOWER.test(value) || !VALUE_UPPER.test(value)) return undefined;
  if (VALUE_REFERENCE_START.test(value) || isPlaceholderValue(value) || isRepetitive(value)) return undefined;
  return value;
}
const IDENTIFIER_CHAR = /[A-Za-z0-9_.-]/;
/**
 * The text between a name and its value opens with `>` (not `=>`), maybe after the name's closing quote: an XML
 * element's content, or an attribute's end (`<string name="PreSharedKey">…`: read by the password rules).
 */
const ELEMENT_OPEN = /^["']?\]?\s*>/;

const BEARER = /\b(?:Authorization\s*:\s*|-H\s*["']?Authorization:\s*)?(Bearer|Token|Basic)\s+([A-Za-z0-9_\-+/=.~]{16,2048})/g;

/** The value without the sentence's closing `.`, `,`, `;` or `:` (a loop: no backtracking pattern; `:` since session 50). */
function withoutClosingPunctuation(value: string): string {
  let end = value.length;
  while (end > 0 && ".,;:".includes(value[end - 1]!)) end--;
  return value.slice(0, end);
}

/** A capital after a lower-case letter or a digit, the next letter lower-case: `mailgun|ApiKey`, not `MYTOKEN`. */
function camelCaseStart(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  const previous = text.charCodeAt(index - 1);
  const next = text.charCodeAt(index + 1);
  return code >= 65 && code <= 90 && ((previous >= 97 && previous <= 122) || (previous >= 48 && previous <= 57)) && next >= 97 && next <= 122;
}

/** The name and the letter before it are capitals (`MYAPPSECRET`): an environment variable's name glued without `_`. */
function allCapitalsName(text: string, index: number, name: string): boolean {
  const previous = text.charCodeAt(index - 1);
  return previous >= 65 && previous <= 90 && name === name.toUpperCase();
}

/** A lower-case name after a lower-case letter or a digit (`myapp|secret`): glued into a longer lower-case word. */
function lowerCaseName(name: string, before: string): boolean {
  const code = before.charCodeAt(0);
  return ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) && name === name.toLowerCase();
}
/**
 * The key before a glued lower-case name (session 56): lower-case letters and digits, maybe after dotted or separated
 * segments (`myapp`, `cfg.stripe`), ending the key right before its operator — `tokenizer=` or `secretariat:` hold the
 * name inside a longer word and never reach here (SECRET_ASSIGNMENT wants the operator after the name).
 */
const LOWER_CASE_KEY_PREFIX = /^(?:[a-z0-9]+[_.-])*[a-z][a-z0-9]*$/;

function randomLooking(value: string): boolean {
  if (isPlaceholderValue(value) || isRepetitive(value)) return false;
  if (RANDOM_LOOKING_PATTERN_1.test(value) || RANDOM_LOOKING_PATTERN_2.test(value))
    return value.length >= 24 && shannonEntropy(value) > 3.5 && RANDOM_LOOKING_PATTERN_3.test(value) && RANDOM_LOOKING_PATTERN_4.test(value);
  if (RANDOM_LOOKING_PATTERN_5.test(value)) return false; // snake_case words
  return shannonEntropy(value) >= 3.2;
}

/** Every SECRET_NAME match, lower-cased (ASCII only: no `u` flag), starts with one of these (`api_key`, `secret`, `token` …). */
const SECRET_STEMS = requiredPrefixes(SECRET_NAME.source) ?? ["key", "secret", "token"];
export const SECRET_NAME_GATE: PatternGate = { name: "secret-name", pattern: SECRET_NAME, mayMatch: (_text, lower) => containsAny(lower, SECRET_STEMS) };

function runGenericSecrets(text: string, emit: Emit, lower: string): void {
  if (SECRET_NAME_GATE.mayMatch(text, lower)) {
    SECRET_NAME.lastIndex = 0;
    for (let name = SECRET_NAME.exec(text); name !== null; name = SECRET_NAME.exec(text)) {
      const before = text[name.index - 1];
      // Part of a longer word ("mytokens"), unless a camelCase boundary starts the name (`mailgunApiKey`, `twilioAuthToken`:
      // session 50, dev-85).
      // Session 55: or inside an all-capitals name, where no boundary can be written (`MYAPPSECRET`, `STRIPESECRETKEY`).
      const glued = before !== undefined && RUN_GENERIC_SECRETS_PATTERN_1.test(before);
      // Session 56: or at the end of an all-lower-case name (`myappsecret=`, `stripeapikey:`), checked below.
      const lowerGlued = glued && !camelCaseStart(text, name.index) && !allCapitalsName(text, name.index, name[0]);
      if (lowerGlued && !lowerCaseName(name[0], before)) continue;
      SECRET_ASSIGNMENT.lastIndex = name.index + name[0].length;
      const assignment = SECRET_ASSIGNMENT.exec(text);
      if (!assignment) continue;
      let identifierStart = name.index;
      while (identifierStart > 0 && name.index - identifierStart < 64 && IDENTIFIER_CHAR.test(text[identifierStart - 1]!)) identifierStart--;
      if (lowerGlued && (assignment[1] !== "" || !LOWER_CASE_KEY_PREFIX.test(text.slice(identifierStart, name.index)))) continue;
      if (assignment[2] !== undefined && text[identifierStart - 1] !== assignment[2]) continue; // `("NAME", "…")`: NAME alone in its quotes
      const identifier = (text.slice(identifierStart, name.index) + name[0] + assignment[1]).toLowerCase();
      if (RUN_GENERIC_SECRETS_PATTERN_2.test(identifier) || SECRET_FILE_REFERENCE.test(identifier) || NOT_A_SECRET_NAME.test(identifier)) continue;
      const raw = assignment[3]!;
      const start = assignment.index + assignment[0].length - raw.length;
      // An XML element's `>` is an assignment only after the element's own `<` (`<apiToken>…</apiToken>`).
      const operatorAt = name.index + name[0].length + assignment[1]!.length;
      if (ELEMENT_OPEN.test(text.slice(operatorAt, start)) && text[identifierStart - 1] !== "<") continue;
      const value = PLAIN_TOKEN_VALUE.test(raw) ? withoutClosingPunctuation(raw) : wideSecretValue(text, start, raw);
      if (value === undefined || !randomLooking(value)) continue;
      // A documented TOTP seed is reported too (judged by the scanner, honouring testValues); the search resumes as before.
      emit("api_key", start, start + value.length, "generic-secret-assignment", PRIORITY.secret - 10);
      if (!DOCUMENTED_TOTP.test(value)) SECRET_NAME.lastIndex = start + value.length;
    }
  }
  if (RUN_GENERIC_SECRETS_PATTERN_4.test(text)) {
    BEARER.lastIndex = 0;
    for (let match = BEARER.exec(text); match !== null; match = BEARER.exec(text)) {
      const value = match[2] ?? "";
      if (!randomLooking(value)) continue;
      const start = match.index + match[0].length - value.length;
      emit(match[1] === "Basic" ? "password" : "api_key", start, start + value.length, `authorization-${match[1]!.toLowerCase()}`, PRIORITY.secret - 8);
    }
  }
}

/**
 * Session 55 (issue #15, dev-97's leftover `k2=<base64>`): an env file's value under a key with no cue word. In a text of
 * three or more `KEY=value` lines, a bare value of 32 or more base64 or URL-safe characters with capitals, small letters
 * and digits, of high entropy, is a secret whatever its key — unless the key names what is no secret (an id, a hash or
 * digest, a public key, a URL, a path, a name, a version, an image tag, a commit: `BUILD_SHA`, `PUBLIC_KEY`, `IMAGE_TAG`).
 * Hex-only values (hashes, UUIDs) and JWTs (dots) are not read here.
 */
const ENV_LINE = /^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]{0,40})[ \t]*=[ \t]*(\S{1,200})[ \t]*$/gm;
const OPAQUE_VALUE = /^[A-Za-z0-9+/_-]{32,200}={0,2}$/;
const OPAQUE_CLASSES = [/[A-Z]/, /[a-z]/, /[0-9]/];
const NOT_SECRET_KEY_PART =
  /^(?:id|ids|uid|uuid|guid|hash|digest|checksum|sha|sha1|sha256|sha512|md5|etag|public|pub|url|uri|urls|endpoint|path|file|dir|name|names|version|host|hostname|region|image|tag|commit|build|ref|fingerprint|cid|nonce|iv|account|user|username|email|bucket|project|tenant|client|org|site|domain)$/;

function runEnvOpaqueValues(text: string, emit: Emit): void {
  const lines: RegExpExecArray[] = [];
  ENV_LINE.lastIndex = 0;
  for (let match = ENV_LINE.exec(text); match !== null; match = ENV_LINE.exec(text)) {
    lines.push(match);
  }
  if (lines.length < 3) return;
  for (const line of lines) {
    const value = line[2]!;
    if (!OPAQUE_VALUE.test(value) || !OPAQUE_CLASSES.every((characters) => characters.test(value))) continue;
    const keyParts = line[1]!.toLowerCase().split("_");
    if (keyParts.some((part) => NOT_SECRET_KEY_PART.test(part))) continue;
    if (isPlaceholderValue(value) || isRepetitive(value) || shannonEntropy(value) < 4) continue;
    const start = line.index + line[0].lastIndexOf(value);
    emit("api_key", start, start + value.length, "env-opaque-value", PRIORITY.secret - 12);
  }
}

function runEnvFiles(text: string, emit: Emit): void {
  // Three `=` at least, one of them at a line's key (a cheap gate before the line walk).
  let equals = 0;
  for (let at = text.indexOf("="); at >= 0 && equals < 3; at = text.indexOf("=", at + 1)) equals++;
  if (equals >= 3 && text.includes("\n")) runEnvOpaqueValues(text, emit);
}

export const secretDetectors: Detector[] = [
  { name: "provider-tokens", run: runTokens },
  { name: "private-keys", run: runPrivateKeys },
  { name: "jwt", run: runJwts },
  { name: "connection-strings", run: runConnectionStrings },
  { name: "passwords", run: runPasswords },
  { name: "generic-secrets", run: runGenericSecrets },
  { name: "env-opaque-values", run: runEnvFiles },
];
