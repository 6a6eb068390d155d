/**
 * Secrets told in conversation without a canonical `password:` label (dev-49, session 43):
 * - key shapes gated by a credential word before them: app-specific passwords (four groups of four lower-case letters,
 *   `wkrz-hmqe-tnvo-jlbd`), 2FA seeds and recovery keys (four or more groups of four upper-case letters and digits,
 *   `KQ7M ZP3X H2LV …`), and after a backup-code word, single backup codes (`R4TM9KQX2WPL`, `8413 2290`);
 * - the key after a Wi-Fi password frame in several languages ("la chiave del wifi è …", "Senha do wifi: …"), the first
 *   key-shaped token after the key word that does not follow a network-name label (the SSID is not the key);
 * - the answer after a security-question frame ("the answer you set up is Kowalczyk", "mis Pontivy comme réponse",
 *   "Кодовое слово … — Барсик", "答えはもちまるに"), only when the text is about an account's security question.
 * - a wallet's private key in hex (64 hex digits, `0x` optional) after a private-key word in the 60 characters before it
 *   ("my exported private key 5f2c…", "clé privée :", "私钥", "개인 키"; session 49, dev-80), not after a hash word (a
 *   fingerprint, checksum, digest, address or public key is no secret).
 * Every pattern has bounded parts (no nested unbounded quantifiers): linear in the text.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { isPlaceholderValue } from "../context.js";
import { PASSWORD_WORD_STEMS } from "./described-passwords.js";
import { forEachTokenRun } from "./secrets.js";

/** How far before a key shape its credential word may stand (same paragraph). */
const CUE_REACH = 160;

/** Words that name a secret a key shape may be (password words, 2FA seeds, recovery keys, backup codes). */
const SECRET_CUE =
  /passwor[dt]|kennwort|passphrase|mot de passe|contraseña|senha|wachtwoord|parola d|hasło|lösenord|heslo|şifre|пароль|密码|密碼|パスワード|비밀번호|authenticator|\b2fa\b|\btotp\b|two-factor|zwei-faktor|secret|seed|setup key|recovery|backup|復旧キー|回復キー|リカバリーキー|복구 키|wiederherstellungs|récupération|secours|respaldo|recuperaci[oó]n|recupera[cç][aã]o|recupero|zapasow|herstel|reservkod|záložní|yedek|резервн|备用|恢复/iu;
const SECRET_CUE_STEMS = [
  ...PASSWORD_WORD_STEMS,
  "passphrase",
  "authenticator",
  "2fa",
  "totp",
  "two-factor",
  "zwei-faktor",
  "secret",
  "seed",
  "setup key",
  "recovery",
  "backup",
  "復旧キー",
  "回復キー",
  "リカバリーキー",
  "복구 키",
  "wiederherstellungs",
  "récupération",
  "secours",
  "respaldo",
  "recuperaci",
  "recupera",
  "zapasow",
  "herstel",
  "reservkod",
  "záložní",
  "yedek",
  "резервн",
  "备用",
  "恢复",
];
/** Backup and recovery code words: the only cue for a single code token or a pair of four digits. */
const BACKUP_CODE_CUE =
  /backup[- ]codes?|recovery codes?|backup-codes?|codes? de (?:secours|récupération|respaldo|recuperación|backup)|códigos? de (?:respaldo|recuperación|backup|recuperação)|codici di (?:backup|recupero)|kody? zapasow\p{L}*|herstelcodes?|reservkod\p{L}*|záložní kód\p{L}*|yedek kod\p{L}*|резервн\p{L}{0,30} код\p{L}*|备用码|バックアップコード/iu;

/** Four groups of four lower-case letters with one separator: Google's and Apple's app-specific passwords. */
const APP_PASSWORD = /(?<![\p{L}\p{N}-])[a-z]{4}([- ])[a-z]{4}\1[a-z]{4}\1[a-z]{4}(?![\p{L}\p{N}-])/gu;
/**
 * Four to ten groups of four upper-case letters and digits with one separator: a base32 seed or a recovery key; or five
 * to eight groups of five, Microsoft's recovery code (`7QHXM-2KDPW-…`, session 49, dev-80).
 */
const KEY_GROUPS =
  /(?<![\p{L}\p{N}-])(?:[A-Z0-9]{4}([- ])[A-Z0-9]{4}(?:\1[A-Z0-9]{4}){2,8}|[A-Z0-9]{5}([- ])[A-Z0-9]{5}(?:\2[A-Z0-9]{5}){3,6})(?![\p{L}\p{N}-])/gu;
/**
 * The same groups in lower case, of base32's alphabet only (a–z, 2–7: no 0, 1, 8 or 9, so hex groups are not read):
 * an authenticator's setup key as some apps show it (`k5ww c4tb mj2h i6lq`). Review of session 46.
 */
const LOWER_BASE32_GROUPS = /(?<![\p{L}\p{N}-])[a-z2-7]{4}([- ])[a-z2-7]{4}(?:\1[a-z2-7]{4}){2,8}(?![\p{L}\p{N}-])/gu;
/** One backup code of 10–16 upper-case letters and digits. */
const CODE_TOKEN = /(?<![\p{L}\p{N}-])[A-Z0-9]{10,16}(?![\p{L}\p{N}-])/gu;
/** A backup code of eight digits read in two groups (`8413 2290`), not part of a longer run of digits. */
const DIGIT_PAIR = /(?<![\d+][ -]?)(?<![\d+])\d{4} \d{4}(?![ -]?\d)/gu;
/** An IBAN's start (`DE89`): a bank account, not a key. */
const IBAN_START = /^[A-Z]{2}\d{2}$/;
const VOWELS = /[aeiouy]/g;

/** The credential word in this paragraph's 160 characters before the value (a documentation cue is judged by the scanner). */
function cueBefore(text: string, start: number, cue: RegExp): boolean {
  const window = text.slice(Math.max(0, start - CUE_REACH), start);
  // This paragraph's part only, searched in the window (not back through the whole text).
  return cue.test(window.slice(window.lastIndexOf("\n\n") + 1));
}

/**
 * Random letters, not words: no group of one repeated letter, at most one group with two or more vowels, and at least
 * one group without any vowel (two when the groups are joined by spaces: "does this step fail" is four words).
 */
function randomLetterGroups(value: string): boolean {
  const groups = value.split(/[- ]/);
  let voweless = 0;
  let wordLike = 0;
  for (const group of groups) {
    if (/^(.)\1+$/.test(group)) return false;
    const vowels = group.match(VOWELS)?.length ?? 0;
    if (vowels === 0) voweless++;
    else if (vowels >= 2) wordLike++;
  }
  return voweless >= (value.includes(" ") ? 2 : 1) && wordLike <= 1 && !isPlaceholderValue(value);
}

/** Letters and digits mixed (at least three letters and two digits), not an IBAN's start, not a placeholder. */
function mixedKey(value: string): boolean {
  const letters = value.replace(/[^A-Z]/g, "").length;
  const digits = value.replace(/[^0-9]/g, "").length;
  if (letters < 3 || digits < 2 || IBAN_START.test(value.slice(0, 4))) return false;
  return !isPlaceholderValue(value) && !/^(?:X{4}[- ]?)+$/i.test(value);
}

function runKeyShapes(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, SECRET_CUE_STEMS)) return;
  for (const match of text.matchAll(APP_PASSWORD)) {
    if (randomLetterGroups(match[0]) && cueBefore(text, match.index, SECRET_CUE)) {
      emit("password", match.index, match.index + match[0].length, "told-app-password", PRIORITY.secret - 4);
    }
  }
  for (const match of text.matchAll(KEY_GROUPS)) {
    if (mixedKey(match[0]) && cueBefore(text, match.index, SECRET_CUE)) {
      emit("password", match.index, match.index + match[0].length, "told-key-groups", PRIORITY.secret - 4);
    }
  }
  for (const match of text.matchAll(LOWER_BASE32_GROUPS)) {
    if (mixedKey(match[0].toUpperCase()) && cueBefore(text, match.index, SECRET_CUE)) {
      emit("password", match.index, match.index + match[0].length, "told-key-groups", PRIORITY.secret - 4);
    }
  }
  if (!BACKUP_CODE_CUE.test(text)) return;
  for (const match of text.matchAll(CODE_TOKEN)) {
    if (mixedKey(match[0]) && cueBefore(text, match.index, BACKUP_CODE_CUE)) {
      emit("password", match.index, match.index + match[0].length, "told-backup-code", PRIORITY.secret - 4);
    }
  }
  for (const match of text.matchAll(DIGIT_PAIR)) {
    if (cueBefore(text, match.index, BACKUP_CODE_CUE)) {
      emit("password", match.index, match.index + match[0].length, "told-backup-code", PRIORITY.structured + 5);
    }
  }
}

const PRIVATE_KEY_CUE =
  /(?<![\p{L}])(?:private[ _-]?key|export(?:ed)? (?:the |my )?key|clé privée|clave privada|chiave privata|chave privada|privater? schlüssel|klucz prywatny|privésleutel|private sleutel|приватный ключ|秘密鍵|私钥|私鑰|개인 ?키|المفتاح الخاص)/iu;
/** The cue's literals, lower-cased: the gate (a text without one skips the walk over its token runs). */
const PRIVATE_KEY_STEMS = [
  "private key",
  "private_key",
  "private-key",
  "privatekey",
  "export key",
  "exported key",
  "export the key",
  "exported the key",
  "export my key",
  "exported my key",
  "clé privée",
  "clave privada",
  "chiave privata",
  "chave privada",
  "private schlüssel",
  "privater schlüssel",
  "klucz prywatny",
  "privésleutel",
  "private sleutel",
  "приватный ключ",
  "秘密鍵",
  "私钥",
  "私鑰",
  "개인키",
  "개인 키",
  "المفتاح الخاص",
];
/** A hash word between the cue and the value: a fingerprint, checksum, digest, address or public key is published. */
const HASH_WORD = /sha-?\d|hash|fingerprint|checksum|digest|address|adresse|dirección|indirizzo|public|öffentlich|txid|transaction/iu;
/** Keys printed in tools' documentation (web3.js's `accounts.privateKeyToAccount` example, Hardhat's and Anvil's account #0). */
const DOCUMENTED_HEX_KEYS = new Set([
  "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318",
  "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
]);
const HEX_PREFIX = /^0x/;
const HEX_LETTER = /[a-fA-F]/;
const HEX_DIGIT = /\d/;

/** A hex key inside a run of token characters (secrets.ts `forEachTokenRun`: only runs of 16 or more are visited). */
const HEX_KEY = /(?<![0-9A-Za-z])(?:0x)?[0-9a-fA-F]{64}(?![0-9A-Za-z])/g;

function runPrivateKeyHex(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, PRIVATE_KEY_STEMS)) return;
  forEachTokenRun(text, (runStart, runEnd) => {
    if (runEnd - runStart < 64) return;
    const run = text.slice(runStart, runEnd);
    HEX_KEY.lastIndex = 0;
    for (let match = HEX_KEY.exec(run); match !== null; match = HEX_KEY.exec(run)) {
      const start = runStart + match.index;
      const before = text.slice(Math.max(0, start - 60), start);
      const cue = PRIVATE_KEY_CUE.exec(before);
      if (cue === null || HASH_WORD.test(before.slice(cue.index + cue[0].length))) continue;
      if (!HEX_LETTER.test(match[0]) || !HEX_DIGIT.test(match[0]) || isPlaceholderValue(match[0])) continue;
      const documented = DOCUMENTED_HEX_KEYS.has(match[0].toLowerCase().replace(HEX_PREFIX, ""));
      emit("private_key", start, start + match[0].length, "told-private-key-hex", PRIORITY.secret - 4, documented);
    }
  });
}

export const toldSecretDetectors: Detector[] = [
  { name: "told-key-shapes", run: runKeyShapes },
  { name: "told-private-key-hex", run: runPrivateKeyHex },
];
