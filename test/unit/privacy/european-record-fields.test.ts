import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

/**
 * Structured records in European languages whose field names are the evidence (issue #15, dev-72 half A): localised
 * passport, medical-record and money fields, a document type in the record's language, YAML block scalars; company
 * registers, secret-file paths and declared fictitious rows stay unreported.
 */
describe("European record fields: localised names, document types and block scalars", () => {
  it("reads a passport number under n_pass, num_passaporte and a localised document type", () => {
    expect(found("schedina alloggiati\ncognome: Bianchi\ntipo_doc: PASOR\nn_pass: YA4829137")).toContain("passport:YA4829137");
    expect(found(`{"hospede": "Beatriz Santos", "num_passaporte": "CB482917"}`)).toContain("passport:CB482917");
    expect(found(`{"gast": "Sanne Bakker", "documenttype": "paspoort", "documentnummer": "NXC3F1P27"}`)).toContain("passport:NXC3F1P27");
    expect(found(`{"huesped": "Tomás Herrera", "documento": {"tipo": "pasaporte", "numero": "PAD384127"}}`)).toContain("passport:PAD384127");
  });

  it("reads medical record numbers, decimal-comma amounts and a block scalar's diagnosis", () => {
    expect(found("paziente:\n  nome: Lucia Conti\n  n_cartella: 2026/004481\n  diagnosi: |\n    Adenocarcinoma del colon sigma, stadio III")).toEqual(
      expect.arrayContaining(["medical_record:2026/004481", "health:Adenocarcinoma del colon sigma, stadio III"]),
    );
    expect(found('medewerker:\n  naam: Pieter Jansen\n  bsn: "111372641"\n  bruto_maandsalaris: 4.320,00')).toContain("financial:4.320,00");
    expect(found("Versicherungsnehmer;Jahreseinkommen;Schufa-Score\nKlaus Dietrich;62.400,00;87,3")).toContain("financial:62.400,00");
  });

  it("reads a statement's balances when the text names whose statement it is, not the writer's own", () => {
    const table = "fecha;concepto;importe;saldo\n01/12/2026;NÓMINA;+2.184,33;6.902,18";
    expect(found(`${table}\nextracto de mi cliente Alberto Sanz Medina, ¿cuánto gasta en comida?`)).toContain("financial:6.902,18");
    expect(found(`${table}\nson mis movimientos, ¿cuánto gasto en comida?`)).toEqual([]);
  });

  it("leaves company registers, secret-file paths and declared fictitious rows unreported", () => {
    expect(found("nazwa;nip;regon;siedziba\nPKN Orlen S.A.;7740001454;610188201;ul. Chemików 7, Płock")).toEqual([]);
    expect(found("environment:\n  API_KEY_FILE: /run/secrets/personio_key")).toEqual([]);
    expect(found("# jeu de données fictif\nnom;num_secu;salaire_brut\nTest Un;1 00 00 00 000 000 00;0,00")).toEqual([]);
  });

  it("reads the birth date column of a CSV, not the admission date beside it", () => {
    expect(found("mrn,patient_name,dob,admit_date\nMRN00482193,Harold Finch,1947-12-02,2026-11-28")).toEqual([
      "medical_record:MRN00482193",
      "date_of_birth:1947-12-02",
    ]);
  });

  it("leaves a hospital's switchboard and a company register's addresses unreported", () => {
    expect(found(`{"hospital": "Hospital Universitario La Paz", "telefono": "917 27 70 00"}`)).toEqual([]);
    expect(found("razon_social;cif;domicilio\nIberdrola, S.A.;A48010615;Plaza Euskadi 5, 48009 Bilbao")).toEqual([]);
    expect(found(`{"hospital": "La Paz", "paciente": "Ana Ruiz", "telefono": "612 448 913"}`)).toEqual(["phone:612 448 913"]);
  });

  it("still reads a password under a longer pass key", () => {
    expect(found("db:\n  db_pass: Xr7!pQ2vLm9wTz")).toContain("password:Xr7!pQ2vLm9wTz");
  });
});
