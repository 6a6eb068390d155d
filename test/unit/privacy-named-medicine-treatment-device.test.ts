import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 44 (s44-healthvocab, dev-58): medicine brands and generics, devices and treatments (health-vocabulary-s44.ts)
 * are a named private person's health; the same words in a leaflet, a price question, a pet's care or a homonym are not.
 */
const health = (text: string) => found(text).filter((finding) => finding.startsWith("health:"));

describe("a named person's medicine, treatment or device", () => {
  it.each([
    ["My husband Tom takes Entresto twice a day, can he have a beer?", "Entresto"],
    ["my brother Kevin is on Vivitrol shots now", "Vivitrol"],
    ["Meine Tochter Mia bekommt eine Insulinpumpe, zahlt das die Kasse?", "Insulinpumpe"],
    ["Mi abuela Pilar lleva marcapasos desde 2020", "marcapasos"],
    ["Moja mama Ewa jest dializowana trzy razy w tygodniu", "dializowana"],
    ["My dad Robert is on donepezil now, how long before it works?", "donepezil"],
  ])("%s", (text, value) => {
    expect(health(text)).toContain(`health:${value}`);
  });
});

describe("the same words without a private person", () => {
  it.each([
    "Is Entresto cheaper than generic valsartan in the US?",
    "How does donepezil work in Alzheimer's?",
    "the heat pump in our basement makes a clicking noise every hour",
    "Unsere Wärmepumpe ist zu laut, was kann man tun?",
    "My lithium battery swells when charging, is it dangerous?",
    "Compare Omnipod 5 and Tandem t:slim for a product review",
  ])("%s", (text) => {
    expect(health(text)).toEqual([]);
  });
});

describe("known gaps left by session 44", () => {
  // Closed in session 45 (first-name-health.ts: a lone first name as the sentence's subject).
  it("a lone first name with a brand ('Chris has been on Strattera')", () => {
    expect(health("Chris has been on Strattera for a month and says he can't sleep")).toContain("health:Strattera");
  });
});
