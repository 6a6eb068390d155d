/**
 * A name followed by its relation to the writer between commas (session 43, dev-51): "Jordan, my flatmate, …", "Chester,
 * my father-in-law, …", "Ruby, my son's teacher, …", "Lourdes, mi compañera de piso, …", "Speranza, la mia vicina di
 * casa, …", "Jarosław, mój szwagier, …". The relation is the person evidence, so the name may be a word that is also a
 * place, a month or a noun (Will, Joy, Holly, August); it must still be a known name (hand list or people-names
 * lexicon, everyday-word names included) and not a greeting or function word. The closing comma is required: "Mark, my
 * friend has cancer" speaks to Mark about an unnamed friend. Bounded: at most 48 characters between the commas.
 */
import { GIVEN_NAMES } from "./lexicon.js";
import { isPersonName, isNameIncludingCommonWords } from "./people-names.js";

const OWNERS =
  "my|our|mein|meine|meinem|meinen|meiner|unser|unsere|ma|mon|mes|notre|mi|mis|nuestro|nuestra|il mio|la mia|mio|mia|mijn|onze|meu|minha|o meu|a minha|mój|moja|mojego|mojej|nasz|nasza";

const APPOSITION = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{Ll}'’-]+),[ \\t]+(?:${OWNERS})[ \\t]+([^,.;:!?\\n]{2,48}),`, "gu");

/** Relation and role words (en, de, fr, es, it, pt, nl, pl), any one of which the phrase between the commas must hold. */
const RELATION =
  /(?<![\p{L}])(?:wife|husband|son|daughter|child|kid|mother|father|mom|mum|dad|parents?|brother|sister|grandmother|grandfather|grandma|grandpa|gran|granny|aunt|uncle|cousin|niece|nephew|friend|colleague|co-?worker|boss|manager|neighbou?rs?|roommate|flatmate|housemate|partner|girlfriend|boyfriend|fianc[ée]e?|ex(?:-husband|-wife)?|[a-z]+-in-law|step(?:mother|father|son|daughter)|employee|tenant|landlord|landlady|patient|client|nanny|babysitter|au pair|teacher|student|coach|cleaner|lodger|receptionist|assistant|mutter|vater|frau|mann|sohn|tochter|bruder|schwester|oma|opa|tante|onkel|freund(?:in)?|kolleg(?:e|in)|nachbar(?:in)?|schwager|schwägerin|schwieger\p{L}+|mitbewohner(?:in)?|mère|père|femme|mari|fils|fille|frère|s(?:œ|oe)ur|ami|amie|collègue|voisin|voisine|belle-\p{L}+|beau-\p{L}+|colocataire|locataire|madre|padre|esposa|esposo|marido|hij[oa]|herman[oa]|abuel[oa]|tí[oa]|prim[oa]|amig[oa]|novi[oa]|compañer[oa]|vecin[oa]|suegr[oa]|cuñad[oa]|moglie|marito|figli[oa]|fratello|sorella|nonn[oa]|zi[oa]|cugin[oa]|amic[oa]|collega|vicin[oa]|suocer[oa]|cognat[oa]|coinquilin[oa]|mãe|pai|irmã|irmão|filh[oa]|vizinh[oa]|colega|sogr[oa]|cunhad[oa]|moeder|vader|zus|broer|buurvrouw|buurman|collega|vriend(?:in)?|żona|mąż|córka|syn|brat|siostra|sąsiad(?:ka)?|szwagier|szwagierka|teściowa|teść|kolega|koleżanka|przyjaciel(?:ka)?)(?![\p{L}])/iu;

/** Capitalised words that open a sentence or greet, never the name of an apposition. */
const NOT_NAMES = new Set("hi hello hey dear thanks yes no so well oh and but or then now also today yesterday sorry please ok okay".split(" "));

const known = (word: string) => GIVEN_NAMES.has(word.toLowerCase()) || isPersonName(word) || isNameIncludingCommonWords(word);

/** Does `sentence` hold a known name followed by ", my <relation>,"? */
export function nameWithRelationApposition(sentence: string): boolean {
  if (!sentence.includes(",")) return false;
  APPOSITION.lastIndex = 0;
  for (let match = APPOSITION.exec(sentence); match !== null; match = APPOSITION.exec(sentence)) {
    APPOSITION.lastIndex = match.index + match[1]!.length + 1;
    const name = match[1]!;
    if (NOT_NAMES.has(name.toLowerCase()) || !known(name)) continue;
    if (RELATION.test(match[2]!)) return true;
  }
  return false;
}
