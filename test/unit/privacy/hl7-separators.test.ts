import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

/**
 * Session 42 (s42-gaps, dev-43): records under the separators their headers declare, or none — HL7 messages with
 * different separators in one paste, a PID line under `!` without its MSH, EDIFACT under a UNA advice, X12 diagnosis
 * codes with their dot — and the bare "Test:" heading for declared test values; each with a twin. Invented values.
 */
const categories = (text: string) => found(text).map((value) => value.slice(0, value.indexOf(":")));

describe("HL7 separators", () => {
  it("two messages with different separators are each read by their own MSH", () => {
    const text =
      "MSH|^~\\&|RIS|N|EHR|N|202612050900||ADT^A04|1|P|2.5\nPID|1||NW-330192^^^N^MR||OKAFOR^TOM||19840211|M\n" +
      "MSH#^~\\&#LAB#S#EHR#S#202612050905##ORU^R01#2#P#2.5\nPID#1##SW-118274^^^S^MR##COLLINS^SARAH##19870314#F";
    expect(found(text)).toEqual(["medical_record:NW-330192", "date_of_birth:19840211", "medical_record:SW-118274", "date_of_birth:19870314"]);
  });

  it("a '!' PID without MSH is read; the spec's test patient under '#' is nobody's", () => {
    expect(categories("PID!1!!FR77120934^^^CHU^PI!!MARCHAND^ELODIE!!19900922!F")).toContain("date_of_birth");
    expect(found("MSH#^~\\&#APP#FAC\nPID#1##123456^^^TEST^MR##TEST^PATIENT##19000101#U")).toEqual([]);
    expect(found("PID#1##PATID1234^^^FAC^MR##EVERYMAN^ADAM^A##19610615#M")).toEqual([]);
  });
});

describe("EDIFACT UNA and X12 codes", () => {
  it("a PAXLST under a UNA advice is read as under the default separators", () => {
    expect(found("UNA:#.? '\nDTM#329:760630'\nDOC#P:110:111#NW8K42JP1'")).toEqual(["date_of_birth:760630", "passport:NW8K42JP1"]);
    expect(found("UNA:#.? '\nDOC#P:110:111#123456789'")).toEqual([]);
  });

  it("an X12 diagnosis code with its dot is a patient's health; a payer-only claim has none", () => {
    const claim = (who: string) => `ISA|00|x|00|x|ZZ|A|ZZ|B|261205|1022|^|00501|1|0|P|:~\nNM1|${who}|1|ELLISON|MARK||||MI|W77120934~\nHI|ABK:F32.2~`;
    expect(categories(claim("IL"))).toContain("health");
    expect(categories(claim("PR"))).toEqual([]);
  });
});

describe("a bare Test heading declares no test value", () => {
  it("a national id under 'Test:' is reported; under 'Test data:' it is a test value", () => {
    expect(categories("Test:\nMaria Lindqvist, personnummer 811218-9876")).toEqual(["national_id"]);
    expect(found("Test data:\npersonnummer 811218-9876")).toEqual([]);
    expect(found("Test: personnummer 811218-9876")).toEqual([]);
  });
});
