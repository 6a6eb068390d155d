import { describe, expect, it } from "vitest";
import { parseConfig } from "../../src/index.js";
import { createPrivacyScanner, privacyScannerOptions } from "../../src/privacy/index.js";
import { fourModelConfig } from "../helpers/router-fixtures.js";

// Session 44 (issue #15): `privacy.unnamedRelatives` — an unnamed relative's or partner's condition. Invented sentences.
const sensitive = createPrivacyScanner({ unnamedRelatives: "sensitive" });
const byDefault = createPrivacyScanner();
const healthSpans = (scan: typeof byDefault, text: string) =>
  scan
    .scan(text)
    .filter((finding) => finding.category === "health")
    .map((finding) => text.slice(finding.start, finding.end));

const RELATIVE_HEALTH: Array<[text: string, condition: string]> = [
  ["my sister has diabetes, any meal ideas for her visit?", "diabetes"],
  ["My husband was prescribed metformin last week.", "metformin"],
  ["Meine Schwiegermutter hat Alzheimer, wie kann ich helfen?", "Alzheimer"],
  ["Ma mère a un cancer du sein.", "cancer du sein"],
  ["Mi padre tiene párkinson desde hace dos años.", "párkinson"],
  ["Mijn vader heeft COPD.", "COPD"],
  ["Mój ojciec ma cukrzycę.", "cukrzycę"],
  ["मेरी बहन को मधुमेह है", "मधुमेह"],
  ["我妈妈有糖尿病，吃什么好？", "糖尿病"],
];
const NEVER_HEALTH = [
  "my sister is a nurse at the county hospital",
  "my brother is coming to visit next weekend",
  "My sister's dog has diabetes, what food should she buy?",
  "Explain how type 2 diabetes develops, in simple terms.",
  "my grandma's recipe for lemon drizzle cake, halved",
  "My mother and I went to a diabetes awareness walk",
  "Write a sick note for my boss: I'm off this week because of kidney stones.",
  "Maya Chen (08:51): reminder that our EAP covers up to six free counselling sessions for anxiety or depression\nRewrite it",
];

describe("privacy.unnamedRelatives", () => {
  it("defaults to not-sensitive; an unknown value is refused with the setting's path", () => {
    expect(parseConfig(fourModelConfig()).privacy.unnamedRelatives).toBe("not-sensitive");
    const config = parseConfig(fourModelConfig({ privacy: { unnamedRelatives: "sensitive" } } as never));
    expect(privacyScannerOptions(config.privacy).unnamedRelatives).toBe("sensitive");
    expect(() => parseConfig(fourModelConfig({ privacy: { unnamedRelatives: "maybe" } } as never))).toThrow(
      expect.objectContaining({ code: "CONFIG_INVALID", message: expect.stringContaining("privacy.unnamedRelatives") }),
    );
  });

  it.each(RELATIVE_HEALTH)("sensitive reports %s (the condition), the default does not", (text, condition) => {
    expect(healthSpans(sensitive, text)).toEqual([condition]);
    expect(healthSpans(byDefault, text)).toEqual([]);
  });

  it.each(NEVER_HEALTH)("neither setting reports %s", (text) => {
    expect(healthSpans(sensitive, text)).toEqual([]);
    expect(healthSpans(byDefault, text)).toEqual([]);
  });

  it("a disease explained to a relative is not the relative's (closed in session 46: an explanation cue)", () => {
    expect(healthSpans(sensitive, "My son asked me what cancer is for his school project")).toEqual([]);
    expect(healthSpans(sensitive, "Mein Sohn fragt, was Krebs ist.")).toEqual([]);
    // Hard negatives: the relative's own condition beside a question is still reported.
    expect(healthSpans(sensitive, "My son has cancer and asked me what chemo is")).toContain("cancer");
    expect(healthSpans(sensitive, "My dad's cancer is back, what is the next step?")).toEqual(["cancer"]);
  });
});
