import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";
import { gstinValid, mrzLine2Valid, numeroFiscalValid } from "../../src/privacy/detectors/identifier-formats.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("identifiers by label and by self-proving format (labelled-identifiers.ts, identifier-formats.ts, session 32)", () => {
  it("reports hospital, tax and licence numbers and PINs after their labels in several languages", () => {
    expect(found("Patientin Frau Kowalski, Pat-ID 00581927, wird verlegt.")).toContain("medical_record:00581927");
    expect(found("帮我润色：患者王秀兰，病历号 0047182，住院号 ZY20264718。")).toContain("medical_record:ZY20264718");
    expect(found("TIN type: ITIN  Number: 912-78-4406")).toContain("national_id:912-78-4406");
    expect(found("my contractor texted her ein as 84-3917265 for the 1099")).toContain("national_id:84-3917265");
    expect(found("the other driver was Kevin Szabo, Florida license S120-431-86-722-0")).toContain("driver_license:S120-431-86-722-0");
    expect(found("popraw: tato, PIN do karty 2846, nie mów nikomu")).toContain("password:2846");
    expect(found("voici le passeport de mon fils Noé Berset, n° X4827193, valable")).toContain("passport:X4827193");
  });

  it("leaves sample and failing values, quantities and postcodes alone", () => {
    expect(has("Spółka ABC sp. z o.o., NIP 525-000-12-34, REGON 012345678", "national_id")).toBe(false);
    expect(has("PAN: ABCDE1234F (format)", "national_id")).toBe(false);
    expect(has("NI No: QQ 12 34 56 C on the payslip template", "national_id")).toBe(false);
    expect(has("Shop 4, MG Road, Bengaluru, PIN code 560001", "password")).toBe(false);
    expect(has("California license plate 7ABC123", "driver_license")).toBe(false);
  });

  it("checks the MRZ, GSTIN and numéro fiscal check digits and skips the ICAO specimen", () => {
    expect(mrzLine2Valid("C4J7R2KN17D<<8305192M3201141<<<<<<<<<<<<<<06")).toBe(true);
    expect(mrzLine2Valid("C4J7R2KN18D<<8305192M3201141<<<<<<<<<<<<<<06")).toBe(false);
    expect(found("Lies die MRZ:\nP<D<<MUELLER<<JONAS\nC4J7R2KN17D<<8305192M3201141<<<<<<<<<<<<<<06")).toContain(
      "passport:C4J7R2KN17D<<8305192M3201141<<<<<<<<<<<<<<06",
    );
    expect(has("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10", "passport")).toBe(false);
    expect([gstinValid("07BKLPK4821M1ZS"), gstinValid("07BKLPK4821M1ZT")]).toEqual([true, false]);
    expect([numeroFiscalValid("1098342716338"), numeroFiscalValid("1098342716339")]).toEqual([true, false]);
  });

  it("reports fingerprint templates, a named person's genotypes and recovery codes, not a textbook SNP", () => {
    expect(has('{"employee":"Marcus Delaney","template":"464D520020323000000001A2000001F4016200C500C501"}', "biometric")).toBe(true);
    expect(has("23andMe raw data for Joanne Kessler: rs429358 CT, rs7412 CC.", "biometric")).toBe(true);
    expect(has("Explain what rs429358 and rs7412 are in general terms.", "biometric")).toBe(false);
    expect(found("Her recovery codes from setup were q7k2-m9x4 and t3n8-w1c6.")).toContain("password:q7k2-m9x4");
  });
});
