/**
 * A phone number told in two sentences (session 47, dev-71): "my number starts 0412 555. the rest is 019.", "Jordan's
 * mobile: 617 824. The rest is 3301." A phone cue (phone, mobile, cell, "my number", "number is/starts"), the first part
 * (one or two groups of two to four digits) within 24 characters, then within 24 characters a sentence break and "the
 * rest is"/"the rest:"/"the last digits are", then the second part; both parts together 9 to 12 digits. Both parts are
 * reported; a first part corrected before the rest ("617 55… no wait, 617 824.", session 48) is read as corrected, both
 * reported. Another kind of number named before the cue (order, account, tracking, reference, ticket, invoice, policy,
 * case, flight, serial) is no phone. Our own code.
 *
 * Cost: gated by the shared keyword pass ("rest", "last"); one pattern tried at each cue, reading at most 120 characters
 * after it: linear in the text.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";

const REST_STEMS = ["the rest", "last digits", "last four", "last three"];
const PHONE_CUE = /\b(?:phone|mobile|cell|my number|number is|number starts|number begins)\b/giu;
/** The first part, the break between the two sentences, the "rest" phrase and the second part. */
const SPLIT_NUMBER =
  /^[^\d\n]{0,24}?(\d{2,4}(?: \d{2,4})?)(?:[.,;…]*\s{1,3}(?:no,?\s+wait|no,?\s+sorry|sorry|i\s+mean|wait|correction|scratch\s+that)[,:]?\s{1,3}(\d{2,4}(?: \d{2,4})?))?[.;…]+\s{1,3}(?:and\s+)?(?:the\s+rest(?:\s+of\s+it)?(?:\s+is|:)|the\s+last\s+(?:three\s+|four\s+)?digits\s+are)[ :]*(\d{2,4}(?: \d{2,4})?)(?![\d])/iu;
const OTHER_NUMBER_BEFORE = /\b(?:order|account|tracking|reference|ticket|invoice|policy|case|flight|serial|customer|member)\s*$/iu;
const DIGIT = /\d/g;

function runSplitPhones(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, REST_STEMS)) return;
  PHONE_CUE.lastIndex = 0;
  for (let cue = PHONE_CUE.exec(text); cue !== null; cue = PHONE_CUE.exec(text)) {
    const after = cue.index + cue[0].length;
    if (OTHER_NUMBER_BEFORE.test(text.slice(Math.max(0, cue.index - 24), cue.index))) continue;
    const split = SPLIT_NUMBER.exec(text.slice(after, after + 120));
    if (split === null) continue;
    // A first part corrected before the rest ("617 55… no wait, 617 824. The rest is 3301.", session 48): the corrected
    // part counts; the abandoned one is reported too (it is most of the number).
    const corrected = split[2];
    const digits = ((corrected ?? split[1]!) + split[3]!).match(DIGIT)!.length;
    if (digits < 9 || digits > 12) continue;
    const first = after + split[0].indexOf(split[1]!);
    const second = after + split[0].length - split[3]!.length;
    emit("phone", first, first + split[1]!.length, "split-phone", PRIORITY.contextual + 5);
    if (corrected !== undefined) {
      const at = after + split[0].indexOf(corrected, first - after + split[1]!.length);
      emit("phone", at, at + corrected.length, "split-phone", PRIORITY.contextual + 5);
    }
    emit("phone", second, second + split[3]!.length, "split-phone", PRIORITY.contextual + 5);
  }
}

export const splitPhoneDetectors: Detector[] = [{ name: "split-phone", run: runSplitPhones }];
