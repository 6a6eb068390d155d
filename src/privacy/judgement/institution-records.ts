/**
 * An institution's phone in its own key-value record (issue #15, session 53 review): the record's first line names a
 * hospital, clinic, office or shop (`Клиника: ГКБ №52`, `ชื่อโรงพยาบาล: โรงพยาบาลศิริราช`, `{"المستشفى": …`), the phone
 * stands under a bare phone key (Telefon, Tel., الهاتف, โทร, Телефон, 電話 …: not "Guest phone", "Mobile"), and the
 * record (≤ 240 characters back, no blank line) has no person's label or personal word. The caller gives the place,
 * person and personal tests (public-context.ts' vocabularies).
 */
const MAX_BACK = 240;
const PHONE_KEY_BEFORE =
  /(?:^|[,{])[ \t]*["']?(?:tel(?:efon|éfono|efone|ephone|efoon)?\.?|phone|fon|hotline|هاتف|الهاتف|رقم الهاتف|โทร(?:ศัพท์)?|телефон|тел\.?|電話(?:番号)?|电话|電話號碼|电话号码|전화(?:번호)?|điện thoại|telepon)["']?[ \t]*[:：][ \t]*["']?$/iu;
/** A record's first line: a key, a colon, a value (or a JSON object's first pair). */
const RECORD_HEAD = /^(?:[ \t]*\{[ \t]*"[^"\n]{1,40}"[ \t]*|[^\n:：{]{1,40})[:：]/u;

export interface InstitutionRecordTests {
  place: (line: string) => boolean;
  person: (block: string) => boolean;
}

/** True when the phone at `start` is the institution's that heads its key-value record. */
export function institutionRecordPhone(text: string, start: number, tests: InstitutionRecordTests): boolean {
  const from = Math.max(0, start - MAX_BACK);
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (!PHONE_KEY_BEFORE.test(text.slice(Math.max(lineStart, start - 60), start))) return false;
  let blockStart = lineStart;
  // Up the record's lines to its first: a blank line or the window's floor ends it.
  while (blockStart > from) {
    const previous = text.lastIndexOf("\n", blockStart - 2) + 1;
    if (previous < from || text.slice(previous, blockStart - 1).trim() === "") break;
    blockStart = previous;
  }
  const block = text.slice(blockStart, start);
  const firstLineEnd = block.indexOf("\n");
  const head = (firstLineEnd < 0 ? block : block.slice(0, firstLineEnd)).slice(0, 80);
  return RECORD_HEAD.test(head) && tests.place(head) && !tests.person(block);
}
