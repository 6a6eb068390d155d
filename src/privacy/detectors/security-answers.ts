/**
 * The answer to an account's security question, told in conversation (dev-49, session 43): "the answer you set up is
 * Kowalczyk", "the memorable word is marmalade", "elle a mis Pontivy comme réponse", "Кодовое слово … — Барсик",
 * "cevap olarak Nermin Hoca", "答えはもちまるに". Only when the text names a security question, a memorable or code
 * word, or a mother's maiden name together with an account (bank, login, support): a quiz's "the answer is Paris" and
 * a public figure's mother's maiden name are no secret. The value is one word (two capitalised words in Turkish), not a
 * function word. Bounded patterns anchored on their answer word: linear in the text.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { FICTION_CUE, mentionsWellKnownPerson } from "../judgement/public-entities.js";

/** A security question or a memorable / code word. */
const QUESTION_CUE =
  /security (?:question|answer)|secret (?:question|answer)|memorable (?:word|name|place)|password hint|question secrète|question de sécurité|pregunta (?:secreta|de seguridad)|sicherheitsfrage|geheimfrage|domanda (?:segreta|di sicurezza)|pergunta (?:secreta|de segurança)|pytanie (?:pomocnicze|bezpieczeństwa)|kontrolní otázk|beveiligingsvraag|güvenlik sorusu|gizli soru|секретн\p{L}{0,30} вопрос|контрольн\p{L}{0,30} вопрос|кодов\p{L}{0,30} слов|秘密の質問|秘密の答え|合言葉|安全问题|密保问题|보안 질문/iu;
const CUE_STEMS = [
  "security question",
  "security answer",
  "secret question",
  "secret answer",
  "memorable",
  "password hint",
  "maiden name",
  "question secrète",
  "question de sécurité",
  "pregunta",
  "sicherheitsfrage",
  "geheimfrage",
  "domanda",
  "pergunta",
  "pytanie",
  "kontrolní otázk",
  "beveiligingsvraag",
  "güvenlik sorusu",
  "gizli soru",
  "вопрос",
  "кодов",
  "秘密の",
  "合言葉",
  "安全问题",
  "密保问题",
  "보안 질문",
];
/** A mother's maiden name counts as a question only with an account around it. */
const MAIDEN_NAME = /maiden name/i;
const ACCOUNT_CONTEXT = /\b(?:bank|account|login|log in|sign in|set up|reset|support|verify|verification|helpline)\b/i;

/**
 * The usual security questions as a label: a mother's maiden name or birthplace, a first pet, school, car, teacher or
 * street, a childhood friend, nickname or street, a favourite teacher, book or film, the city one was born in (English,
 * German, French, Spanish); then `:`, a dash or `?` and one or two capitalised words (three for a school's name).
 */
const LABELLED_ANSWER =
  /(?<![\p{L}])(?:mother['’]?s maiden name|(?:name of (?:your|my) )?first (?:pet|school|car|teacher)(?:['’]s name)?|childhood (?:street|nickname|(?:best )?friend|hero)|favou?rite (?:teacher|book|film|movie)|(?:city|town) (?:where (?:you|I) (?:were|was) born|of birth)|mädchenname der mutter|geburtsname der mutter|geburtsort der mutter|name (?:des|deines|meines) ersten (?:haustiers|autos|lehrers)|nom de jeune fille de (?:ta|votre|ma) mère|(?:nom de )?(?:ton|votre|mon) premier animal|apellido de soltera de (?:tu|mi) madre|nombre de (?:tu|mi) primer(?:a)? (?:mascota|colegio|escuela|coche))[ \t]{0,3}["”]?[ \t]{0,3}(?:[:：=]|[–—-]|\?)[ \t]{0,3}["“„«]?[ \t]?(\p{Lu}[\p{L}'’-]{1,30}(?:[ \t]\p{Lu}[\p{L}'’-]{1,30}){0,2})/giu;

/**
 * Session 51: an answer's own label after the question ("Security question: mother's maiden name. Answer: Kowalczyk.",
 * "Pregunta de seguridad: … Respuesta: Canelita2009."): one capitalised word, maybe with digits, that ends its clause
 * ("Answer: Never reuse …" is advice).
 */
const ANSWER_LABEL =
  /(?<![\p{L}])(?:[Aa]nswer|ANSWER|[Rr]espuesta|[Rr]éponse|[Rr]isposta|[Rr]esposta|[Aa]ntwort|[Oo]dpowiedź|[Aa]ntwoord|[Ss]var)[ \t]?[:：][ \t]{0,3}["'“‘«„]?(\p{Lu}[\p{L}\p{N}'’-]{1,30})["'”’»]?(?=$|[\r\n.,;!])/gu;

/** [pattern, whether its value must be capitalised]; the value is the pattern's last capture group. */
const ANSWERS: ReadonlyArray<readonly [RegExp, boolean]> = [
  // Session 51: the account may be named between ("the security answer for the Vodafone account is …"), the answer may
  // hold digits ("'Pinkerton-1987'") and be two capitalised words ("is Glenwood Elementary").
  [
    /\banswer(?:\s+(?:for|to|on|of)\s+(?:the|my|your|our|his|her)\s+(?:[\p{L}\p{N}&'’.-]{1,20}\s+){0,2}(?:account|login|bank|card|profile|app))?(?:\s+(?:you|I|we|he|she|they|mum|mom|dad)\s+(?:set up|set|gave|chose|picked|used|put(?: in| down)?))?\s+(?:is|was)\s+["'“‘]?(\p{L}[\p{L}\p{N}'’-]{2,30}(?:[ \t]\p{Lu}[\p{L}'’-]{2,30})?)/gu,
    true,
  ],
  [/\b(?:memorable (?:word|name|place)|secret word)\s+(?:is|was)\s+["'“‘]?(\p{L}[\p{L}'’-]{2,30})/giu, false],
  [/\b(?:a|ai|as|avait|avons|ont)\s+mis\s+["«“]?\s?(\p{Lu}[\p{L}'’-]{2,30})\s?["»”]?\s+comme\s+réponse/gu, true],
  [
    /\b(?:la\s+)?(?:réponse|respuesta|risposta|resposta|antwort|odpowiedź|odpověď|antwoord|svar)\s+(?:est|c['’]est|es|era|è|é|ist|lautet|to|je|is|är)\s*:?\s+["«“„]?(\p{L}[\p{L}'’-]{2,30})/giu,
    true,
  ],
  [/(?:кодов\p{L}{0,30}\s+слов\p{L}*|ответ)[^.\n]{0,40}?\s[—–:-]\s+["«]?(\p{L}[\p{L}-]{2,30})/giu, false],
  [/\bcevap(?:ı|ım)?\s+(?:olarak\s+)?["“]?(\p{Lu}\p{Ll}{2,20}(?:\s\p{Lu}\p{Ll}{2,20})?)/gu, true],
  [/答え(?:は|を)「?([\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}ー]{2,12}?)」?(?:に|で|だ|です|って)/gu, false],
  // A question's label, then a colon, a dash or its question mark and the answer (session 50, dev-85): "mother's maiden
  // name: Lindqvist, first pet: Tundra", "Name des ersten Haustiers – Biscuit", "¿nombre de tu primer colegio? …".
  [LABELLED_ANSWER, true],
  [ANSWER_LABEL, true],
];

/** Function and filler words after "the answer is", and a form's field words: not an answer someone set. */
const FUNCTION_WORD =
  /^(?:required|optional|unknown|none|n\/a|pflichtfeld|obligatoire|obligatorio|the|a|an|your|my|his|her|their|our|its|not|still|always|usually|probably|something|what|that|this|these|those|same|no|yes|in|on|to|case|simple|easy|hard|wrong|correct|right|different|unique|public|known|neither|none|both|nobody|maybe|unclear|obvious|le|la|les|un|une|son|sa|ses|el|los|las|su|der|die|das|ein|eine|il|lo|gli|o|os|as|um|uma|nie|tak|это|не|да|нет)$/iu;

const SPACE = /[ \t]/;
const CLOSING_QUOTES = /['’]$/;
/** The end of the text or line, or a clause's punctuation, right after a labelled answer. */
const ANSWER_END = /^(?:$|[\r\n.,;!])/;

const CAPITALISED = /^\p{Lu}/u;
/** The leading words of `value` that begin with a capital letter, joined as written. */
function capitalisedWords(value: string): string {
  const words = value.split(SPACE);
  let kept = 0;
  while (kept < words.length && CAPITALISED.test(words[kept]!)) kept++;
  return words.slice(0, kept).join(" ");
}

/** How far before a labelled answer's label the story or person is looked for. */
const STORY_REACH = 60;
/**
 * A labelled answer in fiction or about a well-known person ("In the novel, his security question was first pet: Rex",
 * "Marie Curie's city of birth: Warsaw"): the 60 characters before the label name a story or a public figure, so the
 * label's words ("favourite book") are not read as the cue (review b, session 50).
 */
function someoneElsesStory(text: string, labelStart: number): boolean {
  const before = text.slice(Math.max(0, labelStart - STORY_REACH), labelStart);
  return FICTION_CUE.test(before) || mentionsWellKnownPerson(before);
}

/**
 * Session 53: a product's list of questions ("Security question ideas for our app: favourite book: Dune, …", "examples of
 * security questions: …"): the labelled answers are the list's examples, no one's.
 */
const QUESTION_DESIGN =
  /security questions? (?:ideas|examples?|suggestions|templates?|options|list|pool)|(?:ideas|examples|suggestions|list|templates) (?:of|for) security questions|security questions? for (?:our|the|an?|my) (?:app|site|website|form|product|sign-?up|onboarding)/i;
/**
 * Session 53: a named person's question with its answer declared public ("Marie Curie's city of birth: Warsaw is public",
 * "Ada Lovelace's mother's maiden name: Milbanke is on Wikipedia"): a published fact about that person, no account's
 * secret. The full name's possessive stands right before the label, the public word right after the answer.
 */
const NAMED_POSSESSIVE_BEFORE = /\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+['’]s[ \t]+$/u;
const DECLARED_PUBLIC_AFTER =
  /^[ \t]+(?:is|are|was)[ \t]+(?:public(?:ly known)?|well[ -]known|common knowledge|on wikipedia|in (?:every|any) (?:encyclopa?edia|biography))(?![\p{L}])/iu;

/** The 48 characters after an answer, where DECLARED_PUBLIC_AFTER looks (a bounded slice: never the text's whole rest). */
const publicWordsAfter = (text: string, from: number) => text.slice(from, from + 48);

function runSecurityAnswers(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, CUE_STEMS)) return;
  const question = QUESTION_CUE.test(text) || (MAIDEN_NAME.test(text) && ACCOUNT_CONTEXT.test(text));
  if (!question) return;
  const design = QUESTION_DESIGN.test(text);
  for (const [pattern, capitalised] of ANSWERS) {
    for (const match of text.matchAll(pattern)) {
      const labelled = pattern === LABELLED_ANSWER;
      // The label's pattern is case-blind, so its answer keeps only its capitalised words ("city of birth: Warsaw is …").
      // A closing quote is no part of the answer ("is 'Pinkerton-1987'.").
      const value = (labelled ? capitalisedWords(match[1]!) : match[1]!).replace(CLOSING_QUOTES, "");
      if (value === "" || FUNCTION_WORD.test(value) || FUNCTION_WORD.test(value.split(SPACE)[0]!)) continue;
      if (labelled && (design || someoneElsesStory(text, match.index))) continue;
      if (
        labelled &&
        NAMED_POSSESSIVE_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index)) &&
        DECLARED_PUBLIC_AFTER.test(publicWordsAfter(text, match.index + match[0].length - match[1]!.length + value.length))
      )
        continue;
      // After a label's question mark, the answer ends its line or clause ("…primer colegio? Colegio San Ildefonso."):
      // "… or mother's maiden name? Security experts say …" goes on as a sentence.
      if (
        labelled &&
        match[0].includes("?") &&
        (value !== match[1] || !ANSWER_END.test(text.slice(match.index + match[0].length, match.index + match[0].length + 1)))
      )
        continue;
      if (capitalised && !/^\p{Lu}/u.test(value)) continue;
      const start = match.index + match[0].lastIndexOf(value);
      emit("password", start, start + value.length, "security-answer", PRIORITY.contextual);
    }
  }
}

export const securityAnswerDetectors: Detector[] = [{ name: "security-answers", run: runSecurityAnswers }];
