import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 52 (dev-91, issue #15): health in the words patients use, in the languages the term lists held in one or two
 * only; a condition next to a patient's record number; fiction and public-figure cues in the European languages.
 * Every person and number is invented.
 */

describe("a named person's condition in everyday words", () => {
  it.each([
    ["Mi cuñada Rocío Navas tiene ludopatía, no le prestéis dinero.", "health:ludopatía"],
    ["Heads-up: Daniel Okoro has a drinking problem, so no wine at his farewell.", "health:drinking problem"],
    ["Meine Nachbarin Ilse Brandt hatte letzte Woche einen Kaiserschnitt.", "health:Kaiserschnitt"],
    ["Mijn tante Joke Smit heeft een visuele beperking en komt met de trein.", "health:visuele beperking"],
    ["A minha irmã Rita toma varfarina desde o verão.", "health:varfarina"],
    ["Babcia Halina Kowalczyk ma jaskrę i nie może prowadzić.", "health:jaskrę"],
  ])("%s", (text, finding) => {
    expect(found(text)).toContain(finding);
  });
});

describe("a condition next to a patient's record number", () => {
  it("a handover line with a German case number", () => {
    expect(found("Übergabe: Zi. 4 – Fallnr. 55012873 – Schizophrenie, ruhig, Medikation genommen.")).toEqual([
      "medical_record:55012873",
      "health:Schizophrenie",
    ]);
  });
  it("a Portuguese SNS user number", () => {
    expect(found("N.º utente 284551093 – diagnóstico: depressão, consulta em janeiro.")).toEqual(["medical_record:284551093", "health:depressão"]);
  });
});

describe("fiction and public figures: not sensitive", () => {
  it.each([
    "Schreib meine Kurzgeschichte weiter: Kommissar Jonas Falk sah auf den Befund. Er hat Leukämie, aber niemand weiß es.",
    "Sigue mi relato: la capitana Irene Sol miró el informe. Tiene esquizofrenia y nadie lo sabe.",
    "Lors d'une conférence de presse, la championne Lucie Armand a annoncé qu'elle a une sclérose en plaques.",
    "Die Olympiasiegerin Carla Hoff sagte auf der Pressekonferenz, sie habe Diabetes Typ 1.",
  ])("%s", (text) => {
    expect(found(text)).toEqual([]);
  });
});

// Closed in session 53: Portuguese "toma" (personal.ts), a quoted JSON key of another script (script-labels.ts), an
// ambiguous key read with a medical value (health-keys.ts).
describe("former gaps (dev-91 half A)", () => {
  it("a private person's medicine after a bare name at the start of a Portuguese sentence", () => {
    expect(found("A Rita Sampaio toma varfarina desde o verão.")).toContain("health:varfarina");
  });
  it("a JSON row with Japanese keys (入居者, 処置) is read", () => {
    expect(found('{"入居者": "佐藤美咲", "処置": "大腸内視鏡検査"}')).toContain("health:大腸内視鏡検査");
  });
  it("a JSON row whose keys are French (résidente, intervention) is read", () => {
    expect(found('{"residente": "Élodie Marchand", "intervention": "prothèse du genou"}')).toContain("health:prothèse du genou");
  });
});
