import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("phones and licences as ordinary people paste them (contact.ts, driver-license.ts, labelled-identifiers.ts)", () => {
  it("reads numbers written right after a CJK word", () => {
    expect(found("请联系139 2208 4716，谢谢")).toContain("phone:139 2208 4716");
    expect(found("母の携帯は080-3917-2264です")).toContain("phone:080-3917-2264");
  });

  it("takes Portuguese call cues and WhatsApp slang", () => {
    expect(found("liga para o meu avô, o número é 936 218 405")).toContain("phone:936 218 405");
    expect(found("me chama no zap (21) 99731-4420")).toContain("phone:(21) 99731-4420");
  });

  it("reads licences across a broken PDF label, letter-spaced OCR and 'it's'", () => {
    expect(found("Fahrer: Jan Roth\nFührerschein-\nnummer: F310KPA7L21")).toContain("driver_license:F310KPA7L21");
    expect(found("OCR della patente: 5.  R 4 B 8 2 1 7 3 0 K")).toContain("driver_license:R 4 B 8 2 1 7 3 0 K");
    expect(found("the clerk needs my NJ license, it's K1482 30917 55120")).toContain("driver_license:K1482 30917 55120");
  });

  it("leaves permits that are not driving licences and a bare order number alone", () => {
    expect(has("mon permis de construire n° 0751122 a été accepté", "driver_license")).toBe(false);
    expect(has("订单号1234567890已发货", "phone")).toBe(false);
    // Spanish "la patente" is a patent (a number plate in Argentina), not the Italian licence.
    expect(has("Solicitamos la patente 2019034567 ante la OEPM.", "driver_license")).toBe(false);
    expect(found("la mia patente è U1A234567B")).toContain("driver_license:U1A234567B");
  });

  it("takes 'zap' as WhatsApp only after a Portuguese word, not the English verb", () => {
    expect(has("Zap the cache and restart: build 2024 11 05 3", "phone")).toBe(false);
    expect(found("me chama no zap (21) 99731-4420")).toContain("phone:(21) 99731-4420");
  });
});
