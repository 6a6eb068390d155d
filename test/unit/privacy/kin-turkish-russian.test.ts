import { describe, expect, it } from "vitest";
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
