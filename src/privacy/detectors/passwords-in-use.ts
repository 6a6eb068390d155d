/**
 * A standalone password the writer says they use, without the word "password" (that case is in
 * scripts.ts): "I use Tr0ub4dor&3x for my email", "Is Bl4ck!Cat2019 strong enough?", "ich benutze
 * Wx9!kPz#2mQ für alles". The token must look like a real password (8-64 printable characters
 * mixing three character classes, not a path, URL, address, identifier or version).
 * Each pattern is anchored on its verb or question words, with bounded parts: linear in the text.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { isPlaceholderValue } from "../context.js";
import { printableRuns } from "../text-runs.js";
import { isRegexSpace } from "../regex-space.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const LOOKS_LIKE_PASSWORD_PATTERN_1 = /:\/\/|@[\w-]+\.|^[./~]|\/|\\|^v?\d+(?:\.\d+)+|^[\w.-]+\.(?:com|org|net|io|js|ts|py|json|txt|md)$|^\w+\(|[=<>{}[\]`]/;
const LOOKS_LIKE_PASSWORD_PATTERN_2 = /[!@#$%^&*?~+=|;:,'"]/;
const LOOKS_LIKE_PASSWORD_PATTERN_3 = /[A-Za-z]\d+[A-Za-z]/;
const LOOKS_LIKE_PASSWORD_PATTERN_4 = /\d\.\d|k8s|i18n|l10n|a11y|w3c/i;
const LOOKS_LIKE_PASSWORD_PATTERN_5 = /^[A-Za-z]+(?:[_.-][A-Za-z]+)+$/;
const LOOKS_LIKE_PASSWORD_PATTERN_6 = /^(?:[A-Z][a-z]+){2,}$/;
const LOOKS_LIKE_PASSWORD_PATTERN_7 = /^[A-Z0-9_]+$/;

/**
 * Candidate tokens first (runs of 8 or more printable ASCII characters, `[!-~]{8,}`: rare in prose once
 * looksLikePassword has run), then the words around each one: far cheaper than matching every
 * "I use" or "is" of the text. The runs are found with a character loop (forEachCandidate), not a global
 * regex: one match array and substring per word of eight letters or more was most of a scan's allocation.
 */
const MIN_CANDIDATE = 8;

/** Calls `visit(start, end)` for each maximal run of at least 8 printable ASCII characters of `text` (the scan's shared pass, text-runs.ts). */
function forEachCandidate(text: string, visit: (start: number, end: number) => void): void {
  const runs = printableRuns(text);
  for (let run = 0; run < runs.count; run++) if (runs.ends[run]! - runs.starts[run]! >= MIN_CANDIDATE) visit(runs.starts[run]!, runs.ends[run]!);
}

/**
 * Session 54: the account and login words of Japanese, Chinese and Korean (アカウント, ログイン, 账号, 帳號, 账户, 登录, 계정,
 * 로그인, 아이디) head a `user / password` pair too ("アカウント: ana.silva / Tq9wLm2Zr8Kx"); those scripts write no spaces, so
 * no letter boundary is asked of them.
 */
const LOGIN_PAIR_OTHER_LANGUAGES =
  /(?:(?<![\p{L}])(?:giri[şs]i?|hesab\p{L}*|acceso|cuenta|connexion|identifiants?|compte|anmeldung|zugang(?:sdaten)?|konto|inlog(?:gegevens)?|accesso|conta|logowanie|вход|логин|credenciales|credenciais|credenziali|anmeldedaten|inloggning|kirjautuminen|přihlášení)(?![\p{L}])|アカウント|ログイン|账号|帐号|賬號|帳號|账户|帳戶|登录|登錄|登入|계정|로그인|아이디)[^\n]{0,40}?[\s:]\s*[\w.-]{2,32}\s+(?:\/|\|)\s+["'“‘]?$/iu;
const LOGIN_WORD_PAIR =
  /(?<![\p{L}])(?:giri[şs]i?|acceso|connexion|identifiants?|anmeldung|zugangsdaten|inlog(?:gegevens)?|accesso|logowanie|вход|логин)(?![\p{L}])[^\n]{0,40}?[\s:]\s*[\w.-]{2,32}\s+(?:\/|\|)\s+["'“‘]?$/iu;

const LOGIN_PAIR = /\b(?:login|log-in|credentials|creds|sign-?in|account)\b[^\n]{0,40}?[\s:]\s*[\w.-]{2,32}\s+(?:\/|\|)\s+["'“‘]?$/i;
/** The contexts that end in `user / ` (see slashPairBefore): tried only when the text before the token ends so. */
const SLASH_PAIR_CONTEXTS: ReadonlySet<RegExp> = new Set([LOGIN_PAIR, LOGIN_PAIR_OTHER_LANGUAGES, LOGIN_WORD_PAIR]);

/** [words before the token, words after it]: either side may be empty. */
const CONTEXTS: Array<[RegExp, RegExp]> = [
  // I use / we've been using / he uses (session 43) X for|as|on|everywhere …
  [
    /\b(?:(?:i|we)(?:['’](?:ve|m|re)|\s+(?:have|had|am|are))?\s+(?:still\s+|always\s+|currently\s+|been\s+)?(?:use|used|using|reuse|re-use)|(?:he|she|they)(?:['’]s|\s+(?:has|have|is|are))?\s+(?:still\s+|always\s+|been\s+)?(?:uses|used|using|reuses))\s+["'“‘]?$/i,
    /^[”’]?\s+(?:for|as|on|at|to|everywhere|across|with|since)\b/i,
  ],
  // Is X strong / secure / safe enough?
  [/\b(?:is|would|will)\s+["'“‘]?$/i, /^[”’]?\s+(?:a\s+|be\s+|still\s+)?(?:strong|secure|safe|good|weak|hackable|crackable|guessable)\b/i],
  // How strong is X?
  [/\bhow\s+(?:strong|secure|safe)\s+is\s+["'“‘]?$/i, /^/],
  // ich benutze / j'utilise / uso / utilizzo X für|pour|para|per …
  [
    /(?:\bich\s+(?:benutze|nutze|verwende)|\bj['’]utilise|\b(?:uso|utilizo)|\butilizzo)\s+["'“‘]?$/i,
    /^[”’]?\s+(?:für|als|bei|überall|pour|comme|partout|para|como|en|em|per|ovunque)(?![\p{L}])/iu,
  ],
  // Ist X sicher?
  [/\bist\s+["'“‘]?$/i, /^[”’]?\s+(?:ein\s+)?(?:sicher|stark|gut)/i],
  // my Netflix login: anna.k@gmail.com / Sunflower#88
  [
    /\b(?:login|log-in|credentials|creds|sign-?in|account)\b[^\n@]{0,24}?[\s:]\s*[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}\s*(?:\/|\||,|;|:|\band\b)\s*["'“‘]?$/i,
    /^/,
  ],
  // colleagues' chat: "the staging admin login so you can repro: admin / Kx4#mPz8Qv", "creds: deploy | W4ld!Eule9"
  [LOGIN_PAIR, /^/],
  // the same pair after a login or account word of another language: "bankanın girişi 43918 / Kedi.1453"
  [LOGIN_PAIR_OTHER_LANGUAGES, /^/],
];

/**
 * A user / password pair after a login word (not an account word: "the account migration ran as job42 / batch2026"):
 * a plainer value is enough there.
 */
const LOGIN_ONLY_PAIR = /\b(?:login|log-in|credentials|creds|sign-?in)\b[^\n]{0,40}?[\s:]\s*[\w.-]{2,32}\s+(?:\/|\|)\s+["'“‘]?$/i;
const PAIR_CONTEXTS: ReadonlyArray<[RegExp, RegExp]> = [
  [LOGIN_ONLY_PAIR, /^/],
  [LOGIN_WORD_PAIR, /^/],
];

/**
 * Character classes present in `value` (or in its range [from, to)): bit 1 lower, 2 upper, 4 digit, 8 other printable
 * ASCII; -1 outside printable ASCII.
 */
function characterClasses(value: string, from = 0, to = value.length): number {
  let classes = 0;
  for (let index = from; index < to; index++) {
    const code = value.charCodeAt(index);
    if (code >= 97 && code <= 122) classes |= 1;
    else if (code >= 65 && code <= 90) classes |= 2;
    else if (code >= 48 && code <= 57) classes |= 4;
    else if (code >= 33 && code <= 126) classes |= 8;
    else return -1;
  }
  return classes;
}

/** Bit masks of characterClasses with three or four classes set. */
const THREE_OR_MORE_CLASSES: ReadonlySet<number> = new Set([7, 11, 13, 14, 15]);

function looksLikePassword(value: string): boolean {
  if (value.length < 8) return false;
  // One pass over the characters first: most words of prose have one or two classes.
  const classes = characterClasses(value);
  if (!THREE_OR_MORE_CLASSES.has(classes) || (classes & 3) === 0 || (classes & 12) === 0) return false;
  if (LOOKS_LIKE_PASSWORD_PATTERN_1.test(value)) return false;
  // Product and algorithm names (Node.js-18, GPT-4o-mini, AES-256-GCM) join words and numbers with - . _;
  // a password has a symbol of its own or digits inside a word (Tr0ub4dor).
  if (!LOOKS_LIKE_PASSWORD_PATTERN_2.test(value) && (!LOOKS_LIKE_PASSWORD_PATTERN_3.test(value) || LOOKS_LIKE_PASSWORD_PATTERN_4.test(value))) return false;
  if (LOOKS_LIKE_PASSWORD_PATTERN_5.test(value) || LOOKS_LIKE_PASSWORD_PATTERN_6.test(value) || LOOKS_LIKE_PASSWORD_PATTERN_7.test(value)) return false;
  return !isPlaceholderValue(value);
}

/** A plain password after a `user /` pair: 8–40 letters and digits with at most one `.`, `_`, `-` or `!`, not a path or version. */
const PLAIN_PAIR_VALUE = /^(?=[^\d]*\d)(?=[^A-Za-z]*[A-Za-z])[A-Za-z0-9]+(?:[._!-][A-Za-z0-9]+)?[!]?$/;

function plainPairValue(value: string): boolean {
  if (value.length > 40 || !PLAIN_PAIR_VALUE.test(value) || LOOKS_LIKE_PASSWORD_PATTERN_1.test(value) || LOOKS_LIKE_PASSWORD_PATTERN_4.test(value))
    return false;
  return !LOOKS_LIKE_PASSWORD_PATTERN_7.test(value) && !isPlaceholderValue(value);
}

/**
 * Literals one of which every context needs (lower-case): the verbs of "I use X" (use, used, using,
 * reuse, re-use) and "ich benutze / j'utilise / uso X", the words after "is X" and "ist X", and the
 * login words. Text without any of them can hold no finding, so it costs one keyword lookup.
 */
const CUE_STEMS = [
  "use",
  "using",
  "strong",
  "secure",
  "safe",
  "good",
  "weak",
  "hackable",
  "crackable",
  "guessable",
  "nutze",
  "verwende",
  "utilise",
  "uso",
  "utilizo",
  "utilizzo",
  "sicher",
  "stark",
  "gut",
  "login",
  "log-in",
  "credentials",
  "creds",
  "sign-in",
  "signin",
  "account",
  "giriş",
  "giris",
  "hesab",
  "acceso",
  "cuenta",
  "connexion",
  "identifiant",
  "compte",
  "anmeldung",
  "zugang",
  "konto",
  "inlog",
  "accesso",
  "conta",
  "logowanie",
  "вход",
  "логин",
  "credenciales",
  "credenciais",
  "credenziali",
  "anmeldedaten",
  "inloggning",
  "kirjautuminen",
  "přihlášení",
  "アカウント",
  "ログイン",
  "账号",
  "帐号",
  "賬號",
  "帳號",
  "账户",
  "帳戶",
  "登录",
  "登錄",
  "登入",
  "계정",
  "로그인",
  "아이디",
];

/** Leading quotes and brackets of a candidate (`"'(`, the only ones a printable-ASCII token can hold). */
const isLeadMark = (code: number): boolean => code === 34 || code === 39 || code === 40;
/** Trailing quotes and brackets (`"')`). */
const isCloseMark = (code: number): boolean => code === 34 || code === 39 || code === 41;
/** Trailing punctuation (`.,;:?!`). */
const isEndPunctuation = (code: number): boolean => code === 46 || code === 44 || code === 59 || code === 58 || code === 63 || code === 33;

/** End of the token once `["')]*[.,;:?!]*["')]*` is cut from its end (the longest such suffix). */
function valueEnd(text: string, start: number, end: number): number {
  let index = end;
  while (index > start && isCloseMark(text.charCodeAt(index - 1))) index--;
  while (index > start && isEndPunctuation(text.charCodeAt(index - 1))) index--;
  while (index > start && isCloseMark(text.charCodeAt(index - 1))) index--;
  return index;
}

const isPairQuote = (char: string | undefined): boolean => char === '"' || char === "'" || char === "“" || char === "‘";

/**
 * Lower-case ends of the word right before `\s+["'“‘]?$` in the left side of CONTEXTS' first five: the verbs of "I use X"
 * (use, used, using, uses; reuse, re-use, reuses end so), "is X", "would/will X", "how strong is X", "ich (be)nutze /
 * verwende X", "j'utilise X", "uso / utilizo / utilizzo X", "ist X". ASCII words of `/i` patterns without `u`: only
 * ASCII letters fold.
 */
const CONTEXT_WORD_ENDS = ["use", "used", "using", "uses", "is", "would", "will", "nutze", "verwende", "utilise", "uso", "utilizo", "utilizzo", "ist"];

/** Whether [from, end) ends with `word` (lower-case ASCII letters), either case. */
function endsWithWordEnd(text: string, from: number, end: number, word: string): boolean {
  if (end - from < word.length) return false;
  for (let index = 1; index <= word.length; index++) {
    const code = text.charCodeAt(end - index);
    const expected = word.charCodeAt(word.length - index);
    if (code !== expected && code !== expected - 32) return false;
  }
  return true;
}

/**
 * Whether the text in [from, start) may end as the left side of one of CONTEXTS' first six (the two others are
 * slash-pair contexts, tried only after one): it ends with the login-address context's separator (`/ | , ; :` or
 * "and", then optional white space and quote), or with one of CONTEXT_WORD_ENDS, white space and an optional quote.
 * True whenever one of those six patterns matches
 * `text.slice(from, start)` (test/unit/privacy/password-context-gate.test.ts); read backwards from `start`.
 */
export function contextWordBefore(text: string, from: number, start: number): boolean {
  let index = start;
  if (index > from && isPairQuote(text[index - 1])) index--;
  const spacesEnd = index;
  while (index > from && isRegexSpace(text.charCodeAt(index - 1))) index--;
  // The login-address context's separator (`/ | , ; :` or "and"), with or without spaces.
  if (index > from && "/|,;:".includes(text[index - 1]!)) return true;
  if (endsWithWordEnd(text, from, index, "and")) return true;
  if (index === spacesEnd) return false;
  for (const word of CONTEXT_WORD_ENDS) if (endsWithWordEnd(text, from, index, word)) return true;
  return false;
}

/** CONTEXTS' left sides that need no slash pair (for the test of contextWordBefore). */
export const CONTEXT_LEFT_SIDES: readonly RegExp[] = CONTEXTS.map(([left]) => left).filter((left) => !SLASH_PAIR_CONTEXTS.has(left));

/**
 * Whether the text in [from, start) ends as `\s+(?:\/|\|)\s+["'“‘]?` (what every slash-pair context ends with), read
 * backwards from `start`: a few characters instead of trying those patterns (one with a `\p{L}` look-behind) at each
 * of 120 positions, for every token with letters and digits.
 */
function slashPairBefore(text: string, from: number, start: number): boolean {
  let index = start;
  if (index > from && isPairQuote(text[index - 1])) index--;
  const spacesEnd = index;
  while (index > from && isRegexSpace(text.charCodeAt(index - 1))) index--;
  if (index === spacesEnd || index - 2 < from) return false;
  const mark = text[index - 1];
  return (mark === "/" || mark === "|") && isRegexSpace(text.charCodeAt(index - 2));
}

function runPasswordsInUse(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, CUE_STEMS)) return;
  forEachCandidate(text, (tokenStart, tokenEnd) => {
    if (tokenEnd - tokenStart > 72) return;
    // Cheap rejection before any copy: a word of prose (with its comma or quote) has at most two classes; a plainer
    // value (letters and digits, "Kedi.1453", "sunflower22") counts only after a `user /` pair.
    const tokenClasses = characterClasses(text, tokenStart, tokenEnd);
    const strong = THREE_OR_MORE_CLASSES.has(tokenClasses);
    if (!strong && !(tokenClasses > 0 && (tokenClasses & 3) !== 0 && (tokenClasses & 4) !== 0)) return;
    // Quotes and brackets around the token are not part of it.
    let start = tokenStart;
    while (start < tokenEnd && isLeadMark(text.charCodeAt(start))) start++;
    const end = valueEnd(text, start, tokenEnd);
    if (end - start > 64 || end - start < 8) return;
    const from = Math.max(0, start - 120);
    const slashPair = slashPairBefore(text, from, start);
    // A weaker token counts only after a slash pair: rejected before its copy. Without one, only CONTEXTS' first six
    // can match, and each needs its word or an `@` before the token: most code and log tokens stop here.
    if (!slashPair && (!strong || !contextWordBefore(text, from, start))) return;
    const value = text.slice(start, end);
    const looks = strong && looksLikePassword(value);
    if (!looks && (!slashPair || !plainPairValue(value))) return;
    const before = text.slice(from, start);
    const after = text.slice(tokenEnd, tokenEnd + 40);
    // An index loop: `contexts.some(([left, right]) => …)` allocated an iterator and its results for each pair.
    const contexts = looks ? CONTEXTS : PAIR_CONTEXTS;
    for (let index = 0; index < contexts.length; index++) {
      const left = contexts[index]![0];
      if ((slashPair || !SLASH_PAIR_CONTEXTS.has(left)) && contexts[index]![1].test(after) && left.test(before)) {
        emit("password", start, end, "password-in-use", PRIORITY.weak);
        return;
      }
    }
  });
}

export const passwordInUseDetectors: Detector[] = [{ name: "passwords-in-use", run: runPasswordsInUse }];
