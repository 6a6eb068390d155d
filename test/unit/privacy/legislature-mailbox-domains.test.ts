import { describe, expect, it } from "vitest";
import { isLegislatureMailbox } from "../../../src/privacy/judgement/legislature-mailboxes.js";

describe("isLegislatureMailbox (session 45: no string built per domain)", () => {
  it("takes a legislature's domain and its subdomains, not a domain that only ends with its letters", () => {
    expect(isLegislatureMailbox("keir.starmer.mp@parliament.uk")).toBe(true);
    expect(isLegislatureMailbox("Office@Parliament.UK")).toBe(true);
    expect(isLegislatureMailbox("clerk@committees.parliament.uk")).toBe(true);
    expect(isLegislatureMailbox("rep.smith@mail.house.gov")).toBe(true);
    expect(isLegislatureMailbox("anna@myparliament.uk")).toBe(false);
    expect(isLegislatureMailbox("anna@parliament.uk.example.com")).toBe(false);
    expect(isLegislatureMailbox("anna@warehouse.gov")).toBe(false);
    expect(isLegislatureMailbox("parliament.uk")).toBe(true);
  });
});
