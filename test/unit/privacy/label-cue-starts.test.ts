import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { LABELLED_PERSON_GATES, labelCueStarts } from "../../../src/privacy/detectors/labelled-person-health.js";
import { forgetKeywordPresence } from "../../../src/privacy/detector.js";

/** The starts of the label pattern's global exec loop: what the word-occurrence search must reproduce. */
function execStarts(lower: string): number[] {
  const pattern = new RegExp(LABELLED_PERSON_GATES[0]!.pattern.source, "g");
  const starts: number[] = [];
  for (let match = pattern.exec(lower); match !== null; match = pattern.exec(lower)) starts.push(match.index);
  return starts;
}

const PIECES = ["patient", "pt", "name", "naam", "nom", "nombre", "nome", "imię i nazwisko", "nazwisko", "пациент", "фио", "student", "client"];
const OTHERS = ["ka", "ка", ":", "：", ",", ";", "|", "\t", " ", "  ", "x", "e", "\n", "pa", "na"];

describe("label cues found from the label words' occurrences (session 41)", () => {
  it("finds the exec loop's match starts on texts of label words, suffixes, spaces and separators", () => {
    for (const text of ["patient: name, pt|nombre;", "imię i nazwisko: nazwisko:", "studentka: clientka ; пациентка：", "ptname:", "nomnombre: nome,"]) {
      forgetKeywordPresence();
      expect(labelCueStarts(text)).toEqual(execStarts(text));
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES, ...OTHERS), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        forgetKeywordPresence();
        expect(labelCueStarts(text)).toEqual(execStarts(text));
      }),
      { numRuns: 2000 },
    );
  });
});
