/**
 * A named private person's money written in words (session 39, dev-36): "Daniel Kerr: base salary of seventy-eight
 * thousand pounds per annum", "my friend Chloe … she's on ninety grand a year", "Mein Bruder Felix bekommt
 * dreitausendvierhundert Euro netto im Monat", "trentamila euro l'anno", "vierenvijftigduizend euro per jaar",
 * "osiem tysięcy złotych", "восемьдесят тысяч рублей в месяц", "otuz beş bin lira". The amount is a run of number
 * words (en, fr, es, pt, pl, ru, tr) with a thousand or million word in it, or one compound number word holding
 * tausend / duizend / mila (de, nl, it). A finding needs money evidence — a currency or a period ("a year", "im
 * Monat", "al año", "в месяц") right after it (only spaces or "de" between: "one thousand units per month" counts
 * units, session 39 review), a period before it ("ayda"), or a money word within 100
 * characters before it (money-near-person.ts's list) — and a named private person near it (person-near.ts) or a
 * relation word with a name in the sentence (person-reference.ts), as for amounts in digits. Surveys, adverts,
 * minimum wages and textbook exercises name nobody. The span is the amount with a currency word right after it.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { personNear, type PersonNearCache } from "./person-near.js";
import { refersToPerson, sentenceAround } from "./person-reference.js";
import { EXERCISE_LABEL, MONEY_WORDS } from "./money-near-person.js";

/** Number words below a thousand that stand as separate words (en, fr, es, pt, pl, ru, tr), lower-case. */
const UNIT_WORDS = [
  // en
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred",
  // fr
  "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|vingts|trente|quarante|cinquante|soixante|cent|cents",
  // es
  "uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciséis|diecisiete|dieciocho|diecinueve|veinte|veintiuno|veintiún|veintidós|veintitrés|veinticuatro|veinticinco|veintiséis|veintisiete|veintiocho|veintinueve|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|doscientos|trescientos|cuatrocientos|quinientos|seiscientos|setecientos|ochocientos|novecientos",
  // pt
  "um|dois|duas|três|quatro|sete|oito|nove|dez|onze|doze|treze|catorze|quatorze|quinze|dezesseis|dezasseis|dezessete|dezassete|dezoito|dezenove|dezanove|vinte|trinta|quarenta|cinquenta|sessenta|oitenta|cem|cento|duzentos|trezentos|quatrocentos|quinhentos|seiscentos|setecentos|oitocentos|novecentos",
  // pl
  "jeden|jedna|dwa|dwie|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć|jedenaście|dwanaście|trzynaście|czternaście|piętnaście|szesnaście|siedemnaście|osiemnaście|dziewiętnaście|dwadzieścia|trzydzieści|czterdzieści|pięćdziesiąt|sześćdziesiąt|siedemdziesiąt|osiemdziesiąt|dziewięćdziesiąt|sto|dwieście|trzysta|czterysta|pięćset|sześćset|siedemset|osiemset|dziewięćset",
  // ru
  "один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать|двенадцать|тринадцать|четырнадцать|пятнадцать|шестнадцать|семнадцать|восемнадцать|девятнадцать|двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто|сто|двести|триста|четыреста|пятьсот|шестьсот|семьсот|восемьсот|девятьсот",
  // tr
  "bir|iki|üç|dört|beş|altı|yedi|sekiz|dokuz|yirmi|otuz|kırk|elli|altmış|yetmiş|seksen|doksan|yüz",
].join("|");
/** Thousand and million words that stand as separate words. */
const MAGNITUDE_WORDS =
  "thousand|grand|million|millions|mille|millions?|mil|millón|millones|milhão|milhões|tysiąc|tysiące|tysięcy|milion|miliony|milionów|тысяча|тысячи|тысяч|миллион|миллиона|миллионов|bin|milyon|tausend|millionen|duizend|miljoen";
/** Joiners between number words: "forty-two", "treinta y dos", "quatro mil e quinhentos", "twenty thousand and fifty". */
const JOIN = "(?:[ \\t-]+(?:(?:and|y|e|et|und|en|i|и)[ \\t]+)?)";
/** The morphemes that German, Dutch and Italian write together in one word before or after their thousand. */
const COMPOUND_MORPHEMES =
  "ein|eine|eins|zwei|drei|vier|fünf|sechs|sieben|sieb|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|und|een|twee|vier|vijf|zes|zeven|negen|tien|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd|en|ën|uno|un|due|tre|tré|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|tredici|quattordici|quindici|sedici|diciassette|diciotto|diciannove|venti|vent|trenta|trent|quaranta|quarant|cinquanta|cinquant|sessanta|sessant|settanta|settant|ottanta|ottant|novanta|novant|cento";
const COMPOUND = `(?:${COMPOUND_MORPHEMES}){1,8}(?:tausend|duizend|mila)(?:${COMPOUND_MORPHEMES}){0,8}`;
/**
 * Separate words: one to six number words, a thousand or million word, then up to six more ("seventy-eight thousand",
 * "quatro mil e quinhentos", "otuz beş bin"); or one compound word. Every repetition is bounded and every word ends at
 * a non-letter, so a match attempt reads a bounded stretch from a word start (linear-time test in
 * test/unit/privacy-linear-time.test.ts).
 */
const WORD_END = "(?![\\p{L}\\p{N}])";
const UNIT = `(?:${UNIT_WORDS})${WORD_END}`;
const MAGNITUDE = `(?:${MAGNITUDE_WORDS})${WORD_END}`;
/** "a" leads an amount ("a thousand", "a hundred and twenty thousand") but never follows a thousand ("grand a year"). */
const LEAD = `(?:${UNIT_WORDS}|a)${WORD_END}`;
/** Digits before a thousand or million word ("70 thousand a year", "1.2 million": session 39 review). */
const DIGIT_LEAD = "\\d{1,3}(?:[.,]\\d{1,2})?[ \\t]";
export const WORDED_AMOUNT = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?<![.,])${DIGIT_LEAD}${MAGNITUDE}|(?:${LEAD}${JOIN}){0,5}${LEAD}${JOIN}${MAGNITUDE}(?:${JOIN}(?:${UNIT}|${MAGNITUDE})){0,6}|${COMPOUND}${WORD_END})`,
  "gu",
);
/** A currency or a pay period after the amount, in the same sentence (lower-case). */
const AFTER =
  /(?<![\p{L}])(?:euros?|eur|€|dollars?|bucks|pounds?|quid|sterling|£|\$|francs?|reais|real|rubl\p{L}*|рубл\p{L}*|руб|złot\p{L}*|zł|lira|liras?|tl|₺|kronor|kroner|a year|per year|a month|per month|per annum|p\.a\.|an hour|per hour|yearly|annually|monthly|gross|net|jahr\p{L}*|monat\p{L}*|jährlich|monatlich|brutto|netto|par an|par mois|l'an|annuels?|mensuels?|all'anno|l'anno|al mese|annui|mensili|al año|al mes|anuales|mensuales|por año|por mes|por ano|por mês|ao ano|ao mês|anuais|mensais|per jaar|per maand|bruto|rocznie|miesięcznie|na rękę|в месяц|в год|ежемесячно|в час|ayda|yılda|aylık|yıllık|maaş\p{L}*)(?![\p{L}])/u;
/** A currency word right after the amount belongs to its span ("seventy-eight thousand pounds"). */
const CURRENCY_NEXT =
  /^[ \t]?(?:(?:euros?|eur|dollars?|pounds?|quid|francs?|reais|rubl\p{L}*|рубл\p{L}*|złot\p{L}*|zł|lira|liras?|kronor|kroner)(?![\p{L}])|[€£$₺])/u;
/** A pay period before the amount ("ayda otuz beş bin lira", "monthly forty thousand"), lower-case. */
const BEFORE =
  /(?<![\p{L}])(?:ayda|yılda|aylık|yıllık|monthly|yearly|annual|jährlich|monatlich|mensuel|anual|mensual|mensal|rocznie|miesięcznie|ежемесячно)(?![\p{L}])[^.!?\n]{0,12}$/u;

/** The magnitude stems, answered by the scan's one keyword pass before any pattern runs. */
const STEMS = ["thousand", "grand", "million", "mille", "mil", "tysi", "тысяч", "миллион", "bin", "milyon", "tausend", "duizend", "miljoen", "mila"];

/** Only spaces (or a "de", "di", "of") between the amount and its currency or period (session 39 review). */
const BETWEEN = /^[ \t]*(?:(?:de|di|of|d'|в)[ \t]+)?$/u;

function moneyEvidence(text: string, lower: string, start: number, end: number, currency: boolean): boolean {
  if (currency) return true;
  const [, sentenceEnd] = sentenceAround(text, end);
  // The currency or period right after the amount: "one thousand units per month" counts units, not pay.
  const after = lower.slice(end, Math.min(sentenceEnd, end + 40));
  const period = AFTER.exec(after);
  if (period && BETWEEN.test(after.slice(0, period.index))) return true;
  if (BEFORE.test(lower.slice(Math.max(0, start - 40), start))) return true;
  return MONEY_WORDS.test(lower.slice(Math.max(0, start - 100), start));
}

function runMoneyWords(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, STEMS)) return;
  if (EXERCISE_LABEL.test(text) && /[?？]/.test(text)) return;
  WORDED_AMOUNT.lastIndex = 0;
  let cache: PersonNearCache | undefined;
  for (let match = WORDED_AMOUNT.exec(lower); match !== null; match = WORDED_AMOUNT.exec(lower)) {
    const start = match.index;
    const currency = CURRENCY_NEXT.exec(lower.slice(start + match[0].length, start + match[0].length + 12))?.[0].length ?? 0;
    const end = start + match[0].length + currency;
    if (!moneyEvidence(text, lower, start, end, currency > 0)) continue;
    cache ??= { verdicts: new Map() };
    const near = personNear(text, start, cache);
    if (near.publicContext) continue;
    if (near.named || refersToPerson(text.slice(...sentenceAround(text, start))))
      emit("financial", start, end, "named-person-money-words", PRIORITY.contextual - 1);
  }
}

/**
 * Amounts in the number words of Chinese, Japanese, Korean, Hindi and Arabic (session 40, dev-38): "两万三千块",
 * "六百五十万円", "사천오백만 원", "이억", "पचास हज़ार रुपये", "तीन लाख", "اثنا عشر ألف ريال", "مئة وخمسين ألفاً". A run of the
 * script's number words holding a thousand, ten-thousand, lakh or million word; a finding needs a currency right after
 * it or a money word (money-near-person.ts's list) at most 12 characters before it, and a named private person near it,
 * as for the other languages. Every repetition is bounded (linear-time test). Digits may stand for the number words
 * ("4천5백만 원", "2万3千元": session 40 review), so the span holds the whole amount, not its last part.
 */
const HAN_DIGITS = "一二两兩三四五六七八九十百千";
const HAN_AMOUNT = `[0-9${HAN_DIGITS}]{0,8}[万萬亿億千][0-9${HAN_DIGITS}万萬亿億]{0,8}`;
const HANGUL_AMOUNT = "[0-9일이삼사오육칠팔구십백천]{0,8}[만억천][0-9일이삼사오육칠팔구십백천만억]{0,8}";
const HINDI_UNITS = "एक|दो|तीन|चार|पांच|पाँच|छह|छः|सात|आठ|नौ|दस|ग्यारह|बारह|पंद्रह|बीस|पच्चीस|तीस|पैंतीस|चालीस|पैंतालीस|पचास|साठ|सत्तर|पचहत्तर|अस्सी|नब्बे|सौ|डेढ़|ढाई|साढ़े";
const HINDI_MAGNITUDES = "हज़ार|हजार|लाख|करोड़|करोड";
const HINDI_AMOUNT = `(?:(?:${HINDI_UNITS}) ){0,3}(?:${HINDI_MAGNITUDES})(?: (?:${HINDI_UNITS}|${HINDI_MAGNITUDES})){0,4}`;
const ARABIC_UNITS =
  "واحد|اثنا|اثني|اثنان|اثنين|ثلاثة|ثلاث|أربعة|أربع|خمسة|خمس|ستة|ست|سبعة|سبع|ثمانية|ثماني|ثمان|تسعة|تسع|عشرة|عشر|عشرون|عشرين|ثلاثون|ثلاثين|أربعون|أربعين|خمسون|خمسين|ستون|ستين|سبعون|سبعين|ثمانون|ثمانين|تسعون|تسعين|مئة|مائة|مئتا|مئتي|مئتين|ثلاثمئة|خمسمئة";
const ARABIC_MAGNITUDES = "ألفاً|ألفا|ألف|الف|آلاف|مليونا|مليون|ملايين";
const ARABIC_AMOUNT = `(?:و?(?:${ARABIC_UNITS}) ){0,4}و?(?:${ARABIC_MAGNITUDES})(?: و?(?:${ARABIC_UNITS}|${ARABIC_MAGNITUDES})){0,4}`;
export const SCRIPT_WORDED_AMOUNT = new RegExp(
  `(?<![0-9,.${HAN_DIGITS}万萬亿億])${HAN_AMOUNT}(?![0-9${HAN_DIGITS}万萬亿億])|(?<![0-9,.가-힣])${HANGUL_AMOUNT}(?![0-9일이삼사오육칠팔구십백천만억])|(?<![\u0900-\u097f])${HINDI_AMOUNT}(?![\u0900-\u097f])|(?<![\p{Script=Arabic}])${ARABIC_AMOUNT}(?![\p{Script=Arabic}])`,
  "gu",
);
/** A currency right after the amount (its span's end). */
const SCRIPT_CURRENCY_NEXT = /^\s?(?:块钱|块|元|圆|人民币|円|日元|원|रुपये|रुपए|रुपया|रु\.?|ريال|ريالاً|درهم|دينار|جنيه|ليرة)/u;
/** A money word right before the amount ("月薪是", "年収は", "연봉이", "전세대출", "की तनख्वाह", "راتب … "). */
const SCRIPT_MONEY_BEFORE =
  /(?:月薪|年薪|工资|工資|薪水|收入|房贷|房貸|贷款|貸款|欠|余额|餘額|存款|年収|月収|給料|給与|残高|ローン|借金|연봉|월급|급여|대출|빚|잔액|예금|보증금|तनख्वाह|तनख़्वाह|वेतन|सैलरी|आय|कर्ज़|कर्ज|लोन|उधार|راتب|قرض|دين|رصيد|ديون)[^\n]{0,12}$/u;
/** A money word right after the amount ("तीन लाख का लोन", "八十万の借金", "이억 대출"). */
const SCRIPT_MONEY_AFTER = /^\s?(?:का|की|के)?\s?(?:लोन|कर्ज़|कर्ज|उधार|बकाया)|^\s?の?(?:借金|ローン)|^\s?(?:的)?(?:贷款|房贷|欠款|债务)|^\s?(?:의\s)?(?:대출|빚)/u;
const SCRIPT_MAGNITUDE_STEMS = ["万", "萬", "亿", "億", "千", "만", "억", "천", "हज़ार", "हजार", "लाख", "करोड", "ألف", "الف", "آلاف", "مليون", "ملايين"];

function runScriptMoneyWords(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, SCRIPT_MAGNITUDE_STEMS)) return;
  SCRIPT_WORDED_AMOUNT.lastIndex = 0;
  let cache: PersonNearCache | undefined;
  for (let match = SCRIPT_WORDED_AMOUNT.exec(text); match !== null; match = SCRIPT_WORDED_AMOUNT.exec(text)) {
    // A lone magnitude character (万 in 万一, 천 in 천천히) is no amount: two characters at least.
    if ([...match[0]].length < 2 && !/[\u0900-\u097f\p{Script=Arabic}]/u.test(match[0])) continue;
    const start = match.index;
    const currency = SCRIPT_CURRENCY_NEXT.exec(text.slice(start + match[0].length, start + match[0].length + 8))?.[0].length ?? 0;
    const end = start + match[0].length;
    if (currency === 0 && !SCRIPT_MONEY_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && !SCRIPT_MONEY_AFTER.test(text.slice(end, end + 12)))
      continue;
    if (!MONEY_WORDS.test(lower.slice(Math.max(0, start - 100), start + match[0].length + 40))) continue;
    cache ??= { verdicts: new Map() };
    const near = personNear(text, start, cache);
    if (near.publicContext || !near.named) continue;
    emit("financial", start, start + match[0].length + currency, "named-person-money-script-words", PRIORITY.contextual - 1);
  }
}

export const moneyWordsDetectors: Detector[] = [
  { name: "money-words", run: runMoneyWords },
  { name: "money-script-words", run: runScriptMoneyWords },
];
