/**
 * Values in the fields of pasted records (payslips, tax forms, loan and claim forms, rental and accident forms) and
 * secrets written right after a password or code word, where the other rules need a sentence around the value:
 * - `pay-field-amount`: a line that starts with a pay, income, tax, debt or claim field label in any supported
 *   language ("Net pay", "Netto in busta", "Líquido a percibir", "総支給額", "实发工资", "실수령액", "शुद्ध वेतन",
 *   "Среднемесячный доход", a W-2 box "1 Wages, tips, other comp") followed on the same line by an amount, in a
 *   text that names a private person near it (person-near.ts: a record's name label, a relation word, a name).
 *   A blank form (`$____`) has no amount; a table of averages or an instruction names nobody; prose word problems
 *   do not start a line with a field label. The span is the amount.
 * - `adjacent-secret`: a password word of a language that puts no copula between word and value ("비번
 *   hanriver!2024 로", "пароль Solnce2020!", "ввожу Solnce2020!", chat's "pw", a 🔑 or 🔐 emoji) followed at once by an ASCII
 *   token chosen as a secret (6–64 characters, a letter, and a digit or symbol; after an emoji a digit; not an address,
 *   URL or path).
 * - `words-between-secret`: a Latin-script password word, a few words naming what it opens, a copula or colon, then a
 *   PIN or a token with a digit or symbol ("a senha do cartão no papel: 7314").
 * - `wifi-secret`: a Wi-Fi network and key written as a pair ("wifi is OFFICE-GUEST / tealkettle48"), or the key after
 *   "wifi key", "wifi code" or Hinglish "wifi ka"; the key needs a digit or symbol ("wifi is slow / flaky" is none).
 * - `code-digits`: a code word of a language without a "door code" compound ("код 28461", "Hinglish gate ka code
 *   5819") followed by 4–8 digits; postal, area, region and confirmation codes are not read.
 * - `licence-in-context`: a licence number after the bare abbreviation "DL" or the bare word licence/license or
 *   رقم رخصة when the same sentence speaks of driving (driver, rider, rental, car, vehicle, insurer, سيارة, التأمين);
 *   software licences have no such word. The number needs 6–14 characters with at least 6 digits. "DL:", "DL#" and
 *   "DL नंबर" as a field label need no driving word (a date after them is no number); "lic. no." and Korean 면허번호
 *   need one.
 * Keyword-gated (the scan's keyword pass); every pattern is anchored on a label with bounded parts: linear.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny, containsAnyAtWordStart, literalPrefixes, wordStartStems, type PatternGate } from "../detector.js";
import { personNear, type PersonNearCache } from "./person-near.js";
import { sentenceAround } from "./person-reference.js";

export const PAY_LABELS = [
  // English (W-2 boxes, payslips, loan and claim forms)
  "gross(?: pay| wages| salary| income| monthly income)?|net(?: pay| salary| income| wages)?|take-home(?: pay)?|base salary|salary|wages(?:, tips, other comp\\p{L}*)?|annual income|monthly income|federal income tax withheld|(?:adjusted gross income|agi)|total reimbursable|sign-on bonus|bonus|outstanding balance|retirement \\(401k\\)",
  // Spanish, Portuguese, Italian, French, German
  "salario(?: base| bruto| neto)?|sueldo(?: bruto| neto)?|líquido(?: a percibir)?|ingresos(?: netos)?(?: mensuales)?|salário(?: bruto| líquido)?|renda(?: mensal)?|retribuzione(?: lorda| netta)?|netto in busta|stipendio(?: netto| lordo)?|salaire(?: net| brut)?|net à payer|revenu fiscal de référence|montant de votre impôt|brutto(?:gehalt|lohn)?|netto(?:gehalt|lohn)?|auszahlungsbetrag|gesamtbrutto",
  // Russian, Japanese, Chinese, Korean, Hindi, Arabic
  "среднемесячный доход|доход|зарплата|оклад|задолженность(?: по кредиту)?|総支給額|差引支給額|支払金額|源泉徴収税額|手取り|基本給|应发工资|实发工资|月收入|年收入|基本工资|税后工资|지급총액|실수령액|연소득|월소득|기본급|कुल वेतन|शुद्ध वेतन|मासिक आय|الراتب|صافي الراتب",
].join("|");
export const PAY_STEMS = [
  "gross",
  "net",
  "salar",
  "wage",
  "income",
  "withheld",
  "agi",
  "reimbursable",
  "claimed",
  "bonus",
  "balance",
  "401k",
  "sueldo",
  "líquido",
  "ingresos",
  "importe",
  "renda",
  "retribuzione",
  "stipendio",
  "revenu",
  "impôt",
  "brutto",
  "netto",
  "auszahlung",
  "доход",
  "зарплат",
  "оклад",
  "задолженност",
  "支給額",
  "支払金額",
  "源泉徴収",
  "手取り",
  "基本給",
  "工资",
  "收入",
  "지급총액",
  "실수령액",
  "소득",
  "기본급",
  "वेतन",
  "आय",
  "الراتب",
];
export const AMOUNT =
  "(?:[$£€¥₹₩₽]|R\\$|Rs\\.?|(?:USD|GBP|EUR|INR|BRL|RUB)\\s?)?\\s?\\d{1,3}(?:[,.\\u00a0\\u202f ]\\d{3})+(?:[.,]\\d{2})?(?:\\s?(?:€|円|元|원|₽|руб\\.?|рублей|ريال|EUR|USD))?|(?:[$£€¥₹₩₽]|R\\$)\\s?\\d+(?:[.,]\\d{2})?|\\d+[.,]\\d{2}(?:\\s?(?:€|円|元|원|₽))?";
/** Start of a line (a bullet, a table bar or a W-2 box code before it), the label, up to 25 characters, the amount. */
const PAY_FIELD = new RegExp(
  `^[ \\t]*(?:[-*•|][ \\t]*|[0-9a-f]{1,2}[ \\t]+)?(?:${PAY_LABELS.replace(/ /g, "[ _]")})(?![\\p{L}])[^\\n\\d$£€¥₹₩₽]{0,25}?[+-]?(${AMOUNT})(?![\\d%])`,
  "gimu",
);

/**
 * Session 38: chat's abbreviation "pw" takes no copula either ("username mia.k, pw fTQbmYnpMe?SKl"); not `pwd` or
 * `passwd`, which are shell commands ("sudo passwd deploy_2", "pwd && ls"). Session 51 (dev-89): the key and locked-padlock
 * emoji as a label ("🔑 Tangerine#Moose42", "🔐 Biscuit_Rover_88" in a shared note); after them the value needs a digit
 * too (KEY_EMOJI_VALUE), so "🔑 Check-in: 15:00" and "🔐 Netflix" are none.
 */
const ADJACENT_WORD = /(?<![\p{L}])(?:비번|비밀번호|암호|пароль|ввожу|ввёл|ввела|вводу|[Pp][Ww]|🔑|🔐)(?![\p{L}\d_])\ufe0f?[ \t]+([!-~]{6,64})(?![!-~])/gu;
const ADJACENT_STEMS = ["비번", "비밀번호", "암호", "пароль", "ввожу", "ввёл", "ввела", "вводу", "pw", "🔑", "🔐"];
const KEY_EMOJI = /^(?:🔑|🔐)/u;
/** After a key emoji: a letter and a digit, and no clock time ("🔑 Check-in 15:00-22:00"). */
const KEY_EMOJI_VALUE = /^(?=[^\d]*\d)(?![\d:.-]+$)(?!.*\d:\d\d)/;
/**
 * Session 52: a service's or account's name between the key emoji and a colon ("🔑 Netflix: Lumen!Tiger88", "🔐 Gmail
 * Konto: Amsel_Kiel42"): one or two capitalised words without digits ("🔑 Step 3: …" is a tutorial's step). The value
 * follows the key emoji's rules, and a product's name with its version ("🔑 Key takeaway: GPT-4o", "COVID-19",
 * "Python3.12": a capital, letters, an optional hyphen and a version) is none, nor a code in capitals ("🔐 Encryption:
 * AES-256-GCM").
 */
const KEY_EMOJI_SERVICE = /(?:🔑|🔐)\ufe0f?[ \t]+\p{Lu}[\p{L}+&'’.-]{0,20}(?:[ \t]\p{L}[\p{L}+&'’.-]{0,20})?[ \t]?:[ \t]*([!-~]{6,64})(?![!-~])/gu;
const NAME_AND_VERSION = /^\p{Lu}[\p{L}]*[ -]?\d+(?:\.\d+)*[a-z]?$/u;
/** A standard's or algorithm's code in capitals ("AES-256-GCM", "SHA-256", "ISO-27001") has no lower-case letter. */
const LOWER_LETTER = /[a-z]/;
const SECRET_LETTER = /[A-Za-z]/;
const SECRET_MARK = /[\d!#$%&*+=?@^_~-]/;
const NOT_SECRET = /^(?:https?:|www\.)|@[\w-]+\.|[/\\]|^\d+$|^[A-Za-z]+$/i;
const EDGE = /[)"'»”.,;:?]+$/;
/**
 * Session 38 review: after the Latin "pw" (also pulse width, pixel width, Paperwhite), a measurement, a range of
 * measurements or an ordinal is no password: "pw 10us-20us", "pw 1920px", "PW 5th-gen".
 */
const PW_CUE = /^[Pp][Ww]/;
const MEASUREMENT = /^~?\d+(?:[.,]\d+)?[A-Za-zµ°%]{1,5}(?:-ish)?(?:[-–\/~]\d+(?:[.,]\d+)?[A-Za-zµ°%]{0,5})?$|^\d+(?:st|nd|rd|th)(?:[-–][A-Za-z]+)?$/;

/**
 * A Portuguese, Spanish, French, Italian or German password word, up to five short words naming what it opens
 * ("senha do cartão no papel", "clave del portal"), then a copula or colon and the value: digits (a PIN, 4–8) or a
 * token with a digit or symbol. A plain word after the copula ("a senha do banco é fraca") is no value. Session 51
 * (dev-89): Spanish chat's "la contra del wifi … es …" (only before "de"/"del") and the unaccented "contrasena".
 */
const WORDS_BETWEEN_SECRET =
  /(?<![\p{L}])(?:senha|contrase(?:ñ|n)a|contra(?=\sde)|clave|mot de passe|code secret|passwort|kennwort)((?:\s[\p{L}]{1,12}){1,5}?)(?![\p{L}])\s?(?:(?:é|es|est|ist|è)(?![\p{L}])|[:：])\s*([!-~]{4,64})(?![!-~])/giu;
const WORDS_BETWEEN_STEMS = ["senha", "contra", "clave", "mot de passe", "code secret", "passwort", "kennwort"];
const PIN_DIGITS = /^\d{4,8}$/;

/** A Wi-Fi network and its key as a pair ("wifi is OFFICE-GUEST / tealkettle48"), or the key after "wifi key", "wifi ka". */
const WIFI_SECRET =
  /(?<![\p{L}])wi-?fi(?:\s(?:name|network|login|details))?\s*(?:is|:|=)\s*[^\s/]{2,32}\s*\/\s*([!-~]{6,64})|(?<![\p{L}])wi-?fi\s(?:key|code|pass|pw|pwd|passcode|(?:ka|ki|ke)(?:\s(?:naya|new|password|pass))?)\s*(?:is|:|=|hai)?\s*([!-~]{6,64})/giu;

const CODE_DIGITS =
  /(?:(?<![\p{L}])(?<!(?:почтовый|почтового|индекс|региона|страны)\s)(?:код|коду|кодом)(?!\s?(?:подтверждения|из смс|региона|города|страны|ОКПО|ИНН|ошибки|товара|индекс))|(?<![\p{L}])(?<!pin\s)(?:ka|ki|ke)\s(?:naya\s|new\s|purana\s)?code|(?<!(?:पिन|पोस्टल|पिन\s|पोस्टल\s))कोड)\s?(?:[:—–-]|hai|है)?\s*(\d{4,8})(?!\d)/giu;
const CODE_STEMS = ["код", "code", "कोड"];

const LICENCE_WORD =
  /(?<![\p{L}\d])(?<!(?:software|product|MIT|Apache|GPL|BSD|key)\s)(?:DL|[Ll]ic\.?\s?(?:no\.?|#|number)|면허\s?번호(?:는|:)?|[Ll]icen[cs]e(?:\s(?:no\.?|number|#))?(?:\s(?:uploaded\s)?(?:reads|is|shows))?|رقم رخصة(?!\s(?:تجارية|البناء|العمل|مزاولة))[^\n:0-9]{0,16}:?)\s*[:#]?\s*([A-Z]{0,2}\d[\dA-Z-]{5,16})(?![\dA-Za-z])/gu;
const LICENCE_STEMS = ["dl", "lic", "면허", "رخصة"];
const DRIVING_CONTEXT =
  /(?<![\p{L}])(?:driver|drivers|driving|rider|rental|hire|rent-a-car|vehicle|car|van|truck|plate|insurer|insurance|dmv|uber|lyft|سيارة|السيارة|التأمين|سائق|المرور|렌터카|렌트카|차량|자동차|운전|보험)(?![\p{L}])/iu;

/** A record line naming its person: an employee or name label, then a name (not a blank `____`). */
export const NAMED_FIELD =
  /^[ \t]*(?:employee|empleado|trabajador(?:a)?|mitarbeiter(?:in)?|dipendente|funcionári[oa]|salarié(?:e)?|сотрудник|сотрудница|受給者\s?氏名|氏名|姓名|성명|कर्मचारी|申请人|신청인|الموظف)[ \t]*[:：]?[ \t]*[\p{Lu}\p{Lo}]/imu;

/**
 * Session 55: PAY_FIELD's and NAMED_FIELD's labels stand at a line's start (after blanks, a bullet or a box code: no
 * letter before them), so the keyword pass finds a label's own start at a word start; PAY_STEMS opened on any "agi" or
 * "net" inside a word ("pagination", "network": ~30 µs of PAY_FIELD's search on the bench prompt, ~20 of NAMED_FIELD's).
 */
type LabelStems = ReturnType<typeof wordStartStems>;
const PAY_LABEL_STEMS = wordStartStems(literalPrefixes(PAY_LABELS.replace(/ /g, "[ _]")));
const NAMED_FIELD_STEMS = wordStartStems(literalPrefixes(NAMED_FIELD.source.replace(/^\^\[ \\t\]\*/, "")));
const mayHoldLabel = (lower: string, stems: LabelStems): boolean =>
  stems === undefined || containsAnyAtWordStart(lower, stems.atWordStart) || containsAny(lower, stems.anywhere);
export const FIELD_LABEL_GATES: readonly PatternGate[] = [
  { name: "pay-field", pattern: PAY_FIELD, mayMatch: (_text, lower) => mayHoldLabel(lower, PAY_LABEL_STEMS) },
  { name: "named-field", pattern: NAMED_FIELD, mayMatch: (_text, lower) => mayHoldLabel(lower, NAMED_FIELD_STEMS) },
];

function runPayFields(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, PAY_STEMS) || !FIELD_LABEL_GATES[0]!.mayMatch(text, lower)) return;
  PAY_FIELD.lastIndex = 0;
  let cache: PersonNearCache | undefined;
  for (let match = PAY_FIELD.exec(text); match !== null; match = PAY_FIELD.exec(text)) {
    const amount = match[1]!.trim();
    const start = match.index + match[0].length - match[1]!.length + (match[1]!.length - match[1]!.trimStart().length);
    cache ??= { verdicts: new Map() };
    const near = personNear(text, start, cache);
    if ((near.named || NAMED_FIELD.test(text)) && !near.publicContext) emit("financial", start, start + amount.length, "pay-field-amount", PRIORITY.contextual);
  }
}

function runAdjacentSecrets(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, ADJACENT_STEMS)) return;
  ADJACENT_WORD.lastIndex = 0;
  for (let match = ADJACENT_WORD.exec(text); match !== null; match = ADJACENT_WORD.exec(text)) {
    const value = match[1]!.replace(EDGE, "");
    if (value.length < 6 || !SECRET_LETTER.test(value) || !SECRET_MARK.test(value) || NOT_SECRET.test(value)) continue;
    if (PW_CUE.test(match[0]) && MEASUREMENT.test(value)) continue;
    if (KEY_EMOJI.test(match[0]) && !KEY_EMOJI_VALUE.test(value)) continue;
    const start = match.index + match[0].length - match[1]!.length;
    emit("password", start, start + value.length, "adjacent-secret", PRIORITY.contextual + 5);
  }
  if (!lower.includes("🔑") && !lower.includes("🔐")) return;
  KEY_EMOJI_SERVICE.lastIndex = 0;
  for (let match = KEY_EMOJI_SERVICE.exec(text); match !== null; match = KEY_EMOJI_SERVICE.exec(text)) {
    const value = match[1]!.replace(EDGE, "");
    if (value.length < 6 || !SECRET_LETTER.test(value) || !SECRET_MARK.test(value) || NOT_SECRET.test(value)) continue;
    if (!KEY_EMOJI_VALUE.test(value) || !LOWER_LETTER.test(value) || NAME_AND_VERSION.test(value)) continue;
    const start = match.index + match[0].length - match[1]!.length;
    emit("password", start, start + value.length, "adjacent-secret", PRIORITY.contextual + 5);
  }
}

function runCodeDigits(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, CODE_STEMS)) return;
  CODE_DIGITS.lastIndex = 0;
  for (let match = CODE_DIGITS.exec(text); match !== null; match = CODE_DIGITS.exec(text)) {
    const start = match.index + match[0].length - match[1]!.length;
    emit("password", start, start + match[1]!.length, "code-digits", PRIORITY.contextual);
  }
}

function runWordsBetweenSecrets(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, WORDS_BETWEEN_STEMS)) return;
  WORDS_BETWEEN_SECRET.lastIndex = 0;
  for (let match = WORDS_BETWEEN_SECRET.exec(text); match !== null; match = WORDS_BETWEEN_SECRET.exec(text)) {
    const value = match[2]!.replace(EDGE, "");
    const chosen = PIN_DIGITS.test(value) || (SECRET_LETTER.test(value) && SECRET_MARK.test(value) && !NOT_SECRET.test(value));
    if (!chosen) continue;
    const start = match.index + match[0].length - match[2]!.length;
    emit("password", start, start + value.length, "words-between-secret", PRIORITY.contextual + 5);
  }
}

/** "802.11ax", "2.4GHz": a standard or a band, not a key. */
const VERSION_LIKE = /\d\.\d/;

/** Answered by the scan's shared keyword pass (session 52: no `lower.includes` over the text). */
const WIFI_STEMS: readonly string[] = ["wifi", "wi-fi"];

function runWifiSecrets(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, WIFI_STEMS)) return;
  WIFI_SECRET.lastIndex = 0;
  for (let match = WIFI_SECRET.exec(text); match !== null; match = WIFI_SECRET.exec(text)) {
    const raw = match[1] ?? match[2]!;
    const value = raw.replace(EDGE, "");
    if (value.length < 6 || !SECRET_LETTER.test(value) || !SECRET_MARK.test(value) || NOT_SECRET.test(value) || VERSION_LIKE.test(value)) continue;
    const start = match.index + match[0].length - raw.length;
    emit("password", start, start + value.length, "wifi-secret", PRIORITY.contextual + 5);
  }
}

/** "DL: 412883907", "DL# …", "DL नंबर UP32 …": the abbreviation as a field label needs no driving word. */
const LABELLED_DL = /(?<![\p{L}\d])DL\s?(?:[:#]|नंबर|नम्बर)\s*([A-Z]{0,4}[ -]?\d[\dA-Z -]{5,16}?)(?![\dA-Za-z])/gu;
/** "2024-01" of "DL: 2024-01-05": the value stopped inside a date. */
const DATE_GOES_ON = /^[-/.]\d/;
const DATE_VALUE = /^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/;

function runLicenceInContext(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, LICENCE_STEMS)) return;
  LABELLED_DL.lastIndex = 0;
  for (let match = LABELLED_DL.exec(text); match !== null; match = LABELLED_DL.exec(text)) {
    const value = match[1]!.trimEnd();
    const start = match.index + match[0].length - match[1]!.length;
    if ((value.match(/\d/g)?.length ?? 0) < 6 || DATE_VALUE.test(value) || DATE_GOES_ON.test(text.slice(start + value.length, start + value.length + 2)))
      continue;
    emit("driver_license", start, start + value.length, "labelled-dl", PRIORITY.contextual);
  }
  LICENCE_WORD.lastIndex = 0;
  for (let match = LICENCE_WORD.exec(text); match !== null; match = LICENCE_WORD.exec(text)) {
    const value = match[1]!;
    if ((value.match(/\d/g)?.length ?? 0) < 6) continue;
    const start = match.index + match[0].length - value.length;
    // The value's own sentence: "lic. no." ends a sentence at its abbreviation's dot.
    if (!DRIVING_CONTEXT.test(text.slice(...sentenceAround(text, start)))) continue;
    emit("driver_license", start, start + value.length, "licence-in-context", PRIORITY.contextual);
  }
}

/**
 * A header line of a delimited export with a password column (password-manager and browser exports): a line (up to its
 * `\n`) with a cell that is the column's name — cells end at `,`, `;`, a tab, or a line break that is not `\n` (`\r`,
 * U+2028, U+2029), and a name cell may hold spaces and one quote each side. Read line by line, each line once: the
 * earlier single regex (`^[^\n]*(?:^|[,;\t])[ \t]*"?…"?[ \t]*(?:[,;\t]|$)[^\n]*$`, same lines) backtracked over every
 * blank run before a failed name, quadratic on `"password " + " \t".repeat(n)` (session 53).
 */
const PASSWORD_NAME_IN_LINE = /password|passwort|kennwort|mot de passe|contraseña|senha|wachtwoord|пароль|密码|密碼|パスワード|비밀번호/iu;
const HEADER_CELL_END = /[,;\t\r\u2028\u2029]/;
const PASSWORD_NAME_CELL = /^ *"?(?:password|passwort|kennwort|mot de passe|contraseña|senha|wachtwoord|пароль|密码|密碼|パスワード|비밀번호)"? *$/iu;

function isPasswordHeader(line: string): boolean {
  return PASSWORD_NAME_IN_LINE.test(line) && line.split(HEADER_CELL_END).some((cell) => PASSWORD_NAME_CELL.test(cell));
}
const PASSWORD_COLUMN = /^"?(?:password|passwort|kennwort|mot de passe|contraseña|senha|wachtwoord|пароль|密码|密碼|パスワード|비밀번호)"?$/iu;
const PASSWORD_COLUMN_STEMS = [
  "password",
  "passwort",
  "kennwort",
  "mot de passe",
  "contraseña",
  "senha",
  "wachtwoord",
  "пароль",
  "密码",
  "密碼",
  "パスワード",
  "비밀번호",
];
const PLAIN_WORD = /^\p{Ll}+$/u;
/** Placeholders, template variables (`<redacted>`, `${PASS}`, `{{PASSWORD}}`, `%PASSWORD%`) and masks: no chosen secret. */
const PLACEHOLDER_CELL = /^(?:<[^>]*>|\$\{[^}]*\}|\{\{[^}]*\}\}|%[A-Za-z_]\w*%|\*+|x+|-+|_+|null|none|n\/a|\.\.\.)$/i;

/** Each following line with as many cells as the header: the password column's cell (4–64 characters, no spaces). */
function runPasswordColumn(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, PASSWORD_COLUMN_STEMS)) return;
  let rowsReadUntil = -1;
  let rowsReadLayout = "";
  for (let headerStart = 0; headerStart <= text.length;) {
    const lineOf = headerStart;
    const newline = text.indexOf("\n", lineOf);
    const headerEnd = newline < 0 ? text.length : newline;
    const header = text.slice(lineOf, headerEnd);
    const lineStart = headerEnd + 1;
    headerStart = newline < 0 ? text.length + 1 : lineStart;
    if (!isPasswordHeader(header)) continue;
    const delimiter = [",", "\t", ";"].find((candidate) => header.includes(candidate));
    if (delimiter === undefined) continue;
    const names = header.split(delimiter).map((name) => name.trim());
    // A header names its columns: two or more, none of them a sentence.
    if (names.length < 2 || names.some((name) => name.length > 40)) continue;
    const column = names.findIndex((name) => PASSWORD_COLUMN.test(name));
    // A header line among the rows an earlier header read with the same delimiter, cell count and column reads a tail of
    // those rows again: nothing new, and a file of such lines would be read quadratically.
    const layout = `${delimiter}${names.length}:${column}`;
    if (lineOf < rowsReadUntil && layout === rowsReadLayout) continue;
    let rowStart = lineStart;
    while (rowStart < text.length) {
      const lineEnd = text.indexOf("\n", rowStart) < 0 ? text.length : text.indexOf("\n", rowStart);
      const cells = text.slice(rowStart, lineEnd).split(delimiter);
      if (cells.length !== names.length) break;
      const offset = cells.slice(0, column).reduce((sum, cell) => sum + cell.length + 1, 0);
      const cell = cells[column]!.replace(/^\s*"?|"?\s*$/g, "");
      const start = rowStart + offset + cells[column]!.indexOf(cell);
      // A chosen secret mixes in a digit, a symbol or a capital: "short" or "secret" in a test table is a fixture's word.
      // The column's own name in a cell ("비밀번호", "Passwort" in an import template's example row) is no value (session 41).
      const chosen = !PLACEHOLDER_CELL.test(cell) && !PLAIN_WORD.test(cell) && !PASSWORD_COLUMN.test(cell);
      if (cell.length >= 4 && cell.length <= 64 && !/\s/.test(cell) && chosen)
        emit("password", start, start + cell.length, "password-column-cell", PRIORITY.secret);
      rowStart = lineEnd + 1;
    }
    rowsReadUntil = rowStart;
    rowsReadLayout = layout;
  }
}

export const fieldValueDetectors: Detector[] = [
  { name: "pay-field-amount", run: runPayFields },
  { name: "adjacent-secret", run: runAdjacentSecrets },
  { name: "code-digits", run: runCodeDigits },
  { name: "licence-in-context", run: runLicenceInContext },
  { name: "password-column", run: runPasswordColumn },
  { name: "words-between-secret", run: runWordsBetweenSecrets },
  { name: "wifi-secret", run: runWifiSecrets },
];
