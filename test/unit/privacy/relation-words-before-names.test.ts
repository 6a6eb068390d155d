import { describe, expect, it } from "vitest";
import { conditionMentions } from "../../../src/privacy/detectors/person-condition.js";
import { refersToPerson } from "../../../src/privacy/detectors/person-reference.js";

describe("Russian possessive and Turkish suffixed relation words before a name (person-reference.ts)", () => {
  it("names a person after мой/моя/моей + relation word", () => {
    expect(refersToPerson("Моя подруга Лена принимает сертралин")).toBe(true);
    expect(refersToPerson("У моей сестры Марины диабет")).toBe(true);
  });

  it("names a person after a Turkish relation word with its possessive suffix", () => {
    expect(refersToPerson("Arkadaşım Burak sertralin kullanıyor")).toBe(true);
    expect(refersToPerson("Kocam Murat insülin kullanıyor")).toBe(true);
  });

  it("an unnamed relative or a lower-case word after the relation is nobody", () => {
    expect(refersToPerson("У моей мамы сахарный диабет")).toBe(false);
    expect(refersToPerson("Annem için genel bilgi verir misin?")).toBe(false);
    expect(refersToPerson("Arkadaşım dedi ki lupus bulaşıcı değil")).toBe(false);
  });
});

describe("surgical procedure word forms (medical-morphology.ts)", () => {
  it("reads -ectomy, -ostomy, -otomy and -plasty words as conditions, not 'dichotomy'", () => {
    const words = (text: string) => conditionMentions(text, text.toLowerCase()).map(([start, end]) => text.slice(start, end));
    expect(words("recovery after a laparoscopic cholecystectomy")).toContain("cholecystectomy");
    expect(words("tras la histerectomía y una angioplastia")).toEqual(expect.arrayContaining(["histerectomía", "angioplastia"]));
    expect(words("a false dichotomy between speed and care")).toEqual([]);
  });
});
