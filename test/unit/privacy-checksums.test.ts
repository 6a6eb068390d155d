import { describe, expect, it } from "vitest";
import {
  abaRoutingValid,
  germanTaxIdValid,
  ibanValid,
  inseeValid,
  luhnValid,
  nhsNumberValid,
  spanishIdValid,
  verhoeffValid,
} from "../../src/privacy/checksums.js";

describe("check-digit algorithms", () => {
  it("Luhn", () => {
    expect(luhnValid("4111111111111111")).toBe(true);
    expect(luhnValid("4111111111111112")).toBe(false);
  });
  it("IBAN mod 97", () => {
    expect(ibanValid("DE89370400440532013000")).toBe(true);
    expect(ibanValid("GB82WEST12345698765432")).toBe(true);
    expect(ibanValid("DE89370400440532013001")).toBe(false);
  });
  it("Verhoeff (Aadhaar)", () => {
    expect(verhoeffValid("2363")).toBe(true);
    expect(verhoeffValid("2364")).toBe(false);
  });
  it("German Steuer-IdNr", () => {
    expect(germanTaxIdValid("86095742719")).toBe(true);
    expect(germanTaxIdValid("86095742718")).toBe(false);
    expect(germanTaxIdValid("01234567890")).toBe(false);
  });
  it("ABA routing number", () => {
    expect(abaRoutingValid("021000021")).toBe(true);
    expect(abaRoutingValid("021000022")).toBe(false);
  });
  it("NHS number", () => {
    expect(nhsNumberValid("9434765919")).toBe(true);
    expect(nhsNumberValid("9434765918")).toBe(false);
  });
  it("French INSEE", () => {
    expect(inseeValid("255081416802538")).toBe(true);
    expect(inseeValid("255081416802539")).toBe(false);
  });
  it("Spanish DNI / NIE", () => {
    expect(spanishIdValid("12345678Z")).toBe(true);
    expect(spanishIdValid("X1234567L")).toBe(true);
    expect(spanishIdValid("12345678A")).toBe(false);
  });
});
