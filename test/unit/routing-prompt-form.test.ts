import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/index.js";
import { buildRouteIndex } from "../../src/nodes/route-index.js";
import { promptForms } from "../../src/policies/prompt-form.js";
import { requestClauses, requestFocus } from "../../src/policies/request-focus.js";
import { bestOfViews } from "../../src/policies/route-match.js";
import { routeTerms } from "../../src/policies/route-terms.js";

/** A route index with prompt-form terms and request focus on. */
async function formIndex(routes: Array<{ name: string; utterances: string[] }>) {
  const config = parseConfig({
    models: [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }],
    classifier: { embeddings: { formTerms: true, requestFocus: true }, routes },
  });
  return buildRouteIndex(config.classifier);
}

describe("prompt forms", () => {
  it("finds numbers, quantities, percentages, money, arithmetic, quotes, code, tables and e-mails", () => {
    expect(promptForms("convert 5 miles to km")).toEqual(["number", "quantity"]);
    expect(promptForms("tip on $64 at 15%")).toEqual(["number", "quantity", "percent", "money"]);
    expect(promptForms("250 * 1.08^5 = ?")).toEqual(["number", "arithmetic"]);
    expect(promptForms('is it "fewer" or "less" here?')).toEqual(["quoted"]);
    expect(promptForms("SELECT name FROM users")).toEqual(["code"]);
    expect(promptForms("id | user | amount\n1 | 7 | 20")).toContain("table");
    expect(promptForms("From: Dana\nSubject: budget\nHi")).toEqual(["mail"]);
    expect(promptForms("how do I make bread without yeast?")).toEqual([]);
  });

  it("adds each form as a term of the route encoder, in any language", () => {
    const terms = (text: string) => routeTerms(text, true).map((entry) => entry.term);
    expect(terms("combien font 15 % de 240 ?")).toContain("f:percent");
    expect(terms("what is 15% of 240?")).toContain("f:percent");
    expect(terms("hello there")).not.toContain("f:number");
    expect(routeTerms("what is 15% of 240?").map((entry) => entry.term)).not.toContain("f:percent"); // off by default
  });
});

describe("request focus", () => {
  it("reads the request line after a pasted block, or before it", () => {
    expect(requestFocus("id | amount\n1 | 20\n2 | 15\n\nI need each user's running total")).toBe("I need each user's running total");
    expect(requestFocus(`Fix the grammar in this:\n${"she go to school every days and she like it. ".repeat(8)}`)).toBe("Fix the grammar in this:");
    expect(requestFocus("just one line")).toBeUndefined();
    expect(requestFocus("How do solar panels work?\n\nI'm asking because my roof faces south.")).toBe("How do solar panels work?");
  });

  it("reads a one-line prompt's request clauses, opening as an utterance or a question", () => {
    const openers = new Set(["fix", "how"]);
    expect(requestClauses("the kitchen faucet drips, how do I stop it", openers)).toEqual(["how do I stop it"]);
    expect(requestClauses("ok dumb question but can you fix my sql query?", openers)).toEqual(["can you fix my sql query?"]);
    expect(requestClauses("my sentence for speeding was a fine, do I need a lawyer?", openers)).toEqual([]);
    expect(requestClauses("how do I stop a dripping faucet", openers)).toEqual([]);
  });

  it("lets the request line raise only the route the whole prompt ranks first", () => {
    const score = (name: string, value: number) => ({ name, score: value, threshold: 0.3, matched: value >= 0.3 });
    const merged = bestOfViews([
      [score("a", 0.2), score("b", 0.1)],
      [score("b", 0.5), score("a", 0.4)],
    ]);
    expect(merged.map((entry) => [entry.name, entry.score])).toEqual([
      ["a", 0.4],
      ["b", 0.1],
    ]);
  });

  it("matches a long pasted prompt by its request line, where the block alone would not", async () => {
    const index = await formIndex([
      { name: "email", utterances: ["write an email to my boss asking for a day off", "draft a polite reply to this email"] },
      { name: "recipe", utterances: ["give me a recipe for chicken curry", "what can I cook with eggs and cheese?"] },
    ]);
    const block = "Quarterly numbers attached. Revenue grew in the north region, costs fell in logistics, hiring paused until spring. ".repeat(3);
    const [best] = index.score(`${block}\n\ndraft a polite reply to this email`, undefined, undefined);
    expect(best).toMatchObject({ name: "email", matched: true });
    expect(index.score(block, undefined, undefined)[0]!.matched).toBe(false);
  });
});

describe("thresholds with prompt-form terms", () => {
  it("are calibrated on the utterances' words, not on the form terms they all share", async () => {
    const index = await formIndex([
      { name: "units", utterances: ["convert 5 miles to kilometers", "what is 350 fahrenheit in celsius?", "how many grams in 2 cups of flour"] },
      { name: "mail", utterances: ["write an email to my boss", "draft a reply to the client"] },
    ]);
    // Every "units" utterance has a number and a quantity: counted in calibration, they would lift its threshold over the floor.
    expect(index.routes.find((route) => route.name === "units")!.threshold).toBeCloseTo(0.25, 2);
    expect(index.score("convert 10 miles to kilometers please", undefined, undefined)[0]).toMatchObject({ name: "units", matched: true });
  });
});

describe("config", () => {
  const withEmbeddings = (embeddings: object) => () =>
    parseConfig({ models: [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }], classifier: { embeddings } });

  it("switches form terms and request focus apart", () => {
    expect(withEmbeddings({ requestFocus: true })().classifier.embeddings).toMatchObject({ requestFocus: true, formTerms: false });
  });

  it("refuses the retired promptShape key, naming the new ones", () => {
    expect(withEmbeddings({ promptShape: true })).toThrow(/classifier\.embeddings\.promptShape: key "promptShape" was split .*formTerms.*requestFocus/);
  });
});
