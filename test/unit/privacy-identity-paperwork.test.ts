import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";
import { curpValid, icaoCheckDigit } from "../../src/privacy/detectors/document-numbers.js";
import { italianCfValid } from "../../src/privacy/detectors/ids.js";
import { indirectIdLabelAround } from "../../src/privacy/detectors/indirect-id-labels.js";

/** Session 43 (dev-50 half A): identity numbers in the paperwork of life events; each rule with its look-alike negatives. */
describe("identity numbers in the paperwork of life events (session 43, dev-50)", () => {
  it("an indirect label counts beside a strong check, not beside another record's id", () => {
    const text = "guest Elif Yılmaz, Turkish ID no. 38620451728, room 512";
    expect(indirectIdLabelAround(text, 34, 45)).toBe(true);
    expect(found(text)).toEqual(["national_id:38620451728"]);
    expect(found("tenant Burak Demir, ID 52937184650. Translate the form")).toEqual(["national_id:52937184650"]);
    expect(found("Order ID 38620451728 shipped; customer ID attached")).toEqual([]);
    expect(found("guest Elif Yılmaz, Turkish ID no. 38620451729")).toEqual([]);
    expect(found("the driver's personal number: Ingrid Haugen, 24078749373")).toEqual(["national_id:24078749373"]);
    expect(found("personal number not needed, order no. 24078749373")).toEqual([]);
    expect(found("log: 2025-02-18 11:02:44 INFO payment.ok order_id=88213 amount=59.00")).toEqual([]);
    expect(found('<div id="stats">38620451728</div>')).toEqual([]);
  }, 30_000);
  it("a PESEL after its official name or an indirect label is reported; a failing check or an invoice is not", () => {
    expect(found("Kacper Dąbrowski, nr ewid. 950214 47233.")).toEqual(["national_id:950214 47233"]);
    expect(found("student Magdalena Wójcik, national identification number 88073014863")).toEqual(["national_id:88073014863"]);
    expect(found("nr ewid. 95021447234")).toEqual([]);
    expect(found("invoice no. 88073014863, identity of the payer unknown")).toEqual([]);
  });
  it("the Danish CPR under its English name, Japan's My Number as 'individual number', the Korean 등록번호", () => {
    expect(found("Mads Kristensen: Danish civil registration no. 1205841136")).toEqual(["national_id:1205841136"]);
    expect(found("civil registration no. 3205841136")).toEqual([]);
    expect(found("employee Kenichi Sato, individual number 4821-3907-6251")).toEqual(["national_id:4821-3907-6251"]);
    expect(found("employee Kenichi Sato, individual number 4821-3907-6252")).toEqual([]);
    expect(found("이서연, 등록번호 8708121357141")).toEqual(["national_id:8708121357141"]);
    expect(found("사업자등록번호 123-45-67890")).toEqual([]);
    expect(found("법인등록번호 110111-1234567 인 회사의 공시 자료")).toEqual([]);
  });
  it("a Chinese resident id typed in its three parts is reported; a wrong check or a partial number is not", () => {
    expect(found("身份证110105 19950817 302X，联系方式见附页")).toEqual(["national_id:110105 19950817 302X"]);
    expect(found("身份证110105 19950817 3021")).toEqual([]);
    expect(found("区号110105 19950817")).toEqual([]);
  });
  it("Nigeria's NIN, the São Paulo RG and the French CNI next to their names; not without them", () => {
    expect(found("Chinedu Okafor, NIN 48213097561, BVN to follow")).toEqual(["national_id:48213097561"]);
    expect(found("SIM-NIN linkage: subscriber Chinedu Okafor, number 4821 309 7561")).toEqual(["national_id:4821 309 7561"]);
    expect(found("Router serial 48213097561 not found")).toEqual([]);
    expect(found("Lucas Oliveira, RG 36.418.205-9 SSP/SP")).toEqual(["national_id:36.418.205-9"]);
    expect(found("Lucas Oliveira, RG 36.418.205-8 SSP/SP")).toEqual([]);
    expect(found("guest Élodie Garnier (French), ID doc 880692310285, two nights")).toEqual(["national_id:880692310285"]);
    expect(found("order ID 880692310285, identity check passed")).toEqual([]);
    expect(found("carte d'identité 881392310285")).toEqual([]);
  });
  it("a German identity card number with its check digit beside an ID word; not a wrong digit, not without the word", () => {
    expect(icaoCheckDigit("T22000129")).toBe(3);
    expect(found("Gast: Katrin Vogt, Ausweis-Nr. LF3K7N92T7, Anreise 03.12.")).toEqual(["national_id:LF3K7N92T7"]);
    expect(found("German ID card, No. T7MN4R8G22, holder Jonas Keller")).toEqual(["national_id:T7MN4R8G22"]);
    expect(found("Ausweis-Nr. LF3K7N92T8")).toEqual([]);
    expect(found("Bestellung LF3K7N92T7 ist unterwegs")).toEqual([]);
  });
  it("a codice fiscale typed in groups after its name; not a wrong check letter, not without the name", () => {
    expect(italianCfValid("BNCGLI88E52F205B")).toBe(true);
    expect(found("studentessa Giulia Bianchi, C.F. BNCG LI88 E52F 205B, corso")).toEqual(["national_id:BNCG LI88 E52F 205B"]);
    expect(found("C.F. BNCG LI88 E52F 205C")).toEqual([]);
    expect(found("Ref BNCG LI88 E52F 205B")).toEqual([]);
  });
  it("a CURP is reported by its form and check digit; a wrong digit or an unknown state is not", () => {
    expect(curpValid("LOMA930415MJCPRN09")).toBe(true);
    expect(found("alumna Andrea López Martínez, clave LOMA930415MJCPRN09, grado 3º")).toEqual(["national_id:LOMA930415MJCPRN09"]);
    expect(found("clave LOMA930415MJCPRN08")).toEqual([]);
    expect(found("clave LOMA930415MQQPRN09")).toEqual([]);
  });
});
