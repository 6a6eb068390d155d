/**
 * The development sets' own IBAN check (kept apart from `src/privacy` on purpose, so a set's values are checked by
 * code its detectors' authors did not write): the country's length, then ISO 13616 mod 97.
 */
export function ibanProblem(value: string, lengths: Readonly<Record<string, number>>): string | undefined {
  const raw = value.replace(/\s/g, "").toUpperCase();
  if (raw.length !== lengths[raw.slice(0, 2)]) return `length ${raw.length} for ${raw.slice(0, 2)}`;
  const numeric = (raw.slice(4) + raw.slice(0, 4)).replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let rest = 0;
  for (const char of numeric) rest = (rest * 10 + Number(char)) % 97;
  return rest === 1 ? undefined : "fails mod 97";
}
