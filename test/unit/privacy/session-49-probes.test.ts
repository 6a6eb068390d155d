import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

const of = (prefix: string, text: string) => found(text).filter((value) => value.startsWith(prefix));

// Session 49 probes (issue #15): false alarms of older rules seen in the session 48 review, each with a near twin.
describe("session 49 probes: older rules' false alarms", () => {
  it("reads no National Insurance number in a product code after SKU, and still one after its label", () => {
    expect(of("national_id:", "Order SKU AB123456C — blue mug, 12 pack")).toEqual([]);
    expect(of("national_id:", "Part no. AB123456C is out of stock until May")).toEqual([]);
    expect(of("national_id:", "Order AB123456C for me, my NI number is AB123456C")).toContain("national_id:AB123456C");
    expect(of("national_id:", "My NI number is AB123456C, is that the right format?")).toEqual(["national_id:AB123456C"]);
  });

  it("reads no person in a brand named with a title (Uncle Ben's rice), and still the uncle called Ben", () => {
    expect(of("health:", "Uncle Ben's rice with metformin — is it OK to eat together?")).toEqual([]);
    expect(of("health:", "My uncle Ben takes metformin twice a day.")).toContain("health:metformin");
    expect(of("health:", "Uncle Ben's metformin ran out, can he skip a day?")).toContain("health:metformin");
  });

  it("reads the person after a title when no goods word follows the name (twin of Mr. Clean brand wipes)", () => {
    expect(of("health:", "Catheter care: Mr. Patel's catheter was changed today.")).toContain("health:catheter");
    expect(of("health:", "Mr. Clean needs his catheter changed today.")).toContain("health:catheter");
  });

  it("reads a Russian company's ten-digit INN beside its KPP written in Latin letters as the company's", () => {
    expect(of("national_id:", "Russian supplier details: INN 7707083893, KPP 123456789, please add them to the invoice")).toEqual([]);
    expect(of("national_id:", "Vektor LLC — INN 7707083893 / KPP 773601001")).toEqual([]);
    expect(of("national_id:", "My INN is 7707083893, can you check it?")).toEqual(["national_id:7707083893"]);
  });
});
