import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

/**
 * Review of session 45's biometric and genetic rules (biometric.ts): genetics courses, reference samples and public
 * datasets stay quiet; a person's STR profile, typed out or as a table, and a paternity result are found.
 */
const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("biometric records: ordinary texts", () => {
  it("leaves genetics lectures, textbook profiles, reference samples and public VCF rows alone", () => {
    for (const text of [
      "Lecture 7: CODIS core loci include D3S1358, vWA, FGA, D8S1179 and TH01. Alleles are counted in repeats.",
      "Exercise: Locus D8S1179 alleles 13,14; locus TH01 alleles 6,9.3 — compute the random match probability for this textbook profile.",
      "Marker,Allele1,Allele2\nD3S1358,15,16\nvWA,17,18\nFGA,21,24\n(simulated data for the lab practical)",
      "#CHROM POS ID REF ALT QUAL FILTER INFO\n1 10177 rs367896724 A AC 100 PASS AC=2130;AF=0.425 (1000 Genomes example)",
      "The paternity index formula is PI = X/Y; a combined probability of paternity above 99.9% is usually required in court.",
      "GATK tutorial: chr20 1234567 . G A 50 PASS DP=14 GT 0/1",
      "Mendel's peas: yellow (Y) is dominant; genotype Yy gives yellow seeds.",
      "Locus D21S11 30/32.2, D7S820 10/11 — textbook example from Butler, Forensic DNA Typing.",
      "rs4988235 is the lactase persistence SNP; genotype CC is common in East Asia.",
      "The probability of paternity is 0% when the alleged father lacks the obligate allele, the lecture explains.",
      "Sample_ID,D3S1358,vWA,FGA\nNIST_SRM2391d,15/16,17/18,21/24",
      "##fileformat=VCFv4.2\n#CHROM\tPOS\tID\tREF\tALT\n20\t14370\trs6054257\tG\tA",
      "BRCA1 mutation carriers have a higher breast cancer risk, the study of 10,000 women found.",
    ])
      expect(found(text), text).toEqual([]);
  });
});

describe("biometric records: sensitive variants", () => {
  it("finds a named person's STR profile inline or as lines, and a paternity result", () => {
    expect(has("Profile of Mark Ellis: D3S1358 15,16 vWA 17,18 FGA 21,24 D8S1179 13,14 TH01 6,9.3", "biometric")).toBe(true);
    expect(has("STR results for my brother Kevin\nD3S1358: 15/16\nvWA: 17/18\nFGA: 21/24\nD21S11: 30/32.2", "biometric")).toBe(true);
    expect(has("paternity test result for Lucas: probability of paternity 99.998%, the alleged father is Mike", "biometric")).toBe(true);
  });

  it("finds a person's STR profile as a long table (Locus, Allele 1, Allele 2 columns; closed in session 46)", () => {
    expect(has("Locus,Allele 1,Allele 2\nD3S1358,15,16\nvWA,17,18\nFGA,21,24\nsample: my dad, Tom", "biometric")).toBe(true);
  });

  // Policy (docs/privacy.md): the writer's own unnamed health is not reported; this was a probe until session 46.
  it("leaves a consumer test's genetic result about the unnamed writer alone", () => {
    expect(has("My 23andMe says I carry one copy of the BRCA2 mutation, should I tell my sister?", "health")).toBe(false);
  });
});
