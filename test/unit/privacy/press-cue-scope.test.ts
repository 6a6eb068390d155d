import { describe, expect, it } from "vitest";
import { flagged } from "./helpers.js";

// Session 42 lead: the press cues s42-names shared with the named-person rules ("according to reports") must not read
// a private file's or a clinic's reports as the press.
describe("press-report cues, scoped", () => {
  it("a named person's diagnosis from a file's or a clinic's reports stays reported", () => {
    expect(flagged("According to the reports in his file, Tomasz Nowak was diagnosed with schizophrenia in 2019.")).toContain("health:schizophrenia");
    expect(flagged("According to reports from the clinic, Tomasz Nowak was diagnosed with schizophrenia.")).toContain("health:schizophrenia");
  });

  it("the press's and the media's reports stay published", () => {
    expect(flagged("According to media reports, the actor Bruce Willis has aphasia.")).toEqual([]);
    expect(flagged("według mediów Jerzy Stuhr przeszedł zawał")).toEqual([]);
  });
});
