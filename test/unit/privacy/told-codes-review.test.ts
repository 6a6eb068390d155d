import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("session 43 review: told codes (labelled-identifiers.ts)", () => {
  it("leaves mixtures, draws, other kinds of code and a story's year alone", () => {
    expect(has("The drug is a combination of 1500 and 2300 units in two vials.", "password")).toBe(false);
    expect(has("Winning combination: 12 18 27 in last night's draw.", "password")).toBe(false);
    expect(has("la combinazione vincente del lotto: 12 45 78", "password")).toBe(false);
    expect(has("Write the code for the LeetCode problem 1143 in Python please.", "password")).toBe(false);
    expect(has("the code to the function 3345 returns null", "password")).toBe(false);
    expect(has("Kod do rabatu 4471 działa do piątku w sklepie.", "password")).toBe(false);
    expect(has("kód ke stažení 4471 najdete v e-mailu", "password")).toBe(false);
    expect(has("el código de mi producto 834512 no aparece en la tienda", "password")).toBe(false);
    expect(has("رمز السهم 1120 مصرف الراجحي", "password")).toBe(false);
    expect(has("رمز الخصم 5531 صالح حتى الجمعة", "password")).toBe(false);
    expect(has("The chapter opens with 1815 in Paris, after Waterloo.", "password")).toBe(false);
  });

  it("still reads a lock's combination, a safe that opens with a code and a door code", () => {
    expect(found("The combination of the safe is 4471.")).toContain("password:4471");
    expect(found("The safe opens with 36-12-58, left twice.")).toContain("password:36-12-58");
    expect(found("The CODE FOR THE SIDE DOOR is ４８２１")).toContain("password:４８２１");
    expect(found("the code for the side door is 4821")).toContain("password:4821");
  });

  it("a PIN after a line break or before its label is read (closed in session 44)", () => {
    expect(has("PIN\n448201", "password")).toBe(true);
    expect(has("448201 is the PIN", "password")).toBe(true);
  });
});

describe("session 43 review: indirect identity labels and German document numbers", () => {
  // 11-digit numbers that pass a PESEL or T.C. Kimlik check by chance (found by a random-digit fuzz).
  it("does not read a software or media record's id as an identity number", () => {
    for (const text of [
      "2026-12-06T12:01:33Z INFO trace ID 53042113418 handled in 12 ms",
      "Telegram bot: chat id 34271787663, message sent",
      "| Job ID | 79061634679 | done |",
      "video ID 82062623230 has 448 201 views",
      "My Steam ID is 32471842955",
    ])
      expect(has(text, "national_id")).toBe(false);
  });

  it("does not read an accounting document number as an identity card, still reads one beside Ausweis", () => {
    expect(has("Dokument Z955627469", "national_id")).toBe(false);
    expect(has("document reference L479603606", "national_id")).toBe(false);
    expect(found("Gast: Katrin Vogt, Ausweis-Nr. LF3K7N92T7, Anreise Freitag")).toContain("national_id:LF3K7N92T7");
  });

  it("a bare ID column header or a row's own id lends no label to the next number (closed in session 46)", () => {
    expect(has("ID,amount\n44281567906,448.20", "national_id")).toBe(false);
  });
});

describe("session 43 review: lab values in documentation (clinical.ts)", () => {
  it("leaves a standard's example patient and demo data alone", () => {
    expect(has("Example patient Adam Everyman, glucose this morning 182, per the HL7 standard's sample ORU.", "health")).toBe(false);
    expect(has("Sample: Jane Doe heart rate 72, SpO2 98 (demo data)", "health")).toBe(false);
    expect(has("CDA sample: Isabella Jones, creatinine 1.2 (HL7 C-CDA R2.1 example)", "health")).toBe(false);
  });

  it("still reads a named person's value, and a blood sample is no documentation cue", () => {
    expect(has("Anna Müller: glucose this morning 182, the blood sample went to the lab", "health")).toBe(true);
  });
});
