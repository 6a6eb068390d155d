import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("care events, condition words and medicine brands of a named person (care-person.ts, session 31)", () => {
  it("reports a hospital stay, an operation or sick leave of a named person in several languages", () => {
    for (const text of [
      "Card for Janet Fairweather from accounts: she's been in and out of hospital since October.",
      "Oversett: Ingrid Haugen er innlagt på Ullevål med blodpropp i lungene.",
      "Rätta: Elin Lindgren är sjukskriven sex veckor.",
      "Popraw: Pan Krzysztof Zieliński jest na zwolnieniu L4 do 20.12.",
    ])
      expect(has(text, "health"), text).toBe(true);
  });

  it("reports a medicine brand without an INN ending and an ICD code after a local label", () => {
    expect(found("Madame Odile Favre prend Brilique 90 deux fois par jour.")).toContain("health:Brilique");
    expect(has("Deixa formal: a Juliana Castro vai ficar afastada 15 dias, CID F41.0.", "health")).toBe(true);
  });

  it("says nothing without a person, for a public figure, or about fiction", () => {
    expect(found("What happens in a biopsy, and how long is sick leave after surgery usually?")).toEqual([]);
    expect(found("Vat samen: koning Willem-Alexander is volgens de RVD geopereerd aan zijn knie.")).toEqual([]);
    expect(found("Streść: według mediów Jerzy Stuhr przeszedł zawał.")).toEqual([]);
    expect(found("In the show, Gregory House is in hospital after an overdose. Write an essay.")).toEqual([]);
    expect(found("My dad is in hospital with a chest infection, what should I bring him?")).toEqual([]);
  });
});
