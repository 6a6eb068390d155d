/**
 * A named private person's money in the forms other languages write it: ₹85,000 / ₹12 lakh / ₹2,40,000,
 * 4800元 / 3万2千元 / ¥28,500 / 14万円, 42.000 TL / ₺23.450,75, Rp 12.500.000 / Rp 4,2 juta, 95 000 руб. /
 * 1,2 млн руб., 420만원, 2억 3천만 원, 18 triệu đồng, 18,500 ريال, 52 000 Kč, 185 000 Ft, 3.200 lei, 12,500 ₪, ₱15,000, KSh 35,000, (dollar and pound amounts are left to the financial rule: word problems name people with dollars). A finding needs a
 * money word (salary, debt, loan, pension, balance… in the prompt's language) and a named private person
 * nearby (person-near.ts, or a relation word, role label or honorific with a name in the same sentence:
 * person-reference.ts, "申请人周杰", "社員 渡辺 大輔", "कर्मचारी प्रिया वर्मा"); national aggregates ("per-capita income is ₹2 lakh") have no person.
 * The span is the amount.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { personNear, type PersonNearCache } from "./person-near.js";
import { refersToPerson, sentenceAround } from "./person-reference.js";

/**
 * Group runs are bounded (12 thousands groups, 12 lakh pairs: no written amount has more) so that a start inside a long
 * run of groups reads a bounded stretch: with `+`, every group of a 40 KB cell of "000," was a start that read to the
 * end of the run and failed there (quadratic: 0.5 s at 40 KB, 8.6 s at 160 KB under a "salary" header).
 */
const NUMBER = "\\d{1,3}(?:[.,\\u00a0\\u202f ]\\d{3}){1,12}(?:[.,]\\d{1,2})?|\\d{1,3}(?:,\\d{2}){1,12},\\d{3}|\\d+(?:[.,]\\d{1,2})?";
const MULTIPLIER =
  "lakh|lac|crore|लाख|करोड़|লাখ|কোটি|லட்சம்|میلیون|لاکھ|万|千|億|亿|juta|ribu|miliar|млн\\.?|тыс\\.?|mil|million|millions|millones|milioni|Mio\\.?|Mrd\\.?|triệu|tỷ|nghìn|bin|milyon|억|천만|백만|만|k|ألف|الف|آلاف|مليون";
const AMOUNT = `(?:${NUMBER})(?:\\s?(?:${MULTIPLIER})(?:\\s?\\d+(?:${MULTIPLIER}))?)?`;
const BEFORE = "₹|Rs\\.?|INR|रु\\.?|¥|￥|€|Rp\\.?|₺|₽|₩|VND|৳|Tk\\.?|新台幣|新台币|NT\\$|HK\\$|港幣|港币|₱|KSh|Ksh|KES|TSh|Tsh|₪";
const AFTER =
  "元|块|円|원|만원|€|EUR|euros?|TL|₺|lira|руб\\.?|рубл\\p{L}*|₽|ريال|درهم|جنيه|دينار|đồng|VND|บาท|rupees?|रुपये|rupaye|reais|টাকা|৳|ரூபாய்|روپے|تومان|ریال|гривень|гривн\\p{L}*|грн\\.?|Kč|Ft|forint\\p{L}*|lei|RON|ευρώ|₪|ש״ח|שקלים|KSh|₱";
export const MONEY = new RegExp(
  `(?<![\\p{Script=Latin}\\p{Script=Cyrillic}\\d])(?:(?:${BEFORE})\\s?${AMOUNT}|${AMOUNT}\\s?(?:${AFTER}))(?![\\p{Script=Latin}\\p{Script=Cyrillic}\\d])|(?<![\\p{Script=Latin}\\p{Script=Cyrillic}\\d])${AMOUNT}\\s?(?:${AFTER})`,
  "gu",
);

/**
 * A Chinese or Japanese amount in myriads with no currency ("月薪1.2万", "房贷余额38万", session 48, dev-77): the number
 * and 万/萬/億/亿, a Chinese or Japanese money word right before it (at most four characters between), and no word after
 * the multiplier (38万人 counts people, 4.6万元 is MONEY's).
 */
const BARE_MYRIAD =
  /(?:月薪|年薪|工资|工資|薪水|收入|年收|月収|余额|餘額|欠款|欠|贷款|貸款|房贷|借款|负债|負債|存款|借金|ローン|残高)[^\n\d\p{P}]{0,4}?(?<![\d.,])(\d{1,4}(?:\.\d{1,2})?(?:万|萬|億|亿))(?![\p{L}\d])/gu;
const MYRIAD_STEMS = ["万", "萬", "億", "亿"];

export const MONEY_WORDS =
  /μισθ|χρωστ|δάνει|οφειλ|σύνταξ|dluh|půjčk|exekuc|fizetés|hitel|tartozás|datori|salariu|împrumut|salar|salaire|salario|salário|stipendi|gehalt|verdien|gagne|ganha|cobra|earn|owe|debt|loan|pension|pensión|pensão|rente|schulden|dette|découvert|deuda|debe |deve |debito|prestito|crédit|kredi|borç|maaş|gaji|cicilan|utang|hutang|kpr|pinjaman|月薪|工资|工資|薪|退休金|欠|贷款|借|年金|借金|給料|給与|月給|월급|연봉|빚|대출|보증금|잔금|전세|월세|송금|зарплат|кредит|долг|пенси|займ|lương|nợ|vay|راتب|قرض|دين|emi|कर्ज़|कर्ज|क़र्ज़|वेतन|तनख्वाह|लोन|बकाया|किस्त|bakiye|saldo|balance|pensiun|penghasilan|income|revenu|ingresos|renda|einkommen|доход|winien|winna|pożycz|zarabia|ローン|住宅ローン|年収|月収|報酬|报酬|退款|udhaar|udhar|karza|karz|বেতন|ঋণ|ধার|পাওনা|சம்பளம்|கடன்|تنخواہ|قرضہ|حقوق|وام|بدهی|เงินเดือน|หนี้|เงินกู้|ผ่อน|รายได้|tiền lương|lương hưu|dívida|deuda|schuld|mzd|výplat|dluh|půjčk|nájem|fizetés|tartozás|kölcsön|hitel|salariu|dator|împrumut|chiri|משכורת|חוב|הלוואה|שכר דירה|μισθ|χρέ|δάνει|ενοίκι|mshahara|deni |mkopo|salio|karo ya|sweldo|مرتب|القسط|عليه|عليها|سلفة|مديون/u;

/** The same words as literals, answered by the scan's one keyword pass. */
const MONEY_STEMS = MONEY_WORDS.source.split("|");

/**
 * A text that opens with an exercise label ("Задача:", "Aufgabe:", "Exercice :", "Ejercicio:", "Zadanie", "例題",
 * "题目：", a numbered "Problem 3:") and asks a question is a textbook exercise: its Иван or Mark is invented
 * (session 38). Unnumbered "Problem:" is also how people open their own story, so it needs its number.
 */
export const EXERCISE_LABEL =
  /^\s*(?:(?:задача|упражнение|exercise|aufgabe|exercice|ejercicio|esercizio|zadanie|opgave|oefening|alıştırma|例題|演習|题目|例题|习题|예제|تمرين)\s*\d{0,3}|(?:problem|problema|probl[èe]me|задание|soru|問題|문제|प्रश्न|مسألة)\s*\d{1,3})\s*[:.：]/iu;
const QUESTION_MARK = /[?？]/;

/**
 * An aggregate's word among the few words before the amount ("average salary €28,000", "le salaire moyen y est de 2 100 €",
 * "lo stipendio medio è di 1.300 €"): a statistic of a place or a group, not the named person's money (session 43, dev-51).
 * Read on the 40 characters before the amount, from the clause's start (after `.`, `;` or a line break).
 */
const AGGREGATE_BEFORE =
  /(?<![\p{L}])(?:average|median|mean|typical|per[- ]capita|durchschnitt\p{L}*|mittler\p{L}*|moyen(?:ne)?|médian\p{L}*|medio|media|mediano|médio|média|gemiddeld\p{L}*|mediaan|średni\p{L}*|przeciętn\p{L}*)(?![\p{L}])/iu;

function aggregateBefore(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  const clause = before.slice(Math.max(before.lastIndexOf("."), before.lastIndexOf(";"), before.lastIndexOf("\n")) + 1);
  return AGGREGATE_BEFORE.test(clause);
}

function runMoneyNearPerson(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, MONEY_STEMS)) return;
  if (EXERCISE_LABEL.test(text) && QUESTION_MARK.test(text)) return;
  MONEY.lastIndex = 0;
  let cache: PersonNearCache | undefined;
  for (let match = MONEY.exec(text); match !== null; match = MONEY.exec(text)) {
    const window = lower.slice(Math.max(0, match.index - 100), match.index + match[0].length + 60);
    if (!MONEY_WORDS.test(window) || aggregateBefore(text, match.index)) continue;
    cache ??= { verdicts: new Map() };
    const near = personNear(text, match.index, cache);
    if (near.publicContext) continue;
    if (near.named || refersToPerson(text.slice(...sentenceAround(text, match.index))))
      emit("financial", match.index, match.index + match[0].length, "named-person-money", PRIORITY.contextual - 1);
  }
  if (!containsAny(lower, MYRIAD_STEMS)) return;
  BARE_MYRIAD.lastIndex = 0;
  for (let match = BARE_MYRIAD.exec(text); match !== null; match = BARE_MYRIAD.exec(text)) {
    const start = match.index + match[0].length - match[1]!.length;
    if (aggregateBefore(text, start)) continue;
    cache ??= { verdicts: new Map() };
    const near = personNear(text, start, cache);
    if (near.publicContext) continue;
    if (near.named || refersToPerson(text.slice(...sentenceAround(text, start))))
      emit("financial", start, start + match[1]!.length, "named-person-money", PRIORITY.contextual - 1);
  }
}

export const moneyNearPersonDetectors: Detector[] = [{ name: "money-near-person", run: runMoneyNearPerson }];
