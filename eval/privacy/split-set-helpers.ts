/**
 * Helpers of the split development sets' check scripts (dev-14/check.ts, dev-15/check.ts): the card and IBAN value
 * check (Luhn; the country's length and ISO 13616 mod 97), and the per-half table of every (topic, polarity, form)
 * class and language that shows both halves hold every kind.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ibanProblem } from "./iban-check.js";
import type { ValueCheck } from "./check-split-set.js";

export function luhnValid(value: string): boolean {
  const digits = [...value.replace(/\D/g, "")].reverse().map(Number);
  return digits.reduce((sum, digit, index) => sum + (index % 2 === 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit), 0) % 10 === 0;
}

/** Labelled IBANs pass their country's length (`lengths`) and mod 97, labelled cards Luhn. */
export function cardAndIbanCheck(lengths: Readonly<Record<string, number>>): ValueCheck {
  return (category, value) => {
    if (category === "iban") return ibanProblem(value, lengths);
    if (category === "payment_card") return luhnValid(value) ? undefined : "fails Luhn";
    return undefined;
  };
}

/** Prints, for each class and language, how many entries each half holds (flagging a class held by one half only). */
export function printPerHalf(folder: string): void {
  const perHalf = new Map<string, { a: number; b: number }>();
  for (const half of ["a", "b"] as const) {
    for (const text of readFileSync(join(folder, `${half}.jsonl`), "utf8")
      .split("\n")
      .filter(Boolean)) {
      const { kind, lang } = JSON.parse(text) as { kind: string; lang: string };
      const topic = kind.split(":")[0]!;
      const cls = `class ${topic.replace(/^neg-/, "")}|${topic.startsWith("neg-") ? "neg" : "pos"}|${kind.split(":").at(-1)}`;
      for (const key of [cls, `lang ${lang}`]) {
        const row = perHalf.get(key) ?? { a: 0, b: 0 };
        row[half]++;
        perHalf.set(key, row);
      }
    }
  }
  process.stdout.write("\nper half (A, B):\n");
  for (const [key, { a, b }] of [...perHalf].sort())
    process.stdout.write(`${key}\t${a}\t${b}${key.startsWith("class") && (a === 0 || b === 0) ? "\tONE HALF ONLY" : ""}\n`);
}
