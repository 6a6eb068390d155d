/**
 * Health conditions recognised by their word form rather than a word list: the Greek and Latin
 * endings of medicine (-itis/-ite/-ит after an organ root, -oma/-ом, -emia/-ämie/-емия, -pathy/-patía/
 * -патия, -osis/-ose/-оз, -algia, -plegia, -penia, -trophy, -megaly, -cardia, -rrhea, -thyroidism) and
 * their forms in other scripts (Han and Katakana words ending 炎, 症, 病, 癌, 瘤, 障害, 骨折, 梗塞, 不全…;
 * Hangul words ending 염, 증, 암, 병, 경색, 장애, 부전…; Thai โรค…; Hindi … रोग; Arabic التهاب …, مرض …),
 * plus a few conditions no ending gives away (eponyms such as Morbus Crohn, Hashimoto; cataract,
 * coeliac disease, epilepsy, pneumonia in several languages), and (session 43) procedures by their form: -oscopy and
 * clinical -graphy after an organ or method root, radio-/Strahlen-/immuno-therapy compounds (chemotherapy is the lexicon's), bestraling. A finding needs a named private person
 * nearby (person-near.ts: a record's name label, a relation word or honorific with a name, a named
 * person in the script rules), and no public, fiction or exam-vignette cue. The span is the condition.
 */
import { CaselessPattern } from "./caseless.js";
import type { Detector, Emit } from "../detector.js";
import { wordRuns } from "../text-runs.js";
import { PRIORITY, containsAny, literalPrefixes, type PatternGate } from "../detector.js";
import { SCRIPT_HEALTH_GATE } from "./script-health.js";
import { personNear, type PersonNearCache } from "./person-near.js";
import { conditionOfGroup } from "./group-condition.js";
import { isPersonName } from "./people-names.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const CANDIDATES_PATTERN_1 = /^\p{Lu}/u;

const SUFFIXES = (
  "itis|itides|itide|ite|ites|iti|ită|oma|omas|omes|ome|om|omu|emia|emias|aemia|ämie|ämien|émie|emie|emi|pathy|pathie|pathien|patía|patia|patie|pati|osis|ose|osen|osi|oza|algia|algie|algien|plegia|plegie|penia|penie|trophy|trophie|trofia|megaly|megalie|megalia|cardia|kardie|cardie|rrhea|rrhoea|rrhée|rrea|rreia|ismus|ismo|isme|ism|ectomy|ectomies|ectomie|ektomie|ectomía|ectomia|ektomi|ostomy|ostomie|otomy|otomie|plasty|plastie|plastia|" +
  // Session 43 (s43-health2): procedures by their form, read only after a procedure root (SCOPY_ROOTS, GRAPHY_ROOTS).
  "oscopy|oscopies|oskopie|oscopie|oscopia|oscopía|oskopia|oskopię|oskopii|graphy|graphie|grafie|grafia|grafía|grafię|grafii|" +
  "оскопия|оскопию|оскопии|графия|графию|графии|ит|іт|ита|иту|итом|ите|иты|ома|омы|омой|емия|емии|емию|емией|емія|емії|патия|патии|патию|патией|патія|оз|оза|озу|озом|озе|озы|ёз|ёза|ёзом|алгия|алгии|плегия|пения|трофия|кардия|кардии"
).split("|");
export const SUFFIX = new RegExp(`(?:${SUFFIXES.join("|")})$`, "u");
/** The last two letters of every suffix, as code pairs (no string per word end). */
const FINALS = new Set(SUFFIXES.map((suffix) => suffix.charCodeAt(suffix.length - 2) * 65536 + suffix.charCodeAt(suffix.length - 1)));
/**
 * `FINALS.has(previous * 65536 + last)` by two table reads for letters below U+0500 (Latin and
 * Cyrillic: every word letter of the scan's loop), the set otherwise: the loop asks at every word end.
 */
const PAIR_TABLE_LIMIT = 0x500;
const LAST_SLOT = new Int16Array(PAIR_TABLE_LIMIT).fill(-1);
const finalSlots: number[] = [];
for (const final of FINALS) {
  const last = final % 65536;
  if (last < PAIR_TABLE_LIMIT && LAST_SLOT[last] === -1) LAST_SLOT[last] = finalSlots.push(last) - 1;
}
const FINAL_PAIRS = new Uint8Array(finalSlots.length * PAIR_TABLE_LIMIT);
for (const final of FINALS) {
  const previous = Math.floor(final / 65536);
  const last = final % 65536;
  if (last < PAIR_TABLE_LIMIT && previous < PAIR_TABLE_LIMIT) FINAL_PAIRS[LAST_SLOT[last]! * PAIR_TABLE_LIMIT + previous] = 1;
}

export function isFinalPair(previous: number, last: number): boolean {
  if (previous >= PAIR_TABLE_LIMIT || last >= PAIR_TABLE_LIMIT) return FINALS.has(previous * 65536 + last);
  const slot = LAST_SLOT[last]!;
  return slot >= 0 && FINAL_PAIRS[slot * PAIR_TABLE_LIMIT + previous] === 1;
}

/** The suffixes by their last two letters' code pair: `SUFFIX.test(word)` without cutting the word out. */
const SUFFIXES_BY_FINAL = new Map<number, string[]>();
for (const suffix of SUFFIXES) {
  const final = suffix.charCodeAt(suffix.length - 2) * 65536 + suffix.charCodeAt(suffix.length - 1);
  SUFFIXES_BY_FINAL.set(final, [...(SUFFIXES_BY_FINAL.get(final) ?? []), suffix]);
}

/** `SUFFIX.test(source.slice(start, end))` for a word whose last two code units make `final`, with no new string. */
export function endsWithSuffix(source: string, start: number, end: number, final: number): boolean {
  const suffixes = SUFFIXES_BY_FINAL.get(final);
  if (suffixes === undefined) return false;
  for (const suffix of suffixes) if (end - start >= suffix.length && source.startsWith(suffix, end - suffix.length)) return true;
  return false;
}

const IT_ROOTS = (
  "gastr|hepat|hépat|epat|nephr|néphr|nefr|arthr|artr|bronch|bronqu|bronc|mening|méning|encephal|encéphal|encefal|cyst|cist|zyst|append|appendic|apendic|sinus|sinu|tonsill|tonsil|amygdal|laryng|laring|pharyng|faring|rhin|rin|conjonctiv|conjunctiv|congiuntiv|prostat|tendin|cholecyst|colecist|diverticul|gingiv|stomat|esofag|oesophag|œsophag|ösophag|duoden|uve|kerat|querat|cherat|vagin|vulv|cervic|spondyl|espondil|myel|miel|phleb|fleb|arter|vascul|pancreat|pancréat|pankreat|col|kol|dermat|neur|nevr|myocard|miocard|pericard|péricard|endocard|cardi|kardi|pneumon|polmon|cellul|celul|thyroid|tiroid|parot|periodont|fasci|burs|mast|entér|enter|osteomyel|osteomiel|retin|otite|ot|" +
  "гастр|гепат|нефр|артр|бронх|менинг|энцефал|цист|аппендиц|синус|гаймор|тонзилл|ларинг|фаринг|рин|конъюнктив|простат|тендин|холецист|дивертикул|гингив|стомат|эзофаг|дуоден|керат|вагин|вульв|цервиц|спондил|миел|флеб|артер|васкул|панкреат|кол|дермат|невр|миокард|перикард|эндокард|кард|пневмон|тиреоид|тиреоид|парот|пародонт|бурс|маст|энтер|радикул|плевр|трахе|холанг|сальпинг|аднекс|гепат|пієлонефр|пиелонефр"
).split("|");
const OM_ROOTS = "karzin|carcin|lymph|melan|glauk|glauc|sark|sarc|myel|aden|gli|fibr|lip|mening|neurin|angi|terat|insulin|blast|zyt|cyt|my|hämat".split("|");
const OSI_ROOTS = "artr|cirr|tubercol|scler|osteopor|tromb|fibr|endometri|sten|scoli|psic|nevr|neur|nefr|trombo".split("|");
/**
 * Session 43 (s43-health2): the organ or method before -oscopy/-graphy that makes it a clinical procedure
 * (colonoscopy, Gastroskopie, kolonoskopia, гастроскопия; mammography, coronarographie, angiografia, маммография):
 * "microscopy", "spectroscopy", "photography", "biography" and "geography" have none of these roots.
 */
const SCOPY_ROOTS =
  "gastr|colon|kolon|col|kol|end|bronch|bronk|bronc|laryng|laring|cyst|zyst|cist|arthr|artr|hyster|hister|lapar|sigmoid|esophag|ösophag|oesophag|ezofag|duoden|rect|rekt|rett|thorac|torac|cholangi|colangi|ureter|urethr|uretr|colp|kolp|гастр|колон|бронх|ларинг|цист|артр|гистер|лапар|ректосигм|ректор|эзофаг|колп|эндо".split(
    "|",
  );
const GRAPHY_ROOTS =
  "mammo|mamo|angio|anjio|coronaro|koronaro|echocardio|ekokardio|arterio|phlebo|flebo|uro|pyelo|myelo|mielo|hystero|histero|cholangio|colangio|lympho|linfo|scinti|szinti|sinti|tomo|densito|electrocardio|elektrokardio|polysomno|polisomno|sono|eco|echo|маммо|ангио|коронаро|эхокардио|сцинти|томо|денситомет|миело|уро".split(
    "|",
  );
const SCOPY_ENDING = /(?:oscopy|oscopies|oskopie|oscopie|oscopia|oscopía|oskopia|oskopię|oskopii|оскопия|оскопию|оскопии)$/u;
const GRAPHY_ENDING = /(?:graphy|graphie|grafie|grafia|grafía|grafię|grafii|графия|графию|графии)$/u;
const ISM_ROOTS = "thyroid|thyreoid|tiroid|tireoid|alcohol|alcool|alkohol|aut".split("|");

/** Words of each family that are not conditions. */
const NOT_CONDITIONS = new Set(
  (
    "dichotomy|dichotomie|dicotomia|dicotomía|thomas|idioma|diploma|aroma|broma|paloma|axioma|oklahoma|stroma|chromosoma|cromosoma|symptom|diplom|atom|ökonom|astronom|phantom|kondom|autonom|polynom|binom|genom|syndrom|custom|random|bottom|freedom|kingdom|wisdom|seldom|boredom|" +
    "academia|akademie|académie|akademi|epidemia|épidémie|epidemie|epidemi|blasfemia|bohemia|alchemia|" +
    "sympathy|empathy|apathy|antipathy|telepathy|homeopathy|osteopathy|naturopathy|simpatia|empatia|apatia|antipatia|telepatia|omeopatia|homeopatía|homeopatia|osteopatia|naturopatia|sympathie|empathie|apathie|antipathie|télépathie|homéopathie|ostéopathie|sympati|empati|apati|telepati|simpati|" +
    "diagnosis|prognosis|hypnosis|symbiosis|osmosis|metamorphosis|apotheosis|mitosis|meiosis|dosis|diagnose|prognose|purpose|suppose|propose|compose|expose|dispose|oppose|impose|glucose|glicose|fructose|lactose|sucrose|dextrose|saccharose|cellulose|verbose|grandiose|morose|hypnose|symbiose|osmose|metamorphose|apotheose|mitose|meiose|virtuose|chose|prose|bellicose|comatose|adipose|jocose|diagnosi|prognosi|ipnosi|" +
    "proza|groza|diagnoza|prognoza|hipnoza|symbioza|glukoza|laktoza|fruktoza|celuloza|metamorfoza|mimoza|nostalgia|nostalgie|" +
    "диагноз|прогноз|наркоз|гипноз|симбиоз|метаморфоз|колхоз|совхоз|глюкоз|глюкоза|лактоз|лактоза|фруктоз|сахароз|целлюлоз|курьез|курьёз|мороз|навоз|академия|академии|эпидемия|эпидемии|симпатия|эмпатия|апатия|антипатия|телепатия|гомеопатия|остеопатия|симптома|диплома|хромосома|аксиома|кредита|кредиту|кредитом"
  ).split("|"),
);

const EXTRA_CONDITIONS = new CaselessPattern(
  /(?<![\p{L}])(?:catarac?t\p{L}*|katarakt\p{L}*|pneumonia|neumonía|pneumonie|celiach\p{L}*|celiaqu\p{L}*|cel[ií]ac\p{L}*|coeliac\p{L}*|zöliakie|c(?:œ|oe)liaqu\p{L}*|epiless\p{L}*|epileps\p{L}*|épileps\p{L}*|lupus|herpes|asthma\p{L}*|dyslex\p{L}*|dislex\p{L}*|adhd|tdah|pcod|pcos|copd|t[12]dm|ckd|mdd|epoc|bpco|avc|ictus|thyroid|diabetes mellitus|diabète|diabete|demenz|démence|demenza|demencia|autis\p{L}*|morbus \p{L}+|hashimoto|crohn|alzheimer|parkinson|basedow|hodgkin|leu[ck](?:emia|ämie|émie)|лейкоз\p{L}*|лейкеми\p{L}*|пневмони\p{L}*|рассеянн\p{L}* склероз\p{L}*|сахарн\p{L}* диабет\p{L}*|диабет\p{L}*|инфаркт\p{L}*|инсульт\p{L}*|ишемическ\p{L}* болезн\p{L}*|гипертоническ\p{L}* болезн\p{L}*|остеохондроз\p{L}*|(?:radio|strahlen|immuno)(?:therap|thérap|terap)\p{L}*|bestraling\p{L}*|bestrahlung\p{L}*|napromienian\p{L}*|радиотерап\p{L}*|лучев\p{L}* терапи\p{L}*)(?![\p{L}-])/u
    .source,
  "gu",
);

/**
 * Session 43 (s43-health2): an appointment with a medical specialty, the specialty known by its form (-ology/-ologie/
 * -ología/-ологии, -iatry/-iatrie/-iatría/-иатр…): "cita con oncología", "consulta de psiquiatria", "Termin in der
 * Kardiologie", "wizyta u onkologa". Sciences and other -ologies (technology, biology, geology …) are not specialties.
 */
const APPOINTMENT_WORDS = "appointment|cita|consulta|consult|termin|rendez-vous|rdv|visita|afspraak|wizyta|wizytę|wizyty|приём|прием|запись|randevu|consulto";
const APPOINTMENT_SPECIALTY = new RegExp(
  `(?<![\\p{L}])(?:${APPOINTMENT_WORDS})\\s+(?:(?:with|at|in|con|de|en|a|al|bei|der|im|chez|la|le|el|di|da|dal|alla|bij|op|u|w|na|в|к|на|the)\\s+){0,3}(?!(?:techn|bi|ide|the|ge|zo|astr|meteor|method|termin|chron|anthrop|soci|phil|ec|ök|archä|arche|morph|crimin|kriminal|ont|myth|терминол|технол|биол|геол)(?:olog|ológ|ологи))\\p{L}{2,20}?(?:olog|ológ|iatr|iátr|ологи|иатр)\\p{L}{0,6}(?![\\p{L}])`,
  "giu",
);
const APPOINTMENT_STEMS = APPOINTMENT_WORDS.split("|");

const SCRIPT_LABEL_STEMS = "姓名|氏名|名前|患者|이름|성명|환자|नाम|रोगी|मरीज|الاسم|المريض|ชื่อ|mummy|papa|bhai".split("|");
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Katakana}]/u;
const HANGUL = /[가-힣]/u;
const OTHER_SCRIPTS = /[\u0900-\u097f\u0600-\u06ff\u0e00-\u0e7f가-힣\u30a0-\u30ff]/u;
/** Literal starts of EXTRA_CONDITIONS' alternatives (lower-cased): none in the text, no match. */
const EXTRA_STEMS =
  "catara|katarakt|pneumon|neumon|celiach|celiaqu|celiac|celíac|coeliac|zöliak|cœliaqu|coeliaqu|epiless|epileps|épileps|lupus|herpes|asthma|dyslex|dislex|adhd|tdah|pcod|pcos|copd|t1dm|t2dm|ckd|mdd|epoc|bpco|avc|ictus|thyroid|diabetes mellitus|diabète|diabete|demenz|démence|demenza|demencia|autis|morbus|hashimoto|crohn|alzheimer|parkinson|basedow|hodgkin|leucemia|leukemia|leukämie|leucémie|лейкоз|лейкеми|пневмони|рассеянн|сахарн|диабет|инфаркт|инсульт|ишемическ|гипертоническ|остеохондроз|radio|strahlen|immuno|bestraling|bestrahlung|napromienian|радиотерап|лучев".split(
    "|",
  );

const HAN_SUFFIX = /(?:疾病|疾患|骨折|梗死|梗塞|衰竭|不全|硬化|障碍|障害|结核|結核|炎|症|癌|瘤|腫|病|がん|ガン)/gu;
/** A condition word is cut after the last of these (verbs, particles, conjunctions before it). */
const HAN_BOUNDARY = /[了的是患得因和与與及并並有在为為把被从從对對、诊断確确查出合]/gu;
const HAN_NOT_AFTER = /^[历歷人房例床假情毒因史区區院号號友理状狀热熱]/u;

const HANGUL_SUFFIXES = "경색|장애|부전|골절|질환|궤양|결석|종양|염|렴|증|암|병";
const HANGUL_CONDITION = new RegExp(`[가-힣]{1,10}?(?:${HANGUL_SUFFIXES})(?=[이가을를은는도로에의과와만으진수약환치]|[^가-힣]|$)`, "gu");
const HANGUL_NOT_CONDITIONS = new Set(
  "영수증|자격증|신분증|등록증|면허증|보증|인증|확인증|수료증|학생증|사원증|물병|술병|꽃병|유리병|오염|소금염|증명|학원|간병|검증|입증|논증|회원증|출입증".split(
    "|",
  ),
);
/**
 * Session 39 (dev-37): a compound ending in one of those words is not a condition either ("본인인증" identity check,
 * "휴대폰인증", "전자영수증", "운전면허증"): the match ran from the compound's first syllable. Reads its last 2–3 syllables
 * (so no entry may end a condition word: 공증, notarisation, is left out for 골다공증, osteoporosis).
 */
function isNotConditionCompound(word: string): boolean {
  for (let length = 2; length <= 3 && length < word.length; length++)
    if (HANGUL_NOT_CONDITIONS.has(word.slice(-length)) && !CONDITION_HEAD.test(word.slice(0, -length))) return true;
  return false;
}
/**
 * The head of such a compound that names a condition or its holder ("장애인증", "시각장애인증", "장애인등록증":
 * a disability certificate; "환자등록증"): the compound still reveals it (session 39 review).
 */
const CONDITION_HEAD = new RegExp(`(?:${HANGUL_SUFFIXES})인?$|환자$`, "u");

const OTHER_SCRIPT_CONDITIONS =
  /알츠하이머|파킨슨병?|アルツハイマー病?|パーキンソン病?|โรค[\u0e01-\u0e4e]{2,20}|[\u0900-\u097f]+(?:\s[\u0900-\u097f]+){0,2}\s(?:रोग|की बीमारी)|(?:التهاب|مرض|متلازمة|فقر)\s[\p{Script=Arabic}]+(?:\s[\p{Script=Arabic}]+)?/gu;

/**
 * Gates of the non-Latin passes (test/unit/privacy-keyword-filter.test.ts checks them): a literal each
 * match must hold, answered by the scan's keyword pass (these scripts have no case: the lower-cased
 * text holds them exactly where the text does). The Han and Hangul passes need a condition suffix; each
 * alternative of the other-script pattern holds one of its words.
 */
const OTHER_SCRIPT_WORDS = "알츠하이머|파킨슨|アルツハイマー|パーキンソン|โรค|रोग|की बीमारी|التهاب|مرض|متلازمة|فقر".split("|");
const HAN_SUFFIX_WORDS = literalPrefixes(HAN_SUFFIX.source) ?? [""];
const HANGUL_SUFFIX_WORDS = HANGUL_SUFFIXES.split("|");
export const MORPHOLOGY_GATES: readonly PatternGate[] = [
  { name: "other-script-conditions", pattern: OTHER_SCRIPT_CONDITIONS, mayMatch: (_text, lower) => containsAny(lower, OTHER_SCRIPT_WORDS) },
  { name: "han-condition-suffixes", pattern: HAN_SUFFIX, mayMatch: (_text, lower) => containsAny(lower, HAN_SUFFIX_WORDS) },
  { name: "hangul-conditions", pattern: HANGUL_CONDITION, mayMatch: (_text, lower) => containsAny(lower, HANGUL_SUFFIX_WORDS) },
];
const [OTHER_SCRIPT_GATE, HAN_GATE, HANGUL_GATE] = MORPHOLOGY_GATES as [PatternGate, PatternGate, PatternGate];

/** Does `stem` end with a root, or with a root and "o"? (No string per root: it runs for every root of a family.) */
function hasRoot(stem: string, roots: readonly string[]): boolean {
  return hasRootBefore(stem, stem.length, roots);
}

/** `hasRoot(word.slice(0, end), roots)` with no slice (and no closure). */
function hasRootBefore(word: string, end: number, roots: readonly string[]): boolean {
  const endsWithO = word.charCodeAt(end - 1) === 111;
  for (const root of roots) if (word.endsWith(root, end) || (endsWithO && word.endsWith(root, end - 1))) return true;
  return false;
}

// Made once (a regex literal in a function is a new object at every call).
const NOT_A_CONDITION_PART = /diagnos|prognos|диагноз|діагноз|прогноз/u;
export const IT_ENDING = /(itis|itides|itide|ites|ite|iti|ită|итом|ита|иту|ите|иты|ит|іт)$/u;
/**
 * IT_ENDING's capture without a match array: the ending the word ends with (no ending is a suffix of another, so at
 * most one does).
 */
const IT_ENDINGS = IT_ENDING.source.slice(1, IT_ENDING.source.indexOf(")")).split("|");

export function itEndingOf(word: string): string | undefined {
  for (const ending of IT_ENDINGS) if (word.endsWith(ending)) return ending;
  return undefined;
}
const OMA_ENDING = /(?:oma|omas|ома|омы|омой)$/u;
const OM_ENDING = /(?:om|ome|omes|omu)$/u;
const OSI_ENDING = /osi$/u;
const ISM_ENDING = /(?:ismus|ismo|isme|ism)$/u;
const OSE_ENDING = /(?:ose|osen)$/u;
const OZ_ENDING = /(?:оз|оза|озу|озом|озе|озы|ёз|ёза|ёзом)$/u;
const OZ_TAIL = /[оё]з\p{L}*$/u;
const VOZ_TAIL = /воз\p{L}*$/u;
const EMIA_ENDING = /(?:emi|емия|емии|емию|емией|емія|емії)$/u;

/** Is this Latin or Cyrillic word (lower-cased) a condition by its form? */
export function isConditionWord(word: string): boolean {
  if (NOT_CONDITIONS.has(word) || NOT_A_CONDITION_PART.test(word)) return false;
  const scopy = SCOPY_ENDING.exec(word);
  if (scopy !== null) return hasRootBefore(word, scopy.index, SCOPY_ROOTS);
  const graphy = GRAPHY_ENDING.exec(word);
  if (graphy !== null) return hasRootBefore(word, graphy.index, GRAPHY_ROOTS);
  const ending = itEndingOf(word);
  if (ending !== undefined) {
    const stemLength = word.length - ending.length;
    if (ending === "itis" || ending === "itides") return stemLength >= 3;
    return stemLength >= 2 && hasRootBefore(word, stemLength, IT_ROOTS);
  }
  if (OMA_ENDING.test(word)) return word.length >= 6;
  if (OM_ENDING.test(word)) return hasRoot(word.replace(OM_ENDING, ""), OM_ROOTS);
  if (OSI_ENDING.test(word)) return hasRoot(word.slice(0, -3), OSI_ROOTS);
  if (ISM_ENDING.test(word)) return hasRoot(word.replace(ISM_ENDING, ""), ISM_ROOTS);
  if (OSE_ENDING.test(word)) return word.length >= 7 && (!word.endsWith("lose") || word.endsWith("kulose"));
  if (OZ_ENDING.test(word)) return word.replace(OZ_TAIL, "").length >= 4 && !VOZ_TAIL.test(word);
  if (EMIA_ENDING.test(word)) return word.length >= 6;
  return word.length >= 6;
}

interface Span {
  start: number;
  end: number;
}

export function candidates(text: string, lower: string): Span[] {
  const spans: Span[] = [];
  // Word ends found by a character loop over the lower-cased text (a letter-class regex costs ~0.2 µs a word).
  const source = lower.length === text.length ? lower : undefined;
  // The word runs come from the scan's shared character pass (text-runs.ts): a word ends at each run's last letter.
  const words = wordRuns(text);
  for (let run = 0; run < words.count; run++) {
    const index = words.ends[run]! - 1;
    if (index < 1) continue;
    if (source && !isFinalPair(source.charCodeAt(index - 1), source.charCodeAt(index))) continue;
    const final = source
      ? source.charCodeAt(index - 1) * 65536 + source.charCodeAt(index)
      : text
          .slice(index - 1, index + 1)
          .toLowerCase()
          .charCodeAt(0) *
          65536 +
        text
          .slice(index - 1, index + 1)
          .toLowerCase()
          .charCodeAt(1);
    // (With `source`, isFinalPair above has answered `FINALS.has(final)` already.)
    if (!source && !FINALS.has(final)) continue;
    // At most 40 letters before the last one (the run's start otherwise).
    const start = Math.max(words.starts[run]!, index - 40);
    // A word's letters (Latin, Cyrillic) lower-case one by one, without context: when lower-casing kept
    // the text's length, the word is the same part of the lower-cased text (one string, not two), and
    // its length and suffix are checked there before it is cut out (most word ends are no condition's).
    if (source && (index + 1 - start < 4 || !endsWithSuffix(source, start, index + 1, final))) continue;
    const word = source ? source.slice(start, index + 1) : text.slice(start, index + 1).toLowerCase();
    if (word.length < 4 || !SUFFIX.test(word)) continue;
    if (isConditionWord(word) && !(word.endsWith("emi") && CANDIDATES_PATTERN_1.test(text.slice(start, index + 1)))) spans.push({ start, end: index + 1 });
  }
  const searches: Array<[RegExp, string]> = [];
  if (containsAny(lower, EXTRA_STEMS)) searches.push(EXTRA_CONDITIONS.search(text, lower));
  if (containsAny(lower, APPOINTMENT_STEMS)) searches.push([APPOINTMENT_SPECIALTY, text]);
  if (OTHER_SCRIPT_GATE.mayMatch(text, lower) && OTHER_SCRIPTS.test(text)) searches.push([OTHER_SCRIPT_CONDITIONS, text]);
  // The script rule (script-health.ts) already reports these conditions next to its named people: here only after record labels.
  if (containsAny(lower, SCRIPT_LABEL_STEMS) && SCRIPT_HEALTH_GATE.mayMatch(text, lower)) searches.push([SCRIPT_HEALTH_GATE.pattern, text]);
  for (const [pattern, haystack] of searches) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(haystack); match !== null; match = pattern.exec(haystack))
      spans.push({ start: match.index, end: match.index + match[0].length });
  }
  if (HAN_GATE.mayMatch(text, lower) && HAN_OR_KANA.test(text)) spans.push(...hanCandidates(text));
  if (HANGUL_GATE.mayMatch(text, lower) && HANGUL.test(text)) spans.push(...hangulCandidates(text));
  return spans;
}

const HAN_LETTER = /[\p{Script=Han}\p{Script=Katakana}ー]/u;

/** A condition suffix found first (a literal search), then the Han or Katakana word before it (≤ 10 characters). */
function hanCandidates(text: string): Span[] {
  const spans: Span[] = [];
  HAN_SUFFIX.lastIndex = 0;
  let previousEnd = 0;
  for (let match = HAN_SUFFIX.exec(text); match !== null; match = HAN_SUFFIX.exec(text)) {
    const end = match.index + match[0].length;
    let start = match.index;
    while (start > previousEnd && match.index - start < 10 && HAN_LETTER.test(text[start - 1]!)) start--;
    previousEnd = end;
    if (start === match.index || HAN_NOT_AFTER.test(text.slice(end, end + 1))) continue;
    const body = text.slice(start, match.index);
    HAN_BOUNDARY.lastIndex = 0;
    let cutAt = start;
    for (let cut = HAN_BOUNDARY.exec(body); cut !== null; cut = HAN_BOUNDARY.exec(body)) cutAt = start + cut.index + 1;
    if (end - cutAt >= 2) spans.push({ start: cutAt, end });
  }
  return spans;
}

function hangulCandidates(text: string): Span[] {
  const spans: Span[] = [];
  HANGUL_CONDITION.lastIndex = 0;
  for (let match = HANGUL_CONDITION.exec(text); match !== null; match = HANGUL_CONDITION.exec(text))
    if (!HANGUL_NOT_CONDITIONS.has(match[0]) && !isNotConditionCompound(match[0])) spans.push({ start: match.index, end: match.index + match[0].length });
  return spans;
}

/** An honorific, or a capitalised word and a hyphen (`Lopez-`), right before a capitalised word: it is a name. */
const NAME_BEFORE = /(?:(?<![\p{L}])(?:Dr|Mr|Mrs|Ms|Prof|Sir|Lady|Lord|St)\.?\s+|\p{Lu}\p{Ll}+-)$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** A capitalised candidate that is a person's name by its place or a known first name ("Dr. Ambrose", "Lopez-Mendoza"). */
function nameNotCondition(text: string, span: Span): boolean {
  const word = text.slice(span.start, span.end);
  if (!CAPITALISED.test(word)) return false;
  // An eponym of the extra list (Hashimoto, Crohn) is a condition even though it is a name too.
  return NAME_BEFORE.test(text.slice(Math.max(0, span.start - 8), span.start)) || (SUFFIX.test(word.toLowerCase()) && isPersonName(word));
}

/**
 * Session 43 (s43-health2): a procedure, a therapy or a specialty appointment (the forms added in session 43) is often
 * talked about by the clinician who does it ("Dr. Pierre Martin recommande une coloscopie", "Ana Souza, enfermeira,
 * explica a quimioterapia"): such a span is not reported when a clinician's title or noun stands in the ≤ 120
 * characters before it. (A doctor who is the patient is missed; conditions keep the rule as it was.)
 */
const PROCEDURE_FORM = /scop|skop|скоп|graph|graf|граф|therap|thérap|terap|терап|bestral|bestrahl|napromien|olog|ológ|iatr|iátr|ологи|иатр/iu;
const CLINICIAN_BEFORE =
  /(?<![\p{L}])(?:dr|dra|prof|doktor|docteur|doctor|doctora|dott|nurse|enfermeir[oa]|enfermer[oa]|infermier[ea]|krankenschwester|pfleger(?:in)?|pielęgniark\p{L}*|lekarz\p{L}*|медсестр\p{L}*|врач\p{L}*|доктор\p{L}*|arts|verpleegkundige)(?![\p{L}])/iu;

function spokenByClinician(text: string, span: Span): boolean {
  if (!PROCEDURE_FORM.test(text.slice(span.start, span.end))) return false;
  return CLINICIAN_BEFORE.test(text.slice(Math.max(0, span.start - 120), span.start));
}

function runMedicalMorphology(text: string, emit: Emit, lower: string): void {
  const spans = candidates(text, lower);
  if (spans.length === 0) return;
  const cache: PersonNearCache = { verdicts: new Map() };
  for (const span of spans) {
    if (nameNotCondition(text, span) || conditionOfGroup(text, span.start, span.end) || spokenByClinician(text, span)) continue;
    if (personNear(text, span.start, cache).named) emit("health", span.start, span.end, "named-person-condition-morphology", PRIORITY.contextual - 1);
  }
}

export const medicalMorphologyDetectors: Detector[] = [{ name: "medical-morphology", run: runMedicalMorphology }];
