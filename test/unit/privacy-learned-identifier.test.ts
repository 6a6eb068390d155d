import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../src/privacy/index.js";
import { loadLearnedModel, parseLearnedModel, serializeHead, type LearnedModel } from "../../src/privacy/learned/model.js";
import { privacySchema } from "../../src/config/sections/privacy.js";

const BUCKETS = 64;
const zero = new Float32Array(BUCKETS);
/** Heads that ignore the text: health and financial never fire, the identifier head's probability is sigmoid(bias). */
function identifierModel(identifierBias: number, threshold = 0.5): LearnedModel {
  return {
    buckets: BUCKETS,
    ruleFindings: false,
    heads: {
      health: { bias: -9, weights: zero, threshold },
      financial: { bias: -9, weights: zero, threshold },
      identifier: { bias: identifierBias, weights: zero, threshold },
    },
  };
}
const scan = (model: LearnedModel, text: string) => createPrivacyScanner({ learned: { enabled: true, model } }).scan(text);

describe("learned identifier head (session 50)", () => {
  const text = "Could you double-check whether reference KT-40917 goes on the renewal form for Maren?";

  it("adds a national_id finding on the ID-like token when the rules report nothing", () => {
    expect(createPrivacyScanner().scan(text)).toEqual([]);
    const start = text.indexOf("KT-40917");
    expect(scan(identifierModel(5), text)).toEqual([{ category: "national_id", start, end: start + "KT-40917".length, rule: "learned-identifier" }]);
    expect(scan(identifierModel(-5), text)).toEqual([]);
    expect(createPrivacyScanner({ learned: { enabled: true, model: identifierModel(5), thresholds: { identifier: 0.999 } } }).scan(text)).toEqual([]);
  });

  it("needs a token of 5–31 letters, digits and hyphens with four digits, and a silent rule scan", () => {
    expect(scan(identifierModel(5), "Could you double-check the renewal form for Maren before Friday, room 204?")).toEqual([]);
    const withEmail = "Write to maren.sol@fjordpost.no about reference KT-40917 please.";
    const rules = createPrivacyScanner().scan(withEmail);
    expect(rules.length).toBeGreaterThan(0);
    expect(scan(identifierModel(5), withEmail)).toEqual(rules);
  });

  it("reads model files with or without the identifier head; the threshold is configurable", () => {
    const head = serializeHead(0, zero, 0.9);
    expect(parseLearnedModel({ version: 1, buckets: BUCKETS, ruleFindings: false, heads: { health: head, financial: head } }).heads.identifier).toBeUndefined();
    expect(
      parseLearnedModel({ version: 1, buckets: BUCKETS, ruleFindings: false, heads: { health: head, financial: head, identifier: head } }).heads.identifier
        ?.threshold,
    ).toBe(0.9);
    expect(privacySchema.parse({ learned: { enabled: true, thresholds: { identifier: 0.95 } } }).learned.thresholds).toEqual({ identifier: 0.95 });
    expect(loadLearnedModel().heads.identifier?.threshold).toBeGreaterThanOrEqual(0.5);
  });
});
