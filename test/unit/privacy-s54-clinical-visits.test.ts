import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../src/privacy/index.js";
import { growth } from "../helpers/linear-growth.js";

// Session 54 (issue #15, development set 96): a visit transcript or visit note names its patient once — in the
// doctor's greeting, a dictation's opening, the writer's request, a name line — and the conditions come many lines
// later; the unnamed, the writer's own, the placeholder and the clinician-only versions of the same text stay clean.

const scanner = createPrivacyScanner();
const health = (text: string) =>
  scanner
    .scan(text)
    .filter((finding) => finding.category === "health")
    .map((finding) => text.slice(finding.start, finding.end));

const TURNS = [
  "[patient] i just feel out of sorts lately , tired and lightheaded .",
  "[doctor] okay . are you taking your medications ?",
  "[patient] uh , yes , i am .",
  "[doctor] for your congestive heart failure , i think you're retaining fluid , so let's increase your lasix to 80 mg .",
].join("\n");

describe("a visit document about a named patient", () => {
  it("reads the conditions of a transcript whose doctor greets the patient by name", () => {
    expect(health(`Write the SOAP note.\n\n[doctor] hi , greta . how are you ?\n${TURNS}`)).toContain("congestive heart failure");
    expect(health(`Write the SOAP note.\n\n[doctor] good afternoon , mr. halvorsen .\n${TURNS}`)).toContain("congestive heart failure");
    expect(health(`Doctor: Hello, Mrs. Okonjo. How are you?\n${TURNS.replaceAll("[doctor] ", "Doctor: ").replaceAll("[patient] ", "Patient: ")}`)).toContain(
      "congestive heart failure",
    );
  });

  it("reads a dictation that opens with the patient, a note introduced by age, a request and a name line", () => {
    expect(health(`Clean up this dictation:\n[doctor] today i'm seeing ramona steiner .\n${TURNS}`)).toContain("congestive heart failure");
    expect(health("ASSESSMENT AND PLAN\nTobias Lindqvist is a 61-year-old male with T2DM and CHF.\n\nPLAN\nIncrease Lasix to 80 mg daily.")).toContain("T2DM");
    expect(health(`Summarise this visit for my patient Henrike Vogt:\n\n[doctor] hi . how are you ?\n${TURNS}`)).toContain("congestive heart failure");
    expect(health("Expand my shorthand:\n\nPt: Amara Osei\n66F f/u\nPMH: HTN, CHF\nPlan: ↑ Lasix 80 mg")).toContain("CHF");
    expect(health("Expand my shorthand:\n\nDrummond, K.\n52M consult\nNew pituitary adenoma, bitemporal hemianopia")).toContain("adenoma");
  });

  it("leaves the same text alone without a patient's name", () => {
    expect(health(`Write the SOAP note.\n\n[doctor] hi . how are you ?\n${TURNS}`)).toEqual([]);
    expect(health(`This is the transcript of my own appointment. What did the doctor mean?\n\n[doctor] hi . i'm dr. moore .\n${TURNS}`)).toEqual([]);
    expect(health("Template:\nName: Jane Doe (placeholder)\n\nHPI: Jane Doe is a 43-year-old female with atrial fibrillation on digoxin.")).toEqual([]);
    expect(health("Expand my shorthand:\n\n66F f/u\nPMH: HTN, CHF\nPlan: ↑ Lasix 80 mg")).toEqual([]);
    expect(health("Case for residents:\n\nThe patient is a 65-year-old female who was diagnosed with iron deficiency anemia in 12/2019.")).toEqual([]);
  });

  it("reads a transcript's speaker turns as speech, not as a name label", () => {
    const transcript = "Doctor: any other past medical history ?\nPatient: uh , afib .\nDoctor: and what do you take for it ?\nPatient: well , digoxin .";
    expect(health(`Summarise this visit.\n\n${transcript}`)).toEqual([]);
    expect(health("D: this is the patient , a 52-year-old male with a newly diagnosed pituitary lesion .")).toEqual([]);
    // A name typed in lower case after the label is still a name.
    expect(health("patient: derek olsen, 58m\nassessment: community-acquired pneumonia")).not.toEqual([]);
  });

  it("stays linear on long transcripts of greetings and name lines", () => {
    const scan = (text: string) => scanner.scan(text);
    expect(growth(scan, (size) => "[doctor] hi , mr. ab . assessment\nPatient: um , afib\n".repeat(Math.ceil(size / 52)), 16_384)).toBeLessThan(8);
  });
});
