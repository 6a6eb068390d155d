/**
 * Helpers of the split development sets' check scripts (dev-14/check.ts, dev-15/check.ts): the card and IBAN value
 * check (Luhn; the country's length and ISO 13616 mod 97). The per-half table is `printHalfTable` in check-split-set.ts.
 */
import { ibanProblem } from "./iban-check.js";
import type { ValueCheck } from "./check-split-set.js";

export function luhnValid(value: string): boolean {
  const digits = [...value.replace(/\D/g, "")].reverse().map(Number);
  return digits.reduce((sum, digit, index) => sum + (index % 2 === 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit), 0) % 10 === 0;
}

/** A nine-digit US routing number passes the ABA checksum (weights 3, 7, 1). */
export function abaValid(digits: string): boolean {
  const weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  return [...digits].reduce((sum, digit, index) => sum + Number(digit) * weights[index]!, 0) % 10 === 0;
}

/** Labelled IBANs pass their country's length (`lengths`) and mod 97, labelled cards Luhn. */
export function cardAndIbanCheck(lengths: Readonly<Record<string, number>>): ValueCheck {
  return (category, value) => {
    if (category === "iban") return ibanProblem(value, lengths);
    if (category === "payment_card") return luhnValid(value) ? undefined : "fails Luhn";
    return undefined;
  };
}
