/**
 * The spoken digit words, one table for the readers of dictated numbers (session 43): spoken-digits.ts reads runs of
 * the Western European words after a PIN, account or card cue; spoken-numbers.ts reads phone numbers and IP addresses
 * in all of them. No word names two different digits. Our own code.
 */

/** Each digit's words in English, German, Spanish, Portuguese, French, Italian and Dutch (index = digit). */
export const WESTERN_DIGIT_WORDS: ReadonlyArray<readonly string[]> = [
  ["zero", "oh", "null", "cero", "zéro", "nul"],
  ["one", "eins", "uno", "um", "un", "een", "één"],
  ["two", "zwei", "zwo", "dos", "dois", "duas", "deux", "due", "twee"],
  ["three", "drei", "tres", "três", "trois", "tre", "drie"],
  ["four", "vier", "cuatro", "quatro", "quatre", "quattro"],
  ["five", "fünf", "cinco", "cinq", "cinque", "vijf"],
  ["six", "sechs", "seis", "sei", "zes"],
  ["seven", "sieben", "siete", "sete", "sept", "sette", "zeven"],
  ["eight", "acht", "ocho", "oito", "huit", "otto"],
  ["nine", "neun", "nueve", "nove", "neuf", "negen"],
];

/**
 * Each digit's words in Polish, Russian, Arabic and Hindi, and (session 48, dev-77) Turkish (index = digit). Turkish ten
 * ("on") is left out: it is the English preposition. Hindi in Latin letters (Hinglish) is read by spoken-numbers.ts,
 * where "do", "teen" and "char", English words too, count only beside another Hinglish digit word.
 */
export const EASTERN_DIGIT_WORDS: ReadonlyArray<readonly string[]> = [
  ["ноль", "нуль", "صفر", "शून्य", "sıfır"],
  ["jeden", "jedna", "один", "одна", "واحد", "एक", "bir"],
  ["dwa", "два", "две", "اثنان", "اثنين", "दो", "iki"],
  ["trzy", "три", "ثلاثة", "तीन", "üç"],
  ["cztery", "четыре", "أربعة", "चार", "dört"],
  ["pięć", "пять", "خمسة", "पाँच", "पांच", "beş"],
  ["sześć", "шесть", "ستة", "छह", "छः", "altı"],
  ["siedem", "семь", "سبعة", "सात", "yedi"],
  ["osiem", "восемь", "ثمانية", "आठ", "sekiz"],
  ["dziewięć", "девять", "تسعة", "नौ", "dokuz"],
];

/** Each digit's words in all twelve languages (index = digit). */
export const DIGIT_WORDS: ReadonlyArray<readonly string[]> = WESTERN_DIGIT_WORDS.map((words, digit) => [...words, ...EASTERN_DIGIT_WORDS[digit]!]);
