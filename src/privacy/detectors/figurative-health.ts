/**
 * Health words used as figures of speech after a name (session 49, issue #15): "Noah was diagnosed with a bad case of
 * Mondays", "Jack has a migraine of a merge conflict to solve", "Paulo está com febre de compras", "Ania ma gorączkę
 * sobotniej nocy", "Rohit ko bukhar hai cricket ka". Each rule reads the words right after the term (bounded slices):
 * - a "case of" whose object holds no health word (the caller's test) is a mood, not a diagnosis;
 * - an ache or a nightmare "of a …" is the English epithet construction ("a beast of a car"), not a symptom;
 * - a fever "of" or "for" something, in Portuguese, Spanish, English, Polish and Hinglish, is an enthusiasm: a noun or
 *   genitive after it that is no number, no time of day and no preposition.
 */

/** "a bad case of …", "a serious case of …": the object after "case of", or undefined. */
const CASE_OF = /^(?:an? )?(?:(?:bad|serious|severe|real|terrible|classic|mild|chronic) )?case of (?:the )?(\S.*)$/iu;

const WHITE_SPACE_RUN = /\s+/gu;

export function caseOfObject(phrase: string): string | undefined {
  return CASE_OF.exec(phrase.trim().replace(WHITE_SPACE_RUN, " "))?.[1];
}

/** An ache or a nightmare followed by "of a"/"of an": "a migraine of a merge conflict", "a headache of a form". */
const EPITHET_HEAD = /^(?:migraines?|headaches?|nightmares?|pains?)$/iu;
const OF_A_AFTER = /^\s+of\s+an?\s+(?!\d)/iu;

export function epithetOfA(term: string, after: string): boolean {
  return EPITHET_HEAD.test(term) && OF_A_AFTER.test(after);
}

/** Fever words in the languages of the first-name vocabulary. */
const FEVER = /^(?:febre|fiebre|fever|fièvre|fieber|gorączk\p{L}*|bukhar)$/iu;
/**
 * After a fever: a preposition of the thing it is for and a word ("de compras", "del oro", "for gold"), not a number, a
 * time of day, an origin, an article or a named fever's word ("fiebre del heno", "febre amarela"); a Polish feminine
 * genitive adjective and its noun ("sobotniej nocy"), not a time ("ostatniej nocy"); Hinglish "hai … ka" ("bukhar hai
 * cricket ka"), not a length of time ("teen din ka"). Group 1 is the word after, for the caller's health-word test.
 */
const FEVER_FOR =
  /^\s+(?:(?:de|do|da|del|das|dos|for|of)\s+(?!(?:manhã|noite|tarde|madrugada|mañana|noche|origem|origen|unknown|undetermined|over|above|around|about|up|ao|a|o|la|el|the|los|las|um|uma|un|una|heno|feno|fenos|tifoide|amarela|amarilla|reumática|reumatica|rato|carraça|garrapata)(?![\p{L}]))(\p{Ll}{3,})|(?!(?:ostatniej|zeszłej|wczorajszej|dzisiejszej|całej|każdej|jednej)(?![\p{L}]))(\p{Ll}{3,}(?:iej|nej))\s+\p{Ll}+|(?:hai\s+|chadha\s+hai\s+)?(?!(?:din|dino|hafte|hafton|ghante|raat|mahine|saal)(?![\p{L}]))(\p{Ll}{3,})\s+ka(?![\p{L}]))/u;

/** A fever for something else: the fever word and FEVER_FOR's reading, its word no health word (`isHealthWord`). */
export function figurativeFever(term: string, after: string, isHealthWord: (word: string) => boolean): boolean {
  if (!FEVER.test(term)) return false;
  const match = FEVER_FOR.exec(after);
  if (match === null) return false;
  const word = match[1] ?? match[2] ?? match[3]!;
  return !isHealthWord(word);
}

const THROW_UP = /^(?:throwing|threw|throws|throw) up$/i;
/**
 * Session 54: "throw up" with an object that no body brings up — a shot in a game (three-pointers, shots, bricks,
 * airballs, jumpers, a Hail Mary), one's hands or arms (despair), a tent, a wall, a website or a sign put up quickly:
 * "Emma keeps throwing up three-pointers", "Noah threw up his hands", "Mia threw up a landing page". After at most an
 * article, a possessive or a number and one adjective (no preposition: "threw up on the walls" is vomiting). Vomiting's objects (blood, breakfast, everything, his pills)
 * are not among them.
 */
const THROWN_UP_OBJECT =
  /^[ \t]+(?:(?:a|an|the|his|her|their|my|our|your|some|two|three|four|five|six|ten|more)[ \t]+)?(?:(?!(?:on|in|into|over|all|at|onto|against|by)[ \t])[\p{Ll}-]{2,16}[ \t]+)?(?:three-pointers?|three pointers?|threes|treys|shots?|jump ?shots?|jumpers?|bricks?|air ?balls?|floaters?|prayers?|hail marys?|lobs?|hands|arms|tents?|walls?|websites?|sites?|landing pages?|pages?|posters?|signs?|graffiti|flags?|scaffolding|barricades?)(?![\p{L}])/iu;

/** "throw up" with a thrown or raised object (THROWN_UP_OBJECT) right after it: no one's vomiting. */
export function figurativeThrowUp(term: string, after: string): boolean {
  return THROW_UP.test(term) && THROWN_UP_OBJECT.test(after);
}
