import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";
import { innValid, nipValid, peselValid, polishIdCardValid, snilsValid } from "../../src/privacy/detectors/east-european.js";

describe("Polish and Russian identifiers", () => {
  it("check digits", () => {
    expect(peselValid("44051401359")).toBe(true);
    expect(peselValid("44051401358")).toBe(false);
    expect(nipValid("1234563218")).toBe(true);
    expect(polishIdCardValid("ABA300000")).toBe(true);
    expect(snilsValid("11223344595")).toBe(true);
    expect(innValid("500100732259")).toBe(true);
    expect(innValid("500100732250")).toBe(false);
  });
  it("in text, next to their keyword", () => {
    expect(found("PESEL: 44051401359, NIP 123-456-32-18")).toEqual(["national_id:44051401359", "national_id:123-456-32-18"]);
    expect(found("СНИЛС 112-233-445 95, ИНН 500100732259")).toEqual(["national_id:112-233-445 95", "national_id:500100732259"]);
    expect(found("паспорт серия 45 12 номер 345678")).toEqual(["passport:45 12 номер 345678"]);
    expect(found("Номер заказа 44051401359")).toEqual([]);
  });
});

describe("Polish and Russian addresses, dates of birth, conditions, accounts", () => {
  it.each([
    ["г. Москва, ул. Тверская, д. 12, кв. 34", "street_address:г. Москва, ул. Тверская, д. 12, кв. 34"],
    ["Data urodzenia: 12.03.1985", "date_of_birth:12.03.1985"],
    ["Дата рождения: 12 марта 1985 г.", "date_of_birth:12 марта 1985 г."],
    ["Моя коллега Анна Смирнова страдает диабетом.", "health:диабетом"],
    ["Pani Anna Nowak choruje na cukrzycę.", "health:cukrzycę"],
    ["Numer konta: 12 1020 1026 0000 0422 7013 6519", "bank_account:12 1020 1026 0000 0422 7013 6519"],
  ])("%s", (text, expected) => expect(found(text)).toEqual([expected]));
  it("no person, or a historical birth: not reported", () => {
    expect(found("Какие симптомы у сахарного диабета?")).toEqual([]);
    expect(found("Пушкин родился 6 июня 1799 года.")).toEqual([]);
  });
});
