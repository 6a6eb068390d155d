/**
 * A condition in a chat-export message about the sender's unnamed relative (session 42, dev-44): "[05/12/2026 20:20]
 * Trần Minh: Mẹ tôi bị tiểu đường", "2026-12-01 08:10 — Bea Lind: my cousin got diagnosed with ADHD", "Оксана Мельник,
 * [04.12.2026 18:25]\nу мого дідуся деменція". The name in the export's sender position is the writer, not the person the
 * condition belongs to; the relative is unnamed, which the policy does not report (eval/privacy/README.md).
 * The finding is dropped when its line is a message of a chat export (a timestamped sender header: WhatsApp, Signal,
 * Teams, Telegram), a first-person possessive before a lower-case word ("my cousin", "у мого дідуся", "mi tía") or a
 * kinship word before "tôi" comes before the condition in the message, and the message holds no other capitalised word
 * (its first word only when it is not a known first name): "[…] Dana: Marek's mum has cancer" stays reported.
 * The same holds for a programme offered to all staff (an EAP announcement) in a message with no person in it.
 */
import type { PrivacyFinding } from "../types.js";
import { lowerCaseNameAhead } from "../detectors/lower-case-names.js";
import { isPersonName } from "../detectors/people-names.js";

/**
 * A message line's sender header: `[date, time] Name: `, `date time — Name: `, `Name (09:41): `. Bounded: at most 48
 * characters of date and 40 of name.
 */
const SENDER_HEADER =
  /[ \t]*(?:\[(?=[^\]\n]{0,40}\d:\d\d)[\d \t\u00a0\u202f./,:-]{6,40}(?:[AaPp]\.?[Mm]\.?)?\][ \t]*([^\n:[\]]{1,40}):[ \t]|\d{4}-\d{2}-\d{2}[ T]\d{1,2}:\d{2}(?::\d{2})?[ \t]*[—–-][ \t]*([^\n:]{1,40}):[ \t]|([^\n:()]{1,40})\(\d{1,2}:\d{2}\)[ \t]*:[ \t])/uy;
/** Telegram's header line before the message: `Name, [05.12.2026 21:14]`. The bracket holds a time (`[12/03/1961]` is a birth date). */
const TELEGRAM_HEADER = /[ \t]*([^\n,[\]]{1,40}),[ \t]*\[(?=[^\]\n]{0,40}\d:\d\d)[\d \t\u00a0\u202f./,:-]{6,40}\][ \t]*(?=\n|$)/uy;
/**
 * A relative, friend or colleague, unnamed (session 42 review: the possessive must be followed by one of these words —
 * "my doctor says it is leukemia", "my blood test shows diabetes", "mon médecin", "ma ciężką depresję" (Polish "has")
 * are the sender's own condition, not a relative's).
 */
const KIN = [
  // English
  "mum|mom|mam|mummy|mommy|mother|dad|daddy|father|parents?|brothers?|sisters?|siblings?|sons?|daughters?|kids?|child(?:ren)?|bab(?:y|ies)|husband|wife|partner|boyfriend|girlfriend|fianc[ée]e?|aunt(?:ie|y)?|uncle|cousins?|niece|nephew|grand(?:ma|mother|pa|father|mum|mom|dad|son|daughter|parents?|kids?)|gran|granny|nan|nana|step(?:mum|mom|mother|dad|father|son|daughter|brother|sister)|in-laws|family|friends?|best friend|neighbou?rs?|colleagues?|flatmate|roommate|co-?workers?",
  // French, Spanish, Italian, Portuguese, Dutch, Swedish, Hinglish
  "mère|père|frère|s(?:œ|oe)ur|fils|fille|enfants?|bébé|mari|femme|oncle|tante|cousine?s?|neveu|nièce|grand-(?:mère|père|parents)|belle-(?:mère|s(?:œ|oe)ur)|beau-(?:père|frère)|ami(?:e)?s?|voisine?|collègue|copain|copine",
  "madre|mam[áa]|mamma|mãe|padres?|pap[áà]|pai|herman[oa]s?|fratello|sorella|irm[ãa]o?|hij[oa]s?|figli[oa]?|filh[oa]s?|t[ií][oa]|zi[oa]|prim[oa]|cugin[oa]|abuel[oa]|nonn[oa]|av[óô]s?|espos[oa]|marido|mujer|marito|moglie|novi[oa]|suegr[oa]|suocer[oa]|sogr[oa]|sobrin[oa]|nipote|niet[oa]|net[oa]|amig[oa]|amic[oa]|vecin[oa]|vizinh[oa]|coleg[ao]|collega",
  "moeder|vader|ouders|broer|zus|zoon|dochter|oom|neef|nicht|opa|oma|man|vrouw|vriend(?:in)?|buurman|buurvrouw",
  "mamma|pappa|mor|far|bror|syster|dotter|moster|faster|morbror|farbror|kusin|mormor|farmor|morfar|farfar|fru|sambo|vän|kollega|granne|föräldrar|barn",
  "maa|mummy|mumma|papa|pitaji|mataji|bhai|bhaiya|beh?en|bahen|didi|beta|beti|chach[ai]|mam[ai]|mausi|bua|nan[ai]|dad[ai]|pati|patni|bhabhi|saas|sasur|dost",
  // Polish, Russian, Ukrainian: stems with their case endings
  "(?:mam|matk|ojc|tat|brat|siostr|syn|cór|córk|wujk|wuj|cioci|ciot|kuzyn|babci|dziad|żon|przyjaci)\\p{L}*|ojciec|mąż|męża",
  "(?:мам|мат|пап|отц|тат|батьк|брат|сестр|сын|син|доч|донь|тет|тёт|тітк|дяд|бабу|бабц|дед|дід|муж|жен|чолові|дружин|онук|внук|друг|подруг|сосед|сусід|колег|племінни|племянни|двоюрідн|двоюродн)\\p{L}*",
].join("|");
/** A first-person possessive before a kinship word (the relative, unnamed), or a kinship noun before "tôi". */
const OWN_UNNAMED = new RegExp(
  String.raw`(?<![\p{L}])(?:[Mm]y|[Oo]ur|[Mm]eine?[mnrs]?|[Uu]nser(?:e[mnrs]?)?|[Mm]on|[Mm]a|[Mm]es|[Mm]is?|[Mm]i[oa]|[Mm]iei|[Mm]eu|[Mm]inha|[Mm]ijn|[Mm]ój|[Mm]oja|[Mm]ojego|[Mm]ojej|[Mm]eri|[Mm]era|[Mm]ere|[Mm]in|[Mm]itt|[Mm]ina|[Мм]о(?:й|я|е|ё|ї|є|его|ей|ему|го|єї|їй))[ \t]+(?:${KIN})(?:['’]s)?(?![\p{L}])|(?<![\p{L}])(?:[Mm]ẹ|[Bb]ố|[Bb]à|[Ôô]ng|[Aa]nh|[Cc]hị|[Ee]m|[Cc]on|[Cc]ô|[Cc]hú|[Bb]ác|[Vv]ợ|[Cc]hồng)[ \t]+tôi(?![\p{L}])`,
  "u",
);
/** A capitalised word; an Irish or Italian prefix before an apostrophe is part of it (O'Brien, D’Angelo: session 43 review). */
const CAPITALISED_WORD = /(?<![\p{L}\p{N}'’])(?:\p{Lu}['’](?=\p{Lu}))?\p{Lu}\p{Ll}+/gu;
/** A name in capitals (`MARTA FERREIRA`: two such words) or in a script without case (`فاطمة حسن`, `김민준`). */
const OTHER_NAME = /(?<![\p{L}\p{N}])\p{Lu}{2,}[ \t]+\p{Lu}{2,}(?![\p{L}\p{N}])|\p{Lo}{2,}/u;
/**
 * An identifier in the same message makes the relative identifiable (session 42 review): a run of six or more digits
 * (phone, birth date, id), an e-mail address, a birth-date word, a house number before a street word.
 */
const IDENTIFIER =
  /\d(?:[ \t./()+-]{0,2}\d){5}|(?<=[\w.+-])@[\w-]+\.\p{L}|(?<![\p{L}])(?:dob|d\.o\.b|born|née?|nacid[oa]|nat[oa]|urodzon\p{L}*|родил\p{L}*|народи\p{L}*)(?![\p{L}])|\d{1,5}[ \t]+\p{L}+[ \t]+(?:street|st|road|rd|avenue|ave|lane|drive|close|calle|rue|via|rua|ulica|ul)(?![\p{L}])/iu;
/** The sender's own condition after the relative's ("my mum and I both have diabetes", "yo también", "у меня тоже"). */
const SENDER_TOO = /(?<![\p{L}'’])(?:I|both|yo|tengo|moi|j['’]ai|ja|я|у меня|у мене|mujhe|mujhko|tôi cũng)(?![\p{L}'’])/u;
/** "diabetes too", "me too" right after the condition: the sender has it as well. */
const ME_TOO_AFTER = /^[ \t,]*(?:too|as well|me too|like me|también|aussi|też|тоже|теж)(?![\p{L}])/iu;
const NOT_SPACE = /\S/u;

/** A chat-export message: its body's [start, end), and whether a finding at or after `cueEnd` is an unnamed relative's. */
interface Message {
  start: number;
  end: number;
  /** End of the first unnamed-relative cue in the body, or Infinity when there is none or the body names someone. */
  cueEnd: number;
}

/** Per text: its chat-export messages in order, read once on the first health finding (linear in the text). */
export interface ChatMessages {
  messages?: Message[];
}

/** Words of the senders' names (headers), which do not name a third person. */
function addSenderWords(senders: Set<string>, name: string | undefined): void {
  if (name === undefined) return;
  for (const word of name.split(/[\s,.]+/u)) if (word) senders.add(word.toLowerCase());
}

/**
 * Whether the chat names a third person anywhere (session 42 review: "her name is Marta Ferreira" in the next message
 * or line names the relative): a capitalised word of the text that is a known first name and no sender's.
 */
function chatNamesSomeone(text: string, senders: Set<string>): boolean {
  CAPITALISED_WORD.lastIndex = 0;
  for (let match = CAPITALISED_WORD.exec(text); match !== null; match = CAPITALISED_WORD.exec(text)) {
    if (!senders.has(match[0].toLowerCase()) && isPersonName(match[0])) return true;
  }
  return false;
}

function readMessages(text: string, relativesReported: boolean): Message[] {
  const messages: Message[] = [];
  const senders = new Set<string>();
  let previousStart = -1;
  let previousEnd = -1;
  for (let lineStart = 0; lineStart <= text.length;) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // Sticky matches at the line start: bounded reads (a header is at most ~130 characters), no copy of the line.
    SENDER_HEADER.lastIndex = lineStart;
    const header = SENDER_HEADER.exec(text);
    let bodyStart = -1;
    if (header) {
      bodyStart = lineStart + header[0].length;
      addSenderWords(senders, header[1] ?? header[2] ?? header[3]);
    } else if (previousStart >= 0 && text.charCodeAt(previousEnd - 1) === 93) {
      TELEGRAM_HEADER.lastIndex = previousStart;
      const telegram = TELEGRAM_HEADER.exec(text);
      if (telegram) {
        bodyStart = lineStart;
        addSenderWords(senders, telegram[1]);
      }
    }
    if (bodyStart >= 0) messages.push({ start: bodyStart, end: lineEnd, cueEnd: cueEndIn(text.slice(bodyStart, lineEnd), bodyStart, relativesReported) });
    previousStart = lineStart;
    previousEnd = lineEnd;
    lineStart = lineEnd + 1;
  }
  if (messages.some((message) => message.cueEnd !== Infinity) && chatNamesSomeone(text, senders)) for (const message of messages) message.cueEnd = Infinity;
  return messages;
}

/**
 * A programme offered to all staff (session 42, dev-44): "our EAP covers up to six free counselling sessions for
 * anxiety or depression" is no one's condition. Only with no person in the message: a pronoun or a verb of use or
 * diagnosis ("Tom uses our EAP for his depression", "the EAP helped me with my anxiety") keeps the finding.
 */
const OFFERED_TO_ALL =
  /(?<![\p{L}])(?:EAP|employee assistance(?: programme| program| service)?|(?:wellbeing|well-being|wellness) (?:programme|program|service|offer|benefit)s?|occupational health service|all (?:staff|employees|colleagues)|every (?:employee|staff member))(?![\p{L}])/iu;
const SOMEONE_IN_MESSAGE =
  /(?<![\p{L}'’])(?:I|I['’]m|I['’]ve|me|my|mine|he|she|his|her|him|hers|diagnosed|uses|used|using|attends|attended|referred|has|had)(?![\p{L}'’])/iu;

/** With `relativesReported` (`privacy.unnamedRelatives: sensitive`) only a programme offered to all is a cue. */
function cueEndIn(body: string, offset: number, relativesReported: boolean): number {
  const cue = (relativesReported ? null : OWN_UNNAMED.exec(body)) ?? offeredToAll(body);
  // A possessive right before a capitalised word is read by the same test: "my cousin Jules" names Jules.
  if (!cue || IDENTIFIER.test(body) || OTHER_NAME.test(body) || namesSomeone(body.replace(OWN_UNNAMED, (found) => found.toLowerCase()))) return Infinity;
  // A lower-case given name right after the relative ("my mum anna weber has cancer": session 44) names them.
  if (lowerCaseNameAhead(body.slice(cue.index + cue[0].length, cue.index + cue[0].length + 40))) return Infinity;
  return offset + cue.index + cue[0].length;
}

function offeredToAll(body: string): RegExpExecArray | null {
  const offer = OFFERED_TO_ALL.exec(body);
  return offer === null || SOMEONE_IN_MESSAGE.test(body) ? null : offer;
}

/** Whether the message names someone: a capitalised word after its first, or a first word that is a first name. */
function namesSomeone(body: string): boolean {
  CAPITALISED_WORD.lastIndex = 0;
  const first = body.search(NOT_SPACE);
  for (let match = CAPITALISED_WORD.exec(body); match !== null; match = CAPITALISED_WORD.exec(body)) {
    if (match.index !== first || isPersonName(match[0])) return true;
  }
  return false;
}

export function isChatRelativeHealth(text: string, finding: PrivacyFinding, cache: ChatMessages, relativesReported = false): boolean {
  if (finding.category !== "health") return false;
  const messages = (cache.messages ??= readMessages(text, relativesReported));
  // The last message starting at or before the finding (binary search).
  let low = 0;
  let high = messages.length - 1;
  let found: Message | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (messages[middle]!.start <= finding.start) {
      found = messages[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  if (found === undefined || finding.end > found.end || finding.start < found.cueEnd) return false;
  return (
    !SENDER_TOO.test(text.slice(Math.max(found.cueEnd, finding.start - 64), finding.start)) &&
    !ME_TOO_AFTER.test(text.slice(finding.end, Math.min(found.end, finding.end + 24)))
  );
}
