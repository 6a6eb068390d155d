/**
 * A named or identified private person's finances: salary, income, debts, loans, balances,
 * pensions, credit scores ("Marta Kowalska zarabia 12 500 zł", "张伟的月薪是2万元", "Tom Baker owes
 * £14,300 on his credit cards"). A finding needs, within one sentence-sized window: an amount (a
 * currency sign or word next to a number) or a credit score, a financial word near it, and a person
 * (a name, honorific or relation word + name, in any supported script). Anonymous self-disclosure
 * ("I earn $85k, how should I budget?"), aggregates ("the average salary is …") and public figures
 * or fictional characters are not reported. The span is the amount. Our own code: no JS library
 * reads financial statements about people; the cue lists are ordinary vocabulary of each language.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, caseInsensitiveStems, containsAny, containsAnyAtWordStart, requiredPrefixes, type PatternGate } from "../detector.js";
import { personAround, type PersonVerdict } from "./personal.js";
import { CaselessPattern } from "./caseless.js";
import { SCRIPT_PUBLIC_CUE, namedInScripts } from "./script-health.js";
import { personNear, type PersonNearCache } from "./person-near.js";
import { matchesAtDigitRunStart } from "../digit-runs.js";
import { addressedOrSelfNamed, type SelfNamedCache } from "./addressed-person.js";
import { refersToPerson, sentenceAround } from "./person-reference.js";
import { isRegexSpace } from "../regex-space.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const LOCAL_PATTERN_1 = /^[a-z]/;
const ABOUT_IDENTIFIED_PERSON_PATTERN_1 = /\b(?:meri|mere|mera|uska|uski|uske)\b/i;
/** The CJK amount units (no case: the lower-cased text holds them where the text does), answered by the scan's keyword pass. */
const CJK_AMOUNT_UNITS = ["万", "萬", "亿", "億", "만", "억"];
const RUN_FINANCIAL_PATTERN_2 = /[\s,.']+$/u;

const NUMBER = "\\d{1,2}(?:,\\d{2})+,\\d{3}(?:\\.\\d{1,2})?|\\d{1,3}(?:[,.' \\u00a0]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?";
const MAGNITUDE =
  "(?:\\s?(?:k|K|m|M|mn|bn|million|millions|billion|Mio\\.?|Mrd\\.?|mln|tys\\.?|тыс\\.?|млн|lakh|lakhs|crore|crores|mil|millones|milioni|juta|ribu|triệu|tỷ|万|千|億|만|억|लाख|करोड़)(?![A-Za-z\\u00c0-\\u024f\\u0400-\\u04ff]))?";
const PREFIX_CURRENCY =
  "(?:US\\$|CA\\$|AU\\$|A\\$|R\\$|HK\\$|S\\$|[$€£¥₹₽₩₺₫₴]|Rs\\.?|Rp\\.?|(?:USD|EUR|GBP|CHF|PLN|RUB|INR|JPY|CNY|RMB|KRW|AED|SAR|BRL|MXN|CAD|AUD)(?![A-Za-z]))";
const SUFFIX_CURRENCY =
  "(?:€|\\$|£|₽|₹|zł|złotych|zlotych|euros?|Euro|dollars?|francs?|reais|rupees?|dirhams?|riyals?|(?:USD|EUR|GBP|CHF|PLN|RUB|INR|JPY|CNY|RMB|KRW|AED|SAR|BRL|SEK|NOK|DKK)(?![A-Za-z])|руб(?:лей|ля|\\.)?|рублей|гривен|гривні|грн|TL|₺|lira|kronor|kroner|đồng|VND|₫|triệu|juta|lakhs?|crores?|元|人民币|円|원|रुपये|रुपए|درهم|ريال|kr)";
const AMOUNT_START = "(?<![A-Za-z0-9\\u00c0-\\u024f\\u0400-\\u04ff])";
const PREFIX_AMOUNT = `${PREFIX_CURRENCY}\\s?(?:${NUMBER})${MAGNITUDE}`;
const SUFFIX_AMOUNT = `(?:${NUMBER})${MAGNITUDE}\\s?${SUFFIX_CURRENCY}`;
export const AMOUNT = new RegExp(`${AMOUNT_START}(?:${PREFIX_AMOUNT}|${SUFFIX_AMOUNT})`, "gu");
/**
 * AMOUNT's second alternative alone, run instead of AMOUNT when its first alternative (a currency before
 * the number) cannot match: the same matches, at about a third of the cost (the first alternative starts
 * at every capital letter). PREFIX_BEFORE_DIGIT finds a digit right after a prefix currency (and a
 * space), which every match of the first alternative holds; it is tried only at the first digit of a
 * run after a character a currency may end with.
 */
const SUFFIX_ONLY_AMOUNT = new RegExp(`${AMOUNT_START}(?:${SUFFIX_AMOUNT})`, "gu");
const PREFIX_AMOUNT_PATTERN = new RegExp(`${AMOUNT_START}(?:${PREFIX_AMOUNT})`, "u");
const PREFIX_BEFORE_DIGIT = new RegExp(`\\d(?<=${PREFIX_CURRENCY}\\s?\\d)`, "u");
/**
 * A prefix currency ends with "$", a sign (not ASCII), a letter or "." (Rs.): the character before a
 * digit run's first digit, or before the one space there, must be one of those for PREFIX_BEFORE_DIGIT
 * to match there. (A digit inside a run follows a digit: never a match.)
 */
function currencyMayEndBefore(text: string, start: number): boolean {
  let before = start - 1;
  if (before >= 0 && isRegexSpace(text.charCodeAt(before))) before--;
  if (before < 0) return false;
  const code = text.charCodeAt(before);
  return code >= 0x80 || code === 36 || code === 46 || ((code | 32) >= 97 && (code | 32) <= 122);
}

/**
 * Every AMOUNT match holds a currency sign, code or word (lower-cased here). A prefix currency and a
 * suffix currency word follow no ASCII letter (the lookbehind; a digit, space or magnitude before a
 * suffix, and a Latin magnitude is never followed by a letter); a suffix sign may (`5k$`). None in
 * the text: AMOUNT is not run. Undefined when a literal cannot be derived (AMOUNT always runs).
 */
const PREFIX_STEMS = requiredPrefixes(PREFIX_CURRENCY)?.map((stem) => stem.toLowerCase());
const SUFFIX_STEMS = requiredPrefixes(SUFFIX_CURRENCY)?.map((stem) => stem.toLowerCase());
const CURRENCY_STEMS =
  PREFIX_STEMS && SUFFIX_STEMS
    ? {
        atWordStart: [...new Set([...PREFIX_STEMS, ...SUFFIX_STEMS.filter((stem) => /^[a-z]/.test(stem))])],
        anywhere: SUFFIX_STEMS.filter((stem) => !LOCAL_PATTERN_1.test(stem)),
      }
    : undefined;

const CREDIT_SCORE =
  /(?:credit score|credit rating|fico(?: score)?|(?:experian|equifax|transunion)\b[^\n\d]{0,20}?score|schufa(?:-score)?|cibil(?: score)?|score de crédit|puntaje de crédito|puntuación de crédito|punteggio di credito|scoring bik|score (?:(?:no|do|na) )?(?:serasa|spc|boa vista)|score(?=[^\n\d]{0,3}\d{3,4} (?:no|do|na) (?:serasa|spc|boa vista))|кредитн\p{L}{0,30} (?:рейтинг|истори\p{L}*)|信用分|信用评分|芝麻信用分?|信用スコア|신용점수|신용등급)[^\n\d]{0,28}?(\d{2,4}(?:[.,]\d)?%?)(?![\p{N}])/giu;
/** Lower-cased literals one of which every CREDIT_SCORE match (case-insensitive) holds. */
const CREDIT_SCORE_STEMS = caseInsensitiveStems(requiredPrefixes(CREDIT_SCORE.source));

/** Words that make an amount a statement about someone's finances, in every supported language. */
const FINANCIAL_CUE = new CaselessPattern(
  [
    "behind (?:on|with) (?:the |his |her |their )?(?:rent|payments?|mortgage|bills?)|owing|achterstand\\p{L}*|huurachterstand|betalingsregeling|salary|salaries|earns?|earning|makes|paycheck|payslip|pay stub|take[- ]home|wage|income|bonus|owes?|owed|debt|debts|loan|mortgage|arrears|overdue|balance|overdraft|savings|net worth|pension|bankrupt\\p{L}*|default(?:ed)?|garnish\\p{L}*|credit card|alimony|child support|inheritance|inherited",
    "gehalt|verdient|einkommen|lohn|schulden|schuldet|schulde|kredit|darlehen|hypothek|kontostand|rente|erspartes|privatinsolvenz|insolvenz",
    // Benefits, maintenance, overdrafts and bequests (session 45, dev-64): the money a person receives or is left.
    "(?<!\\p{L})(?:ssi|ssdi|snap|rsa|apl)(?!\\p{L})|overdrawn|a raise|pay rise|left (?:me|us|him|her|them)(?!\\p{L})|in (?:his|her|their) will",
    "bürgergeld|grundsicherung|wohngeld|unterhalt|dispo(?!\\p{L})|vererbt|geerbt|(?<!\\p{L})erbschaft|herencia|pensión alimenticia|herança|bolsa família|pensão|eredità|héritage|pension alimentaire|spadek|zasił(?:ek|ku|kiem|ki|ków)|alimen(?:ty|tów|tami|tach)",
    "salaire|gagne|revenus?|dettes?|doit|prêt|crédit|hypothèque|découvert|solde|retraite|épargne",
    "salario|sueldo|gana|ingresos|deudas?|debe|debo|debes|préstamo|hipoteca|saldo|pensión|nómina|ahorros|stipendio|guadagna|reddito|debiti|debito|deve|prestito|mutuo|pensione|risparmi",
    "salário|ganha|renda|dívidas?|empréstimo|financiamento|aposentadoria|poupança|salaris|verdient|inkomen|schulden?|lening|hypotheek|pensioen|spaargeld",
    "lön\\p{L}*|inkomst\\p{L}*|skuld\\p{L}*|lån\\p{L}*|bolån|tjänar|lønn\\p{L}*|gjeld\\p{L}*|tjener|gæld|maaş\\p{L}*|borç\\p{L}*|borc\\p{L}*|kredi\\p{L}*|gelir\\p{L}*|kazan\\p{L}*|lương|nợ|thu nhập|khoản vay|gaji|utang\\p{L}*|hutang\\p{L}*|pinjaman|penghasilan|cicilan|задолж\\p{L}*|заробля\\p{L}*|отриму\\p{L}*|борг\\p{L}*",
    "pensj\\p{L}*|zarabia|wynagrodzeni\\p{L}*|dochód|dochodu|dług\\p{L}*|zadłużeni\\p{L}*|kredyt\\p{L}*|pożyczk\\p{L}*|hipote\\p{L}*|emerytur\\p{L}*|oszczędności|zaległ\\p{L}*|winien|winna|winni|pożyczy\\p{L}*",
    "зарплат\\p{L}*|оклад\\p{L}*|получает|зарабатывает|доход\\p{L}*|долг\\p{L}*|задолженност\\p{L}*|кредит\\p{L}*|ипотек\\p{L}*|займ\\p{L}*|заём|остаток|баланс|пенси\\p{L}*|сбережени\\p{L}*|должен|должна",
    "工资|月薪|年薪|薪水|薪资|收入|欠|债务|负债|贷款|房贷|车贷|余额|存款|信用卡|年収|月収|給料|給与|借金|ローン|残高|貯金|負債|연봉|월급|급여|소득|빚|대출|부채|잔액|예금",
    "वेतन|तनख्वाह|तनख़्वाह|सैलरी|आय|कर्ज़|कर्ज|क़र्ज़|लोन|उधार|kamata|kamati|kamaata|karza|karz|udhaar|udhar|tankhwah|راتب\\p{L}*|دخل\\p{L}*|ديون|دين|قرض|رصيد|مديون\\p{L}*",
  ].join("|"),
  "u",
);

/**
 * Money moved to or from the person (session 37): transfers, refunds, deposits held for them, disputed charges. Weaker
 * than FINANCIAL_CUE (a shop's refund policy, a hotel's deposit and a lawyer's cap use the same words): see `movedMoneyTerms`.
 * Two words are money only by their neighbours: Russian перевод/перевед- is also a translation ("за перевод", "перевод
 * рассказа", "перевела на немецкий"; переводчик is a translator), Polish zwrot also a phrase or a turn ("zwrot
 * grzecznościowy", "zwrot akcji").
 */
const MOVEMENT_CUE = new CaselessPattern(
  [
    "deposit|refund\\p{L}*|reimburse\\p{L}*|chargeback|disputed|transferred|überweis\\p{L}*|erstatt\\p{L}*|rückzahlung|kaution|virement|rembours\\p{L}*|dépôt de garantie",
    "transferencia|transfiere|transferência|transfira|reembols\\p{L}*|bonifico|rimbors\\p{L}*|caparra|przelew\\p{L}*|przelej|przelać|kaucj\\p{L}*",
    "zwrot\\p{L}*(?!\\p{L})(?!\\s+(?:grzecznościow|frazeologiczn|idiomatyczn|retoryczn|potoczn|językow|akcji|ku\\s|w\\s(?:stron|kierunk|polityc|spraw)))",
    "overmaken|overboeking|terugbetal\\p{L}*|överför\\p{L}*|återbetal\\p{L}*|havale|переказ\\p{L}*|возврат\\p{L}*|повернен\\p{L}*",
    "(?<!за\\s)(?:перевед|перевод)(?!ч)\\p{L}*(?!\\p{L})(?!\\s+(?:(?:с|со|на)\\s+\\p{L}+(?:ск|цк)\\p{L}*|(?:рассказ|роман|книг|стих|текст|стат|пьес|поэм|повест|произведени|сказ|песн|фильм|письм)\\p{L}*))",
    "تحويل|استرداد|转账|轉賬|汇款|匯款|退款|押金|振込|振り込|返金|敷金|송금|환불|이체",
  ].join("|"),
  "u",
);

/**
 * A limit right before the amount ("refunds above $50", "jusqu'à 50 €", "bis zu 50 €", "свыше 500 рублей"): a rule's
 * threshold. Words that as often approximate one person's actual amount ("a refund of over $5,000", "more than", "plus
 * de", "mehr als", "ponad", "более") are not limits here.
 */
const THRESHOLD_BEFORE =
  /(?<![\p{L}])(?:above|below|up to|at most|exceeding|greater than|jusqu['’]à|au-delà de|supérieure? à|bis zu|hasta|superior a|fino a|powyżej|poniżej|свыше|не более|boven|upp till)\s*$/iu;
/** A cap or policy word before the amount ("est plafonné à un mois de loyer, soit 850 €", "maximum deposit of $500"). */
const CAP_BEFORE =
  /(?<![\p{L}])(?:maxim\p{L}*|minim\p{L}*|capped|caps?|limit\p{L}*|plafonn\p{L}*|plafond|höchst\p{L}*|obergrenze|tope|massim\p{L}*|maksymaln\p{L}*|лимит\p{L}*|максимальн\p{L}*|не более|не выше|policy|politique|richtlinie|política)(?![\p{L}])/iu;

/**
 * A sign-off line naming a person with a business role ("John Carter, Front Desk Manager", "Anna Berg – Kundenservice"),
 * or a name line with the role on the next line: the text is a business's message, its deposits and refunds its terms.
 */
const SIGNATURE_NAME = /^[ \t]*\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\.?)?[ \t]+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \t]*(?:[,|–—-][ \t]*(.{2,60}))?$/gmu;
const BUSINESS_ROLE =
  /manager|front desk|reception\p{L}*|concierge|customer (?:service|care|support|relations)|guest (?:services|relations)|support|team|billing|accounts|sales|officer|agent|representative|director|department|hotel|leasing|property|rezeption|empfang|kundenservice|buchhaltung|service client|comptabilité|recepción|atención al cliente|obsługa klienta|recepcja|администратор|менеджер|отдел/iu;

function businessSigned(text: string): boolean {
  SIGNATURE_NAME.lastIndex = 0;
  for (let match = SIGNATURE_NAME.exec(text); match !== null; match = SIGNATURE_NAME.exec(text)) {
    // The next line, read 60 characters at most (a text of many name lines reads each once).
    const next = match.index + match[0].length + 1;
    const role = match[1] ?? text.slice(next, next + 60).split("\n", 1)[0]!;
    if (BUSINESS_ROLE.test(role)) return true;
  }
  return false;
}

/** A name pair or a second-person word in the amount's sentence: the money is someone's, not the business's terms. */
const SOMEONE_IN_SENTENCE = /\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+|(?<![\p{L}])(?:[Yy]ou|[Yy]our|[Ii]hr\p{L}*|[Vv]otre|[Vv]os|[Ss]u)(?![\p{L}])/u;

/**
 * Money moved by a rule rather than for a person: a threshold or cap before the amount ("approves refunds above $50", "le
 * dépôt de garantie est plafonné à 1 200 €"), or a business's message (a role in its signature) whose amount's sentence
 * names nobody ("A deposit of $200 is charged at check-in. … John Carter, Front Desk Manager"). Only for amounts whose
 * cue is a money-movement word (FINANCIAL_CUE's debts and salaries stay personal over a threshold: "owes over £14,300").
 */
function movedMoneyTerms(state: ScanState, start: number, before: string): boolean {
  if (THRESHOLD_BEFORE.test(before) || CAP_BEFORE.test(before)) return true;
  if (!(state.businessSigned ??= businessSigned(state.text))) return false;
  const text = state.text;
  const [from] = sentenceAround(text, start);
  // The sentence up to the amount and a little after it (sentenceAround's end may reach the signature).
  return !SOMEONE_IN_SENTENCE.test(text.slice(from, Math.min(text.length, start + 60)).split("\n", 1)[0]!);
}

export const FINANCIAL_GATES: readonly PatternGate[] = [
  {
    name: "amount",
    pattern: AMOUNT,
    mayMatch: (_text, lower) =>
      CURRENCY_STEMS === undefined || containsAnyAtWordStart(lower, CURRENCY_STEMS.atWordStart) || containsAny(lower, CURRENCY_STEMS.anywhere),
  },
  { name: "credit-score", pattern: CREDIT_SCORE, mayMatch: (_text, lower) => CREDIT_SCORE_STEMS === undefined || containsAny(lower, CREDIT_SCORE_STEMS) },
  {
    name: "amount-currency-first",
    pattern: PREFIX_AMOUNT_PATTERN,
    mayMatch: (text) => matchesAtDigitRunStart(text, PREFIX_BEFORE_DIGIT, currencyMayEndBefore),
  },
];

/** Aggregates and general questions: "the average salary", "median income", "per capita". */
const AGGREGATE_CUE =
  /average|median|typical|per capita|on average|starting salaries|salary range|market rate|durchschnitt\p{L}*|moyen\p{L}*|promedio|media (?:de|del)|medio|średni\p{L}*|средн\p{L}*|平均|中位数|평균|औसत|متوسط/iu;

const SCRIPT_HINT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Devanagari}\p{Script=Arabic}]/u;

function scriptPersonNear(text: string, start: number, end: number): boolean {
  const window = text.slice(Math.max(0, start - 80), Math.min(text.length, end + 40));
  return namedInScripts(window) && !SCRIPT_PUBLIC_CUE.test(window);
}

/**
 * Arithmetic word problems ("Mark has $50 in his bank account. He earns $10 per day … how many
 * days …?") are invented: a maths question with three or more numbers, unless a relation word or a
 * `Name:` label says the person is real.
 */
const MATHS_QUESTION =
  /\b(?:how (?:much|many|long|old)|what (?:is|was) the (?:total|amount|difference|sum|average)|calculate|compute|find the|in total|altogether|per cent|percent)\b|[%=]|combien|wie viel|cuánto|quanto|(?<![\p{L}])ile(?![\p{L}])|сколько|多少|いくら|얼마/iu;

/** Exam and textbook questions: multiple-choice options, "which of the following", company officers. */
const EXAM_CUE =
  /which of the following|\boptions?\s*:|answer choices|(?:^|\s)\(?[A-D][.)]\s+\$?\d|\b(?:ceo|cfo|chief executive|company [A-Z]|corp\.|inc\.)\b/im;

function wordProblem(text: string): boolean {
  if (EXAM_CUE.test(text)) return true;
  if (!MATHS_QUESTION.test(text)) return false;
  let numbers = 0;
  for (const _ of text.matchAll(/\d+(?:[.,]\d+)*/g)) if (++numbers >= 3) return true;
  return false;
}

/** Per scan: whether the whole text is a word problem is computed once (it reads the whole text). */
interface ScanState {
  text: string;
  wordProblem?: boolean;
  people: Map<string, PersonVerdict>;
  near?: PersonNearCache;
  self: SelfNamedCache;
  businessSigned?: boolean;
}

/** A capitalised given name (and surname) right before the Hinglish possessive and a money word (session 40, dev-38). */
const HINGLISH_POSSESSOR =
  /(?<![\p{L}])\p{Lu}\p{Ll}{2,}(?:[ \t]\p{Lu}\p{Ll}{2,})?[ \t](?:ki|ka|ke)[ \t](?:salary|tankhwah|income|loan|emi|karza|karz|udhaar|udhar|credit card|savings|pension|kamai|ctc|package)(?![\p{L}])/u;

/** The writer in English first person (capital "I" only, as a word). */
const WRITER = /(?<![\p{L}'’])(?:me|my|I|I['’]m|I['’]ve|mine)(?![\p{L}'’])/u;

function aboutIdentifiedPerson(state: ScanState, start: number, end: number): boolean {
  const text = state.text;
  const person = personAround(text, start, state.people);
  if (person.publicContext) return false;
  if (person.fullName) return person.relation || !(state.wordProblem ??= wordProblem(text));
  const window = text.slice(Math.max(0, start - 80), end + 40);
  // A lone given name with the writer beside it ("Tyler just told me his bonus was $40k", "Priyanka in accounts makes 92k
  // and I'm on 74"): the writer's acquaintance, not a word problem's character (those are asked as maths questions).
  if (person.found && WRITER.test(window) && !(state.wordProblem ??= wordProblem(text))) return true;
  // Hinglish possessive: a capitalised name before "ki/ka/ke" and the money word ("Anjali ki salary", "Rohit ka loan").
  if (HINGLISH_POSSESSOR.test(window) && !(state.wordProblem ??= wordProblem(text))) return true;
  if (SCRIPT_HINT.test(window) || ABOUT_IDENTIFIED_PERSON_PATTERN_1.test(window)) return scriptPersonNear(text, start, end);
  // A relation word or honorific before a given name ("my roommate Jake owes", "Szwagier Tomek jest mi winien",
  // "Pak Agus"), or a record's name label: a named private person, unless the text is a word problem.
  if (personNear(text, start, (state.near ??= { verdicts: new Map() })).byCue === true) return !(state.wordProblem ??= wordProblem(text));
  // The named addressee's money ("Ryan, … your salary"), or the writer's own when they name themselves ("soy Rubén … Debo").
  return addressedOrSelfNamed(text, start, end, state.self) && !(state.wordProblem ??= wordProblem(text));
}

/**
 * A pay period right after the amount ("he's on £70,000 a year", "60k per annum", "18.5 LPA", "€48k p.a."): a yearly
 * amount is an income (session 40, dev-38). A monthly or hourly one is as often a price ("£50 a month for the gym").
 */
const YEARLY_AFTER = /^[ \t]*(?:(?:a|per|\/)[ \t]?(?:year|yr|annum)|p\.a\.|pa|lpa|annually|yearly)(?![\p{L}])/iu;
/**
 * A pay band or an advert, where a yearly amount is a post's and nobody's: a range ("£37,338–£44,962 per annum", "60k to
 * 70k a year") or a hiring word in the text.
 */
const RANGE_BEFORE = /\d[kK]?[ \t]*(?:[-–—]|to|bis|à|a|hasta)[ \t]*$/u;
const JOB_AD =
  /(?<![\p{L}])(?:job ad\p{L}*|vacanc\p{L}*|applicants?|hiring|we(?:'re| are) looking for|recruit\p{L}*|pay band|salary band|band \d|position|role offers|stellenanzeige|offre d'emploi|oferta de empleo)(?![\p{L}])/iu;

function yearlyCueOnly(text: string, start: number, end: number): boolean {
  if (!YEARLY_AFTER.test(text.slice(end, end + 40))) return false;
  return !RANGE_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && !JOB_AD.test(text.slice(0, 4000));
}

function report(state: ScanState, emit: Emit, start: number, end: number, rule: string): void {
  const text = state.text;
  const before = text.slice(Math.max(0, start - 70), start);
  const after = text.slice(end, Math.min(text.length, end + 40));
  if (!FINANCIAL_CUE.test(before) && !FINANCIAL_CUE.test(after) && !yearlyCueOnly(text, start, end)) {
    if (!MOVEMENT_CUE.test(before) && !MOVEMENT_CUE.test(after)) return;
    if (movedMoneyTerms(state, start, before)) return;
  }
  if (AGGREGATE_CUE.test(before.slice(-45))) return;
  if (!aboutIdentifiedPerson(state, start, end)) return;
  emit("financial", start, end, rule, PRIORITY.contextual);
}

/**
 * An amount without a currency right after an earning or debt word: "earns 95k", "salary 45k", "1.2 lakh pending",
 * "annual income 68000", "existing debts 14000" (a magnitude, a thousands group or four to nine digits; no date, no
 * percentage). The word is the cue; the person test of `report` still decides.
 */
const BARE_AMOUNT =
  /(?<![\p{L}])(?:earns?|earning|makes|salary|income|debts?|owes|loan|verdient|gehalt|gagne|salaire|gana|sueldo|salario|guadagna|stipendio|ganha|zarabia|kamata\p{L}*|kamaata\p{L}*)(?:\s+(?:is|of|about|around|nearly|almost|hai|ist|est|es|de|di|ka|ki))?[\s:~]+(\d{1,3}(?:[.,]\d)?\s?(?:k|K|lakhs?|lacs?|crores?|Mio\.?)(?![\p{L}\p{N}])|\d{1,3}(?:,\d{3})+(?![\p{N}%/.-])|\d{4,9}(?![\p{N}%/.-]))/giu;
/** Every BARE_AMOUNT match holds one of these words (lower-case). */
const BARE_AMOUNT_STEMS = [
  "earn",
  "make",
  "salar",
  "income",
  "debt",
  "owes",
  "loan",
  "verdient",
  "gehalt",
  "gagne",
  "gana",
  "sueldo",
  "guadagna",
  "stipendio",
  "ganha",
  "zarabia",
  "kama",
];
/**
 * A shorthand amount with its pay period and no currency (session 40, dev-38): "on 70k a year", "45k per month", "18.5
 * LPA", "1.2 lakh per month". The period is the cue; the person test of `report` decides. Digit first, then the look-behind
 * on the character before it (fewer starts tried, as DIGIT_RUN in numbers.ts).
 */
const PERIOD_AMOUNT =
  /(\d(?<![\p{L}\p{N}$£€₹.,]\d)\d{0,2}(?:[.,]\d{1,2})?(?:[ \t]?(k|K|lakhs?|lacs?)(?![\p{L}\p{N}]))?)[ \t]{0,2}(?:(?:a|per|\/)[ \t]?(?:year|yr|annum|month|mo)|p\.a\.|(LPA)|monthly|yearly|annually)(?![\p{L}])/gu;
const PERIOD_STEMS = ["year", "annum", "month", "lpa", "/yr", "/mo", "p.a.", "annually"];

/** A year after the word ("income 2024", "salary 2023/24") is no amount. */
const YEAR = /^(?:19|20)\d{2}$/;

/** Chinese, Japanese and Korean amounts without a currency word ("1万2", "5万", "300만"): money in every context a cue allows. */
const CJK_AMOUNT = /(?<![\p{N}.])\d+(?:\.\d+)?(?:万|萬|亿|億|만|억)\d?(?![\p{N}])/gu;

function runFinancial(text: string, emit: Emit, lower: string): void {
  const state: ScanState = { text, people: new Map(), self: {} };
  if (containsAny(lower, CJK_AMOUNT_UNITS)) {
    CJK_AMOUNT.lastIndex = 0;
    for (let match = CJK_AMOUNT.exec(text); match !== null; match = CJK_AMOUNT.exec(text))
      report(state, emit, match.index, match.index + match[0].length, "named-person-amount");
  }
  const amounts = FINANCIAL_GATES[0]!.mayMatch(text, lower);
  const amount = amounts && !FINANCIAL_GATES[2]!.mayMatch(text, lower) ? SUFFIX_ONLY_AMOUNT : AMOUNT;
  amount.lastIndex = 0;
  for (let match = amounts ? amount.exec(text) : null; match !== null; match = amount.exec(text)) {
    const value = match[0].replace(RUN_FINANCIAL_PATTERN_2, "");
    report(state, emit, match.index, match.index + value.length, "named-person-amount");
  }
  if (containsAny(lower, BARE_AMOUNT_STEMS)) {
    BARE_AMOUNT.lastIndex = 0;
    for (let match = BARE_AMOUNT.exec(text); match !== null; match = BARE_AMOUNT.exec(text)) {
      if (YEAR.test(match[1]!)) continue;
      const start = match.index + match[0].length - match[1]!.length;
      report(state, emit, start, start + match[1]!.length, "named-person-bare-amount");
    }
  }
  if (containsAny(lower, PERIOD_STEMS)) {
    PERIOD_AMOUNT.lastIndex = 0;
    for (let match = PERIOD_AMOUNT.exec(text); match !== null; match = PERIOD_AMOUNT.exec(text)) {
      // A shorthand (k, lakh) or "LPA" makes the bare number an amount ("45k per month", "18.5 LPA"; not "3 a month").
      if (match[2] === undefined && match[3] === undefined) continue;
      const end = match.index + match[1]!.length;
      if (!FINANCIAL_CUE.test(text.slice(Math.max(0, match.index - 70), match.index)) && !yearlyCueOnly(text, match.index, end)) {
        // A monthly shorthand needs an earning or debt word before it ("salary 45k per month"), as BARE_AMOUNT does.
        continue;
      }
      report(state, emit, match.index, end, "named-person-period-amount");
    }
  }
  runInsolvency(state, emit, lower);
  CREDIT_SCORE.lastIndex = 0;
  const scores = FINANCIAL_GATES[1]!.mayMatch(text, lower);
  for (let match = scores ? CREDIT_SCORE.exec(text) : null; match !== null; match = CREDIT_SCORE.exec(text)) {
    const start = match.index + match[0].length - match[1]!.length;
    if (aboutIdentifiedPerson(state, start, start + match[1]!.length))
      emit("financial", start, start + match[1]!.length, "named-person-credit-score", PRIORITY.contextual);
  }
}

/**
 * A personal insolvency without an amount (session 45, dev-64): "my uncle Raymond filed Chapter 7", "Gail was declared
 * bankrupt", "Moja siostra Ewa ogłosiła upadłość konsumencką", "ist in der Privatinsolvenz", "自己破産". Chapter 11 (a
 * company's reorganisation) is left out, and a company word in the sentence makes it a company's. The span is the event;
 * a relation word before a name (person-near.ts) or the person test of `aboutIdentifiedPerson` decides.
 */
const INSOLVENCY_EVENT =
  /(?<![\p{L}])(?:fil(?:ed|es|ing) (?:for )?(?:chapter (?:7|13)|bankruptcy)|declared (?:himself |herself )?bankrupt|went bankrupt|ogłosił[ao]? upadłość(?: konsumencką)?|in der privatinsolvenz|se declaró en (?:quiebra|concurso)|en faillite personnelle|自己破産)/giu;
const INSOLVENCY_STEMS = ["chapter", "bankrupt", "upadłość", "privatinsolvenz", "se declaró en", "faillite personnelle", "自己破産"];
const COMPANY_WORD = /(?<![\p{L}])(?:inc|corp|ltd|llc|gmbh|company|companies|airlines?|brothers|group|firm|retailer|chain|bank)(?![\p{L}])|社|会社/iu;

/** "film" and "movie" as a trade ("a film star", "a movie director") are no story the sentence tells (session 56). */
const FICTION_WORD =
  /(?<![\p{L}])(?:novel|story|book|(?:film|movie)(?![ -](?:stars?|actor|actress|director|producer|critic|buff|fan|school|student|crew|industry)(?![\p{L}]))|series|episode|character|fiction\p{L}*|roman|romans|novela|película|romanzo|powieść|serial)(?![\p{L}])|小説|漫画|ドラマ/iu;

/**
 * Session 45 review: a year before 1950 in the sentence ("Mark Twain went bankrupt in 1894") makes a named person's
 * insolvency history, not a living private person's; a relation word ("my grandfather … in 1932") still counts.
 */
const HISTORICAL_YEAR = /(?<![\p{N}])1[0-8]\d\d(?![\p{N}])|(?<![\p{N}])19[0-4]\d(?![\p{N}])/u;

function runInsolvency(state: ScanState, emit: Emit, lower: string): void {
  if (!containsAny(lower, INSOLVENCY_STEMS)) return;
  const text = state.text;
  INSOLVENCY_EVENT.lastIndex = 0;
  for (let match = INSOLVENCY_EVENT.exec(text); match !== null; match = INSOLVENCY_EVENT.exec(text)) {
    const end = match.index + match[0].length;
    if (COMPANY_WORD.test(text.slice(...sentenceAround(text, match.index)))) continue;
    // A relation word before a name in the sentence ("my uncle Raymond") first: personal.ts reads "chapter" as a book's
    // (a fiction cue), so the fiction words are checked here on the sentence instead.
    const sentence = text.slice(...sentenceAround(text, match.index));
    const related = refersToPerson(sentence) && !FICTION_WORD.test(sentence) && !(state.wordProblem ??= wordProblem(text));
    if (related || (!HISTORICAL_YEAR.test(sentence) && aboutIdentifiedPerson(state, match.index, end)))
      emit("financial", match.index, end, "named-person-insolvency", PRIORITY.contextual);
  }
}

export const financialDetectors: Detector[] = [{ name: "financial", run: runFinancial }];
