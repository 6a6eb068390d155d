/**
 * Brands named like a person with a title (session 49, issue #15): "Uncle Ben's rice", "Mr. Clean brand wipes", "Aunt
 * Jemima syrup". A title and one capitalised word right before "brand", a trade mark sign or a word for packaged goods
 * (food, drink, household and toiletry products) name a product, not a relative or a customer: the person checks read
 * the phrase as blank. "Uncle Ben's metformin" and "my uncle Ben takes rice" keep their person (no goods word right
 * after the name).
 */

/** The titles a brand borrows: kinship words and the English honorifics. */
const TITLES = "Uncle|Aunt|Auntie|Grandma|Grandpa|Granny|Mr|Mrs|Ms|Miss|Dr|Captain|Chef|Mother|Father|Papa|Mama";
/** Packaged goods a brand names (singular and plural), "brand" itself and the trade mark signs. */
const GOODS =
  "brand|brands|rice|sauce|sauces|syrup|cereal|oats|oatmeal|cookies|biscuits|soup|soups|pudding|bread|pasta|gravy|noodles|mix|pancake|pancakes|wipes|soap|cleaner|detergent|spray|shampoo|crisps|chips|coffee|tea|jam|candy|chocolate|sweets|products";
/**
 * A title, its optional full stop, one capitalised word (with its possessive) and a goods word or sign after it.
 * The name's look-ahead stops it short of its last letters, so that no shorter name escapes the goods check; one pass
 * over the text with bounded pieces: linear.
 */
/** Either case for a goods word's first letter ("Uncle Ben's Rice"); no `i` flag, so that the name must be capitalised. */
const GOODS_EITHER_CASE = GOODS.split("|")
  .map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`)
  .join("|");
const BRAND_NAME = new RegExp(
  `(?<![\\p{L}])(?:${TITLES})\\.?\\s+\\p{Lu}[\\p{Ll}'’-]*(?![\\p{Ll}'’-])(?=\\s*(?:[®™]|(?:${GOODS_EITHER_CASE})(?![\\p{L}])))`,
  "gu",
);
const MAY_HOLD_TITLE = /Uncle|Aunt|Gran|Mr|Mrs|Ms|Miss|Dr|Captain|Chef|Mother|Father|Papa|Mama/u;

/** `text` with every brand named like a person turned into spaces (same length: offsets stay). */
export function withoutBrandNames(text: string): string {
  if (!MAY_HOLD_TITLE.test(text)) return text;
  BRAND_NAME.lastIndex = 0;
  return text.replace(BRAND_NAME, (phrase) => " ".repeat(phrase.length));
}
