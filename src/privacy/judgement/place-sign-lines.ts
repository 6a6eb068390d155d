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
  return opening !== "" && tests.place(opening) && !tests.person(segment);
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
