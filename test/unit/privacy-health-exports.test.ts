import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";
import { growth, repeatTo } from "../helpers/linear-growth.js";
import { createPrivacyScanner } from "../../src/privacy/index.js";

// Health data as apps and devices export it (issue #15, dev-79): an export's record type, column, value or medicine is
// a person's health when the export names the person (a name, patient, user or account field, a device named after its
// owner, a certificate's name); documentation samples, anonymised statistics and the writer's own unnamed export stay
// unreported.

describe("health data in app and device exports", () => {
  it("reads an Apple Health record type beside a device named after its owner, not a documentation sample", () => {
    const record = (source: string) =>
      `<Record type="HKQuantityTypeIdentifierBloodGlucose" sourceName="${source}" unit="mmol/L" creationDate="2026-03-04 06:10:00 +0000" value="12.8"/>`;
    expect(found(`Chart this please: ${record("Winifred Ashby's iPhone")}`)).toContain("health:HKQuantityTypeIdentifierBloodGlucose");
    expect(found(`From the HealthKit documentation: ${record("Sample App")}`)).toEqual([]);
    expect(found(`My own export: ${record("iPhone")} is that high?`)).toEqual([]);
  });

  it("reads a glucose column, a CPAP index and a bolus beside a name field", () => {
    expect(found("Patient: Cormac Fenwick\nTime,Sensor Glucose (mmol/L)\n03:10,3.1")).toContain("health:Sensor Glucose (mmol/L)");
    expect(found("Nachtbericht\nPatient: Gerlinde Haas\nAHI 31,5/h")).toContain("health:AHI 31,5/h");
    expect(found(`{"user": "Tamsin Oakes", "log": "Bolus 7.5 U at 12:40"}`)).toContain("health:Bolus");
    expect(found("Our clinic average AHI 5.2/h over 300 patients, bolus 7.5 U typical")).toEqual([]);
  });

  it("reads a medicine with its strength in a named order history and a certificate's disease code", () => {
    expect(found("Kundin: Roswitha Brenner\n12.02.2026  Lamotrigin 100 mg Tabletten  Abgeholt")).toContain("health:Lamotrigin 100 mg Tabletten");
    expect(found(`{"nam": {"fn": "Kettunen", "gn": "Aino"}, "v": [{"tg": "840539006", "dn": 1}]}`)).toContain("health:840539006");
    expect(found(`Spec sample: {"nam": {"fn": "Kettunen", "gn": "Aino"}, "v": [{"tg": "840539006", "dn": 1}]}`)).toEqual([]);
  });

  it("reads a Japanese blood-pressure column beside a relative named in apposition", () => {
    expect(found("祖母・村井 千代の記録\n日付,最高血圧,最低血圧\n3/1,168,95")).toEqual(["health:最高血圧", "health:最低血圧"]);
  });

  it("stays linear on long exports", () => {
    const scanner = createPrivacyScanner();
    const row = `<Record type="HKQuantityTypeIdentifierBloodGlucose" sourceName="Odile Marsh's iPhone" value="9.1"/> Bolus 4 U, AHI 12/h, Sertraline 50 mg tablets, Glucose (mg/dL),`;
    expect(growth((text: string) => scanner.scan(text), repeatTo(row), 16_384)).toBeLessThan(8);
  });

  // Closed in session 54 (health-export-records.ts POLISH_OWNED_DEVICE): a device noun, a given name in the genitive
  // (known once its ending is undone) and an adjectival surname's genitive (-skiego, -ckiej …). Siblings in
  // privacy-s54-probes-records.test.ts.
  it("reads a bolus in a pump log named by a Polish genitive", () => {
    expect(found("Log z pompy insulinowej Tymona Zawadzkiego:\n04.11.2026 07:50 Bolus 3,8 j.")).toContain("health:Bolus");
  });
});
