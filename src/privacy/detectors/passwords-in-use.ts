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

const TOKEN = `["'“‘]?([\\x21-\\x7e]{8,64}?)["'”’]?`;
const IN_USE = new RegExp(
  [
    // I use / we've been using X for|as|on|everywhere …
    `\\b(?:i|we)(?:['’](?:ve|m|re)|\\s+(?:have|had|am|are))?\\s+(?:still\\s+|always\\s+|currently\\s+|been\\s+)?(?:use|used|using|reuse|re-use)\\s+${TOKEN}\\s+(?:for|as|on|at|to|everywhere|across|with|since)\\b`,
    // my Netflix login: anna.k@gmail.com / Sunflower#88
    `\\b(?:login|log-in|credentials|creds|sign-?in|account)\\b[^\\n@]{0,24}?[\\s:]\\s*[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,4}\\s*(?:/|\\||,|;|:|\\band\\b)\\s*${TOKEN}(?=[\\s.,;!?)]|$)`,
    // Is X strong / secure / safe enough? How strong is X?
    `\\b(?:is|would|will)\\s+${TOKEN}\\s+(?:a\\s+|be\\s+|still\\s+)?(?:strong|secure|safe|good|weak|hackable|crackable|guessable)\\b`,
    `\\bhow\\s+(?:strong|secure|safe)\\s+is\\s+${TOKEN}(?=[\\s?.!,]|$)`,
    // ich benutze / j'utilise / uso / utilizzo X für|pour|para|per …
    `\\b(?:ich\\s+(?:benutze|nutze|verwende)|j['’]utilise|(?:yo\\s+)?(?:uso|utilizo)|utilizzo)\\s+${TOKEN}\\s+(?:für|als|bei|überall|pour|comme|partout|para|como|en|em|per|ovunque)\\b`,
    // Ist X sicher? X est-il sûr ?
    `\\bist\\s+${TOKEN}\\s+(?:ein\\s+)?(?:sicher|stark|gut)`,
  ].join("|"),
  "giu",
);

function looksLikePassword(value: string): boolean {
  if (value.length < 8 || !/^[\x21-\x7e]+$/.test(value)) return false;
  const classes = Number(/[a-z]/.test(value)) + Number(/[A-Z]/.test(value)) + Number(/\d/.test(value)) + Number(/[^A-Za-z0-9]/.test(value));
  if (classes < 3 || !/[A-Za-z]/.test(value) || !/[\d\W_]/.test(value)) return false;
  if (/:\/\/|@[\w-]+\.|^[./~]|\/|\\|^v?\d+(?:\.\d+)+|^[\w.-]+\.(?:com|org|net|io|js|ts|py|json|txt|md)$|^\w+\(|[=<>{}[\]`]/.test(value)) return false;
  // Product and algorithm names (Node.js-18, GPT-4o-mini, AES-256-GCM) join words and numbers with - . _;
  // a password has a symbol of its own or digits inside a word (Tr0ub4dor).
  if (!/[!@#$%^&*?~+=|;:,'"]/.test(value) && (!/[A-Za-z]\d+[A-Za-z]/.test(value) || /\d\.\d|k8s|i18n|l10n|a11y|w3c/i.test(value))) return false;
  if (/^[A-Za-z]+(?:[_.-][A-Za-z]+)+$/.test(value) || /^(?:[A-Z][a-z]+){2,}$/.test(value) || /^[A-Z0-9_]+$/.test(value)) return false;
  return !isPlaceholderValue(value);
}

const STEMS = [
  "login",
  "log-in",
  "credentials",
  "creds",
  "sign-in",
  "signin",
  "account",
  "use",
  "using",
  "strong",
  "secure",
  "safe",
  "hackable",
  "benutze",
  "nutze",
  "verwende",
  "utilise",
  "uso ",
  "utilizo",
  "utilizzo",
  "sicher",
];

function runPasswordsInUse(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, STEMS)) return;
  IN_USE.lastIndex = 0;
  for (let match = IN_USE.exec(text); match !== null; match = IN_USE.exec(text)) {
    const value = match.slice(1).find((group) => group !== undefined);
    if (value === undefined) continue;
    const trimmed = value.replace(/[.,;:?!]+$/, "");
    if (!looksLikePassword(trimmed)) continue;
    const start = match.index + match[0].indexOf(value);
    emit("password", start, start + trimmed.length, "password-in-use", PRIORITY.weak);
  }
}

export const passwordInUseDetectors: Detector[] = [{ name: "passwords-in-use", run: runPasswordsInUse }];
