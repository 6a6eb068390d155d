/**
 * Evidence that a sentence is about one particular, named private person, in forms person-near.ts does
 * not read: a possessive and a kinship or relation word followed by a name ("my brother-in-law Dave",
 * "meine Schwiegermutter Renate", "mi abuelo Ramón", "Meri wife Pooja", "मेरी माँ सुनीता", "我同事李娜"),
 * a record's role label before a name in scripts without capitals (社員 渡辺 大輔, 申请人周杰,
 * कर्मचारी प्रिया वर्मा), a name with a Japanese honorific (田中さんが). The eval policy (eval/privacy/README.md) reports a relative only
 * when named: "my mother has diabetes" is not evidence. Used by the person-condition rule and the
 * money rule next to person-near.ts.
 */
import { CN_SURNAMES } from "./script-health.js";

const KIN_LATIN = [
  // English
  "(?:my|our) (?:\\p{Ll}+ )?(?:wife|husband|son|daughter|child|kid|kids|mother|father|mom|mum|mommy|dad|daddy|parents?|brother|sister|sibling|grandmother|grandfather|grandma|grandpa|granny|aunt|uncle|cousin|niece|nephew|friend|best friend|bff|coworker|co-worker|colleague|boss|manager|neighbou?r|roommate|flatmate|housemate|partner|girlfriend|boyfriend|fiancée?|ex|in-laws?|mother-in-law|father-in-law|brother-in-law|sister-in-law|son-in-law|daughter-in-law|stepmother|stepfather|stepson|stepdaughter|employee|tenant|patient|client|nanny|babysitter|teacher|student)(?:['’]s)?",
  // German
  "(?:mein|meine|meinem|meinen|meiner|meines|unser|unsere|unserem|unseren|unserer) (?:Mutter|Vater|Mama|Papa|Frau|Mann|Ehefrau|Ehemann|Sohn|Tochter|Bruder|Schwester|Oma|Opa|Großmutter|Großvater|Tante|Onkel|Cousin|Cousine|Neffe|Nichte|Freund|Freundin|Kollege|Kollegen|Kollegin|Chef|Chefin|Nachbar|Nachbarn|Nachbarin|Partner|Partnerin|Schwager|Schwägerin|Schwiegermutter|Schwiegervater|Schwiegersohn|Schwiegertochter|Enkel|Enkelin|Eltern|Mitbewohner|Mitbewohnerin|Mitarbeiter|Mitarbeiterin)",
  // French
  "(?:mon|ma|mes|notre|nos) (?:mère|père|maman|papa|femme|mari|fils|fille|frère|sœur|soeur|grand-mère|grand-père|oncle|tante|cousin|cousine|neveu|nièce|ami|amie|copain|copine|collègue|patron|patronne|chef|voisin|voisine|compagnon|compagne|conjoint|conjointe|beau-père|belle-mère|beau-frère|belle-sœur|belle-soeur|parents|colocataire|employé|employée)",
  // Spanish
  "(?:mi|mis|nuestro|nuestra|nuestros|nuestras) (?:madre|padre|mamá|papá|esposa|esposo|marido|mujer|hijo|hija|hermano|hermana|abuelo|abuela|tío|tía|primo|prima|sobrino|sobrina|amigo|amiga|novio|novia|pareja|compañero|compañera|jefe|jefa|vecino|vecina|suegro|suegra|cuñado|cuñada|yerno|nuera|padres|empleado|empleada)",
  // Italian
  "(?:mio|mia|miei|mie|nostro|nostra) (?:madre|padre|mamma|papà|moglie|marito|figlio|figlia|fratello|sorella|nonno|nonna|zio|zia|cugino|cugina|nipote|amico|amica|fidanzato|fidanzata|collega|capo|vicino|vicina|suocero|suocera|cognato|cognata|genitori|dipendente)",
  // Portuguese
  "(?:meu|minha|meus|minhas|nosso|nossa) (?:mãe|pai|esposa|marido|mulher|filho|filha|irmão|irmã|avó|avô|tio|tia|primo|prima|sobrinho|sobrinha|amigo|amiga|namorado|namorada|colega|chefe|vizinho|vizinha|sogro|sogra|cunhado|cunhada|pais|funcionário|funcionária)",
  // Dutch
  "(?:mijn|onze|ons) (?:moeder|vader|mama|papa|vrouw|man|zoon|dochter|broer|zus|zuster|oma|opa|oom|tante|neef|nicht|vriend|vriendin|collega|baas|buurman|buurvrouw|buren|schoonvader|schoonmoeder|zwager|schoonzus|partner|ouders|huisgenoot)",
  // Polish (case endings)
  "(?:mój|moja|mojego|mojej|mojemu|moją|moi|moich|nasz|nasza|naszego|naszej) (?:mam\\p{L}*|matk\\p{L}*|tat\\p{L}*|ojc\\p{L}*|ojciec|żon\\p{L}*|mąż|męż\\p{L}*|syn\\p{L}*|córk\\p{L}*|córce|brat\\p{L}*|siostr\\p{L}*|babci\\p{L}*|babcia|dziad\\p{L}*|wujek|wujk\\p{L}*|cioci\\p{L}*|ciocia|kuzyn\\p{L}*|przyjaciel\\p{L}*|przyjaciół\\p{L}*|koleg\\p{L}*|koleżank\\p{L}*|szef\\p{L}*|sąsiad\\p{L}*|teś\\p{L}*|teściow\\p{L}*|szwagr\\p{L}*|szwagier|szwagierk\\p{L}*|rodzic\\p{L}*|pracownik\\p{L}*|pracownic\\p{L}*)",
  // Hinglish
  "(?:meri|mere|mera|hamari|hamare|hamara|apni|apne) (?:wife|husband|biwi|pati|patni|mummy|mumma|mom|maa|mummi|papa|dad|pitaji|bhai|bhaiya|behen|bahan|didi|bhabhi|jiju|chacha|chachi|chachu|mama|mami|mausi|masi|bua|nani|nana|dadi|dada|dost|friend|beta|beti|bete|saas|sasur|boss|colleague|padosi|roommate|girlfriend|boyfriend)",
]
  .map((source) => source.replace(/ /gu, "\\s+"))
  .join("|");

/** A possessive and a relation word, any case ("My wife", "meine Schwiegermutter"); a name must follow (NAME_NEXT). */
const KIN = new RegExp(`(?<![\\p{L}])(?:${KIN_LATIN})(?![\\p{L}-])`, "giu");
/** A capitalised name right after the relation word, after an optional comma or an initial. */
const NAME_NEXT = /^\s*,?\s+(?:\p{Lu}\.\s*)?\p{Lu}[\p{Ll}'’-]+/u;

function kinWithName(sentence: string): boolean {
  KIN.lastIndex = 0;
  for (let match = KIN.exec(sentence); match !== null; match = KIN.exec(sentence))
    if (NAME_NEXT.test(sentence.slice(match.index + match[0].length, match.index + match[0].length + 40))) return true;
  return false;
}

/** Hindi postpositions and particles that follow a relation word (not names). */
const HINDI_NOT_NAMES = "को|की|का|के|ने|से|में|पर|है|हैं|जी|और|भी|ही|तो";

/**
 * Hindi, Chinese and Japanese: possessive + relation + name (मेरी माँ सुनीता, 我同事李娜), a record's role
 * label + name (社員 渡辺 大輔, 申请人周杰, कर्मचारी प्रिया वर्मा), a name + Japanese honorific (伊藤 涼子さんが).
 */
const KIN_SCRIPTS = new RegExp(
  [
    `(?:मेरी|मेरे|मेरा|हमारी|हमारे|हमारा)\\s+(?:माँ|मां|माता|पिता|पिताजी|पापा|पत्नी|पति|भाई|बहन|बेटा|बेटी|दोस्त|मित्र|दादी|दादा|नानी|नाना|चाचा|चाची|मामा|मामी|सास|ससुर|भाभी|सहकर्मी)\\s+(?!(?:${HINDI_NOT_NAMES})(?![\\u0900-\\u097f]))[\\u0900-\\u097f]{2,}`,
    `(?:कर्मचारी|आवेदक|मरीज़?|रोगी|ग्राहक|खाताधारक|लाभार्थी)\\s*[:：]?\\s*(?!(?:${HINDI_NOT_NAMES})(?![\\u0900-\\u097f]))[\\u0900-\\u097f]{2,}\\s+[\\u0900-\\u097f]{2,}`,
    `我(?:的)?(?:爸爸|妈妈|爸|妈|父亲|母亲|老公|老婆|丈夫|妻子|儿子|女儿|哥哥|姐姐|弟弟|妹妹|爷爷|奶奶|外公|外婆|姥姥|姥爷|舅舅|舅妈|姑姑|阿姨|叔叔|婶婶|伯伯|表哥|表姐|堂哥|朋友|同事|室友|邻居|老板|领导|同学|男朋友|女朋友|岳父|岳母|公公|婆婆)[${CN_SURNAMES}][\\p{Script=Han}]{1,2}`,
    `(?:员工|職員|职员|申请人|申請人|被保险人|被保險人|收款人|借款人|患者|病人|客户|持卡人|社員|従業員|申込者|被保険者|契約者|名義|受取人)(?:\\s*[:：]\\s*|\\s+)[\\p{Script=Han}\\p{Script=Katakana}]{2,4}`,
    `(?:员工|职员|申请人|被保险人|收款人|借款人|患者|病人|客户|持卡人)[${CN_SURNAMES}][\\p{Script=Han}]{1,2}`,
    `[\\p{Script=Han}\\p{Script=Katakana}]{1,4}(?:さん|様|氏|くん|ちゃん)(?:の|が|は|に|、|，|（|\\()`,
  ].join("|"),
  "u",
);

/** Does `sentence` name a particular private person by a relation word, a role label or an honorific? */
export function refersToPerson(sentence: string): boolean {
  return kinWithName(sentence) || KIN_SCRIPTS.test(sentence);
}

/**
 * The sentence or record line holding `index`: bounded by a line break, or by . ! ? 。！？ followed by
 * a space, a line break or the end, and at most 300 characters each way; leading spaces left out.
 */
export function sentenceAround(text: string, index: number): [number, number] {
  const floor = Math.max(0, index - 300);
  const ceiling = Math.min(text.length, index + 300);
  let start = index;
  while (start > floor) {
    const char = text[start - 1]!;
    if (char === "\n" || char === "。" || char === "！" || char === "？") break;
    if ((char === "." || char === "!" || char === "?") && /\s/u.test(text[start] ?? " ")) break;
    start--;
  }
  while (start < index && /\s/u.test(text[start]!)) start++;
  let end = index;
  while (end < ceiling) {
    const char = text[end]!;
    if (char === "\n" || char === "。" || char === "！" || char === "？") break;
    if ((char === "." || char === "!" || char === "?") && /\s/u.test(text[end + 1] ?? " ")) {
      end++;
      break;
    }
    end++;
  }
  return [start, end];
}
