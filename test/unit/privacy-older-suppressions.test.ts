import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 41: three older judgement suppressions an attacker could use (a "test" word, a bare "Impressum", a "Contact
 * us" line) scoped to what they mean; each leak beside the published or test twin that stays unflagged.
 */
describe("older suppressions keep a private person's value", () => {
  it("a test word marks the value only as its label, not as a name field or a word several fields earlier", () => {
    const pid = "PID|1||MRN4471^^^HOSP||ABERNATHY^TEST||19890722|M";
    expect(found(pid).filter((hit) => hit.startsWith("date_of_birth"))).toEqual(["date_of_birth:19890722"]);
    expect(found("Test phone: 0151 23456789")).toEqual([]);
    expect(found("Testdaten: Geburtsdatum 22.07.1989")).toEqual([]);
    expect(found("| Test phone | 0151 23456789 |")).toEqual([]);
  });
  it("a bare Impressum is no company", () => {
    expect(found("Impressum: 0151 23456789")).toEqual(["phone:0151 23456789"]);
    expect(found("Impressum\nTel. 0151 23456789")).toEqual(["phone:0151 23456789"]);
    expect(found("Impressum\nBrennwerk Software GmbH\nTelefon: +49 40 8822 1450")).toEqual([]);
    expect(found("Brennwerk Software GmbH\nTelefon: +49 40 8822 1450")).toEqual([]);
  });
  it("a person's name on the value's line wins over a service cue on the line above", () => {
    expect(found("Contact us\nSarah Collins: 07831 234567")).toEqual(["phone:07831 234567"]);
    expect(found("Contact us\nCustomer service: 0800 123 4567")).toEqual([]);
    expect(found("Contact us: 020 7946 0321")).toEqual([]);
    expect(found("Crumb & Co. bakery, 18 Market Place, Devizes. Orders and cake enquiries: 01380 724 611")).toEqual([]);
  });
});
