import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("benefits, maintenance and bequests beside a named person's amount (financial.ts)", () => {
  it("reads benefits, maintenance and an inheritance as the named person's money", () => {
    expect(found("My brother Sean gets $943 SSI and wants to move in with his girlfriend")).toContain("financial:$943");
    expect(found("Mein Ex-Mann Sven zahlt seit Monaten keinen Unterhalt (450 € monatlich)")).toContain("financial:450 €");
    expect(found("Minha vizinha Cleide recebe R$ 600 do Bolsa Família e arrumou um bico")).toContain("financial:R$ 600");
    expect(found("Mio zio Franco mi ha lasciato un'eredità di 70.000 € e una casa")).toContain("financial:70.000 €");
    expect(found("my aunt Delia left me $85,000 in her will, do I pay tax on it?")).toContain("financial:$85,000");
  });

  it("leaves benefit rates and inheritance law alone", () => {
    expect(has("How much is Bürgergeld for a single adult, 563 € a month?", "financial")).toBe(false);
    // A benefit's capitalised name reads as a first and last name to the person test: no benefit name is a cue.
    expect(has("Jobseeker Allowance is £90.50 a week.", "financial")).toBe(false);
    expect(has("Universal Credit is £393.45 a month.", "financial")).toBe(false);
    expect(has("Do you pay federal tax on an inheritance of $85,000 in the US?", "financial")).toBe(false);
    expect(has("Quem tem direito ao Bolsa Família e qual o valor mínimo de R$ 600 por família?", "financial")).toBe(false);
  });
});

describe("a named person's insolvency without an amount (financial.ts)", () => {
  it("reads a relative's bankruptcy filing in several languages", () => {
    expect(found("my uncle Raymond filed Chapter 7 last year, can he co-sign?")).toContain("financial:filed Chapter 7");
    expect(found("My neighbour Gail was declared bankrupt in 2023")).toContain("financial:declared bankrupt");
    expect(found("Moja siostra Ewa ogłosiła upadłość konsumencką w zeszłym roku")).toContain("financial:ogłosiła upadłość konsumencką");
    expect(found("Mein Vater Rainer ist seit 2022 in der Privatinsolvenz")).toContain("financial:in der Privatinsolvenz");
  });

  it("leaves companies, law questions and fiction alone", () => {
    expect(has("What is the difference between Chapter 7 and Chapter 13 bankruptcy?", "financial")).toBe(false);
    expect(has("Toys R Us filed for bankruptcy in 2017.", "financial")).toBe(false);
    expect(has("In the novel, my uncle Raymond filed Chapter 7.", "financial")).toBe(false);
    expect(has("The airline company filed for bankruptcy and Mr Smith lost his job.", "financial")).toBe(false);
  });
});

describe("probes: benefit names read as people (financial.ts, personal.ts)", () => {
  // "Pension Credit" is a capitalised pair, so the person test reads it as a first and last name, and "pension" is a
  // money cue: a benefit rate was reported as a person's money (seen in session 45; closed in session 46, personal.ts
  // CAPITALISED_NON_NAMES).
  it("leaves a benefit's published weekly rate alone (closed in session 46: Credit, Allowance, Benefit name no one)", () => {
    expect(has("Pension Credit is £218.15 a week.", "financial")).toBe(false);
    expect(has("Universal Credit is £393.45 a month for a single person over 25.", "financial")).toBe(false);
    expect(has("Carer's Allowance is £81.90 a week.", "financial")).toBe(false);
    // Hard negatives: a named person's benefit amount is still theirs.
    expect(has("My dad Alan gets Pension Credit of £218.15 a week.", "financial")).toBe(true);
    expect(has("Raymond Keller gets £218.15 a week in Pension Credit.", "financial")).toBe(true);
  });
});
