/**
 * Values given across the turns of a pasted dialogue (session 50, development set 82): a support chat, a call
 * transcript, a bot's log or a messenger export in which one speaker asks for a value ("Kevin, I need your passport
 * number", "Numéro de permis de conduire ?", "A quale numero possiamo richiamarti?", "パスポート番号を教えてください")
 * and the next turn, by another speaker, answers with the value alone or after a filler ("uh, 548213907",
 * "えっと、TK4827193です"). The question turn is the value's label, as a column header is a cell's.
 *
 * - Turns: a line that starts with a speaker (`Agent:`, `Conseiller :`, `[10:42] You:`, `[03/12/2026, 18:02:11] Priya
 *   Nair:`, `2026/12/03 18:05 山本彩:`, `BOT>`), or a chat header line (`mark.osei  10:14 AM`) whose turn is the lines
 *   below it. A speaker that is itself a field name (`Passport:`, `Tel:`) makes a form, not a dialogue.
 * - The question: the asking turn's words, one to three at a time, are read as a field name (structured/field-names.ts:
 *   "passport number", "Führerscheinnummer", "permis de conduire", "BSN"; a key of four letters or fewer only in
 *   capitals, "sin" and "pan" are words); Japanese and Chinese field words by substring; a number word with a call-back
 *   verb or "of your …" ("best number to reach you", "numero di tua sorella") asks for a phone, unless the turn names
 *   another kind of number (order, ticket, tracking, invoice …).
 * - A question about a procedure (the form a value takes, a sample, "what number do I call …") asks for no value.
 * - The answer: the next turn of another speaker, at most 120 characters; the value is the token of the asked kind in
 *   it, and must fit that kind (structured/values.ts `valueFits`; a phone must be a valid number of the text's regions
 *   or a common one, not a business line nor a drama range).
 * - A value split over the answerer's two consecutive turns ("ES79 0049 1500" / "0527 1836 4910", "BNCGLI90" /
 *   "D45F205A"): both parts are reported when the joined value passes a check digit (Luhn, IBAN, codice fiscale,
 *   マイナンバー, Steuer-ID, NIR, DNI/NIE, NIF, BSN, CPF); a card or IBAN needs no question.
 *
 * The findings pass the same judgement as every rule's (public-context.ts, test values), so a training role-play's test
 * card or a bot's quoted office number stays public. Our own code.
 *
 * Cost: one pass over the lines with sticky patterns at each line start; each question turn's first 240 characters are
 * read once as words, each answer's first 120 once per asked kind: linear in the text.
 */
import type { CountryCode } from "libphonenumber-js/max";
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import type { Detector, Emit } from "../detector.js";
import { PRIORITY } from "../detector.js";
import type { PrivacyCategory } from "../types.js";
import { fieldKind, type FieldKind } from "../structured/field-names.js";
import { valueFits } from "../structured/values.js";
import { germanTaxIdValid, ibanValid, inseeValid, luhnValid, portugueseTaxNumberValid, spanishIdValid } from "../checksums.js";
import { italianCfValid } from "./ids.js";
import { myNumberValid } from "./asian-ids.js";
import { bsnValid, cpfValid } from "./numbers.js";
import { businessLineType, phoneRegionHints } from "./phone-regions.js";

/** A timestamp before the speaker: `[10:42] `, `[03/12/2026, 18:02:11] `, `2026/12/03 18:05 `, `03/12/2026, 18:02 - `. */
const STAMP = /(?:\[[^\]\n]{1,40}\][ \t]*|\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]+(?:-[ \t]+)?)?/y;
/** The speaker (one to four words, or a CJK name) and its colon or `>`, then the turn's text. */
const SPEAKER = /([\p{L}][\p{L}\p{M}.'’-]{0,24}(?:[ \t][\p{L}][\p{L}\p{M}.'’-]{0,24}){0,3})[ \t]?(?:[:：]|>)[ \t]*/uy;
/**
 * A chat client's header line: a handle, two spaces or a tab, a time (Slack, Teams); tried at a line's start (sticky) and
 * a header only when it ends at the line's end (what `^…$` on the line was: the match can take only one path).
 */
const CHAT_HEADER = /([\p{L}][\p{L}\p{N}._-]{1,30})(?:[ \t]{2,4}|\t)\d{1,2}:\d{2}(?:[ \t]?[AP]M)?[ \t]*/uy;

interface Turn {
  speaker: string;
  start: number;
  end: number;
}

/** What ends a speaker: SPEAKER's `[:：]|>` (the speaker's characters hold none of them). */
const SPEAKER_END = /[:：>]/g;
/** SPEAKER's longest speaker and the `[ \t]` before its colon: four words of 25 characters, three spaces between, one after. */
const SPEAKER_REACH = 4 * 25 + 3 + 1;
const isAsciiDigit = (code: number): boolean => code >= 48 && code <= 57;

/** The dialogue's turns in order (at most 400), or none when fewer than two speakers talk. */
function turnsOf(text: string): Turn[] {
  const turns: Turn[] = [];
  let open: Turn | undefined;
  // Session 52: the first `:`, `：` or `>` at or after the line's start, found once by V8's search and kept while it lies
  // ahead (text.length: none). A line without one before its end can hold neither a chat header (its time has a colon)
  // nor a speaker, and a speaker ends at most SPEAKER_REACH characters after its line's stamp: the sticky patterns (~0.3
  // µs a line of prose) are tried only where they can match.
  let speakerEnd = -1;
  for (let lineStart = 0; lineStart < text.length && turns.length < 400;) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (speakerEnd < lineStart) {
      SPEAKER_END.lastIndex = lineStart;
      speakerEnd = SPEAKER_END.test(text) ? SPEAKER_END.lastIndex - 1 : text.length;
    }
    if (speakerEnd >= lineEnd) {
      if (open) open.end = lineEnd; // no header, no speaker: a turn's next line
      lineStart = lineEnd + 1;
      continue;
    }
    // The patterns run on the text at the line's start (sticky; none of them reads past a line break): no slice a line.
    CHAT_HEADER.lastIndex = lineStart;
    const header = lineEnd - lineStart <= 48 ? CHAT_HEADER.exec(text) : null;
    if (header && CHAT_HEADER.lastIndex === lineEnd) {
      open = { speaker: header[1]!.toLowerCase(), start: lineEnd + 1, end: lineEnd + 1 };
      turns.push(open);
    } else {
      // A stamp opens with "[" or a digit: elsewhere it matches empty.
      const first = text.charCodeAt(lineStart);
      STAMP.lastIndex = lineStart;
      if (first === 91 || isAsciiDigit(first)) STAMP.test(text);
      SPEAKER.lastIndex = STAMP.lastIndex;
      const speaker = speakerEnd - SPEAKER.lastIndex <= SPEAKER_REACH ? SPEAKER.exec(text) : null;
      const kind = speaker ? fieldKind(speaker[1]!) : undefined;
      if (speaker && (kind === undefined || kind === "person")) {
        open = { speaker: speaker[1]!.toLowerCase(), start: SPEAKER.lastIndex, end: lineEnd };
        turns.push(open);
      } else if (speaker)
        open = undefined; // a form's labelled line ("Codice fiscale: …") ends the turn above
      else if (open) open.end = lineEnd; // a turn's next line
    }
    lineStart = lineEnd + 1;
  }
  for (const turn of turns) if (turn.speaker !== turns[0]!.speaker) return turns; // two speakers at least
  return [];
}

/** The kinds a question may ask for here (a person, a health field or a salary is not asked for by a value's turn). */
const ASKED_KINDS: ReadonlySet<FieldKind> = new Set<FieldKind>([
  "passport",
  "driver_license",
  "national_id",
  "us_ssn",
  "bank_account",
  "phone",
  "street_address",
]);
/** Field names too common as words to label a question alone ("license" of software, "tel" is Dutch for count). */
const WEAK_KEYS: ReadonlySet<string> = new Set([
  "license",
  "licence",
  "licenseno",
  "licenceno",
  "licno",
  "licnum",
  "tel",
  "cell",
  "fax",
  "account",
  "acct",
  "bank",
  "conto",
  "cuenta",
  "konto",
  "conta",
  "routing",
  "residence",
  "street",
  "line1",
  "line2",
  "uid",
  "sss",
  "addr",
]);
const WORD = /[\p{L}\p{N}]+/gu;
const CAPITALS = /^[A-Z]+$/;
const SPACES = / /g;

/** Japanese and Chinese field words, read as substrings (no spaces between words). */
const CJK_QUESTION: ReadonlyArray<[RegExp, FieldKind]> = [
  [/パスポート番号|旅券番号|护照号|護照號/u, "passport"],
  [/運転免許証?番号|免許証番号|驾驶证号|驾照号/u, "driver_license"],
  [/マイナンバー|個人番号|身份证号/u, "national_id"],
  [/電話番号|携帯番号|連絡先|手机号|电话号码/u, "phone"],
  [/住所|地址/u, "street_address"],
  [/口座番号|银行账号/u, "bank_account"],
];

/** A number word and a call-back verb, or "number of your …": a phone is asked for. */
const NUMBER_WORD = /(?<![\p{L}])(?:number|nummer|numéro|número|numero|nº|n°)(?![\p{L}])/iu;
const CALL_BACK =
  /(?<![\p{L}])(?:reach|call|ring|text|contact|erreich|anruf|zurückruf|joindre|appeler|rappeler|llam|localizar|chiam|richiam|contatt|ricontatt|ligar|bereiken|bellen|terugbellen)/iu;
const NUMBER_OF_YOUR =
  /(?<![\p{L}])(?:number|nummer|numéro|número|numero) (?:of|di|de|do|da|van|von) (?:your|tu|tua|tuo|ta|ton|teu|je|jouw|deine[mnrs]?|dein|ihre[mnrs]?|ihr|vostra|vostro|votre|su|sua|seu)(?![\p{L}])/iu;
/** Another kind of number named in the question (a word start): the business's own. */
const OTHER_NUMBER =
  /(?<![\p{L}])(?:order|ticket|tracking|case|invoice|reference|booking|reservation|bestell|rechnung|sendung|kunden|commande|facture|dossier|suivi|pedido|factura|incidencia|seguimiento|ordine|fattura|pratica|tracciamento|encomenda|fatura|bestel|factuur|zaak|klant)|注文|伝票|問い合わせ|订单/iu;

/**
 * A question mark or a request ("I need your …", "bitte", "il me faut", "por favor", "お願いします", "教えてください"): a
 * form's labelled line asks for nothing.
 */
const REQUEST =
  /[?？¿]|(?<![\p{L}])(?:please|pls|i need|we need|i'll need|i will need|can i|could i|may i|can you|could you|tell me|send me|give me|bitte|brauche|benötige|geben sie|s'il vous pla[iî]t|il me faut|j'ai besoin|donnez|envoyez|por favor|necesito|necesitamos|dígame|dime|indique|indica|per favore|mi serve|ci serve|mi dia|dammi|preciso|precisamos|alstublieft|graag|nodig)(?![\p{L}])|お願い|教えて|ください|下さい|入力して|请|告诉/iu;

/**
 * A question about a procedure, not a request for the listener's value: the form a value takes ("What is the format of
 * a passport number?", "a sample", "what does … look like") or the asker's own next step ("What number do I call for
 * the embassy?", "Which form should I use?").
 */
const PROCEDURE =
  /(?<![\p{L}])(?:format|formats|example|sample|look like|looks like|do i|should i|does one|formato|ejemplo|exemple|beispiel|muster|esempio|exemplo|voorbeeld|contoh|örnek|przykład|przykładowy|ví dụ|mẫu)(?![\p{L}])|書式|形式|例|格式|示例/iu;

/** The kinds the question turn `text.slice(start, end)` asks for (none when it asks nothing). */
function askedKinds(text: string, start: number, end: number): Set<FieldKind> {
  const question = text.slice(start, Math.min(end, start + 240));
  const kinds = new Set<FieldKind>();
  if (!REQUEST.test(question) || PROCEDURE.test(question)) return kinds;
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let word = WORD.exec(question); word !== null && words.length < 48; word = WORD.exec(question)) words.push(word[0]);
  for (let index = 0; index < words.length; index++) {
    for (let size = 1; size <= 3 && index + size <= words.length; size++) {
      const key = words.slice(index, index + size).join(" ");
      const compact = key.replace(SPACES, "").toLowerCase();
      if (size === 1 && (WEAK_KEYS.has(compact) || (compact.length <= 4 && !CAPITALS.test(key)))) continue;
      const kind = fieldKind(key);
      if (kind !== undefined && ASKED_KINDS.has(kind)) kinds.add(kind);
    }
  }
  for (const [pattern, kind] of CJK_QUESTION) if (pattern.test(question)) kinds.add(kind);
  if (!kinds.has("phone") && NUMBER_WORD.test(question) && (CALL_BACK.test(question) || NUMBER_OF_YOUR.test(question)) && !OTHER_NUMBER.test(question))
    kinds.add("phone");
  return kinds;
}

/** A token of each asked kind in an answer (upper-case letters and digits; a phone's digits and separators). */
const TOKENS: Partial<Record<FieldKind, RegExp>> = {
  passport: /(?<![A-Za-z0-9])[A-Z0-9]{6,12}(?![A-Za-z0-9])/g,
  driver_license: /(?<![A-Za-z0-9])[A-Z0-9](?:[A-Z0-9]|[ -](?=[A-Z0-9])){4,22}(?![A-Za-z0-9])/g,
  national_id: /(?<![A-Za-z0-9])[A-Z0-9](?:[A-Z0-9]|[ ./-](?=[A-Z0-9])){4,24}(?![A-Za-z0-9])/g,
  us_ssn: /(?<![A-Za-z0-9])\d{3}[ -]?\d{2}[ -]?\d{4}(?![A-Za-z0-9])/g,
  bank_account: /(?<![A-Za-z0-9])\d(?:\d|[ -](?=\d)){5,20}(?![A-Za-z0-9])/g,
  phone: /(?<![A-Za-z0-9+])\+?\(?\d(?:[\d()]|[ ./-](?=[\d(])){5,20}(?![A-Za-z0-9])/g,
};
const DIGITS = /\d/g;
/** Digits an answer's value needs: a passport mixes letters in, an identifier or licence has at least six. */
const MIN_DIGITS: Partial<Record<FieldKind, number>> = { passport: 2, driver_license: 6, national_id: 6, us_ssn: 9, bank_account: 6 };
const digitCount = (value: string): number => value.match(DIGITS)?.length ?? 0;

/** Countries a national phone number is read in when the text hints none. */
const COMMON_REGIONS: readonly CountryCode[] = ["GB", "US", "DE", "FR", "ES", "IT", "NL", "BE", "PT", "CH", "AT", "IE", "BR", "MX", "JP"];
/** NANP 555-0100…0199, kept for fiction and documentation. */
const FICTIONAL_NANP = /^\d{3}55501\d{2}$/;

/**
 * A valid number that is nobody's business line: the first reading in a region the text hints decides; without one, a
 * number with a trunk 0 is read in the common regions in turn (0800 is toll-free wherever it is valid first), and one
 * without it may be any common region's personal number ("347 218 4493" is an Italian mobile and a British UAN).
 */
function personalPhone(value: string, regions: readonly CountryCode[]): boolean {
  const personal = (phone: ReturnType<typeof parsePhoneNumberFromString>): boolean =>
    phone !== undefined && !businessLineType(phone.getType()) && !FICTIONAL_NANP.test(String(phone.nationalNumber));
  const international = value.startsWith("+");
  for (const country of international ? [undefined] : value.startsWith("0") ? [...regions, ...COMMON_REGIONS] : regions) {
    const phone = parsePhoneNumberFromString(value, country);
    if (phone?.isValid()) return personal(phone);
  }
  if (international || value.startsWith("0")) return false;
  return COMMON_REGIONS.some((country) => {
    const phone = parsePhoneNumberFromString(value, country);
    return phone?.isValid() === true && personal(phone);
  });
}

/** A CJK address character: a street answer in Japanese or Chinese must hold one, a Latin one a comma and a digit. */
const CJK_ADDRESS = /[都道府県市区町村丁目番地号路街]/u;
const DIGIT = /\d/;
const ANSWER_FILLER =
  /^(?:(?:sure|yes|yeah|ok(?:ay)?|of course|uh+|um+|er+m?|so|well|it'?s|it is|klar|ja|äh+m?|also|moment|sí|si|claro|vale|eh|bueno|oui|euh|alors|c'est|sim|certo|allora|nou|はい|えっと|ええと|あの)[,.:!…、 ]*)+/iu;
/** A copula or sentence end after a CJK answer ("…です。"): not part of the value. */
const ANSWER_TAILS: readonly string[] = ["です", "だよ", "でした", "だった"];
const TAIL_PUNCTUATION = "。.!！ \t";

/** The answer's first line without its filler-free tail: trailing punctuation, then a copula. */
function withoutTail(line: string): string {
  let end = line.length;
  while (end > 0 && TAIL_PUNCTUATION.includes(line[end - 1]!)) end--;
  const tail = ANSWER_TAILS.find((word) => line.startsWith(word, end - word.length));
  return line.slice(0, tail === undefined ? end : end - tail.length).trimEnd();
}

const addressShaped = (value: string): boolean => CJK_ADDRESS.test(value) || (value.includes(",") && DIGIT.test(value));

/** The span of the asked `kind` in the answer `[start, end)`, or undefined. */
function answerValue(text: string, start: number, end: number, kind: FieldKind, regions: () => readonly CountryCode[]): [number, number] | undefined {
  const answer = text.slice(start, end);
  if (kind === "street_address") {
    const filler = ANSWER_FILLER.exec(answer)?.[0].length ?? 0;
    const line = answer.slice(filler).split("\n")[0]!;
    const value = withoutTail(line);
    if (value.length < 6 || value.length > 100 || !addressShaped(value) || !valueFits("street_address", value)) return undefined;
    return [start + filler, start + filler + value.length];
  }
  const token = TOKENS[kind];
  if (!token) return undefined;
  token.lastIndex = 0;
  for (let match = token.exec(answer); match !== null; match = token.exec(answer)) {
    const value = match[0];
    const digits = digitCount(value);
    const fits = kind === "phone" ? digits >= 7 && digits <= 15 && personalPhone(value, regions()) : digits >= MIN_DIGITS[kind]! && valueFits(kind, value);
    if (fits) return [start + match.index, start + match.index + value.length];
  }
  return undefined;
}

/** A run of digits and capitals at a turn's start: the second part of a split value. */
const PART_AT_START = /^[ \t]*([A-Z0-9](?:[A-Z0-9]|[ -](?=[A-Z0-9])){1,20})(?![A-Za-z0-9])/;
const isPartCharacter = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
const isAsciiLetterOrDigit = (code: number): boolean => isPartCharacter(code) || (code >= 97 && code <= 122);

/**
 * The run of digits and capitals (single spaces or hyphens inside) that ends a turn, before trailing spaces and
 * punctuation, read backwards by hand: [start, end) in `turn`, or undefined. At most 21 characters, 2 or more.
 */
function partAtEnd(turn: string): [number, number] | undefined {
  let end = turn.length;
  while (end > 0 && " \t\n.,!。".includes(turn[end - 1]!)) end--;
  let start = end;
  while (start > 0 && end - start < 22) {
    const code = turn.charCodeAt(start - 1);
    if (isPartCharacter(code)) start--;
    else if ((code === 32 || code === 45) && start - 1 > 0 && isPartCharacter(turn.charCodeAt(start - 2)) && start < end) start--;
    else break;
  }
  if (end - start < 2 || end - start > 21 || (start > 0 && isAsciiLetterOrDigit(turn.charCodeAt(start - 1)))) return undefined;
  return [start, end];
}

const SEPARATORS = /[ -]/g;
const IBAN_START = /^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$/;
const CARD_DIGITS = /^[2-6]\d{12,18}$/;

/** The category a value split in two passes as, by its check digit (card and IBAN without a question). */
function joinedCategory(compact: string, asked: ReadonlySet<FieldKind>): PrivacyCategory | undefined {
  if (CARD_DIGITS.test(compact) && luhnValid(compact)) return "payment_card";
  if (IBAN_START.test(compact) && ibanValid(compact)) return "iban";
  if (!asked.has("national_id")) return undefined;
  const valid =
    (compact.length === 16 && italianCfValid(compact)) ||
    (compact.length === 12 && myNumberValid(compact)) ||
    (compact.length === 11 && (germanTaxIdValid(compact) || cpfValid(compact))) ||
    (compact.length === 15 && inseeValid(compact)) ||
    (compact.length === 9 && (spanishIdValid(compact) || portugueseTaxNumberValid(compact) || bsnValid(compact)));
  return valid ? "national_id" : undefined;
}

/** A listener's short turn between two parts of a value ("Sì…", "ok", "mhm"): the answerer goes on after it. */
const BACK_CHANNEL_LENGTH = 16;

/** The answerer's turn after `answer` (the next one, or the one after a listener's short back-channel), or undefined. */
function continuation(turns: readonly Turn[], index: number): Turn | undefined {
  const answer = turns[index]!;
  const next = turns[index + 1];
  if (!next) return undefined;
  if (next.speaker === answer.speaker) return next.end - next.start <= 120 ? next : undefined;
  const after = turns[index + 2];
  if (next.end - next.start > BACK_CHANNEL_LENGTH || !after || after.speaker !== answer.speaker) return undefined;
  return after.end - after.start <= 120 ? after : undefined;
}

/** Both parts of a value split over the answer and its continuation, when the joined value passes a check digit. */
function emitSplitValue(text: string, answer: Turn, next: Turn, asked: ReadonlySet<FieldKind>, emit: Emit): boolean {
  const first = partAtEnd(text.slice(answer.start, answer.end));
  const second = first && PART_AT_START.exec(text.slice(next.start, next.end));
  if (!first || !second) return false;
  const category = joinedCategory((text.slice(answer.start + first[0], answer.start + first[1]) + second[1]!).replace(SEPARATORS, ""), asked);
  if (!category) return false;
  const secondStart = next.start + second[0].length - second[1]!.length;
  emit(category, answer.start + first[0], answer.start + first[1], "dialogue-split-value", PRIORITY.checksum);
  emit(category, secondStart, secondStart + second[1]!.length, "dialogue-split-value", PRIORITY.checksum);
  return true;
}

function runDialogueAnswers(text: string, emit: Emit, lower: string): void {
  if (text.indexOf("\n") < 0) return;
  const turns = turnsOf(text);
  let hints: CountryCode[] | undefined;
  const regions = () => (hints ??= phoneRegionHints(text, lower));
  for (let index = 0; index + 1 < turns.length; index++) {
    const [question, answer] = [turns[index]!, turns[index + 1]!];
    if (answer.speaker === question.speaker || answer.end - answer.start > 120) continue;
    const asked = askedKinds(text, question.start, question.end);
    // The answerer's next turn goes on with the value ("ES79 0049 1500" / "0527 1836 4910") or corrects it.
    const next = continuation(turns, index + 1);
    if (next && emitSplitValue(text, answer, next, asked, emit)) continue;
    for (const kind of asked) {
      const span = answerValue(text, answer.start, answer.end, kind, regions);
      if (!span) continue;
      emit(kind as PrivacyCategory, span[0], span[1], "dialogue-answer", PRIORITY.structured);
      const corrected = next && answerValue(text, next.start, next.end, kind, regions);
      if (corrected) emit(kind as PrivacyCategory, corrected[0], corrected[1], "dialogue-answer", PRIORITY.structured);
      break;
    }
  }
}

export const dialogueAnswerDetectors: Detector[] = [{ name: "dialogue-answers", run: runDialogueAnswers }];
