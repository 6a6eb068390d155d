/**
 * A condition word that belongs to a group of people or to an institution, not to the person a sentence names (session
 * 43, dev-51): "treats refugees with cancer", "a clinic for patients with diabetes", "20,000 cancer patients", "a new
 * cancer centre", "asthma rates", "centre de lutte contre le cancer", "malati di tumore", "chorych na raka". A person
 * named in the sentence ("Jordan …", "Charlotte has …") is then no evidence that the condition is theirs; whoever the
 * sentence names, a plural group or an institution owns the condition. "Jordan, my flatmate, has cancer", "a patient with
 * diabetes" (one person) and "Anna has cancer and is at the hospital" (the institution is not joined to the term) stay
 * the person's. Each read is a bounded slice around a term already found (linear time).
 */

/**
 * A plural group and a preposition right before the term, one optional word between each ("patients with", "refugees
 * with", "people living with", "uninsured patients with", "enfermos de", "malati di", "chorych na", "doentes com").
 */
const GROUP_BEFORE = new RegExp(
  "(?<![\\p{L}])(?:patients|people|persons|children|kids|adults|refugees|residents|women|men|those|sufferers|survivors|families|pilgrims|citizens|workers|" +
    "patienten|menschen|kinder|erkrankte|patiënten|mensen|personnes|malades|enfants|pacientes|enfermos|personas|niños|pazienti|malati|persone|bambini|" +
    "doentes|pessoas|crianças|peregrinos|chorych|pacjentów|osób|dzieci)" +
    "\\s+(?:\\p{Ll}+\\s+)?(?:with|for|of|mit|met|avec|atteints?\\s+d[e'’]|con|com|de|di|na|z|dla)\\s+(?:\\p{Ll}+\\s+)?$",
  "u",
);

/** A campaign or institution word governing the term: "lutte contre le", "the fight against", "Zentrum für". */
const INSTITUTION_BEFORE = new RegExp(
  "(?<![\\p{L}])(?:(?:fight|war|campaign)\\s+against|against|contre|gegen|contra|contro|przeciw|tegen|" +
    "(?:cent(?:er|re)|centro|zentrum|clinic|klinik|clinique|clínica|unit|ward|department|reparto|oddział|afdeling|foundation|stiftung|fondation|institute|institut|istituto|instituto|society|programme|program)" +
    "\\s+(?:for|für|de|du|des|di|per|para|voor|dla))\\s+(?:(?:the|le|la|les|l['’]|el|il|lo|o|a|der|die|das|de)\\s*)?$",
  "iu",
);

/** Group and institution nouns that may follow a condition word ("cancer patients", "cancer centre", "asthma rates"). */
const GROUP_NOUNS =
  "cent(?:er|re)s?|clinics?|hospitals?|units?|wards?|patients|sufferers|survivors|rates?|screenings?|research|charit(?:y|ies)|foundations?|" +
  "society|awareness|services|programmes?|programs?|departments?|specialists|statistics|deaths|cases|registr(?:y|ies)|epidemic|prevalence|" +
  "zentrums?|zentren|kliniken|station|patienten|centros?|pacientes|pazienti|registro";

/** A group or institution noun right after the term. */
const INSTITUTION_AFTER = new RegExp(`^[ \\t-]+(?:${GROUP_NOUNS})(?![\\p{L}])`, "iu");
/** The last word of a diagnosis phrase is such a noun ("has a new cancer center"). */
const INSTITUTION_WORD = new RegExp(`^(?:${GROUP_NOUNS})$`, "iu");

/** A group or institution noun right after the condition ending at `end` ("the cancer registry export", session 48). */
export function institutionAfter(text: string, end: number): boolean {
  return INSTITUTION_AFTER.test(text.slice(end, end + 24));
}

/** Does the condition at [start, end) belong to a group or an institution rather than to one person? */
export function conditionOfGroup(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  return GROUP_BEFORE.test(before) || INSTITUTION_BEFORE.test(before) || INSTITUTION_AFTER.test(text.slice(end, end + 24));
}

/** A diagnosis phrase that holds an institution or group noun ("has a new cancer center", "a un nouveau centre de lutte …"). */
export function phraseNamesInstitution(phrase: string): boolean {
  return phrase.split(/[\s-]+/u).some((word) => INSTITUTION_WORD.test(word));
}
