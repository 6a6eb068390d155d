import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../src/privacy/index.js";
import { gs1CheckValid } from "../../src/privacy/detectors/numbers.js";
import { found } from "./privacy-helpers.js";

/** Session 28 (dev-9): rules that judge what a value is by what the text says it is. */
describe("values the text declares test or example values", () => {
  it("a card, IBAN or national ID right after a test or example cue identifies nobody", () => {
    expect(found("En la documentación de Redsys usan la tarjeta de pruebas 4548 8120 4940 0004. ¿Sirve en el entorno real?")).toEqual([]);
    expect(found("Mollie test-IBAN NL55 INGB 0000 0000 00 wordt geweigerd; welk test-IBAN werkt wel?")).toEqual([]);
    expect(found("Nei test usiamo il codice fiscale di esempio RSSMRA85T10A562S di 'Mario Rossi'.")).toEqual([]);
  });
  it("the same values stay sensitive when the text ties them to a person", () => {
    expect(found("Ce n'est pas un IBAN d'exemple, c'est celui de ma mère : FR37 3000 6000 0128 1018 6658 347.")).toEqual([
      "iban:FR37 3000 6000 0128 1018 6658 347",
    ]);
    expect(found("The 'test' card our intern used was actually his own: 4520 4313 2047 4604 exp 02/29")).toEqual(["payment_card:4520 4313 2047 4604"]);
    expect(found("Please charge my card 4548 8120 4940 0004 for the order.")).toEqual(["payment_card:4548 8120 4940 0004"]);
    expect(found("This is not a test card: 4520 4313 2047 4604, charge it.")).toEqual(["payment_card:4520 4313 2047 4604"]);
    expect(found("Das ist keine Beispiel-IBAN: DE35 3704 0044 4660 4946 04")).toEqual(["iban:DE35 3704 0044 4660 4946 04"]);
  });
  it("privacy.testValues: sensitive reports declared test values too", () => {
    const strict = createPrivacyScanner({ testValues: "sensitive" });
    const text = "Redsys: la tarjeta de pruebas 4548 8120 4940 0004.";
    expect(strict.scan(text).map((finding) => finding.category)).toEqual(["payment_card"]);
  });
});

describe("default passwords of declared test accounts", () => {
  it("a default-style password right after a test user is a fixture's", () => {
    expect(found("pytest fixture returns {'user_id': 42, 'username': 'testuser', 'password': 'password123'}. Is it bad practice?")).toEqual([]);
  });
  it("a strong password next to a test cue, or a default-style one without it, is still reported", () => {
    expect(found("{'username': 'testuser', 'password': 'Xk7#pL2!qR9z'}")).toEqual(["password:Xk7#pL2!qR9z"]);
    expect(found("{'username': 'maria.k', 'password': 'password123'}")).toEqual(["password:password123"]);
  });
});

describe("product barcodes are not payment cards", () => {
  it("checks the GS1 check digit", () => {
    expect(gs1CheckValid("4901234567894")).toBe(true);
    expect(gs1CheckValid("4006381333931")).toBe(true);
    expect(gs1CheckValid("4901234567895")).toBe(false);
    expect(gs1CheckValid("490123456789")).toBe(false);
  });
  it("a number labelled JAN, EAN or barcode with a valid GS1 check digit is an article's", () => {
    expect(found("品番 A-12345-BK-M と JANコード 4901234567894 を商品マスタに登録する CSV の形式を教えて。")).toEqual([]);
    expect(found("EAN-13: 4901234567894 — which GS1 prefix is that?")).toEqual([]);
  });
  it("the same number without a barcode label, or with a card label, is still a card", () => {
    expect(found("card number 4901234567894 was declined")).toEqual(["payment_card:4901234567894"]);
  });
});

describe("command-line password placeholders", () => {
  it("an angle-bracket slot in inline code is a placeholder, not a password", () => {
    expect(found("Tengo `mysql -u root -p<tu_contraseña>` en la documentación interna.")).toEqual([]);
  });
  it("a literal password in the same command line is reported without the closing backtick", () => {
    expect(found("Run `mysql -u deploy -pRh9#Tk2!wQz` on the host")).toEqual(["password:Rh9#Tk2!wQz"]);
  });
});

describe("placeholder e-mail domains", () => {
  it("example.<country code> is a placeholder domain like example.com", () => {
    expect(found('{"nom": "Dupont", "email": "jean.dupont@example.fr"} génère 5 variantes')).toEqual([]);
    expect(found("write to max@example.de or anna@example.co.uk")).toEqual([]);
  });
  it("a consumer mail domain is still an address", () => {
    expect(found("her address is carla.mendes1979@hotmail.com")).toEqual(["email:carla.mendes1979@hotmail.com"]);
  });
});

describe("a CJK place named at the start of an address span", () => {
  it("a park, airport or square located at an address (…乐园在/位于…) is public", () => {
    expect(found("上海迪士尼乐园在浦东新区川沙新镇黄赵路310号，从虹桥机场怎么过去？")).toEqual([]);
  });
  it("a person located at the same address is not", () => {
    expect(found("我家在浦东新区川沙新镇黄赵路310号，快递怎么寄？").length).toBeGreaterThan(0);
  });
});
