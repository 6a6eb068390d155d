import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";
import { brazilianCnhValid, clabeValid, polishNrbValid } from "../../../src/privacy/detectors/national-bank-numbers.js";

/**
 * Session 45 (s45-bankdl, dev-60): national bank account and driving-licence forms with a check digit or a shape of
 * their own (national-bank-numbers.ts), IFSC codes only beside an account, a Turkish "hesap no", a licence rule that
 * skips a format explanation, and lists of banks' routing numbers (institution-bank-numbers.ts).
 */
const of = (category: string, text: string) => found(text).filter((finding) => finding.startsWith(`${category}:`));

describe("checksums", () => {
  it("CLABE, NRB and CNH check digits", () => {
    expect(clabeValid("072008112658866828")).toBe(true);
    expect(clabeValid("072008112658866829")).toBe(false);
    expect(polishNrbValid("81102049190262389839828481")).toBe(true);
    expect(polishNrbValid("81102049190262389839828482")).toBe(false);
    expect(brazilianCnhValid("48636263132")).toBe(true);
    expect(brazilianCnhValid("48636263133")).toBe(false);
  });
});

describe("a private person's account or licence in its national form", () => {
  it.each([
    ["bank_account", "Send my share to Sofia, CLABE 014991420934384137 (Santander)", "014991420934384137"],
    ["bank_account", "oye te paso la cuenta de mi tío: 044125672390753051 a nombre de Ernesto", "044125672390753051"],
    ["bank_account", "Przelej czynsz na konto 67 1050 0324 2198 7877 8553 8026, tytuł: czynsz", "67 1050 0324 2198 7877 8553 8026"],
    ["bank_account", "Dados para reembolso: Fernanda Costa, Bradesco, ag. 0452, c/c 0038127-9", "0038127-9"],
    ["bank_account", "a chave aleatória do Pix do meu pai é c2a7e0b9-4f1d-4a3e-8b5c-91d04f6e2a38", "c2a7e0b9-4f1d-4a3e-8b5c-91d04f6e2a38"],
    ["bank_account", "Babamın Ziraat hesabı: şube kodu 1234, hesap no 48291735-5001", "48291735-5001"],
    ["driver_license", "OCR da habilitação: NOME ANA PAULA  Nº REGISTRO 01721715603  CAT. HAB. AB", "01721715603"],
    ["driver_license", "Driver details: Ramesh Yadav, DL KA01 20180004567, cab no KA-01-AB-1234", "KA01 20180004567"],
    ["driver_license", "Chofer: Rubén Castillo — licencia federal JAL0047182 — tipo B", "JAL0047182"],
    ["bank_account", "母の口座（ゆうちょ銀行 記号10170 番号 28374651）に仕送りしたいです", "28374651"],
    ["bank_account", "nome;banco;agencia;conta\nRafael Souza;341;0341;45128-3\nPatrícia Lima;260;0001;8827314-0", "45128-3"],
    ["bank_account", "Tenant: Hannah Wright | Sort code: 09-01-28 | Account no: 30571946 | Rent: £1,150", "30571946"],
  ])("%s: %s", (category, text, value) => {
    expect(of(category, text)).toContain(`${category}:${value}`);
  });
});

describe("the same formats with nobody's account or licence", () => {
  it.each([
    ["bank_account", "How is the CLABE check digit calculated? Wikipedia uses 032180000118359719 as the example"],
    ["bank_account", "El folio de mi factura es 002449243775012200, ¿dónde lo verifico?"],
    ["bank_account", "Dados bancários da Padaria Pão Quente Ltda: Bradesco ag. 1234 c/c 56789-0"],
    ["bank_account", "Which branch is IFSC HDFC0001234? And what does the fifth character 0 mean?"],
    ["bank_account", "Wells Fargo routing numbers by state: CA 121042882, NY 026012881, TX 111900659"],
    ["bank_account", "Azure tenant account 4820193377 in region westeurope, subscription Pay-As-You-Go"],
    ["bank_account", "Na ゆうちょ, what do 記号 and 番号 mean on the passbook?"],
    ["driver_license", "Meu pedido 48636263132 na Magalu ainda não foi enviado"],
    ["driver_license", "Indian DL numbers look like state code + RTO code + year, e.g. MH12 2011 0012345"],
    ["driver_license", "Co oznacza numer blankietu prawa jazdy w formacie 12345/20/1234?"],
  ])("%s: %s", (category, text) => {
    expect(of(category, text)).toEqual([]);
  });
});
