import { describe, expect, it } from "vitest";
import { isValidPhoneNumber } from "libphonenumber-js/max";
import { createSeededRandom } from "../../src/index.js";
import {
  ibanRemainder,
  injectSensitiveData,
  luhnCheckDigit,
  syntheticCardNumber,
  syntheticIban,
  syntheticPhone,
} from "../../src/simulation/privacy-injection.js";
import type { ReplayItem } from "../../src/simulation/dataset.js";

function luhnValid(number: string): boolean {
  const digits = number.replace(/\D/g, "");
  return luhnCheckDigit(digits.slice(0, -1)) === Number(digits.at(-1));
}

describe("privacy injection", () => {
  it("generates structurally valid card numbers, IBANs and phone numbers", () => {
    const random = createSeededRandom(3);
    for (let index = 0; index < 50; index += 1) {
      expect(luhnValid(syntheticCardNumber(random))).toBe(true);
      const iban = syntheticIban(random).replace(/\s/g, "");
      expect(ibanRemainder(iban.slice(4) + iban.slice(0, 4))).toBe(1);
      expect(isValidPhoneNumber(syntheticPhone(random))).toBe(true);
    }
    expect(luhnCheckDigit("7992739871")).toBe(3);
  });

  it("labels exactly the configured share of prompts, the same ones for the same seed", () => {
    const items: ReplayItem[] = Array.from({ length: 40 }, (_, index) => ({ id: `p${index}`, prompt: `question ${index}`, category: null, outcomes: {} }));
    const first = injectSensitiveData(items, 0.15, 9);
    const second = injectSensitiveData(items, 0.15, 9);
    const labelled = first.filter((item) => item.sensitive);
    expect(labelled).toHaveLength(6);
    expect(second.filter((item) => item.sensitive).map((item) => item.id)).toEqual(labelled.map((item) => item.id));
    for (const item of labelled) {
      expect(item.prompt).toContain(`question ${item.id.slice(1)}`);
      expect(item.prompt.length).toBeGreaterThan(`question ${item.id.slice(1)}`.length + 10);
    }
    expect(first.filter((item) => !item.sensitive).every((item, index, all) => item === all[index])).toBe(true);
  });
});
