import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isPersonName, parseNameTable } from "../../../src/privacy/detectors/people-names.js";
import { flagged } from "./helpers.js";

// Session 42 (s42-names): data/lexicon/people-names-faker.tsv beside @cspell/dict-people-names.
describe("the people-names lexicon's second list (faker locales)", () => {
  it("knows the names the cspell list lacks, and still not everyday words", () => {
    for (const name of ["Thiago", "Tiago", "Priya", "João", "Krüger", "Nunes"]) expect(isPersonName(name), name).toBe(true);
    for (const word of ["Report", "Quarterly", "Will"]) expect(isPersonName(word), word).toBe(false);
  });

  it("reads the shipped table: comment lines skipped, the name column only", () => {
    expect(parseNameTable("# note\nthiago\tfirst\tfr_BE,nl\nkrüger\tlast\tde\n")).toEqual(["thiago", "krüger"]);
    const rows = parseNameTable(readFileSync(new URL("../../../data/lexicon/people-names-faker.tsv", import.meta.url), "utf8"));
    expect(rows.length).toBeGreaterThan(20_000);
    expect(rows.every((name) => name === name.toLowerCase() && name.length >= 3 && !name.includes(" "))).toBe(true);
  });

  it("reports the biometric id after a name only the faker list knows (dev-44 A)", () => {
    expect(flagged('2026-12-05T10:22:01Z face_enroll user="Thiago Nunes" face_template=FT-9c2e41d07ab3f58e status=FAILED')).toEqual([
      "biometric:FT-9c2e41d07ab3f58e",
    ]);
  });
});

describe("false positives the wider lexicon uncovered", () => {
  it("does not read co-operation as surgery, even after a known name (recorded prompt: Kwame Nkrumah)", () => {
    expect(flagged("Kwame Nkrumah argued for co-operation with all States.")).toEqual([]);
    expect(flagged("Kwame Nkrumah had an operation on his knee last week.")).toEqual(["health:an operation"]);
  });

  it("reads 'according to the media' as a published fact (dev-14 A: Jerzy Stuhr)", () => {
    expect(flagged("Streść: według mediów Jerzy Stuhr chorował na raka krtani i przeszedł zawał.")).toEqual([]);
    expect(flagged("According to the press, Ingrid Bauer had a stroke.")).toEqual([]);
    expect(flagged("Jerzy Stuhr przeszedł zawał.")).toEqual(["health:zawał"]);
  });
});
