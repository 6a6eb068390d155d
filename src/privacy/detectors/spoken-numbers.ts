/**
 * Phone numbers and IP addresses as speech-to-text writes them (session 42, dev-45): "call me back on oh seven seven
 * double three, four eight one, nine two six", "rappelez-moi au zéro six, douze, quarante-huit …", "номер восемь
 * девятьсот шестнадцать …", "携帯はゼロキューゼロ、サンイチヨンハチ…", "번호는 공일공 칠삼팔이 …", "home IP is eight six dot
 * one four seven dot …". spoken-digits.ts reads runs of single digit words after a PIN, account or card cue, and leaves
 * phone numbers alone (a phone word names no category there); this reader starts at a phone or IP cue and reads the
 * number words that follow on the same line: digits, teens, tens, hundreds (fused, as Polish *sześćset* and Russian
 * *девятьсот*, or as words, "eight hundred", "deux cent six"), compounds ("quarante-huit", "treinta y ocho",
 * "vierendertig", "quatre-vingt-onze"), "double"/"triple", in English, German, French, Spanish, Italian, Portuguese,
 * Dutch, Polish, Russian, Arabic and Hindi words, Japanese katakana and Korean Sino-Korean digits; session 48 (dev-77):
 * Hinglish and Turkish words ("nau aath ek ek …", "sıfır beş yüz elli dört …", after "numara") and Chinese numerals read
 * one by one, 幺 for one ("幺三八，二七六五，…").
 *
 * A phone: 9 to 13 digits, not one repeated digit or a counting run, not a freephone or premium prefix (0800, 0808, 800,
 * 1800, 0900, 1588 …), with no order, flight, serial, hotline, emergency or customer-service word between the line's
 * start (up to 80 characters back) and the run. An IP address: four numbers 0–255 parted by "dot"/"punkt"/"point"/
 * "punto"/"punt"/"ponto"/"точка" or a full stop, after an IP cue, reported as the written address would be
 * (network.ts `ipv4Reportable`: no private, documentation or resolver address). Our own code.
 *
 * Cost: gated by the shared keyword pass (a phone or IP stem); each cue reads at most 160 characters after it, so a
 * scan is linear in the text.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { COUNTING_UP, isRepetitive } from "../context.js";
import { ipv4Reportable } from "./network.js";
import { DIGIT_WORDS } from "./digit-words.js";
import { lowerSliceOfRange } from "../range-strings.js";
import { sortInPlace } from "../stable-sort.js";

type Kind = "unit" | "teen" | "tens" | "hundreds" | "hundred" | "times" | "dot" | "and" | "whole";
interface Word {
  kind: Kind;
  value: number;
}

export const WORDS = new Map<string, Word>();
const add = (kind: Kind, value: number, words: string) => {
  for (const word of words.split(" ")) WORDS.set(word, { kind, value });
};
DIGIT_WORDS.forEach((words, digit) => {
  for (const word of words) WORDS.set(word, { kind: "unit", value: digit });
});
[
  "ten zehn dix diez dieci dez tien dziesięć десять",
  "eleven elf onze once undici jedenaście одиннадцать",
  "twelve zwölf douze doce dodici doze twaalf dwanaście двенадцать",
  "thirteen dreizehn treize trece tredici treze dertien trzynaście тринадцать",
  "fourteen vierzehn quatorze catorce quattordici catorze veertien czternaście четырнадцать",
  "fifteen fünfzehn quinze quince quindici vijftien piętnaście пятнадцать",
  "sixteen sechzehn seize dieciséis sedici dezesseis zestien szesnaście шестнадцать",
  "seventeen siebzehn diecisiete diciassette dezessete zeventien siedemnaście семнадцать",
  "eighteen achtzehn dieciocho diciotto dezoito achttien osiemnaście восемнадцать",
  "nineteen neunzehn diecinueve diciannove dezenove negentien dziewiętnaście девятнадцать",
].forEach((words, index) => add("teen", 10 + index, words));
[
  "twenty zwanzig vingt veinte venti vinte twintig dwadzieścia двадцать yirmi",
  "thirty dreißig trente treinta trenta trinta dertig trzydzieści тридцать otuz",
  "forty vierzig quarante cuarenta quaranta quarenta veertig czterdzieści сорок kırk",
  "fifty fünfzig cinquante cincuenta cinquanta cinquenta vijftig pięćdziesiąt пятьдесят elli",
  "sixty sechzig soixante sesenta sessanta sessenta zestig sześćdziesiąt шестьдесят altmış",
  "seventy siebzig setenta settanta zeventig siedemdziesiąt семьдесят yetmiş",
  "eighty achtzig ochenta ottanta oitenta tachtig osiemdziesiąt восемьдесят seksen",
  "ninety neunzig noventa novanta negentig dziewięćdziesiąt девяносто doksan",
].forEach((words, index) => add("tens", 20 + 10 * index, words));
[
  "sto сто",
  "dwieście двести",
  "trzysta триста",
  "czterysta четыреста",
  "pięćset пятьсот",
  "sześćset шестьсот",
  "siedemset семьсот",
  "osiemset восемьсот",
  "dziewięćset девятьсот",
].forEach((words, index) => add("hundreds", 100 * (index + 1), words));
add("hundred", 100, "hundred hundert honderd cent cento yüz");
add("times", 2, "double doppio");
add("times", 3, "triple");
add("dot", 0, "dot point punkt punto punt ponto точка");
add("and", 0, "y et e en und i и");
/** Katakana and Sino-Korean digits: read character by character (no spaces between them). */
const SCRIPT_DIGITS: ReadonlyArray<readonly [string, number]> = [
  ...(
    [
      ["ゼロ", 0],
      ["レイ", 0],
      ["イチ", 1],
      ["ニー", 2],
      ["ニ", 2],
      ["サン", 3],
      ["ヨン", 4],
      ["ゴー", 5],
      ["ゴ", 5],
      ["ロク", 6],
      ["ナナ", 7],
      ["ハチ", 8],
      ["キュウ", 9],
      ["キュー", 9],
    ] as const
  ).map(([word, digit]) => [word, digit] as const),
  ...[..."공일이삼사오육칠팔구"].map((char, digit) => [char, digit] as const),
  ["영", 0],
  // Session 48 (dev-77): Chinese numerals read one by one, 幺 for one as phone numbers are read aloud.
  ...[..."零一二三四五六七八九"].map((char, digit) => [char, digit] as const),
  ["〇", 0],
  ["幺", 1],
];

/** Dutch and German fused numbers: "vierendertig", "honderdtwaalf", "tweehonderdvijf", "achtundzwanzig". */
export const FUSED = new RegExp(
  `^(?:(${DIGIT_WORDS.slice(1)
    .flat()
    .filter((word) => /^[a-zäöüß]+$/.test(word))
    .join("|")})?(honderd|hundert))?` +
    `(?:(een|twee|drie|vier|vijf|zes|zeven|acht|negen|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)(?:en|ën|und)` +
    `(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)|([a-zäöüß]+))?$`,
);

/**
 * A word FUSED can give a value holds a hundred word or ends in a tens word, and every tens word ends in "ig": other
 * words are answered without the match array (session 43, allocation: one for each word a cue's window read).
 */
const mayBeFused = (word: string): boolean => word.endsWith("ig") || word.includes("honderd") || word.includes("hundert");

export function fusedValue(word: string): number | undefined {
  if (!mayBeFused(word)) return undefined;
  const match = FUSED.exec(word);
  if (match === null || (match[2] === undefined && match[3] === undefined)) return undefined;
  let value = match[2] !== undefined ? 100 * (match[1] !== undefined ? WORDS.get(match[1])!.value : 1) : 0;
  // German "ein-" is a unit only in compounds: the unit word is "eins" (session 43: "einundzwanzig" threw here).
  if (match[3] !== undefined) value += WORDS.get(match[3] === "ein" ? "eins" : match[3])!.value + WORDS.get(match[4]!)!.value;
  else if (match[5] !== undefined) {
    const rest = WORDS.get(match[5]);
    if (rest === undefined || (rest.kind !== "unit" && rest.kind !== "teen" && rest.kind !== "tens")) return undefined;
    value += rest.value;
  }
  return value;
}

interface Token extends Word {
  start: number;
  end: number;
  /** The separator before it held a comma, or a full stop. */
  comma: boolean;
  stop: boolean;
  hyphen: boolean;
  /** Digits written as digits inside a dictated run ("917 four eight two …"), leading zeros kept. */
  literal?: string;
  /** A Hinglish digit word ("nau", "aath", "shunya"). */
  hinglish?: boolean;
}

/**
 * Hinglish (romanised Hindi) digit words (session 48: "Sunita aunty ka number nau aath do shunya ek chaar …"). "do",
 * "teen", "char" and "che" are words of English or other languages too: they count only beside another Hinglish digit
 * word (the one before them in the run, or the next word).
 */
const HINGLISH_DIGITS = new Map<string, number>([
  ["shunya", 0],
  ["shoonya", 0],
  ["sunya", 0],
  ["sifar", 0],
  ["ek", 1],
  ["chaar", 4],
  ["paanch", 5],
  ["panch", 5],
  ["chhe", 6],
  ["chhah", 6],
  ["chheh", 6],
  ["chhai", 6],
  ["saat", 7],
  ["aath", 8],
  ["aat", 8],
  ["nau", 9],
  ["nao", 9],
]);
const HINGLISH_SHARED = new Map<string, number>([
  ["do", 2],
  ["teen", 3],
  ["char", 4],
  ["che", 6],
]);
/** The next word after `end` (past spaces and commas, at most 24 characters), lower-cased, and its end. */
function nextWord(text: string, lower: string, end: number, limit: number): [string, number] {
  let at = end;
  while (at < limit && at - end < 4 && (text[at] === " " || text[at] === ",")) at++;
  let wordEnd = at;
  while (wordEnd < limit && wordEnd - at < 24 && isLetter(text[wordEnd]!)) wordEnd++;
  return [lowerSliceOfRange(text, lower, at, wordEnd), wordEnd];
}

/** The digit a Hinglish word says here, or undefined (see HINGLISH_DIGITS). */
function hinglishDigit(text: string, lower: string, word: string, end: number, limit: number, previous: Token | undefined): number | undefined {
  const own = HINGLISH_DIGITS.get(word);
  if (own !== undefined) return own;
  const shared = HINGLISH_SHARED.get(word);
  if (shared === undefined) return undefined;
  if (previous?.hinglish === true) return shared;
  // The next words: shared ones ("do teen nau …") are passed over, at most three, to a Hinglish-only one.
  let at = end;
  for (let look = 0; look < 3; look++) {
    const [next, nextEnd] = nextWord(text, lower, at, limit);
    if (HINGLISH_DIGITS.has(next)) return shared;
    if (!HINGLISH_SHARED.has(next)) return undefined;
    at = nextEnd;
  }
  return undefined;
}

/** Hesitations a speech-to-text transcript keeps inside a dictated number ("nine one seven, um, four …"). */
/** Two-word hesitations, first word → second, taken only between commas (session 45: "…, you know, …"). */
const FILLER_PAIRS = new Map([
  ["you", "know"],
  ["i", "mean"],
  ["weißt", "du"],
]);
const FILLERS = new Set(["uh", "uhh", "uhm", "um", "umm", "er", "erm", "ah", "hmm", "mm", "äh", "ähm", "öhm", "euh", "ehm", "like"]);

const LETTER = /[\p{L}\p{M}]/u;
/** A letter or combining mark; ASCII answered without a regex (this runs on every character a cue's window reads). */
function isLetter(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code | 32) >= 97 && (code | 32) <= 122;
  return LETTER.test(char);
}
const SCRIPT_CHAR = /[\u30a0-\u30ff\uac00-\ud7af零〇一二三四五六七八九幺]/u;
/**
 * `SCRIPT_CHAR.test(char)` for one code unit: every character of the class is U+3007 (〇) or above, so a lower one is
 * answered without the regex (session 53: the cue windows' skip loop asked it ~140 times a scan of the bench prompt).
 */
const isScriptChar = (char: string): boolean => char.charCodeAt(0) >= 0x3007 && SCRIPT_CHAR.test(char);

/** What a separator character says: a comma (of any script), an ASCII comma, a full stop, a hyphen. */
export const SEPARATOR_COMMA = 1;
export const SEPARATOR_ASCII_COMMA = 2;
export const SEPARATOR_STOP = 4;
export const SEPARATOR_HYPHEN = 8;
export function separatorFlag(char: string): number {
  if (char === ",") return SEPARATOR_COMMA | SEPARATOR_ASCII_COMMA;
  if (char === "、" || char === "，") return SEPARATOR_COMMA;
  if (char === "." || char === "。") return SEPARATOR_STOP;
  return char === "-" ? SEPARATOR_HYPHEN : 0;
}

/** The longest digit word (letters), and the shortest part of two glued digit words gluedUnits splits. */
const LONGEST_UNIT = Math.max(...DIGIT_WORDS.flat().map((word) => word.length));
const GLUED_PART = 3;
/**
 * Where a word of two digit words glued together splits ("nineone", "cincodos"; session 45: a zero-width space between
 * them is dropped by normalize.ts), or 0. Each part at least three letters, so "undue" (un + due) stays a word; at most
 * 2 × LONGEST_UNIT letters, so each word costs a bounded number of look-ups.
 */
export function gluedUnits(word: string): number {
  if (word.length < 2 * GLUED_PART || word.length > 2 * LONGEST_UNIT) return 0;
  for (let split = GLUED_PART; split <= word.length - GLUED_PART; split++) {
    if (WORDS.get(word.slice(0, split))?.kind === "unit" && WORDS.get(word.slice(split))?.kind === "unit") return split;
  }
  return 0;
}

/** How many tokens so far were words (not digits written as digits). */
function wordsBefore(tokens: readonly Token[]): number {
  let count = 0;
  for (const token of tokens) if (token.literal === undefined) count++;
  return count;
}

/** The number tokens from `from` on, up to the first word that is none (at most `limit` characters). */
function tokensAfter(text: string, lower: string, from: number, limit: number): Token[] {
  const tokens: Token[] = [];
  let at = from;
  // The separator since the last token, as flags and a length (session 43: no string built character by character).
  let separator = 0;
  let separatorLength = 0;
  while (at < limit) {
    const char = text[at]!;
    if (char === "\n") break;
    if (char >= "0" && char <= "9") {
      // Digits mixed into the words: one token, its digits as written.
      let end = at;
      while (end < limit && text[end]! >= "0" && text[end]! <= "9") end++;
      // Up to four digits inside the words; after two or more digit words, the rest of the number written as digits
      // ("oh seven eight three six, 589862", session 51, dev-87), up to eight.
      if (end - at > (wordsBefore(tokens) >= 2 ? 8 : 4) || (end < limit && isLetter(text[end]!))) break;
      const literal = text.slice(at, end);
      tokens.push({
        kind: "whole",
        value: Number(literal),
        literal,
        start: at,
        end,
        comma: (separator & SEPARATOR_COMMA) !== 0,
        stop: (separator & SEPARATOR_STOP) !== 0,
        hyphen: false,
      });
      separator = 0;
      separatorLength = 0;
      at = end;
      continue;
    }
    if (!isLetter(char)) {
      if (/[\s,.\-、，。·()…]/u.test(char)) {
        separator |= separatorFlag(char);
        separatorLength++;
        at++;
        continue;
      }
      break;
    }
    let end = at;
    const script = isScriptChar(char);
    while (end < limit && (script ? isScriptChar(text[end]!) : isLetter(text[end]!))) end++;
    const comma = (separator & SEPARATOR_COMMA) !== 0;
    const stop = (separator & SEPARATOR_STOP) !== 0;
    const hyphen = separatorLength === 1 && (separator & SEPARATOR_HYPHEN) !== 0;
    if (script) {
      // Katakana or Hangul digits, character by character; a digit glued to a following non-digit is part of a word.
      let inner = at;
      const found: Token[] = [];
      while (inner < end) {
        const entry = SCRIPT_DIGITS.find(([word]) => text.startsWith(word, inner));
        if (entry === undefined) break;
        found.push({ kind: "unit", value: entry[1], start: inner, end: inner + entry[0].length, comma: found.length === 0 && comma, stop, hyphen });
        inner += entry[0].length;
      }
      if (inner < end) found.pop();
      tokens.push(...found);
      if (inner < end) break;
    } else {
      const word = lowerSliceOfRange(text, lower, at, end);
      // "um" is also Portuguese one: a hesitation only between commas ("seven, um, four").
      if (tokens.length > 0 && FILLERS.has(word) && (word !== "um" || ((separator & SEPARATOR_ASCII_COMMA) !== 0 && text[end] === ","))) {
        // A hesitation between number words: part of the separator.
        separator |= separatorFlag(",");
        separatorLength++;
        at = end;
        continue;
      }
      // A two-word hesitation between commas ("four eight two, you know, six …"): part of the separator too.
      const second = tokens.length > 0 && (separator & SEPARATOR_ASCII_COMMA) !== 0 ? FILLER_PAIRS.get(word) : undefined;
      const secondEnd = second === undefined ? 0 : end + 1 + second.length;
      if (
        second !== undefined &&
        secondEnd < limit &&
        text[end] === " " &&
        text[secondEnd] === "," &&
        lowerSliceOfRange(text, lower, end + 1, secondEnd) === second
      ) {
        separator |= separatorFlag(",");
        separatorLength++;
        at = secondEnd;
        continue;
      }
      const known = WORDS.get(word);
      const fused = known === undefined ? fusedValue(word) : undefined;
      const split = known === undefined && fused === undefined && word.length === end - at ? gluedUnits(word) : 0;
      if (split > 0) {
        // Two digit words glued where a zero-width space stood (normalize.ts drops it): "nine\u200bone".
        tokens.push({ ...WORDS.get(word.slice(0, split))!, start: at, end: at + split, comma, stop, hyphen });
        tokens.push({ ...WORDS.get(word.slice(split))!, start: at + split, end, comma: false, stop: false, hyphen: false });
        separator = 0;
        separatorLength = 0;
        at = end;
        continue;
      }
      const hinglish = known === undefined && fused === undefined ? hinglishDigit(text, lower, word, end, limit, tokens[tokens.length - 1]) : undefined;
      if (hinglish !== undefined) {
        tokens.push({ kind: "unit", value: hinglish, start: at, end, comma, stop, hyphen, hinglish: true });
        separator = 0;
        separatorLength = 0;
        at = end;
        continue;
      }
      if (known === undefined && fused === undefined) break;
      const previous = tokens[tokens.length - 1];
      // "quatre-vingt" is eighty.
      if (known?.kind === "tens" && known.value === 20 && hyphen && previous?.kind === "unit" && previous.value === 4)
        tokens[tokens.length - 1] = { ...previous, kind: "tens", value: 80, end };
      else tokens.push({ ...(known ?? { kind: "whole", value: fused! }), start: at, end, comma, stop, hyphen });
    }
    separator = 0;
    separatorLength = 0;
    at = end;
  }
  while (tokens.length > 0 && ["times", "dot", "and", "hundred"].includes(tokens[tokens.length - 1]!.kind)) tokens.pop();
  return tokens;
}

/** The numbers the tokens say, in order, and where a "dot" (or full stop) parts them. */
function numbersOf(tokens: readonly Token[]): { groups: string[]; parts: string[] } {
  const groups: string[] = [];
  const parts: string[] = [""];
  const push = (value: string, dotted: boolean) => {
    if (dotted && parts[parts.length - 1]!.length > 0) parts.push("");
    parts[parts.length - 1] += value;
    groups.push(value);
  };
  let index = 0;
  let dotted = false;
  const joined = (at: number) => at < tokens.length && !tokens[at]!.comma;
  const skipAnd = (at: number) => (at < tokens.length && tokens[at]!.kind === "and" ? at + 1 : at);
  while (index < tokens.length) {
    const token = tokens[index]!;
    dotted ||= token.stop;
    if (token.kind === "dot") {
      dotted = true;
      index++;
      continue;
    }
    if (token.kind === "and") {
      index++;
      continue;
    }
    if (token.kind === "times" && index + 1 < tokens.length && tokens[index + 1]!.kind === "unit") {
      push(String(tokens[index + 1]!.value).repeat(token.value), dotted);
      dotted = false;
      index += 2;
      continue;
    }
    let value: number | undefined;
    let next = index + 1;
    if (token.kind === "unit" && joined(next) && tokens[next]!.kind === "hundred") {
      value = token.value * 100;
      next++;
    } else if (token.kind === "hundreds" || token.kind === "hundred") value = token.value;
    if (value !== undefined && value >= 100) {
      // Hundreds, then tens and a unit, or a teen, or a unit.
      let after = next;
      if (joined(after) && tokens[after]!.kind === "tens") {
        value += tokens[after]!.value;
        after = skipAnd(after + 1);
        if (joined(after) && tokens[after]!.kind === "unit" && tokens[after]!.value > 0) value += tokens[after++]!.value;
        else if (value % 100 >= 60 && joined(after) && tokens[after]!.kind === "teen") value += tokens[after++]!.value;
      } else if (joined(after) && (tokens[after]!.kind === "teen" || (tokens[after]!.kind === "unit" && tokens[after]!.value > 0)))
        value += tokens[after++]!.value;
      push(String(value), dotted);
      index = after;
    } else {
      value ??= token.value;
      if (token.kind === "tens" || (token.kind === "teen" && token.value === 10)) {
        const after = skipAnd(next);
        if (joined(after) && tokens[after]!.kind === "unit" && tokens[after]!.value > 0 && !tokens[after]!.comma) {
          value += tokens[after]!.value;
          next = after + 1;
        } else if ((value === 60 || value === 80) && joined(after) && tokens[after]!.kind === "teen") {
          value += tokens[after]!.value;
          next = after + 1;
        }
      }
      if (token.kind === "times" || token.kind === "hundred") {
        index++;
        continue;
      }
      push(token.literal ?? String(value), dotted);
      index = next;
    }
    dotted = false;
  }
  return { groups, parts };
}

/** Phone and IP cues (stems for the shared keyword pass, and the pattern that finds them). */
const PHONE_CUES = [
  "phone",
  "mobile",
  "cell",
  "number",
  "call me",
  // Session 52: a call or text verb with a person ("please call her back on oh seven nine one one, 123 456").
  "call her",
  "call him",
  "call them",
  "ring me",
  "ring her",
  "ring him",
  "text me",
  "text her",
  "text him",
  "contact",
  "telefon",
  "handy",
  "nummer",
  "téléphone",
  "numéro",
  "rappel",
  "portable",
  "teléfono",
  "número",
  "móvil",
  "celular",
  "cellulare",
  "numero",
  "telefone",
  "numer",
  "numara",
  "oddzwo",
  "номер",
  "телефон",
  "رقم",
  "جوال",
  "هاتف",
  "携帯",
  "電話",
  "番号",
  "번호",
  "전화",
  "नंबर",
  "फ़ोन",
  "फोन",
  "电话",
  "手机",
  "号码",
];
const IP_CUES = ["ip"];
/** Each cue as a list of its own, so the shared keyword pass says which are present (no regex over the text). */
const PHONE_CUE_LISTS = PHONE_CUES.map((cue) => [cue]);
const CUE_PATTERN = new RegExp(`${PHONE_CUES.join("|")}|ip`, "giu");

const byStart = (left: readonly [number, number, boolean], right: readonly [number, number, boolean]) => left[0] - right[0];

/**
 * The cues in `text` as [start, end, isIp], in order: found with `indexOf` in `lower` for the cues the keyword pass saw
 * (a 40-alternative regex over the bench prompt cost ~75 µs), or by one regex when lower-casing changed the length.
 * "ip" counts only as a word of its own ("IP-Adresse", "thuis-IP", "IPv4", not "tip" or "ship").
 */
function cuesOf(text: string, lower: string, phone: boolean): Array<[number, number, boolean]> {
  const cues: Array<[number, number, boolean]> = [];
  const add = (start: number, end: number) => {
    const ip = end - start === 2 && lower.startsWith("ip", start);
    if (ip && ((start > 0 && isLetter(text[start - 1]!)) || (end < text.length && isLetter(text[end]!) && !lower.startsWith("ipv", start)))) return;
    if (!ip && !cueWord(text, lower, start, end)) return;
    cues.push([start, end, ip]);
  };
  if (lower.length !== text.length) {
    CUE_PATTERN.lastIndex = 0;
    for (let cue = CUE_PATTERN.exec(text); cue !== null; cue = CUE_PATTERN.exec(text)) add(cue.index, cue.index + cue[0].length);
    return cues;
  }
  const stems = phone ? PHONE_CUES.filter((_cue, index) => containsAny(lower, PHONE_CUE_LISTS[index]!)) : [];
  if (containsAny(lower, IP_CUES)) stems.push("ip");
  for (const stem of stems) for (let at = lower.indexOf(stem); at !== -1; at = lower.indexOf(stem, at + stem.length)) add(at, at + stem.length);
  // Already in order (one stem found, or stems met in text order): a stable sort would change nothing, and allocates;
  // out of order, a stable sort in place (stable-sort.ts: the same order, no work state allocated for a short list).
  for (let index = 1; index < cues.length; index++) if (cues[index]![0] < cues[index - 1]![0]) return sortInPlace(cues, byStart);
  return cues;
}
/** Words a phone stem begins or is part of that name no phone ("cellar", "numerous", "Lotto numbers", "microphone"). */
const NOT_A_CUE =
  /^(?:(?:call|ring|text) (?:her|him|them)[a-z]+|(?:ring|text) me[a-z]+|cell(?:ar|ars|o|os|s|ist|ists|ulose|ophane)|handy(?:man|men)|numer(?:ous|al|als|ic|ical|ically|ator|ators|ology|ary)|numero(?:us|logy)|number(?:s|ed|ing|less)|phone(?:me|mes|mic|tic|tics|y)|mobile(?:s|ity)|contact(?:s|less|ed|ing)|portables?)$/;
/** A Latin or Cyrillic stem glued to a word before it is a cue only as a compound's tail ("Telefonnummer", "Diensthandy", "telephone"). */
const COMPOUND_TAIL = new Set(["nummer", "numer", "number", "telefon", "handy", "номер", "телефон"]);

/** The stem at [start, end) stands as a phone word of its own (session 42 review: "cell count", "numerous", "xylophone"). */
function cueWord(text: string, lower: string, start: number, end: number): boolean {
  const code = text.charCodeAt(start);
  if (code >= 0x0600) return true; // Arabic, Devanagari, kana, Hangul, CJK: no spaces to go by.
  let tail = end;
  while (tail < text.length && tail - end < 14 && isLetter(text[tail]!)) tail++;
  if (tail > end && NOT_A_CUE.test(lower.slice(start, tail))) return false;
  if (start === 0 || !isLetter(text[start - 1]!)) return true;
  const stem = lower.slice(start, end);
  if (COMPOUND_TAIL.has(stem)) return true;
  return stem === "phone" && /(?:tele|cell|smart|i)$/.test(lower.slice(Math.max(0, start - 5), start));
}
/** Words before the run that make it a count, a version, a rating or a score rather than a number to call or an address. */
const NOT_AN_ADDRESS =
  /version|versión|firmware|release|build|rating|ingress|waterproof|étanch|wasserdicht|schutzart|enclosure|\bmodel|\bip[\s-]?(?:code|class|rights|grade|\d\d)|\bnumber of\b|\bcount\b|\bscore\b|\bnumbers\b|\b(?:room|zimmer|chambre|habitación|seat|gate|platform|page|chapter|verse|track)\b/iu;
/** A number that is not a person's: an order, flight, serial, a public or emergency line, a price. */
const PUBLIC_NUMBER =
  /order|commande|bestell|auftrag|pedido|ordine|zamówien|заказ|注文|flight|\bvol\b|flug|vuelo|volo|serial|seri[ea]|série|hotline|helpline|customer|service|support|free|gratuit|kostenlos|gratis|urgen|emergenc|notruf|toll|infolinia|antipoison|客服|고객센터|invoice|factur|rechnung|tracking|price|prix|preis|precio|prezzo/iu;
const PUBLIC_PREFIX = /^(?:0800|0808|0801|0900|0901|1800|1888|1877|800|888|877|1588|1577|1544|0120|0570|9200)/;
const WINDOW = 160;
/** The rest of a label's line up to its colon and the line break (and one blank line), read on 32 characters at most. */
const LABEL_LINE_REST = /^[^\n\d]{0,24}[:：][ \t]*\r?\n(?:[ \t]*\r?\n)?/u;
/** Four or more numbers a constant step apart: counting aloud ("one, two three four … ten", "two four six eight"). */
function counting(groups: readonly string[]): boolean {
  if (groups.length < 4) return false;
  const step = Number(groups[1]) - Number(groups[0]);
  return step !== 0 && groups.every((group, index) => index === 0 || Number(group) - Number(groups[index - 1]) === step);
}

const dictated = (tokens: readonly Token[]) => tokens.length >= 3 && tokens.filter((token) => token.literal === undefined).length >= 2;

/**
 * What may stand between a number said first and its phone word (session 44, dev-54): "nine one seven … is my phone
 * number", "… thats my cell", "… — mein Handy", "… c'est mon portable".
 */
const BEFORE_CUE_GAP =
  /^[\s,;:—–-]*(?:(?:is|it['’]s|that['’]s|thats|that is|this is|ist|das ist|es|est|c['’]est|è|é|to|это|це|ye)\s+)?(?:(?:my|mine|his|her|our|mein|meine|mi|mon|ma|meu|minha|mio|mia|mój|moja|мой|мій|mera|meri)\s+)?(?:(?:new|home|work|private|cell|mobile)\s+)?$/iu;

/**
 * A number said at the start of its line, before the phone word on the same line (session 44): the number tokens
 * from the line's start (at most 80 characters back) when they end right before the cue but for BEFORE_CUE_GAP.
 */
function tokensBeforeCue(text: string, lower: string, cueStart: number): Token[] {
  let lineStart = cueStart;
  while (lineStart > 0 && cueStart - lineStart < 80 && text[lineStart - 1] !== "\n") lineStart--;
  if (lineStart > 0 && text[lineStart - 1] !== "\n") return [];
  while (lineStart < cueStart && (text[lineStart] === " " || text[lineStart] === "\t")) lineStart++;
  const tokens = tokensAfter(text, lower, lineStart, cueStart);
  if (tokens.length === 0 || tokens[0]!.start !== lineStart) return [];
  return BEFORE_CUE_GAP.test(text.slice(tokens[tokens.length - 1]!.end, cueStart)) ? tokens : [];
}

function runSpokenNumbers(text: string, emit: Emit, lower: string): void {
  const phone = containsAny(lower, PHONE_CUES);
  if (!phone && !containsAny(lower, IP_CUES)) return;
  let readTo = 0;
  for (const [cueStart, cueEnd, ip] of cuesOf(text, lower, phone)) {
    const from = cueEnd;
    if (from < readTo) continue;
    const limit = Math.min(text.length, from + WINDOW);
    // Skip up to 40 characters of other words ("is", "c'est le", "ist", "は") to the first number word.
    // A label that ends its line with a colon ("My phone number is:\nnine one …"): the number starts on the next line.
    const labelEnd = LABEL_LINE_REST.exec(text.slice(from, from + 32));
    let start = labelEnd === null ? from : from + labelEnd[0].length;
    const skipTo = Math.min(limit, start + 40);
    let tokens: Token[] = [];
    while (start < skipTo && text[start] !== "\n") {
      const previous = start === from || text[start - 1] === "\n" ? " " : text[start - 1]!;
      const digit = text[start]! >= "0" && text[start]! <= "9";
      if ((isLetter(text[start]!) || digit) && (!isLetter(previous) || isScriptChar(text[start]!)) && !(digit && previous >= "0" && previous <= "9")) {
        tokens = tokensAfter(text, lower, start, limit);
        if (tokens.length >= 3) break;
      }
      start++;
    }
    // At least two number words: digits alone are the written-number readers' (numbers.ts, network.ts).
    if (!ip && !dictated(tokens)) tokens = tokensBeforeCue(text, lower, cueStart);
    if (!dictated(tokens)) continue;
    const first = tokens[0]!.start;
    const last = tokens[tokens.length - 1]!.end;
    readTo = last;
    const { groups, parts } = numbersOf(tokens);
    // The line's start, looked for 80 characters back at most (a search to the text's start was quadratic).
    let lineStart = cueStart;
    while (lineStart > 0 && cueStart - lineStart < 80 && text[lineStart - 1] !== "\n") lineStart--;
    if (NOT_AN_ADDRESS.test(text.slice(lineStart, first))) continue;
    if (ip) {
      const octets = parts.length === 4 && parts.every((part) => part.length <= 3) ? parts.map(Number) : undefined;
      if (octets !== undefined && ipv4Reportable(octets, text, first)) emit("ip_address", first, last, "spoken-ip", PRIORITY.contextual);
      continue;
    }
    // A spoken "dot" parts an address; a full stop or an ellipsis between groups is the transcript's pause.
    if (!phone || tokens.some((token) => token.kind === "dot")) continue;
    const digits = groups.join("");
    if (digits.length < 9 || digits.length > 13 || isRepetitive(digits) || COUNTING_UP.includes(digits) || counting(groups) || PUBLIC_PREFIX.test(digits))
      continue;
    // A number said before its phone word: the words after it say whose it is ("… is the helpline number").
    if (PUBLIC_NUMBER.test(text.slice(lineStart, first)) || (first < cueStart && PUBLIC_NUMBER.test(text.slice(last, cueEnd + 40)))) continue;
    // Words then the rest written as digits (session 51): the whole run, over the written tail a phone rule reads alone.
    const tail = tokens[tokens.length - 1]!.literal;
    emit("phone", first, last, "spoken-phone", tail !== undefined && tail.length > 4 ? PRIORITY.structured : PRIORITY.contextual);
  }
}

export const spokenNumberDetectors: Detector[] = [{ name: "spoken-numbers", run: runSpokenNumbers }];
