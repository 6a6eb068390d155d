/**
 * Session 53 (issue #15): a restaurant's, café's or hotel's booking line ("Casa Rossi on Via Roma 14 serves the best
 * carbonara in town, book on 06 1234 5678", "Dinner at Chez Panisse was lovely; their number is (510) 548-5525",
 * "Trattoria Da Enzo — reservations: 06 581 2260") is the venue's, published for its guests. A venue named by its head
 * word (Casa, Chez, Trattoria, Hotel …) or after a meal's "at" in the 160 characters before the number, on its line; a
 * booking word or "their/its number" right before the number; no person's word between the venue and the number (an
 * owner's mobile, my friend's number stays). A meal at someone's ("dinner at Anna's") is at a home, no venue.
 */
/** Case-sensitive for the name's capital: each head word's first letter in either case. */
const VENUE =
  /(?<![\p{L}])(?:(?:[Mm]aison|[Cc]hez|[Cc]asa|[Cc]afé|[Cc]afe|[Cc]affè|[Tt]rattoria|[Oo]steria|[Pp]izzeria|[Rr]istorante|[Rr]estaurante|[Rr]estaurant|[Bb]istro|[Bb]istrot|[Bb]rasserie|[Tt]averna|[Tt]aberna|[Cc]antina|[Pp]ub|[Hh]otel|[Hh]ôtel|[Gg]asthaus|[Gg]asthof)[ \t]+\p{Lu}|(?:[Dd]inner|[Ll]unch|[Bb]runch|[Bb]reakfast|[Dd]rinks|[Dd]ined|[Aa]te|[Ee]at|[Ee]ating|[Cc]ena|[Pp]ranzo|[Dd]îner|[Dd]éjeuner|[Ee]ssen)[ \t]+(?:at|bei|chez|da|en|in)[ \t]+\p{Lu}(?!\p{Ll}{0,20}['’]s(?![ \t]+\p{Lu})))/gu;
const BOOKING_BEFORE =
  /(?<![\p{L}])(?:book(?:ings?)?|reserv\p{L}*|réserv\p{L}*|prenot\p{L}*|table|their(?: phone)? number|its(?: phone)? number|call them|ring them|phone them|il loro numero|leur numéro|su número|ihre nummer)(?:[ \t]+(?:on|at|via|by|is|al|au|unter|es|è|est))?[ \t:]*$/iu;
const PERSON_BETWEEN =
  /(?<![\p{L}])(?:my|our|his|her|mum|mom|dad|friend|wife|husband|owner|chef|manager|waiter|mobile|cell|private|personal|mein\p{L}*|mon|ma|mio|mia|mi)(?![\p{L}])/iu;

/** True when the phone at `start` is a venue's booking line. */
export function venueBookingNumber(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 160), start);
  const line = before.slice(before.lastIndexOf("\n") + 1);
  if (!BOOKING_BEFORE.test(line.slice(-40))) return false;
  let venueEnd = -1;
  VENUE.lastIndex = 0;
  for (let match = VENUE.exec(line); match !== null; match = VENUE.exec(line)) venueEnd = match.index + match[0].length;
  return venueEnd >= 0 && !PERSON_BETWEEN.test(line.slice(venueEnd));
}
