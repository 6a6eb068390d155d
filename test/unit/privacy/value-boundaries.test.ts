import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../../src/privacy/index.js";
import { healthValuePieces } from "../../../src/privacy/span-boundaries.js";

const scanner = createPrivacyScanner();
const healthValues = (text: string) =>
  scanner
    .scan(text)
    .filter((finding) => finding.category === "health")
    .map((finding) => text.slice(finding.start, finding.end));

describe("a health value ends at the next label or sentence (span-boundaries.ts)", () => {
  it("splits a record's value run at an inline label, in any script", () => {
    const text = "Paciente: Marta Lozano Ruiz, 61 años. Dx: artritis reumatoide. Tto: metotrexato 15 mg.";
    expect(healthValues(text)).toEqual(["artritis reumatoide", "metotrexato 15 mg"]);
    expect(healthValuePieces("病名：胃溃疡 处方：奥美拉唑20mg", 3, 18).map(({ start, end }) => "病名：胃溃疡 处方：奥美拉唑20mg".slice(start, end))).toEqual([
      "胃溃疡",
      "奥美拉唑20mg",
    ]);
  });

  it("cuts a value at a sentence end or spaced dash, keeping abbreviations and a leading label out", () => {
    const text = "Paciente: Sr. Rui Tavares, 70 anos. Diagnóstico: doença de Parkinson. Escreva uma carta para o neurologista.";
    expect(healthValues(text)).toEqual(["doença de Parkinson"]);
    const dashed = "x Crohn's disease — what should we cook";
    expect(healthValuePieces(dashed, 2, dashed.length).map(({ start, end }) => dashed.slice(start, end))).toEqual(["Crohn's disease"]);
    const labelled = "INR: 3.9 with Dr. Obi";
    expect(healthValuePieces(labelled, 0, labelled.length).map(({ start, end }) => labelled.slice(start, end))).toEqual(["3.9 with Dr. Obi"]);
  });
});
