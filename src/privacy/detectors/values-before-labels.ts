/**
 * A PIN or a phone number written first and named after it, in the same short clause or on the next line (session 44,
 * dev-54): "4821 — that's the alarm pin", "448201 is the PIN", "5512 это пин от карты бабушки", "612 48 39 07 es el
 * móvil de mi madre", "067 482 19 30 це номер тата", "0176 48213907\ndas ist papas handynummer". The value opens its
 * line; the label follows within 48 characters after at most a connector ("is", "that's", "c'est", "es", "to",
 * "это", "ye"). A PIN needs a PIN word and no word of another code or of an example ("404 — that's the error code",
 * "1234 is the default pin"); a phone number needs a phone word and whose it is — a first-person possessive or a
 * relation word — and no public line ("0800 … that's the free helpline"). Each line is read once, 48 characters of its
 * value and 96 of label at most: linear in the text.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { isRepetitive } from "../context.js";
import { pinValue } from "./labelled-identifiers.js";
import { mentionsRelation } from "./person-reference.js";

/** A value opening its line: digits with spaces, dashes, dots or brackets, an optional leading +. */
const VALUE_AT_LINE_START = /^[ \t]*(\+?\(?\d[\d ()./-]{2,22}\d|\d{4,8})(?![\p{L}\p{N}])/u;
/** What may follow the value before the label's clause: a dash, an arrow, a colon, a bracket, "is", "that's", "c'est", "это" … */
const CONNECTOR =
  /^[ \t]*(?:(?:<-|←|->|→|=>|[—–:=,(-])[ \t]*)?(?:(?:is|it['’]s|that['’]s|thats|that is|this is|those are|ist|das ist|des is|es|ese es|este es|est|c['’]est|è|é|é o|to|это|це|ye|yeh)(?![\p{L}]))?/iu;
/** The PIN word within the label's first five words ("that's the alarm pin", "ye mummy ke atm ka pin"). */
const PIN_LEAD =
  /^[ \t]*(?:[\p{L}'’-]+[ \t]+){0,4}(?:pin|pin-?code|pin-?kod|puk|passcode|пин|пін|пін-?код|пин-?код|senha|geheimzahl|code|código|codice|kod|код|key ?safe|combination|combinaison|combinación)(?![\p{L}])/iu;
/** Another kind of code, or an example's: the number is no one's secret. */
const NOT_A_SECRET =
  /(?<![\p{L}])(?:error|fehler|erreur|błąd|ошибк\p{L}*|помилк\p{L}*|status|area|zip|post(?:al)?|promo|discount|coupon|voucher|gift|country|dial|exit|country|room|page|version|default|example|sample|demo|test|standard|factory|por defecto|padrão|par défaut|predefinit\p{L}*|domyśln\p{L}*|beispiel|przykład\p{L}*|пример|приклад|по умолчанию|за замовчуванням)(?![\p{L}])/iu;
const PHONE_WORD =
  /(?<![\p{L}])(?:phone|mobile|cell|cellphone|number|no|num|handy|handynummer|telefon|telefonnummer|nummer|móvil|movil|celular|zap|whatsapp|portable|téléphone|tel|teléfono|telefone|cellulare|cel|numero|número|numéro|numer|komórka|номер|телефон|мобильный|мобільний)(?![\p{L}])/iu;
const OWNER =
  /(?<![\p{L}])(?:my|mine|mein|meine|meiner|mi|mis|mon|ma|mes|meu|minha|mio|mia|mój|moja|mojej|mojego|мой|моя|мій|мого|моєї|mera|meri|mere)(?![\p{L}])/iu;
const PUBLIC_LINE =
  /(?<![\p{L}])(?:hotline|helpline|service|support|customer|free|toll|office|reception|shop|store|restaurant|hotel|company|emergency|council|bank|clinic|pharmacy|business|leaflet|fax)(?![\p{L}])/iu;
const PUBLIC_PREFIX = /^(?:0800|0808|0801|0900|0901|1800|1888|1877|800|888|877)/;
const NOT_DIGIT = /\D/g;
/** The stems of the label words: a text with none skips the reader (the shared keyword pass). */
const LABEL_STEMS = [
  "pin",
  "puk",
  "passcode",
  "пин",
  "пін",
  "senha",
  "code",
  "código",
  "codice",
  "kod",
  "код",
  "safe",
  "combin",
  "geheimzahl",
  "phone",
  "mobile",
  "cell",
  "num",
  "handy",
  "telef",
  "móvil",
  "movil",
  "zap",
  "whatsapp",
  "portable",
  "tél",
  "tel",
  "cel",
  "komórka",
  "номер",
  "телефон",
  "мобил",
  "мобіл",
  "número",
];

/** The label's clause: the rest of the value's line up to a full stop, or the next line when the rest is empty. */
function clauseAfter(text: string, from: number): string {
  const ahead = text.slice(from, from + 96);
  const lineBreak = ahead.indexOf("\n");
  let clause = lineBreak >= 0 ? ahead.slice(0, lineBreak) : ahead;
  if (clause.trim() === "" && lineBreak >= 0) {
    const next = ahead.slice(lineBreak + 1);
    const nextBreak = next.indexOf("\n");
    clause = nextBreak >= 0 ? next.slice(0, nextBreak) : next;
  }
  const stop = clause.search(/[.!?](?:\s|$)/u);
  return (stop >= 0 ? clause.slice(0, stop) : clause).slice(0, 60);
}

function phoneValue(value: string): boolean {
  const digits = value.replace(NOT_DIGIT, "");
  return digits.length >= 9 && digits.length <= 13 && !isRepetitive(digits) && !PUBLIC_PREFIX.test(digits);
}

/** A digit, "+" or "(". */
const VALUE_OPENER = (code: number): boolean => (code >= 48 && code <= 57) || code === 43 || code === 40;

function runValuesBeforeLabels(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, LABEL_STEMS)) return;
  for (let lineStart = 0; lineStart < text.length;) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let first = lineStart;
    while (first < lineEnd && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    // Only a line that opens with a digit, "+" or "(" is read further (no slice or regex for the others).
    if (first < lineEnd && VALUE_OPENER(text.charCodeAt(first))) {
      const value = VALUE_AT_LINE_START.exec(text.slice(first, Math.min(lineEnd, first + 48)));
      if (value !== null) readValue(text, emit, first + value[0].length - value[1]!.length, value[1]!);
    }
    lineStart = lineEnd + 1;
  }
}

function readValue(text: string, emit: Emit, start: number, value: string): void {
  const clause = clauseAfter(text, start + value.length);
  const connector = CONNECTOR.exec(clause)![0];
  // A dash, a colon or a copula ties the label to the value ("3000 people use this code" has none).
  if (connector.trim() === "") return;
  const label = clause.slice(connector.length);
  if (pinValue(value) && PIN_LEAD.test(label) && !NOT_A_SECRET.test(label)) {
    emit("password", start, start + value.length, "pin-before-label", PRIORITY.contextual);
    return;
  }
  if (phoneValue(value) && PHONE_WORD.test(label) && (OWNER.test(label) || mentionsRelation(label.toLowerCase())) && !PUBLIC_LINE.test(label))
    emit("phone", start, start + value.length, "phone-before-label", PRIORITY.contextual);
}

export const valuesBeforeLabelsDetectors: Detector[] = [{ name: "values-before-labels", run: runValuesBeforeLabels }];
