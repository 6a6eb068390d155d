/**
 * Session 53 (issue #15): a calendar event titled with one given name, a dash and a treatment ("Lena – chemo cycle 2",
 * `SUMMARY:Noah – physio`, `10:15 "Mia – insulin pump check"`): a family's or a carer's calendar names the person by
 * the first name alone. The title opens an iCalendar `SUMMARY:` or follows an event's time on its line, in a text with a
 * calendar's word; the name must be a given name of the lexicon, and the treatment a health term within the title
 * or a clinical word (its span). Two or three names before the dash are personal.ts's (CALENDAR_TITLE_BEFORE). Linear: one match per line.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { healthTermSearch } from "./health-term-match.js";
import { isPersonName } from "./people-names.js";
import { MEDICAL_VALUE_HINT } from "./medical-terms.js";

const WORD_CHAR = /[\p{L}\p{N}-]/u;

const CALENDAR_STEMS = ["calendar", "summary:", "event", "agenda", "termin", "kalender", "calendrier", "calendario", "rendez-vous", "cita"];
const TITLE = /(?:(?<![\p{L}])SUMMARY(?:;[^:\n]{0,40})?:|(?<![\p{N}])\d{1,2}[:.]\d{2}[ \t]{1,3}["“„']?)[ \t]?(\p{Lu}\p{Ll}{1,15})[ \t]{1,3}[–—-][ \t]{1,3}/gu;
/** Where a title ends: its line or its closing quote. */
const TITLE_END = /[\n"”]/;

function runCalendarTitles(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, CALENDAR_STEMS)) return;
  TITLE.lastIndex = 0;
  for (let match = TITLE.exec(text); match !== null; match = TITLE.exec(text)) {
    if (!isPersonName(match[1]!)) continue;
    const titleStart = match.index + match[0].length;
    const rest = text.slice(titleStart, titleStart + 80);
    const stop = TITLE_END.exec(rest);
    const title = stop === null ? rest : rest.slice(0, stop.index);
    const [pattern, haystack] = healthTermSearch(title, title.toLowerCase());
    pattern.lastIndex = 0;
    const term = pattern.exec(haystack);
    if (term !== null) emit("health", titleStart + term.index, titleStart + term.index + term[0].length, "calendar-title-health", PRIORITY.contextual);
    else {
      // A clinical word the lexicon lacks ("physiotherapy", "Insulinpumpe"): the word holding the hint.
      const hint = MEDICAL_VALUE_HINT.exec(title);
      if (hint === null) continue;
      let from = hint.index;
      while (from > 0 && WORD_CHAR.test(title[from - 1]!)) from--;
      let to = hint.index + hint[0].length;
      while (to < title.length && WORD_CHAR.test(title[to]!)) to++;
      // The hint alone as a word ("radio interview") names no care.
      if (to - from > hint[0].length) emit("health", titleStart + from, titleStart + to, "calendar-title-health", PRIORITY.contextual);
    }
  }
}

export const calendarTitleDetectors: Detector[] = [{ name: "calendar-titles", run: runCalendarTitles }];
