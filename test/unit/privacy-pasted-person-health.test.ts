import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../src/privacy/index.js";

const scanner = createPrivacyScanner();
const health = (text: string) =>
  scanner
    .scan(text)
    .filter((finding) => finding.category === "health")
    .map((finding) => text.slice(finding.start, finding.end));

describe("health of a person named in pasted material (pasted-person-health.ts, session 56)", () => {
  it("reads a colleague named by first name and team, in several languages", () => {
    expect(health("Weißt du schon? Marlene aus der Buchhaltung hat Multiple Sklerose.")).toContain("Multiple Sklerose");
    expect(health("Visste du att Signe på ekonomi har alkoholberoende? Hon tar Antabus 200 mg nu.")).toEqual(
      expect.arrayContaining(["alkoholberoende", "Antabus 200 mg"]),
    );
    expect(health("Hai sentito che Rosalba dell'amministrazione ha l'epilessia?")).toContain("epilessia");
    expect(health("Sabia que a Graça do financeiro está com hepatite C?").length).toBeGreaterThan(0);
  });

  it("reads a claim's person label before a full name, with an ICD-10 code after a code label", () => {
    expect(health("Vérifie : assurée Odile Marchetti, code F33.1, prise en charge d'une psychothérapie.")).toContain("F33.1");
    expect(health("Revisa: asegurado Tomás Larrañaga, código C18.7, cobertura de quimioterapia.")).toEqual(expect.arrayContaining(["C18.7"]));
  });

  it("reads a full name in apposition whose next item is a condition, and a pharmacy label", () => {
    expect(health("Note de suivi : Gaspard Roussel, maladie de Crohn, sous azathioprine 100 mg.")).toEqual(expect.arrayContaining(["azathioprine 100 mg"]));
    expect(health("Copy this label:\nEileen Pritchard\nwarfarin 3 mg\nTake as directed by the anticoagulation clinic.")).toContain("warfarin 3 mg");
  });

  it("reports nothing for teams, services, organisations and unnamed dosing", () => {
    for (const text of [
      "Greetings from HR: our dialysis unit opens on Monday.",
      "Head of Finance approved the chemotherapy budget.",
      "Member Services handles dialysis claims on weekdays.",
      "Boots Pharmacy\nmetformin 500 mg\nTake one tablet twice daily.",
      "The usual adult dose is metformin 500 mg twice daily with meals.",
    ])
      expect(health(text), text).toEqual([]);
  });

  it("does not read a Hindi word ending in -logy or -rgy as a name with the honorific ji", () => {
    expect(health("ऑन्कोलॉजी यूनिट के लिए स्टाफ़ नर्स चाहिए, डिप्रेशन मरीज़ों का अनुभव हो तो बेहतर।")).toEqual([]);
    expect(health("शर्मा जी को डिप्रेशन है।").length).toBeGreaterThan(0);
  });
});
