/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
import { mayMatchWindow, testWindow, type WindowPlace } from "../pattern-starts.js";

const MENTIONS_WELL_KNOWN_PERSON_PATTERN_1 = /['’]s$/;
const MENTIONS_WELL_KNOWN_PERSON_PATTERN_2 = /\s+/;
const MENTIONS_WELL_KNOWN_PERSON_PATTERN_3 = /[.,]$/;
/**
 * Public-versus-personal judgement for people and places: values that belong to public figures,
 * fictional characters, landmarks and businesses identify no private person, so they do not make a
 * prompt sensitive. Complements the lexicon's PUBLIC_FIGURES and PUBLIC_ADDRESSES with
 *  - well-known people of sport, music, film, politics and business (names only: their published
 *    facts are public record),
 *  - addresses that exist only in fiction (4 Privet Drive, 742 Evergreen Terrace …),
 *  - the shapes that announce a public biography ("Greta Thunberg (born 3 January 2003) is a
 *    Swedish activist", the encyclopaedia lede in several languages) and a named place rather than a
 *    person ("the Guggenheim is at …", "Abbey Road Studios, 3 Abbey Road").
 * Every check runs on a bounded window (a sentence or 80 characters), so the cost stays linear.
 */

/** Lower-case full names; compared with each capitalised pair or triple of a sentence. */
const WELL_KNOWN_PEOPLE = new Set(
  // sport
  (
    "lionel messi|cristiano ronaldo|kylian mbappé|kylian mbappe|neymar jr|erling haaland|thomas müller|thomas muller|manuel neuer|robert lewandowski|" +
    "zinedine zidane|david beckham|wayne rooney|harry kane|mohamed salah|luka modrić|luka modric|karim benzema|andrés iniesta|xavi hernández|" +
    "roger federer|rafael nadal|novak djokovic|andy murray|carlos alcaraz|jannik sinner|iga świątek|iga swiatek|coco gauff|venus williams|" +
    "lewis hamilton|max verstappen|michael schumacher|sebastian vettel|fernando alonso|ayrton senna|usain bolt|mo farah|eliud kipchoge|" +
    "lebron james|michael jordan|kobe bryant|stephen curry|shaquille o'neal|tom brady|tiger woods|rory mcilroy|wayne gretzky|" +
    "katarina witt|steffi graf|boris becker|dirk nowitzki|marcel hirscher|mikaela shiffrin|shohei ohtani|virat kohli|sachin tendulkar|" +
    // session 50 (dev-83): Indian film, music, cricket and politics
    "shah rukh khan|shahrukh khan|salman khan|aamir khan|amitabh bachchan|aishwarya rai|priyanka chopra|deepika padukone|lata mangeshkar|" +
    "kamal haasan|a. r. rahman|ms dhoni|mahendra singh dhoni|sourav ganguly|kapil dev|rohit sharma|rahul gandhi|sonia gandhi|indira gandhi|" +
    "jawaharlal nehru|arvind kejriwal|mamata banerjee|yogi adityanath|ratan tata|gautam adani|abdul kalam|" +
    // music, film, television
    "adele adkins|ed sheeran|billie eilish|ariana grande|justin bieber|rihanna fenty|dua lipa|harry styles|bruno mars|shakira mebarak|" +
    "madonna ciccone|paul mccartney|ringo starr|mick jagger|keith richards|bob dylan|bruce springsteen|dolly parton|johnny cash|" +
    "leonardo dicaprio|brad pitt|angelina jolie|meryl streep|scarlett johansson|jennifer lawrence|emma watson|daniel radcliffe|rupert grint|" +
    "tom cruise|denzel washington|morgan freeman|keanu reeves|johnny depp|nicole kidman|cate blanchett|margot robbie|ryan gosling|" +
    "zendaya coleman|timothée chalamet|timothee chalamet|pedro pascal|jennifer aniston|oprah winfrey|kim kardashian|steven spielberg|" +
    "christopher nolan|quentin tarantino|martin scorsese|greta gerwig|james cameron|hugh jackman|chris hemsworth|robert downey jr|" +
    // politics and public life
    "greta thunberg|malala yousafzai|jacinda ardern|justin trudeau|narendra modi|xi jinping|vladimir putin|volodymyr zelensky|" +
    "olaf scholz|rishi sunak|keir starmer|boris johnson|theresa may|tony blair|gordon brown|david cameron|kamala harris|hillary clinton|" +
    "bill clinton|george w. bush|george bush|jimmy carter|nicolas sarkozy|françois hollande|giorgia meloni|pedro sánchez|ursula von der leyen|" +
    "emmanuel macron|brigitte macron|michelle obama|melania trump|king charles iii|queen camilla|prince william|pope benedict|dalai lama|" +
    "pope francis|papa francesco|papa francisco|pape françois|papst franziskus|papież franciszek|pope leo xiv|papa leone xiv|" +
    // business and science
    "jeff bezos|warren buffett|tim cook|sundar pichai|satya nadella|sam altman|jensen huang|larry page|sergey brin|steve wozniak|" +
    "richard branson|jack ma|mukesh ambani|bernard arnault|sheryl sandberg|jane goodall|neil degrasse tyson|carl sagan|richard dawkins|" +
    "alan turing|ada lovelace|nikola tesla|thomas edison|galileo galilei|leonardo da vinci|william shakespeare|charles dickens|jane austen|" +
    "j.k. rowling|jk rowling|stephen king|agatha christie|george orwell|leo tolstoy|fyodor dostoevsky|franz kafka|johann wolfgang von goethe|" +
    "anne frank|martin luther king|rosa parks|mahatma gandhi|che guevara|napoleon bonaparte|julius caesar|cleopatra|joan of arc|" +
    // session 46 (dev-69): heads of government, athletes and defendants of well-known trials
    "helmut kohl|helmut schmidt|willy brandt|konrad adenauer|gerhard schröder|frank-walter steinmeier|friedrich merz|franz beckenbauer|" +
    "uli hoeneß|uli hoeness|jürgen klopp|kim jong-un|kim jong un|kim jong-il|moon jae-in|yoon suk yeol|son heung-min|bong joon-ho|" +
    "shinzo abe|fumio kishida|elizabeth holmes|sam bankman-fried|harvey weinstein|johan cruijff|johan cruyff|victor hugo|albert camus|" +
    // fiction (beyond the lexicon's list)
    "bruce banner|steve rogers|natasha romanoff|diana prince|wonder woman|lois lane|mary jane watson|wade wilson|stephen strange|" +
    "luke danes|lorelai gilmore|rory gilmore|leslie knope|jim halpert|pam beesly|barney stinson|ted mosby|leonard hofstadter|penny hofstadter|" +
    "amy farrah fowler|howard wolowitz|raj koothrappali|walter white jr|skyler white|hank schrader|jimmy mcgill|kim wexler|" +
    "eleven hopper|jim hopper|will byers|mike wheeler|dustin henderson|nancy wheeler|steve harrington|wednesday addams|" +
    "lisa simpson|maggie simpson|ned flanders|peter griffin|stewie griffin|eric cartman|spongebob squarepants|patrick star|" +
    "mario mario|luigi mario|lara croft|geralt of rivia|ellie williams|joel miller|arthur morgan|master chief|" +
    "holly golightly|scarlett o'hara|rhett butler|heathcliff earnshaw|catherine earnshaw|dorian gray|sherlock|john h. watson|" +
    "ginny weasley|neville longbottom|draco malfoy|luna lovegood|sirius black|remus lupin|tom riddle|lord voldemort|" +
    "samwise gamgee|legolas greenleaf|gollum|bella baxter|olivia benson|carrie bradshaw|samantha jones|charlotte york|miranda hobbes|" +
    "phil dunphy|claire dunphy|gloria pritchett|jay pritchett|shaun murphy|jack pearson|rebecca pearson|cristina yang|miranda bailey|" +
    "mr. bean|mr bean|paddington bear|winnie the pooh|peppa pig|bluey heeler|ash ketchum|son goku|monkey d. luffy|light yagami"
  ).split("|"),
);

/**
 * Addresses that exist only in fiction, and a few landmarks' addresses missing from the lexicon's list
 * (lower-case, whitespace collapsed; matched as a prefix).
 */
const FICTIONAL_ADDRESSES: readonly string[] = [
  "4 privet drive",
  "742 evergreen terrace",
  "124 conch street",
  "12 grimmauld place",
  "31 spooner street",
  "1407 graymalkin lane",
  "177a bleecker street",
  "1313 mockingbird lane",
  "0001 cemetery lane",
  "2311 north los robles",
  "2311 n. los robles",
  "90 bedford street",
  "129 west 81st street",
  "62 west wallaby street",
  "32 windsor gardens",
  "17 cherry tree lane",
  "1640 riverside drive",
  "1630 revello drive",
  "308 negra arroyo lane",
  "4351 wisteria lane",
  "4352 wisteria lane",
  "4353 wisteria lane",
  "4354 wisteria lane",
  "4355 wisteria lane",
  "1428 elm street",
  "10 cloverfield lane",
  "7 eccles street",
  "633 stag trail road",
  "1882 gerrard street",
  "24 ramsay street",
  "698 candlewood lane",
  "3 abbey road",
  "1060 west addison",
  "1000 fifth avenue",
  "1071 fifth avenue",
  "11 west 53rd street",
];

/** Characters and figures known by one name (checked as capitalised words). */
const SINGLE_NAMES = new RegExp(
  `(?<![\\p{L}])(?:${"Hamlet|Ophelia|Macbeth|Othello|Desdemona|Romeo|Juliet|Falstaff|Prospero|Gatsby|Scrooge|Cinderella|Pinocchio|Rapunzel|Shrek|Yoda|Gandalf|Dumbledore|Voldemort|Hagrid|Batman|Superman|Spider-Man|Spiderman|Achilles|Odysseus|Ulysses|Oedipus|Medea|Antigone|Zeus|Hercules|Heracles|Beowulf|Gollum|Sauron|Elsa|Moana|Mulan|Simba|Pikachu|Sonic|Zelda|Dracula|Frankenstein|Quasimodo|Gulliver|Heidi|Pippi|Matilda|Rocky|Rambo|Godzilla|King Kong|Napoleon|Cleopatra|Socrates|Plato|Aristotle|Confucius|Buddha|Shakespeare|Michelangelo|Rembrandt|Picasso|Chopin|Bach|Tolkien|Dickens|Kafka|Tolstoy|Dostoevsky"})(?![\\p{L}])`,
  "u",
);

const CAPITALISED_RUN = /(?<![\p{L}])\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+|von\s+der\s+|von\s+|van\s+|da\s+|de\s+)?\p{Lu}[\p{L}'’.-]*){1,3}/gu;

/**
 * Session 38 review: Spanish, Portuguese and Italian "papa" is also "dad" (papá, papà written without the accent or
 * capitalised): after a possessive ("Mi Papa Francisco", "il mio Papa Francesco") it is the writer's father, not the pope.
 */
const POSSESSIVE_WORDS = new Set([
  "mi",
  "mio",
  "mia",
  "meu",
  "minha",
  "tu",
  "tuo",
  "teu",
  "su",
  "suo",
  "seu",
  "nuestro",
  "nostro",
  "nosso",
  "vuestro",
  "vostro",
  "my",
  "our",
]);
const WORD_BEFORE = /([\p{L}]+)\s+$/u;

function papaAfterPossessive(name: string, words: readonly string[], first: number, before: string): boolean {
  if (!name.startsWith("papa ")) return false;
  const previous = first > 0 ? words[first - 1] : WORD_BEFORE.exec(before)?.[1]?.toLowerCase();
  return previous !== undefined && POSSESSIVE_WORDS.has(previous);
}

/**
 * A possessive and a relation word right before the name ("my neighbour Michael Jordan", "meine Kollegin Angela
 * Merkel", "mon voisin Victor Hugo"): someone in the writer's life who bears a famous name, as script-public-people.ts
 * reads "동생 김연아" (review of session 46).
 */
const KIN_BEFORE_NAME =
  /(?<![\p{L}])(?:my|our|mein(?:e[mnrs]?)?|unser(?:e[mnrs]?)?|mon|ma|notre|mi|nuestr[oa])\s+(?:\p{L}+\s+)?(?:neighbou?r|colleague|co-?worker|friend|cousin|uncle|aunt|brother|sister|son|daughter|husband|wife|boss|classmate|roommate|flatmate|dad|mum|mom|father|mother|grandpa|grandma|grandfather|grandmother|nephew|niece|patient|tenant|nachbarin|nachbar|kollegin|kollege|freundin|freund|bruder|schwester|sohn|tochter|onkel|tante|cousine|cousin|vater|mutter|voisine|voisin|collègue|amie|ami|frère|sœur|fils|fille|oncle|vecina|vecino|compañera|compañero|amiga|amigo|hermana|hermano|hija|hijo)\s*,?\s*$/iu;

/** The relation words may begin the capitalised run themselves (German nouns, "My Neighbour …"): they are read too. */
function kinBeforeName(window: string, runStart: number, words: readonly string[], first: number): boolean {
  const before =
    window.slice(Math.max(0, runStart - 40), runStart) +
    words
      .slice(Math.max(0, first - 3), first)
      .map((word) => `${word} `)
      .join("");
  return KIN_BEFORE_NAME.test(before);
}

/** True when the window names a well-known real or fictional person (see WELL_KNOWN_PEOPLE). */
export function mentionsWellKnownPerson(window: string, place?: WindowPlace): boolean {
  if (testWindow(SINGLE_NAMES, window, place)) return true;
  if (!mayMatchWindow(CAPITALISED_RUN, window, place)) return false;
  CAPITALISED_RUN.lastIndex = 0;
  for (let match = CAPITALISED_RUN.exec(window); match !== null; match = CAPITALISED_RUN.exec(window)) {
    const words = match[0].toLowerCase().replace(MENTIONS_WELL_KNOWN_PERSON_PATTERN_1, "").split(MENTIONS_WELL_KNOWN_PERSON_PATTERN_2);
    // Every run of two or three consecutive words ("Kylian Mbappé", "Thomas Müller (…)", "Greta Thunberg's").
    for (let first = 0; first < words.length - 1; first++) {
      for (let last = first + 1; last < Math.min(words.length, first + 4); last++) {
        const name = words
          .slice(first, last + 1)
          .join(" ")
          .replace(MENTIONS_WELL_KNOWN_PERSON_PATTERN_1, "")
          .replace(MENTIONS_WELL_KNOWN_PERSON_PATTERN_3, "");
        if (
          WELL_KNOWN_PEOPLE.has(name) &&
          !papaAfterPossessive(name, words, first, window.slice(Math.max(0, match.index - 16), match.index)) &&
          !kinBeforeName(window, match.index, words, first)
        )
          return true;
      }
    }
  }
  return false;
}

export function isFictionalOrLandmarkAddress(normalizedAddress: string): boolean {
  return FICTIONAL_ADDRESSES.some((address) => normalizedAddress.startsWith(address));
}

/**
 * The encyclopaedia lede of a public biography: "Name (born 3 January 2003) is a Swedish …",
 * "Thomas Müller (geboren am 13. September 1989) ist ein deutscher …", "(* 1989 in Weilheim) ist",
 * "né le … est un", "(nacido el …) es un". The birth date inside the parentheses is public record.
 */
const BIOGRAPHY_LEDE =
  /\((?:born|b\.|geboren|geb\.|\*|née?|nacid[oa]|nat[oa]|nascid[oa]|urodzon[ya]|род\.|родил\p{L}*)[^()\n]{3,80}\)\s*(?:,[^,\n]{0,60},\s*)?(?:is|was|ist|war|est|était|es|fue|è|era|é|foi|is een|jest|был\p{L}*|является)\s/iu;
/** "…, born 26 July 1980, is a New Zealand politician": the same lede without parentheses. */
const BIOGRAPHY_APPOSITION =
  /,\s*(?:born|geboren|née?|nacid[oa]|nat[oa])\s[^,\n]{3,60},\s*(?:is|was|ist|war|est|était|es|fue|è|era)\s+(?:an?|the|ein|eine|un|une|el|la|il|uno|una)\s/iu;

export function isBiographyLede(sentence: string): boolean {
  return BIOGRAPHY_LEDE.test(sentence) || BIOGRAPHY_APPOSITION.test(sentence);
}

/**
 * A date that only illustrates a format ("please enter DD/MM/YYYY, e.g. 01/01/2000"): an example
 * cue right before it, or a format template in the same sentence. A documented example: the readers
 * report it marked (detector.ts `Emit`), dropped unless `privacy.testValues: sensitive` (session 44).
 * A placeholder date ("unknown": isPlaceholderDate) is a value shape, not an example: the readers drop it.
 */
const EXAMPLE_CUE =
  /(?:e\.\s?g\.|eg\.|i\.e\.|for example|for instance|such as|example|sample|placeholder|format|z\.\s?b\.|zum beispiel|beispiel|par exemple|p\.\s?ex\.|por ejemplo|p\.\s?ej\.|ad esempio|bijvoorbeeld|bijv\.|np\.|например)[\s:,(]*$/iu;
const FORMAT_TEMPLATE = /\b(?:DD|TT|JJ)[./-](?:MM)[./-](?:YYYY|YY|JJJJ|AAAA|AA)\b|\bMM[./-]DD[./-]YYYY\b|\bYYYY[./-]MM[./-]DD\b/;

export function isExampleDate(text: string, dateStart: number, sentence: string): boolean {
  return EXAMPLE_CUE.test(text.slice(Math.max(0, dateStart - 24), dateStart)) || FORMAT_TEMPLATE.test(sentence);
}

/** Dates that stand for "unknown" in forms and databases: 1900-01-01, the Unix epoch, 9999-12-31. */
const PLACEHOLDER_DATE =
  /^(?:(?:1900|1970|0001|9999|1111)[-/.]?(?:01|12|11)[-/.]?(?:01|31|11)|(?:01|31|11)[-/.](?:01|12|11)[-/.](?:1900|1970|0001|9999|1111))(?!\d)/;

export function isPlaceholderDate(value: string): boolean {
  return PLACEHOLDER_DATE.test(value);
}

/**
 * A named place rather than a person around an address: "the Guggenheim is at …", "Abbey Road
 * Studios, 3 Abbey Road", "Luigi's Trattoria, 18 Dean Street", "Das Bundeskanzleramt befindet sich
 * in der …". `before` and `after` are the ~80 characters around the address.
 */
const PLACE_NOUN =
  "House|Building|Studios?|Cent(?:re|er)|Tower|Museum|Gallery|Library|Theat(?:re|er)|Church|Chapel|Cathedral|Abbey|Stadium|Arena|Market|Hotel|Inn|Hostel|Motel|Bistro|Brasserie|Trattoria|Pizzeria|Osteria|Taverna|Café|Cafe|Pub|Bar|Brewery|Bakery|Deli|Diner|Grill|Kitchen|Clinic|Hospital|School|College|University|Institute|Foundation|Club|Mall|Plaza|Station|Airport|Zoo|Aquarium|Castle|Palace|Manor|Mansion|Memorial|Monument|Embassy|Consulate|Council|Parliament|Ministry|Pharmacy|Store|Shop|Outlet|Gym|Spa|Salon|Cinema";
const NAMED_PLACE = new RegExp(
  `(?<![\\p{L}])(?!(?:My|Our|Your|His|Her|Their|The)\\s)\\p{Lu}[\\p{L}'’.&-]*(?:\\s+\\p{Lu}[\\p{L}'’.&-]*){0,3}\\s+(?:${PLACE_NOUN})(?![\\p{L}])`,
  "u",
);
/** "The Guggenheim is at", "the Louvre sits on": a definite article before a proper noun is a place or an institution. */
const THE_PLACE_IS_AT =
  /(?:^|[^\p{L}])[Tt]he\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4}\s+(?:is|are|was|sits|stands|lies)\s+(?:located\s+|situated\s+)?(?:at|on|in)\s*$/u;
/** Polish "mieści się" ("is housed at", session 47, dev-73: "Urząd Skarbowy … mieści się przy ul. …") ends in a non-ASCII letter: no `\b`. */
const LOCATED_CUE =
  /\b(?:is located|located at|located on|situated at|befindet sich|befinden sich|liegt in der|se trouve|se situe|se encuentra|está situad[oa]|si trova|ha sede|is gevestigd|est ouvert\p{L}*|is open|are open|opens at|open from|öffnungszeiten|horaires|horario)\b|(?<![\p{L}])(?:mieści się|mieszczą się|ma siedzibę)(?![\p{L}])/iu;

export function isNamedPlaceAddress(before: string, after: string): boolean {
  const near = before.slice(-60);
  return NAMED_PLACE.test(near) || THE_PLACE_IS_AT.test(before) || LOCATED_CUE.test(before) || LOCATED_CUE.test(after.slice(0, 60));
}

/**
 * Fiction around an address ("the Dursleys live at 4 Privet Drive in the Harry Potter books",
 * "Write a mystery opening where the detective lives at …").
 */
export const FICTION_CUE =
  /\b(?:fictional|fiction|fictitious|character|characters|novel|novels|story|stories|storyline|book|books|film|movie|series|sitcom|cartoon|anime|manga|comic|episode|screenplay|script|mystery|thriller|fairy tale|fanfic(?:tion)?|role-?play|roleplay|filming locations?|filmed (?:in|on location|there|here)|(?:was|were|is|are|being)(?: (?:it|they|this|that|the show|the series))? filmed|soap opera|tv (?:show|series)|used for filming|film(?:ing)? set|video game|in the game|imaginary|made-up|invented|roman|romanfigur|personnage|personaje|personaggio|powieść|сериал\p{L}*|роман\p{L}*)\b/iu;

/**
 * Tabletop and role-playing games: the wizard's tower in a campaign is invented, but the group also meets at a real
 * player's home ("the D&D session is at Tom's, 14 Elm Street, Bristol BS1 4DJ"). personal.ts takes this cue, and
 * `FICTION_CUE`, only for an address with no postal code; payment receipts read `FICTION_CUE` alone.
 */
export const TABLETOP_CUE = /\b(?:d&d|dnd|dungeons|rpg|ttrpg|tabletop)\b/iu;
