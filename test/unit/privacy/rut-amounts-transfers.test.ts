import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("session 37 recall rules (development set 29)", () => {
  it("reads a Chilean RUT with a valid check character next to its word, dotted or not", () => {
    expect(found("Para la boleta: RUT 12.345.678-5, a nombre de Pedro Soto")).toContain("national_id:12.345.678-5");
    expect(found("el RUN de mi hermano es 9276418-4")).toContain("national_id:9276418-4");
  });

  it("leaves a RUT-shaped number alone without its word or with a wrong check character", () => {
    expect(has("pedido 12.345.678-5 despachado", "national_id")).toBe(false);
    expect(has("RUT 12.345.678-4", "national_id")).toBe(false);
  });

  it("reads Arabic-Indic amounts written with the Arabic thousands separator", () => {
    expect(found("راتب أختي نورة الحربي ١٢٬٣٠٠ ريال في الشهر")).toContain("financial:١٢٬٣٠٠ ريال");
  });

  it("reads money moved to or from a named person (refunds, transfers, deposits)", () => {
    expect(found("Please refund Sarah Johnson the €212.40 she overpaid on her account.")).toContain("financial:€212.40");
    expect(found("Elena Popescu îmi datorează 1.700 lei de la nuntă")).toContain("financial:1.700 lei");
  });

  it("reads a Hebrew password word with its prefix and the place it is for before the value", () => {
    expect(found("הסיסמה לראוטר בבית היא Gilboa#2231")).toContain("password:Gilboa#2231");
  });

  it("reads a clinical label with a qualifier after it in a named patient's letter", () => {
    expect(found("Patient: Mr Owen Rees\nMedication on admission ward: bisoprolol 5 mg")).toContain("health:bisoprolol 5 mg");
    expect(found("Wir entlassen Frau Ida Brandt. Diagnose bei Aufnahme: Pneumonie")).toContain("health:Pneumonie");
  });

  it("reads a KYC log's document number by its document code (DL, PP)", () => {
    expect(found("kyc.check doc=DL state=TX number=T5512-0391-88 status=ok")).toContain("driver_license:T5512-0391-88");
    expect(found('{"doc_type": "PP", "number": "K7730214"}')).toContain("passport:K7730214");
  });

  it("reads an Italian licence when a number label follows the word a few words on", () => {
    expect(found("Ho rinnovato la patente, il nuovo n. è MI4471290K")).toContain("driver_license:MI4471290K");
    expect(has("La patente europea ha un numero di 10 caratteri.", "driver_license")).toBe(false);
  });

  it("reads an ICD-10 code after the Portuguese CID label in a named patient's sick note", () => {
    expect(found("Paciente: Joana Ribeiro\nCID-10: J18.9")).toContain("health:J18.9");
    expect(has("A cidade tem 3 hospitais e a linha A90 de ônibus.", "health")).toBe(false);
  });

  it("leaves a qualified label without a person alone", () => {
    expect(has("Medication on discharge: see the leaflet for dosing", "health")).toBe(false);
  });
});
