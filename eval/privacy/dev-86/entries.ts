/**
 * dev-86 entries: a private person's home address inside running sentences, in each country's own order and language,
 * for thirty-one countries (`countries.ts`), from hand-written frames (`templates.ts`) filled by a seeded generator:
 * the same seed gives the same set. Sensitive: the home of the writer, a relative or a friend (with apartment, floor
 * and door notation, broken over lines under the name, abbreviated, lower case, in JSON or a form line, rural routes, PO
 * boxes, houses with a name and no number, partial homes without a postcode). Hard negatives: the same shapes for an
 * office, shop, school, hospital, embassy, museum or venue, a street or postcode alone, directions, famous and fictional
 * addresses, address-format tutorials. `kind` is `<shape>:home` or `neg-<what>:<detail>`. Every person is invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { createSeededRandom } from "../../../src/policies/clock.js";
import { COUNTRIES } from "./countries.js";
import { type Frame, NEGATIVE_FRAMES, POSITIVE_FRAMES } from "./templates.js";

const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/straße\b/g, "str."],
  [/Straße\b/g, "Str."],
];

/** mulberry32 (`createSeededRandom`), enough to draw house numbers reproducibly. */
const random = createSeededRandom(86);
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));

function fill([country, kind, frame]: Frame): MarkedEntry {
  const table = COUNTRIES[country];
  if (!table) throw new Error(`unknown country ${country}`);
  const index = between(0, table.streets.length - 1);
  const [street, postcode, city] = table.streets[index]!;
  const other = table.streets[(index + between(1, table.streets.length - 1)) % table.streets.length]![0];
  let text = frame.replace(/\{(st2|st|zip|city|no|big|n|c)\}/g, (_, slot: string) => {
    switch (slot) {
      case "st":
        return kind.startsWith("abbrev") ? ABBREVIATIONS.reduce((name, [from, to]) => name.replace(from, to), street) : street;
      case "st2":
        return other;
      case "zip":
        return postcode;
      case "city":
        return city;
      case "no":
        return String(between(1, 180));
      case "big":
        return String(between(100, 9899));
      case "n":
        return String(between(1, 30));
      default:
        return String(between(1, 5));
    }
  });
  if (kind.startsWith("lower")) text = text.toLowerCase();
  return [table.lang, kind, text];
}

export const SENSITIVE: MarkedEntry[] = POSITIVE_FRAMES.map(fill);
export const NEGATIVES: MarkedEntry[] = NEGATIVE_FRAMES.map(fill);
