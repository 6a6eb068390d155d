import { beforeAll, describe, expect, it } from "vitest";
import { flagged } from "./helpers.js";

/** Session 45 (dev-62 half A): a person's biometric and genetic data as exports and chats carry it. */
describe("biometric and genetic records (session 45)", () => {
  beforeAll(() => flagged("warm-up"), 30_000);

  it("an STR profile of three or more loci with a named person, without a biometric word; not a textbook's loci list", () => {
    expect(flagged("Lab result for my brother Liam Doherty: D3S1358 15,17; vWA 16,18; TPOX 8,8. Can someone read this?")).toEqual([
      "biometric:D3S1358 15,17; vWA 16,18; TPOX 8,8",
    ]);
    expect(flagged("Sample,Name,D18S51,D5S818,D13S317\nS-204,Greta Lund,14,16,11,12,8,11")).toEqual(["biometric:14,16,11,12,8,11"]);
    expect(flagged("Locus,D18S51,D5S818,D13S317\nMost common alleles,12,13,11,12,8,11")).toEqual([]);
    expect(flagged("The CODIS core loci include CSF1PO, FGA, TH01, TPOX, vWA, D3S1358 and D5S818.")).toEqual([]);
    expect(flagged("Alleles seen in this population: D3S1358 14,15; vWA 16,17; FGA 21,22 (a reference table).")).toEqual([]);
  });

  it("a named person's VCF row with a genotype; not the specification's example row", () => {
    expect(flagged("VCF row from Nathan Cole's exome: chr17\t43057051\t.\tG\tA\t812\tPASS\t.\tGT\t0/1")).toEqual([
      "biometric:chr17\t43057051\t.\tG\tA\t812\tPASS\t.\tGT\t0/1",
    ]);
    expect(flagged("Spec example: 20 14370 rs6054257 G A 29 PASS NS=3;DP=14 GT:GQ 0|0:48 — what is GQ?")).toEqual([]);
  });

  it("a paternity result's probability and index with a named person; not how labs report them", () => {
    expect(flagged("Paternity report: alleged father Craig Dunn, child Lily Dunn, probability of paternity 99.998%, CPI 48,211.")).toEqual([
      "biometric:99.998%",
      "biometric:48,211",
    ]);
    expect(flagged("Why do paternity labs report 99.99% and a combined paternity index like CPI 10,000?")).toEqual([]);
  });

  it("a genetic result in words of a named person or relative is health; not a general question", () => {
    expect(flagged("My wife Naomi just found out she's a BRCA1 carrier.")).toEqual(["health:BRCA1 carrier"]);
    expect(flagged("Moja mama Ewa jest nosicielką mutacji BRCA1.")).toEqual(["health:nosicielką mutacji BRCA1"]);
    expect(flagged("Was bedeutet es allgemein, BRCA2-Trägerin zu sein? Ich schreibe eine Hausarbeit.")).toEqual([]);
    expect(flagged("What does being a BRCA1 carrier mean in general?")).toEqual([]);
  });

  it("a face-model or enrolment vector and a keystroke profile of a named person; not a tutorial's vector", () => {
    expect(flagged("here's the facenet vector for our new hire Kwame Mensah: [0.3381, -0.3869, -0.3692, 0.2199, 0.3519]")).toEqual([
      "biometric:[0.3381, -0.3869, -0.3692, 0.2199, 0.3519]",
    ]);
    expect(flagged('{"user": "m.ortega", "keystroke_profile": {"dwell_mean": [0.104, 0.093, 0.121, 0.087, 0.110]}}')).toEqual([
      "biometric:[0.104, 0.093, 0.121, 0.087, 0.110]",
    ]);
    expect(flagged("In this FaceNet tutorial the embedding looks like [0.12, -0.03, 0.44, 0.08].")).toEqual([]);
    expect(flagged("How does keystroke dynamics work? e.g. dwell_mean: [0.10, 0.09, 0.12, 0.11]")).toEqual([]);
  });

  it("an attendance log's template after its verification mode, a voice enrolment id, a hand-vein template; not a checksum", () => {
    expect(flagged('USER=1187 NAME="Rosa Delgado" VERIFY=FACE TPL=3wkVvkuvZDHne6+I5xdEf1AqYQt1vtTMXsXozYF3NHCq05VT')).toEqual([
      "biometric:3wkVvkuvZDHne6+I5xdEf1AqYQt1vtTMXsXozYF3NHCq05VT",
    ]);
    expect(flagged('{"caller": "Fiona Walsh", "voice_enrollment_id": "VE-8f3a21c07d9b4e15"}')).toEqual(["biometric:VE-8f3a21c07d9b4e15"]);
    expect(flagged("Handvenen-Template von Claudia Roth: CTJm2o9AY4avi0e47vUJ+er/qCZ9DjtvGJ0RA4fVyyUkehdd")).toEqual([
      "biometric:CTJm2o9AY4avi0e47vUJ+er/qCZ9DjtvGJ0RA4fVyyUkehdd",
    ]);
    expect(flagged("sha256 of fingerprint-sdk-4.2.1.zip: 9f2c4a7e11b03d58c6e2a9047f1b5d3e8c0a6f29b71c5e3d0a8f4b6c2e1d9a7f")).toEqual([]);
  });
});
