/**
 * Crypto-wallet recovery phrases (BIP-39 mnemonics) pasted into a prompt: whoever reads one owns the
 * wallet, so it is a private key. Evidence is the phrase's structure plus a keyword, not a word list:
 * a run of 12 to 24 lower-case words of 3 to 8 letters (the lengths of every BIP-39 English word)
 * separated by single spaces, with no common function word of 3 or more letters in it ("the", "and",
 * "with", "your" … are not BIP-39 words, so ordinary sentences break the run), and a recovery-phrase
 * keyword in the prompt's language within 300 characters ("seed phrase", "recovery phrase",
 * "mnemonic", "Wiederherstellungsphrase", "frase semilla", "助记词", "復元フレーズ" …; session 45, dev-59: "wallet words",
 * "invalid seed:", "kurtarma kelimeleri", "cụm từ khôi phục", "frasa pemulihan"; session 49, dev-80: the Polish stem
 * "odzyskiwani" of every case, "복구 문구", "عبارة الاسترداد" …). The span is the run.
 * With no keyword (session 45, lead), a run is still a phrase when every word is on the BIP-39 English list and the
 * phrase's checksum holds (`validateMnemonic` of @scure/bip39: 4–8 checksum bits, so a run of list words that is not a
 * mnemonic passes 1 time in 16 to 256, and ordinary sentences are not runs of list words). The BIP-39 reference test
 * vectors ("abandon … about", "zoo … wrong", "legal winner thank year …", "letter advice cage absurd …") are documented
 * examples: reported only under `privacy.testValues: sensitive`.
 */
import { validateMnemonic } from "@scure/bip39";
import { wordlist as BIP39_ENGLISH } from "@scure/bip39/wordlists/english.js";
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { wordRuns } from "../text-runs.js";

const BIP39_WORDS = new Set(BIP39_ENGLISH);

/** The first words of the reference test vectors' English mnemonics (trezor/python-mnemonic vectors.json). */
const TEST_VECTOR_OPENINGS = [
  "abandon abandon abandon abandon abandon abandon abandon abandon",
  "legal winner thank year wave sausage worth useful",
  "letter advice cage absurd amount doctor acoustic avoid",
  "zoo zoo zoo zoo zoo zoo zoo zoo",
];

/** Whether `phrase` (words joined by single spaces) opens like one of the reference test vectors. */
const isTestVector = (phrase: string): boolean => TEST_VECTOR_OPENINGS.some((opening) => phrase.startsWith(opening));

const KEYWORDS = [
  "seed phrase",
  "seed-phrase",
  "seedphrase",
  "seed words",
  "recovery phrase",
  "recovery words",
  "backup phrase",
  "secret phrase",
  "mnemonic",
  "wallet phrase",
  "wallet words",
  "recovery seed",
  "invalid seed",
  "my seed",
  "seed is",
  "seed:",
  "kurtarma kelime",
  "kurtarma ifade",
  "cụm từ khôi phục",
  "cụm từ bí mật",
  "frasa pemulihan",
  "kata pemulihan",
  "frasa rahasia",
  "palabras semilla",
  "wiederherstellungsphrase",
  "wiederherstellungswörter",
  "phrase de récupération",
  "phrase secrète",
  "phrase mnémonique",
  "frase semilla",
  "frase de recuperación",
  "frase de recuperação",
  "frase-semente",
  "frase semente",
  "frase di recupero",
  "frase segreta",
  "herstelzin",
  "herstelwoorden",
  "fraza seed",
  "助记词",
  "助記詞",
  "恢复短语",
  "復元フレーズ",
  "シードフレーズ",
  "リカバリーフレーズ",
  "시드 구문",
  "복구 구문",
  "시드 문구",
  "सीड फ्रेज़",
  "रिकवरी फ्रेज़",
  // Session 49 (dev-80): inflected and other languages' names of the phrase ("frazę odzyskiwania", "복구 문구",
  // "عبارة الاسترداد"): stems, so every case ending of the phrase word matches.
  "odzyskiwani",
  "복구 문구",
  "parole di recupero",
  "palabras de recuperación",
  "palavras de recuperação",
  "mots de récupération",
  "herstelfrase",
  "عبارة الاسترداد",
  "عبارة الاسترجاع",
  "كلمات الاسترداد",
  "العبارة السرية",
  "عبارة الأمان",
];

/** Function words of 3+ letters that no BIP-39 English word is: two in a run mean a sentence, not a phrase. */
const FUNCTION_WORDS = new Set(
  "the and for you are with that this have from not was but can your they will would what when how why has had were been them then than there these those does did into its his her our their she him who which where".split(
    " ",
  ),
);

/** BIP-39 mnemonics have 12, 15, 18, 21 or 24 words. */
const MNEMONIC_LENGTHS = new Set([12, 15, 18, 21, 24]);

/** A cheap superset of WORD_RUN's matches (ASCII boundary, no Unicode classes): twelve 3–8-letter words in a row. */
export const TWELVE_WORDS = /(?<![A-Za-z0-9])[a-z]{3,8}(?: [a-z]{3,8}){11}/;

const WORD_RUN = /(?<![\p{L}\p{N}'’-])[a-z]{3,8}(?: [a-z]{3,8}){11,29}(?![\p{L}\p{N}'’-])/gu;

const isLowerAscii = (code: number): boolean => code >= 97 && code <= 122;
const isAsciiAlphanumeric = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || isLowerAscii(code);

/**
 * `TWELVE_WORDS.test(text)` from the scan's shared word runs (text-runs.ts; session 46: the pattern, tried at every
 * position, cost ~20–28 µs on the bench's 2,000-token prompt). Every `a`–`z` run lies inside a word run. A word of the
 * pattern followed by its space is the `a`–`z` run ending a word run (a space follows it), of 3–8 letters: the chain's
 * first word when no ASCII letter or digit is before it, a next word when it is the whole word run, right after the
 * space that ends the chain's last word. The twelfth word starts a word run right after that space, with three letters
 * at least (`[a-z]{3,8}` may stop inside a run).
 */
export function hasTwelveWordRun(text: string): boolean {
  const runs = wordRuns(text);
  const { starts, ends, count } = runs;
  // Words chained so far, the last one followed by its space at `chainEnd`.
  let chained = 0;
  let chainEnd = -2;
  for (let run = 0; run < count; run++) {
    const start = starts[run]!;
    const end = ends[run]!;
    const linked = chained > 0 && chainEnd === start - 1;
    if (
      linked &&
      chained >= 11 &&
      end - start >= 3 &&
      isLowerAscii(text.charCodeAt(start)) &&
      isLowerAscii(text.charCodeAt(start + 1)) &&
      isLowerAscii(text.charCodeAt(start + 2))
    )
      return true;
    if (text.charCodeAt(end) !== 32) {
      chained = 0;
      continue;
    }
    // The a–z run ending the word run: [from, end).
    let from = end;
    while (from > start && end - from <= 8 && isLowerAscii(text.charCodeAt(from - 1))) from--;
    const letters = end - from;
    if (letters < 3 || letters > 8) chained = 0;
    else if (linked && from === start) chained++;
    else chained = from === 0 || !isAsciiAlphanumeric(text.charCodeAt(from - 1)) ? 1 : 0;
    chainEnd = end;
  }
  return false;
}

function runSeedPhrases(text: string, emit: Emit, lower: string): void {
  const keyworded = containsAny(lower, KEYWORDS);
  // Without a keyword only a checksummed phrase counts: skip WORD_RUN (~100 µs on the bench's 2,000-token prompt) unless
  // the text holds twelve such words in a row at all (hasTwelveWordRun, ~10 µs).
  if (!keyworded && !hasTwelveWordRun(text)) return;
  WORD_RUN.lastIndex = 0;
  for (let match = WORD_RUN.exec(text); match !== null; match = WORD_RUN.exec(text)) {
    let words = match[0].split(" ");
    // The phrase, then the prompt's own words ("… thumb grace what did I type wrong", session 45): the words before the
    // first function word, when they are a mnemonic's length.
    const firstFunctionWord = words.findIndex((word) => FUNCTION_WORDS.has(word));
    if (MNEMONIC_LENGTHS.has(firstFunctionWord)) words = words.slice(0, firstFunctionWord);
    const phrase = words.join(" ");
    const length = phrase.length;
    const plausible = words.length <= 24 && words.filter((word) => FUNCTION_WORDS.has(word)).length < 2;
    const around = keyworded && plausible ? lower.slice(Math.max(0, match.index - 300), match.index + length + 300) : "";
    if (around !== "" && KEYWORDS.some((keyword) => around.includes(keyword))) {
      emit("private_key", match.index, match.index + length, "mnemonic-seed-phrase", PRIORITY.secret, isTestVector(phrase));
      continue;
    }
    emitChecksummedPhrases(match[0], match.index, emit);
  }
}

/**
 * Every window of 12–24 consecutive BIP-39 English words in `run` (a WORD_RUN match at `offset`) whose checksum holds,
 * longest first, left to right: the run may carry the prompt's own lower-case words before or after the phrase.
 */
function emitChecksummedPhrases(run: string, offset: number, emit: Emit): void {
  const words = run.split(" ");
  const starts: number[] = [];
  let position = 0;
  for (const word of words) {
    starts.push(position);
    position += word.length + 1;
  }
  let index = 0;
  while (index + 12 <= words.length) {
    const found = [24, 21, 18, 15, 12].find((length) => isChecksummedMnemonic(words.slice(index, index + length)));
    if (found === undefined) {
      index++;
      continue;
    }
    const phrase = words.slice(index, index + found).join(" ");
    const start = offset + starts[index]!;
    emit("private_key", start, start + phrase.length, "mnemonic-seed-phrase-checksum", PRIORITY.secret, isTestVector(phrase));
    index += found;
  }
}

/** A mnemonic's length, every word on the BIP-39 English list, and its checksum valid. */
function isChecksummedMnemonic(words: readonly string[]): boolean {
  if (!MNEMONIC_LENGTHS.has(words.length) || !words.every((word) => BIP39_WORDS.has(word))) return false;
  return validateMnemonic(words.join(" "), BIP39_ENGLISH);
}

export const seedPhraseDetectors: Detector[] = [{ name: "seed-phrases", run: runSeedPhrases }];
