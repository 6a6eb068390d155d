/**
 * A place's phone on its own sign line (issue #15, session 54 review, dev-99): a shop's, pharmacy's, hotel's or
 * office's footer or sign written as one line — "Apteka Pod Lwem, ul. Długa 8, 80-831 Gdańsk, tel. 58 301 22 33",
 * "Pharmacie du Centre, 3 place Kléber, …, tél. 03 88 …", perhaps after the writer's instruction and a colon ("Popraw
 * stopkę: Apteka …"). The line's segment (after its last colon and space) opens with a place word in its first three
 * words, the phone follows a bare phone label (tel., tél., Telefon, phone; not "mobile", "cell", "privat"), and the
 * segment holds no person's label, personal word or full name. An e-mail address on such a line (after a comma, a
 * space or an e-mail label) is the place's too when it is no free-mail address and its local part names nobody (the
 * caller checks those). The caller gives the place and person tests
 * (public-context.ts' vocabularies), as institution-records.ts takes them.
 */
const MAX_LINE = 240;
/** A bare phone label right before the number (after a comma, a space or the line's start). */
const PHONE_LABEL_BEFORE =
  /(?:^|[,;·|–—-][ \t]{0,3}|[ \t])(?:tel(?:efon|éfono|efone|ephone|efoon)?\.?|tél(?:éphone)?\.?|phone|fon|☎️?|📞)(?:[ \t]{0,3}[:：])?[ \t]{0,3}$/iu;
/** A comma, a space or an e-mail label right before an address. */
const MAIL_LABEL_BEFORE = /(?:[,;·|–—-]|[ \t])(?:[ \t]{0,3}(?:e-?mail|mail|courriel|correo))?(?:[ \t]{0,3}[:：])?[ \t]{0,3}$/iu;

const LETTERS_ONLY = /^[\p{L}\p{M}'’-]+\.?$/u;

/**
 * Session 55 (issue #15): a place named after its doctor or lawyer — the place word, perhaps "du/de/of/von", then an
 * academic title and one or two capitalised names ("Zahnarztpraxis Dr. Lang", "Praxis Dr. med. Anna Weber", "Kanzlei
 * Prof. Dr. Roth", "Studio del Dott. Bianchi"): the title and name are the place's name, so the person test reads the
 * segment after them. A title alone, without the place word first ("Dr. Lang, Marktplatz 2, …"), names a person.
 */
const TITLED_NAME_AFTER_PLACE_WORD =
  /^[ \t]*[\p{L}\p{M}'’-]+(?:[ \t]+(?:du|de|des|della|del|dello|di|of|von|der))?(?:[ \t]+(?:[Dd]r|[Pp]rof|[Dd]ott|[Dd]ra|[Dd]rs|M[er]|[Mm]ag|[Ii]ng)\.?(?:[ \t]+med\.(?:[ \t]+dent\.)?)?){1,3}(?:[ \t]+(?:de|van|von|der|den|di|da|del|le|la|du))?(?:[ \t]+\p{Lu}[\p{Ll}\p{M}'’-]+){1,2}(?=[ \t]*(?:,|$))/u;

/** A private line ("privat Tel.", "home phone", "perso") is a person's, whoever the sign names. */
const PRIVATE_WORD = /(?<![\p{L}])(?:privat\p{L}*|private|privé\p{L}*|privad[oa]|privat[oa]|prywatn\p{L}*|particulier|home|perso)(?![\p{L}])/iu;

export interface PlaceSignTests {
  place: (words: string) => boolean;
  person: (segment: string) => boolean;
}

/** True when the phone at `start` ends a place's one-line sign (see the module comment). */
export const placeSignLinePhone = (text: string, start: number, tests: PlaceSignTests) => placeSignLine(text, start, tests, PHONE_LABEL_BEFORE);
/** True when the e-mail address at `start` stands on a place's one-line sign (see the module comment). */
export const placeSignLineMailbox = (text: string, start: number, tests: PlaceSignTests) => placeSignLine(text, start, tests, MAIL_LABEL_BEFORE);

function placeSignLine(text: string, start: number, tests: PlaceSignTests, labelBefore: RegExp): boolean {
  const lineStart = Math.max(text.lastIndexOf("\n", start - 1) + 1, start - MAX_LINE);
  const before = text.slice(lineStart, start);
  const label = labelBefore.exec(before);
  if (label === null) return false;
  const prefix = before.slice(0, label.index);
  const segment = prefix.slice(afterLastColon(prefix));
  // The segment's first words, up to three and only words of letters: an address or a domain ("candy-shop.com") is no
  // place's name.
  const words: string[] = [];
  for (const word of segment.trimStart().split(/[ \t,]+/u)) {
    if (words.length === 3 || !LETTERS_ONLY.test(word)) break;
    words.push(word);
  }
  const opening = words.join(" ");
  if (opening === "" || !tests.place(opening) || PRIVATE_WORD.test(segment)) return false;
  // The place's own titled name ("Praxis Dr. Lang, …") is read as its name when its first word is the place word.
  const titled = TITLED_NAME_AFTER_PLACE_WORD.exec(segment);
  return !tests.person(titled !== null && tests.place(words[0]!) ? segment.slice(titled[0].length) : segment);
}

/**
 * Where the segment after an instruction or heading starts: after the last colon followed by a space or tab ("Popraw
 * stopkę: …"), or 0. A colon glued to what follows ("10:30", "https:") ends nothing.
 */
function afterLastColon(prefix: string): number {
  for (let at = prefix.length - 2; at >= 0; at--) {
    const character = prefix[at];
    if ((character === ":" || character === "：") && (prefix[at + 1] === " " || prefix[at + 1] === "\t")) return at + 2;
  }
  return 0;
}

/**
 * Session 55 (issue #15, dev-95's leftover): a department's line — "Accounts Payable: +44 20 …, ap@…", "IT Helpdesk, phone
 * …", "Buchhaltung: Tel. …", "Service comptabilité : 01 …", "Departamento de Recursos Humanos: 91 …" — is the office's
 * contact, as a place's sign is. The line opens with a department's name (perhaps after "The" and before "department",
 * "team", "desk"), then a colon, comma or dash; between it and the value no person's label, personal or private word, mobile
 * word or full name ("Accounts Payable: Jane Doe, mobile …" is Jane's).
 */
const DEPARTMENT_OPENING =
  /^[ \t]*(?:the[ \t]+)?(?:accounts[ \t]+(?:payable|receivable)|accounts|accounting|finance|billing|invoicing|payroll|procurement|purchasing|hr|human[ \t]+resources|personnel|it[ \t-]+(?:help[ \t]?desk|support|service[ \t]+desk)|help[ \t]?desk|service[ \t]+desk|customer[ \t]+(?:service|support|care)|reception|front[ \t]+desk|switchboard|facilities|admissions|press[ \t]+office|buchhaltung|finanzbuchhaltung|lohnbuchhaltung|personalabteilung|personalbüro|kundenservice|kundendienst|rechnungswesen|einkauf|empfang|it-(?:support|helpdesk)|service[ \t]+(?:comptabilité|clients?|des[ \t]+ressources[ \t]+humaines|du[ \t]+personnel|informatique|facturation|achats|paie)|comptabilité|ressources[ \t]+humaines|accueil|departamento[ \t]+de[ \t]+(?:recursos[ \t]+humanos|contabilidad|compras|facturación|atención[ \t]+al[ \t]+cliente|informática|nóminas)|contabilidad|recursos[ \t]+humanos|atención[ \t]+al[ \t]+cliente|ufficio[ \t]+(?:contabilità|personale|acquisti|amministrazione|risorse[ \t]+umane)|contabilità|risorse[ \t]+umane|assistenza[ \t]+clienti|boekhouding|personeelszaken|klantenservice|crediteurenadministratie|księgowość|dział[ \t]+(?:kadr|księgowości|obsługi[ \t]+klienta|zakupów)|obsługa[ \t]+klienta)(?:[ \t]+(?:department|dept\.?|team|office|desk|abteilung))?[ \t]*(?:[:：,–—|]|-[ \t])/iu;

/** True when the value at `start` stands on a department's own contact line (see DEPARTMENT_OPENING). */
export function departmentContactLine(text: string, start: number, tests: PlaceSignTests): boolean {
  // Cut first, then the line break looked for inside the cut: a text without line breaks is not searched back to its
  // start for every value (this reader is not gated by a place word).
  const window = text.slice(Math.max(0, start - MAX_LINE), start);
  const before = window.slice(window.lastIndexOf("\n") + 1);
  const opening = DEPARTMENT_OPENING.exec(before);
  if (opening === null) return false;
  const rest = before.slice(opening[0].length);
  return !PRIVATE_WORD.test(rest) && !tests.person(rest);
}
