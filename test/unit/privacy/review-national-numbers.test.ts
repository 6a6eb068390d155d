import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

/**
 * Review of session 45's national bank and licence forms (national-bank-numbers.ts): order, ticket and register
 * numbers with a valid check digit are not accounts; sensitive variants (printed CLABE fields, a PIX key on the next
 * line, full-width digits) still are. The numbers below carry valid check digits on purpose.
 */
const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("national bank numbers: ordinary texts", () => {
  it("reads no bank account in an order, shipment, ticket, job or reference number after nr/numer/transfer/deposit", () => {
    for (const text of [
      "Order nr 701234567890100003 shipped via DHL, expected Monday.",
      "Pedido nr 701234567890100003 — nota fiscal emitida.",
      "Tracking numer przesyłki: 20240101000000000000000017, kurier InPost.",
      "Numer zamówienia 20240101000000000000000017 został opłacony kartą.",
      "File transfer job 202403150000000009 completed in 3.2 s (12 MB).",
      "Deposit slip template: amount, date, reference 701234567890100003",
      "Ticket nr 2024 0101 0000 0000 0000 0000 17 was closed by support.",
    ])
      expect(has(text, "bank_account"), text).toBe(false);
  });

  it("reads no CNH in another register's number, and no account after an engine's cc", () => {
    expect(has("Processo de registro 20230000069 no INPI: marca deferida.", "driver_license")).toBe(false);
    expect(has("Registro do produto na Anvisa: 20230000069 (suplemento vitamínico).", "driver_license")).toBe(false);
    expect(has("Motor de 1.000 cc 250-3 válvulas, o carro é ótimo.", "bank_account")).toBe(false);
  });

  it("leaves format explanations, invoices and ids alone", () => {
    for (const text of [
      "Order #032180000118359719 shipped on 2024-03-02; tracking 940011189922385.",
      "Invoice 61109010140000071219812874 — total 1,240.00 EUR, due 30 days.",
      "Factura folio 002180012345678901 emitida el 3 de marzo.",
      "CLABE es un estándar de 18 dígitos: 3 de banco, 3 de plaza, 11 de cuenta y 1 de control.",
      "NRB składa się z 26 cyfr: 2 cyfry kontrolne i 8 cyfr numeru rozliczeniowego banku.",
      "A CNH tem 11 dígitos e o último é um dígito verificador.",
      "Chave PIX aleatória é um UUID gerado pelo banco, no formato 8-4-4-4-12.",
      "requestId: 123e4567-e89b-12d3-a456-426614174000 status=200 latency=12ms",
      "ゆうちょ銀行の記号は5桁、番号は最大8桁です。",
      "The bus route KA01 20180004567 timetable is on the BMTC website.",
      "Conta de luz 2024-3 venceu ontem, paguei pelo app da concessionária.",
    ])
      expect(found(text), text).toEqual([]);
  });

  it("reads no licence in a course code after a licence word (licence-after-keyword; closed in session 48)", () => {
    expect(has("Driving licence KA01 2018 is the lecture code for the Karnataka RTO course, not a licence.", "driver_license")).toBe(false);
    // Hard negatives: the value named a licence's number, or a number with no other kind.
    expect(has("Driving licence KA01 20180004567 is the licence number on my card", "driver_license")).toBe(true);
    expect(has("Driving licence KA01 20180004567 is the number on my card", "driver_license")).toBe(true);
  });
});

describe("national bank numbers: sensitive variants", () => {
  it("finds a CLABE joined, in its printed fields, or on the line after its label", () => {
    expect(found("mi CLABE es 012180001928000002, depósitame el lunes porfa")).toContain("bank_account:012180001928000002");
    expect(found("mi clabe: 012 180 00192800000 2 (banamex) para la renta")).toContain("bank_account:012 180 00192800000 2");
    expect(has("CUENTA CLABE\n012180001928000002\nTitular: Rosa Méndez", "bank_account")).toBe(true);
  });

  it("finds an NRB grouped, hyphenated or on its own line, even with an order word elsewhere", () => {
    expect(has("przelej mi na konto 11 0204 9190 2623 8983 9800 0053, Kasia", "bank_account")).toBe(true);
    expect(has("nr rachunku:\n11020491902623898398000053\nodbiorca Jan Kowalski", "bank_account")).toBe(true);
    expect(has("Numer konta 11-0204-9190-2623-8983-9800-0053 (mój prywatny)", "bank_account")).toBe(true);
    expect(has("za zamówienie 4471 zapłać na rachunek 11020491902623898398000053", "bank_account")).toBe(true);
  });

  it("finds a CNH after CNH words, and after 'registro' beside a driving word", () => {
    expect(found("minha CNH é 04718000067, validade 2029, pode conferir?")).toContain("driver_license:04718000067");
    expect(has("HABILITAÇÃO: 04718000067 — Marcos Silva", "driver_license")).toBe(true);
    expect(has("Carteira de motorista do meu pai, nº registro 04718000067, validade 2030", "driver_license")).toBe(true);
  });

  it("finds a Brazilian account, a PIX key on the next line, a ゆうちょ account in full-width digits and an Indian DL", () => {
    expect(has("pode depositar na minha conta 00019283-6 agência 1234, Itaú", "bank_account")).toBe(true);
    expect(has("Minha chave PIX aleatória: 3F2504E0-4F89-11D3-9A0C-0305E82C3301", "bank_account")).toBe(true);
    expect(has("pix chave\n3f2504e0-4f89-11d3-9a0c-0305e82c3301 (é minha)", "bank_account")).toBe(true);
    expect(has("ゆうちょ 記号１２３４５ 番号１２３４５６７８ 山田太郎", "bank_account")).toBe(true);
    expect(has("my driving licence no is ka01 20180004567, please verify", "driver_license")).toBe(true);
  });
});
