/**
 * Evidence that a sentence is about one particular, named private person, in forms person-near.ts does
 * not read: a possessive and a kinship or relation word followed by a name ("my brother-in-law Dave",
 * "meine Schwiegermutter Renate", "mi abuelo Ramón", "Meri wife Pooja", "मेरी माँ सुनीता", "我同事李娜"),
 * a record's role label before a name in scripts without capitals (社員 渡辺 大輔, 申请人周杰,
 * कर्मचारी प्रिया वर्मा), a name with a Japanese honorific (田中さんが). The eval policy (eval/privacy/README.md) reports a relative only
 * when named: "my mother has diabetes" is not evidence. Used by the person-condition rule and the
 * money rule next to person-near.ts.
 */
import { containsAny, containsAnyAtWordStart } from "../detector.js";
import { isRegexSpace } from "../regex-space.js";
import { lowerCaseNameAhead } from "./lower-case-names.js";
import { CN_SURNAMES, HINDI_NOT_NAMES, ZH_NOT_NAMES } from "./script-health.js";

/** Possessives of the first person (en, de, fr, es, it, pt, nl, pl, Hinglish), lower-case. */
const POSSESSIVES =
  "my|our|mein|meine|meinem|meinen|meiner|meines|unser|unsere|unserem|unseren|unserer|mon|ma|mes|notre|nos|mi|mis|nuestro|nuestra|nuestros|nuestras|mio|mia|miei|mie|nostro|nostra|meu|minha|meus|minhas|nosso|nossa|mijn|onze|ons|mój|moja|mojego|mojej|mojemu|moją|moi|moich|nasz|nasza|naszego|naszej|meri|mere|mera|hamari|hamare|hamara|apni|apne|мой|моя|моё|мои|моего|моей|моему|мою|моим|моих|мій|моє|мої|мого|моєї|моїй|наш|наша|наши|нашего|нашей|нашему|нашу|můj|moje|mé|mou|mého|mému|mým|náš|naše|našeho|naší|našemu";
/**
 * Kinship and relation words of those languages, lower-case (Polish with its case endings). One list for
 * all possessives: "my padre" in a mixed-language prompt is as much a person as "mi padre".
 */
const RELATIONS =
  "wife|husband|hubby|son|daughter|child|kid|kids|mother|father|mom|mum|ma|mommy|dad|daddy|parents?|brother|sister|sibling|sis|bro|bf|gf|bestie|mate|stepdad|stepmom|stepmum|nan|nana|gran|grandmother|grandfather|grandma|grandpa|granny|aunt|auntie|aunty|uncle|cousin|niece|nephew|friend|best friend|bff|coworker|co-worker|colleague|boss|manager|neighbou?r|roommate|flatmate|housemate|partner|girlfriend|boyfriend|fiancée?|ex|in-laws?|mother-in-law|father-in-law|brother-in-law|sister-in-law|son-in-law|daughter-in-law|stepmother|stepfather|stepson|stepdaughter|stepbrother|stepsister|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|godmother|godfather|godson|goddaughter|employee|tenant|patient|client|nanny|babysitter|teacher|student|classmate|teammate|bandmate|drummer|guitarist|bassist|keyboardist|landlord|landlady|lodger|cleaner|carer|caregiver|tutor|intern|assistant|mutter|vater|mama|papa|frau|mann|ehefrau|ehemann|sohn|tochter|bruder|schwester|oma|opa|großmutter|großvater|tante|onkel|cousin|cousine|neffe|nichte|freund|freundin|kollege|kollegen|kollegin|chef|chefin|nachbar|nachbarn|nachbarin|partner|partnerin|schwager|schwägerin|schwiegermutter|schwiegervater|schwiegersohn|schwiegertochter|enkel|enkelin|eltern|mitbewohner|mitbewohnerin|mitarbeiter|mitarbeiterin|mère|père|maman|femme|mari|fils|fille|frère|sœur|soeur|grand-mère|grand-père|oncle|neveu|nièce|ami|amie|copain|copine|collègue|patron|patronne|voisin|voisine|compagnon|compagne|conjoint|conjointe|beau-père|belle-mère|beau-frère|belle-sœur|belle-soeur|parents|colocataire|employé|employée|madre|padre|mamá|papá|esposa|esposo|marido|mujer|hijo|hija|hermano|hermana|abuelo|abuela|tío|tía|primo|prima|sobrino|sobrina|amigo|amiga|novio|novia|pareja|compañero|compañera|jefe|jefa|vecino|vecina|suegro|suegra|cuñado|cuñada|yerno|nuera|padres|empleado|empleada|mamma|papà|moglie|marito|figlio|figlia|fratello|sorella|nonno|nonna|zio|zia|cugino|cugina|nipote|amico|amica|fidanzato|fidanzata|collega|capo|vicino|vicina|suocero|suocera|cognato|cognata|genitori|dipendente|mãe|pai|mulher|filho|filha|irmão|irmã|avó|avô|tio|tia|sobrinho|sobrinha|namorado|namorada|colega|chefe|vizinho|vizinha|sogro|sogra|cunhado|cunhada|pais|funcionário|funcionária|moeder|vader|vrouw|man|zoon|dochter|broer|zus|zuster|oom|neef|nicht|vriend|vriendin|baas|buurman|buurvrouw|buren|schoonvader|schoonmoeder|zwager|schoonzus|ouders|huisgenoot|mam\\p{L}*|matk\\p{L}*|tat\\p{L}*|ojc\\p{L}*|ojciec|żon\\p{L}*|mąż|męż\\p{L}*|syn\\p{L}*|córk\\p{L}*|córce|brat\\p{L}*|siostr\\p{L}*|babci\\p{L}*|babcia|dziad\\p{L}*|wujek|wujk\\p{L}*|cioci\\p{L}*|ciocia|kuzyn\\p{L}*|przyjaciel\\p{L}*|przyjaciół\\p{L}*|koleg\\p{L}*|koleżank\\p{L}*|szef\\p{L}*|sąsiad\\p{L}*|teś\\p{L}*|teściow\\p{L}*|szwagr\\p{L}*|szwagier|szwagierk\\p{L}*|rodzic\\p{L}*|pracownik\\p{L}*|pracownic\\p{L}*|wife|husband|biwi|pati|patni|mummy|mumma|mom|maa|mummi|dad|pitaji|bhai|bhaiya|behen|bahan|didi|bhabhi|jiju|chacha|chachi|chachu|mami|mausi|masi|bua|nani|nana|dadi|dada|dost|friend|beta|beti|bete|saas|sasur|boss|colleague|padosi|roommate|girlfriend|boyfriend|мам\\p{L}*|пап\\p{L}*|мать|матери|отец|отца|отцу|жен\\p{L}*|муж|мужа|мужу|сын|сына|сыну|доч\\p{L}*|брат\\p{L}*|сестр\\p{L}*|бабушк\\p{L}*|дедушк\\p{L}*|тёт\\p{L}*|тет\\p{L}*|дяд\\p{L}*|друг\\p{L}*|подруг\\p{L}*|коллег\\p{L}*|сосед\\p{L}*|тат\\p{L}*|бабус\\p{L}*|дон\\p{L}*|дідус\\p{L}*|начальни\\p{L}*|свекров\\p{L}*|тёщ\\p{L}*|тещ\\p{L}*|" +
  // Czech (session 46, dev-68)
  "máma|mámu|mámy|maminka|maminku|táta|tátu|taťka|tchán|tchána|tchyně|tchyni|sestra|sestru|sestry|sestře|bratr|bratra|bratrovi|dcera|dceru|dcery|manžel|manžela|manželka|manželku|babička|babičku|dědeček|dědečka|děda|dědu|teta|tetu|strýc|strýce|kolegyně|kamarád|kamaráda|kamarádka|kamarádku|soused|souseda|sousedka|sousedku|přítel|přítelkyně|šéf|šéfová";
/** A relation word of its own, with an optional possessive -s ("dads", "mum's", "мамы", "taty"). */
const RELATION_WORD = new RegExp(`(?<![\\p{L}])(?:${RELATIONS})(?:['’]?s)?(?![\\p{L}])`, "u");
/** Whether `lowerClause` (lower-cased) holds a kinship or relation word (session 44: whose a number is). */
export const mentionsRelation = (lowerClause: string): boolean => RELATION_WORD.test(lowerClause);

/**
 * Turkish relation words carry the possessive as a suffix ("annem", "iş arkadaşım", "komşumuz"): the word alone, before
 * a name, is the cue.
 */
const TURKISH_KIN =
  "annem|annemiz|babam|babamız|eşim|kocam|karım|oğlum|kızım|ablam|abim|ağabeyim|kardeşim|arkadaşım|iş arkadaşım|meslektaşım|komşum|komşumuz|teyzem|halam|dayım|amcam|kuzenim|yeğenim|müdürüm|patronum|kayınvalidem|kayınpederim|dedem|ninem|babaannem|anneannem|torunum|sevgilim|nişanlım";
/**
 * Hungarian relation words carry the possessive as a suffix too ("a férjem, Gábor", "anyukám, Ibolya"), in the
 * accusative or dative as well ("a nagybátyámat, Lászlót"): session 46, dev-68.
 */
const HUNGARIAN_KIN_WORDS =
  "férjem|feleségem|anyám|anyukám|édesanyám|apám|apukám|édesapám|fiam|kisfiam|lányom|kislányom|nagymamám|nagyanyám|nagypapám|nagyapám|nagybátyám|nagynéném|bátyám|öcsém|nővérem|húgom|testvérem|kollégám|kolléganőm|barátom|barátnőm|szomszédom|főnököm|apósom|anyósom|unokám|unokatestvérem|párom";
const HUNGARIAN_KIN = `(?:${HUNGARIAN_KIN_WORDS})(?:at|et|ot|öt|nak|nek|mal|mel)?`;
/**
 * Romanian puts the possessive after the relation word, which carries the article ("soțul meu Radu", "mama mea, Maria",
 * "bunicului meu Gheorghe", "colegul nostru Vlad"): session 46, dev-68.
 */
const ROMANIAN_KIN_WORDS =
  "soțul|soțului|soția|soției|mama|mamei|tata|tatăl|tatălui|fratele|fratelui|sora|surorii|fiul|fiului|fiica|fiicei|bunica|bunicii|bunicul|bunicului|colegul|colegului|colega|colegei|prietenul|prietenului|prietena|prietenei|vecinul|vecinului|vecina|vecinei|unchiul|unchiului|mătușa|mătușii|nepotul|nepoata|șeful|șefa|socrul|soacra";
const ROMANIAN_KIN = `(?:${ROMANIAN_KIN_WORDS})\\s+(?:meu|mea|mele|mei|nostru|noastră|noastre)`;
/** Possessive, an optional adjective ("my late father", "my best friend"), relation word; or a suffixed or postposed one. */
const KIN_LATIN = `(?:${POSSESSIVES})\\s+(?:\\p{Ll}+\\s+)?(?:${RELATIONS})|(?:${TURKISH_KIN})|${HUNGARIAN_KIN}|${ROMANIAN_KIN}`;

/**
 * A possessive and a relation word ("my wife", "meine schwiegermutter"), matched in the lower-cased text
 * (the sources are lower-case; no `i` flag, which is several times slower); a name must follow in the
 * text itself (NAME_NEXT).
 */
const KIN = new RegExp(`(?:${KIN_LATIN})(?![\\p{L}-])`, "gu");
const LETTER = /\p{L}/u;
/** A capitalised name right after the relation word, after an optional comma or an initial, or alone in brackets. */
const NAME_NEXT = /^\s*,?\s+(?:(?:\p{Lu}\.\s*)?\p{Lu}[\p{Ll}'’-]+|\(\p{Lu}[\p{Ll}'’-]+\))/u;

/**
 * Offsets of every relation word followed by a name (KIN over the lower-cased text, NAME_NEXT over the text); exported
 * for tests. With `unnamed`, of every relation word followed by no name instead ("my sister has …", session 44).
 */
export function kinWithNamePositions(text: string, lower: string, positions: number[], firstOnly = false, unnamed = false): void {
  // Lower-casing changes the length of a few characters (İ): then offsets would differ, so look in the text.
  const haystack = lower.length === text.length ? lower : text;
  KIN.lastIndex = 0;
  for (let match = KIN.exec(haystack); match !== null; match = KIN.exec(haystack))
    // The possessive starts a word (checked here: a leading look-behind makes the pattern try every position).
    if (match.index > 0 && LETTER.test(haystack[match.index - 1]!)) KIN.lastIndex = match.index + 1;
    else {
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 40);
      // A name follows: capitalised, or a lower-case given name from the lexicon in chat register (session 44).
      if ((NAME_NEXT.test(after) || lowerCaseNameAhead(after)) === unnamed) continue;
      positions.push(match.index);
      if (firstOnly) return;
    }
}

/**
 * What every KIN match the walk keeps holds (session 39): at the match's start, which follows no letter, a Turkish
 * relation word or a possessive followed by a space, a line break, a tab or a carriage return; or else a rarer `\s`
 * character somewhere. The keyword pass answers both: the first list at a word start (after no ASCII letter, which a
 * start after no letter is), the second anywhere. Lower-casing makes or removes none of them (the words are lower-case
 * already, white space has no case, and no character that is not a letter lower-cases to an ASCII letter), so they are in
 * `lower` whenever KIN matches in `lower` or, when their lengths differ, in the text. A text without any skips KIN's
 * walk over the whole text (~25–40 µs on the bench's 2,000-token prompt, which has none).
 */
const KIN_START_STEMS = [
  ...POSSESSIVES.split("|").flatMap((possessive) => [" ", "\n", "\t", "\r"].map((space) => possessive + space)),
  ...TURKISH_KIN.split("|"),
  ...HUNGARIAN_KIN_WORDS.split("|"),
  ...ROMANIAN_KIN_WORDS.split("|"),
];
const RARE_SPACES = [..."\v\f\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"];

/** False when `lower` (a scan's lower-cased text) holds neither: KIN's walk would keep no match then. */
export const mayHoldKin = (lower: string) => containsAnyAtWordStart(lower, KIN_START_STEMS) || containsAny(lower, RARE_SPACES);

function kinWithName(sentence: string): boolean {
  const positions: number[] = [];
  kinWithNamePositions(sentence, sentence.toLowerCase(), positions, true);
  return positions.length > 0;
}

/** A Hindi possessive and relation word (मेरी माँ, हमारे पिता). */
const HINDI_KIN =
  "(?:मेरी|मेरे|मेरा|हमारी|हमारे|हमारा)\\s+(?:माँ|मां|माता|पिता|पिताजी|पापा|पत्नी|पति|भाई|बहन|बेटा|बेटी|दोस्त|मित्र|दादी|दादा|नानी|नाना|चाचा|चाची|मामा|मामी|सास|ससुर|भाभी|सहकर्मी)";
/** "I" (and 的) and a Chinese relation word (我妈妈, 我的姐姐). */
const CHINESE_KIN =
  "我(?:的)?(?:爸爸|妈妈|爸|妈|父亲|母亲|老公|老婆|丈夫|妻子|儿子|女儿|哥哥|姐姐|弟弟|妹妹|爷爷|奶奶|外公|外婆|姥姥|姥爷|舅舅|舅妈|姑姑|阿姨|叔叔|婶婶|伯伯|表哥|表姐|堂哥|朋友|同事|室友|邻居|老板|领导|同学|男朋友|女朋友|岳父|岳母|公公|婆婆)";

/**
 * Hindi, Chinese and Japanese: possessive + relation + name (मेरी माँ सुनीता, 我同事李娜), a record's role
 * label + name (社員 渡辺 大輔, 申请人周杰, कर्मचारी प्रिया वर्मा), a name + Japanese honorific (伊藤 涼子さんが).
 */
const KIN_SCRIPTS = new RegExp(
  [
    `${HINDI_KIN}\\s+(?!(?:${HINDI_NOT_NAMES})(?![\\u0900-\\u097f]))[\\u0900-\\u097f]{2,}`,
    // Neither word a postposition or particle ("… के रोगी डॉक्टर से पूछें": patients in general, session 39).
    `(?:कर्मचारी|आवेदक|मरीज़?|रोगी|ग्राहक|खाताधारक|लाभार्थी)\\s*[:：]?\\s*(?!(?:${HINDI_NOT_NAMES})(?![\\u0900-\\u097f]))[\\u0900-\\u097f]{2,}\\s+(?!(?:${HINDI_NOT_NAMES})(?![\\u0900-\\u097f]))[\\u0900-\\u097f]{2,}`,
    `${CHINESE_KIN}(?!${ZH_NOT_NAMES})[${CN_SURNAMES}][\\p{Script=Han}]{1,2}`,
    `(?:员工|職員|职员|申请人|申請人|被保险人|被保險人|收款人|借款人|患者|病人|客户|持卡人|社員|従業員|申込者|被保険者|契約者|名義|受取人)(?:\\s*[:：]\\s*|\\s+)[\\p{Script=Han}\\p{Script=Katakana}]{2,4}`,
    `(?:员工|职员|申请人|被保险人|收款人|借款人|患者|病人|客户|持卡人)(?!${ZH_NOT_NAMES})[${CN_SURNAMES}][\\p{Script=Han}]{1,2}`,
    `[\\p{Script=Han}\\p{Script=Katakana}]{1,4}(?:さん|様|氏|くん|ちゃん)(?:の|が|は|に|、|，|（|\\()`,
  ].join("|"),
  "u",
);

const KIN_SCRIPTS_ALL = new RegExp(KIN_SCRIPTS.source, "gu");
/** A literal of each KIN_SCRIPTS alternative: none in the text, no match (answered by the scan's keyword pass). */
const KIN_SCRIPT_STEMS =
  "मेर|हमार|कर्मचारी|आवेदक|मरीज|रोगी|ग्राहक|खाताधारक|लाभार्थी|我|员工|職員|职员|申请人|申請人|被保险人|被保險人|收款人|借款人|患者|病人|客户|持卡人|社員|従業員|申込者|被保険者|契約者|名義|受取人|さん|様|氏|くん|ちゃん".split(
    "|",
  );
const mayHoldScriptReference = (lower: string) => containsAny(lower, KIN_SCRIPT_STEMS);

/**
 * Offsets where the text names a particular private person by a relation word, a role label or an
 * honorific. `lower` is `text.toLowerCase()` (the scan's, so that the keyword pass answers the gate).
 */
export function personReferences(text: string, lower = text.toLowerCase()): number[] {
  const positions: number[] = [];
  if (mayHoldKin(lower)) kinWithNamePositions(text, lower, positions);
  KIN_SCRIPTS_ALL.lastIndex = 0;
  if (mayHoldScriptReference(lower))
    for (let match = KIN_SCRIPTS_ALL.exec(text); match !== null; match = KIN_SCRIPTS_ALL.exec(text)) positions.push(match.index);
  return positions.sort((left, right) => left - right);
}

/** A Hindi or Chinese possessive and relation word with no name after it (मेरी बहन को …, 我妈妈有 …). */
const UNNAMED_KIN_SCRIPTS = new RegExp(
  `${HINDI_KIN}(?![\\u0900-\\u097f])(?!\\s+(?!(?:${HINDI_NOT_NAMES})(?![\\u0900-\\u097f]))[\\u0900-\\u097f]{2,})|${CHINESE_KIN}`,
  "gu",
);

/**
 * Offsets where the writer mentions an unnamed relation of theirs: a possessive and a relation word with no name after it
 * (the same tables as `personReferences`; "my sister", "meine Schwiegermutter", "Meri bhabhi", "मेरी बहन", "我妈妈").
 */
export function unnamedRelationPositions(text: string, lower = text.toLowerCase()): number[] {
  const positions: number[] = [];
  if (mayHoldKin(lower)) kinWithNamePositions(text, lower, positions, false, true);
  if (mayHoldScriptReference(lower)) {
    UNNAMED_KIN_SCRIPTS.lastIndex = 0;
    for (let match = UNNAMED_KIN_SCRIPTS.exec(text); match !== null; match = UNNAMED_KIN_SCRIPTS.exec(text)) positions.push(match.index);
  }
  return positions.sort((left, right) => left - right);
}

/** Does `sentence` name a particular private person by a relation word, a role label or an honorific? */
export function refersToPerson(sentence: string): boolean {
  return kinWithName(sentence) || (mayHoldScriptReference(sentence.toLowerCase()) && KIN_SCRIPTS.test(sentence));
}

/** A line break or a CJK full stop, exclamation or question mark (`\n。！？`). */
const isSentenceBreak = (code: number): boolean => code === 10 || code === 0x3002 || code === 0xff01 || code === 0xff1f;
/** `.`, `!` or `?`. */
const isStop = (code: number): boolean => code === 46 || code === 33 || code === 63;
/** Whitespace at `index`, or the text's end there. */
const spaceOrEnd = (text: string, index: number): boolean => index >= text.length || isRegexSpace(text.charCodeAt(index));

/**
 * The sentence or record line holding `index`: bounded by a line break, or by . ! ? 。！？ followed by
 * a space, a line break or the end, and at most 300 characters each way; leading spaces left out.
 */
export function sentenceAround(text: string, index: number): [number, number] {
  // By character code: `text[i]` is a new string for each character above U+00FF, and a `/\s/u` literal a new RegExp.
  const floor = Math.max(0, index - 300);
  const ceiling = Math.min(text.length, index + 300);
  let start = index;
  while (start > floor) {
    const code = text.charCodeAt(start - 1);
    if (isSentenceBreak(code)) break;
    if (isStop(code) && spaceOrEnd(text, start)) break;
    start--;
  }
  while (start < index && isRegexSpace(text.charCodeAt(start))) start++;
  let end = index;
  while (end < ceiling) {
    const code = text.charCodeAt(end);
    if (isSentenceBreak(code)) break;
    if (isStop(code) && spaceOrEnd(text, end + 1)) {
      end++;
      break;
    }
    end++;
  }
  return [start, end];
}
