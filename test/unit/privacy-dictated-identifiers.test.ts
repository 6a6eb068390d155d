import { describe, expect, it } from "vitest";
import { foldOcrDigits } from "../../src/privacy/ocr-digits.js";
import { foldQuotedReplies } from "../../src/privacy/quoted-replies.js";
import { found } from "./privacy-helpers.js";

/** Session 44 (dev-56 half A): numbers as OCR and speech-to-text deliver them. */
describe("dev-56 OCR'd numbers and dictated identifiers", () => {
  it("reads OCR's letters inside numbers back as digits, in place; a clean text and a long key stay as written", () => {
    expect(foldOcrDigits("D.O.B: 1O/O4/l95l at 22 Cl0ver Lane")).toBe("D.O.B: 10/04/1951 at 22 Clover Lane");
    expect(foldOcrDigits("my a1b and x0y stay")).toBe("my a1b and x0y stay");
    const key = `token ${"l0".repeat(30)}`;
    expect(foldOcrDigits(key)).toBe(key);
    // An Italian IBAN's check letter O beside the code's other groups; a Spanish ordinal (3º is 3o after NFKC).
    expect(foldOcrDigits("IT69 O996 1423 650D")).toBe("IT69 O996 1423 650D");
    expect(foldOcrDigits("Calle de Alcalá 214, 3o B")).toBe("Calle de Alcalá 214, 3o B");
  });
  it("reads a quoted reply's wrapped sentence as one line; quoted fields keep their lines", () => {
    expect(foldQuotedReplies("I've had a\n> miscarriage")).toBe("I've had a   miscarriage");
    expect(foldQuotedReplies("> > Me: 17/09/1983\n> > Tom: 02/01/2015")).toBe("    Me: 17/09/1983\n    Tom: 02/01/2015");
    expect(found("On Tue, Hannah wrote:\n> Hi Sam, I'll be off for two weeks, I've had a\n> miscarriage and my GP signed me off.")).toEqual([
      "health:miscarriage",
    ]);
  });
  it("an OCR'd tax file number and phone after their labels", () => {
    expect(found("Payee: Lachlan Byrne\nTFN 2l7 537 O95\nGross payments")).toContain("national_id:2l7 537 O95");
    expect(found("DELIVER TO: Aisha Bello\nTel O7923 5l4 882")).toContain("phone:O7923 5l4 882");
  });
  it("a tax file or social insurance number read out in a call passes its check; a failing one is no value", () => {
    expect(found("ok so your TFN is three one oh nine one six nine six oh right")).toEqual(["national_id:three one oh nine one six nine six oh"]);
    expect(found("my SIN is uh two nine four eight nine eight eight one two")).toEqual(["national_id:two nine four eight nine eight eight one two"]);
    expect(found("my SIN is uh two nine four eight nine eight eight one three")).toEqual([]);
  });
  it("a social security number read out on the line after the agent's question (the cue is on the line before; closed in session 46)", () => {
    expect(found("AGENT: and your social?\nCALLER: uh yeah it's five four one dash two two dash eight nine three oh")).toHaveLength(1);
  });
});
