/**
 * A phone or address quoted from a product's documentation (issue #15, session 49, dev-81): "No exemplo da documentação
 * da API da Shopify aparece "phone": "555-625-1199"", "W przykładzie z dokumentacji importu HubSpot jest telefon "+48 …"",
 * "the sample in the WooCommerce docs uses …". The value's sentence, read back at most 240 characters to the line's start
 * or a sentence end, names documentation (docs, documentação, dokumentacji, an RFC …) and an example (example, sample,
 * exemplo, przykład …), and no possessive of the writer or a third person (my, our, his, meu, mój, mi, mein, saya …)
 * or delivery cue (ship to, enviar a …) stands in it.
 */
import { isRegexSpace } from "../regex-space.js";
import { textWindow } from "../one-byte-windows.js";

const DOCUMENTATION =
  /(?<![\p{L}])(?:documentation|docs|documentação|documentacao|documentación|documentacion|documentazione|documentatie|dokumentacj\p{L}*|dokumentation|dokumentace|dokumentasi|dokümantasyon|документаці\p{L}*|документаци\p{L}*|τεκμηρίωση|tài liệu|api reference|rfc\s?\d{3,5})(?![\p{L}])/iu;
const EXAMPLE =
  /(?<![\p{L}])(?:examples?|samples?|exemplos?|ejemplos?|esempi[oa]?|exemples?|beispiel\p{L}*|voorbeeld\p{L}*|przykład\p{L}*|příklad\p{L}*|exemplu\p{L}*|contoh|örnek|приклад\p{L}*|пример\p{L}*|παράδειγμα|ví dụ|mẫu)(?![\p{L}])/iu;
const PERSONAL =
  /(?<![\p{L}])(?:my|mine|our|his|her|their|ship(?:ping)? to|deliver(?:y)? to|send (?:it )?to|meu|minha|meus|nosso|nossa|mój|moja|moje|nasz|nasza|mi|mis|nuestr[oa]s?|mon|mes|notre|nos|mein|meine|unser\p{L}*|mio|mia|nostr[oa]|mijn|onze|saya|kami|tôi|мой|моя|мои|наш\p{L}*|мій|моя|мої|μου|μας|benim|bizim|meu)(?![\p{L}])/iu;
const MAX_BACK = 240;

/** True when the value at `start` is quoted in a sentence about a documentation example (see the module comment). */
export function inDocumentationSample(text: string, start: number): boolean {
  const floor = Math.max(0, start - MAX_BACK);
  // The end of the last sentence end (`/[.!?]\s|\n/g` read over [floor, start)), found backwards in place: a match ends
  // after a line break, or after a space that follows . ! or ? (that mark never ends an earlier match).
  let from = start;
  while (from > floor && !endsSentence(text, floor, from)) from--;
  const lead = textWindow(text, from, start);
  return DOCUMENTATION.test(lead) && EXAMPLE.test(lead) && !PERSONAL.test(lead);
}

/** A sentence end (`/[.!?]\s|\n/`, read from `floor` on) ends right before `end`. */
function endsSentence(text: string, floor: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  if (last === 10) return true;
  if (end - 2 < floor || !isRegexSpace(last)) return false;
  const mark = text.charCodeAt(end - 2);
  return mark === 46 || mark === 33 || mark === 63;
}
