import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../src/privacy/index.js";

// Session 54 (issue #15, dev-98): national, tax and social identifiers as Microsoft Presidio's recognizer tests write
// them — US ITINs, Korean RRNs under a romanised key, the NIE and codice fiscale labels' checks, the SIN label with the
// holder between, and a test suite's fixtures. Values below are made up for these tests (valid by the published rules).

const scanner = createPrivacyScanner();
const rules = (text: string) => scanner.scan(text).map((finding) => `${finding.category}/${finding.rule} ${text.slice(finding.start, finding.end)}`);

describe("US ITIN", () => {
  it("reads a dashed ITIN in the IRS's groups, and nine digits after an ITIN or taxpayer word", () => {
    expect(rules("my itin is 971-83-2020, fill in the 1040 header")).toEqual(["national_id/us-itin 971-83-2020"]);
    expect(rules("name,itin,team\nAdaeze Okafor,999-64-8729,finance")).toEqual(["national_id/us-itin 999-64-8729"]);
    expect(rules('{"client": "Mei Chen", "itin": "992-95-1127"}')).toEqual(["national_id/us-itin 992-95-1127"]);
    expect(rules("the client is a taxpayer with 911.70.1234 on file")).toEqual(["national_id/us-itin 911.70.1234"]);
  });

  it("reads no ITIN outside the IRS's groups, after an order or tracking word, or as a run of one digit", () => {
    expect(rules("Is 912-66-1234 an ITIN or an SSN?")).toEqual([]);
    expect(rules("Order #971-83-2020 from Best Buy hasn't shipped.")).toEqual([]);
    expect(rules("UPS says tracking 944-95-7710 is delayed")).toEqual([]);
    expect(rules("ITIN 999-99-9999")).toEqual([]);
  });
});

describe("labels and keys", () => {
  it("reads a Korean RRN under a romanised record key", () => {
    expect(rules('{"employee": "이서연", "jumin_no": "600116-2501670"}')).toEqual(["national_id/kr-rrn 600116-2501670"]);
  });

  it("checks an NIE-shaped or DNI-shaped value under the NIE label and sixteen characters under codice fiscale", () => {
    expect(rules("¿Es válido el NIE Y806391Q? El formulario lo rechaza.")).toEqual([]);
    expect(rules("¿Es válido el NIE 58063915Q? El formulario lo rechaza.")).toEqual([]);
    expect(rules("Il codice fiscale A55AAA00B11C333N è valido?")).toEqual([]);
    expect(rules("Mi NIE es X9613851N")).toEqual(["national_id/id-label-tax-id X9613851N"]);
  });

  it("reads a SIN with its holder between the label and the number", () => {
    expect(rules("Le numéro d'assurance sociale de Mathieu Gagnon est 234 392 827, pour la paie.")).toEqual(["national_id/ca-sin 234 392 827"]);
  });
});

describe("a test suite's fixtures", () => {
  it("drops an identifier a unit test, a test file or a recognizer names", () => {
    expect(rules('Presidio\'s unit test for the fiscal code recognizer expects "AAAAAA00B11C333Y" to be detected.')).toEqual([]);
    expect(rules('The recognizer test expects "312345678909" as a valid Aadhaar.')).toEqual([]);
    expect(rules("In the test file the sample personal identity code 010594Y9032 is marked valid.")).toEqual([]);
  });

  it("keeps the same identifiers in a person's own sentence", () => {
    expect(rules("Il mio codice fiscale è RSSMRA85T10A562S, puoi compilare il modulo?")).toEqual(["national_id/it-codice-fiscale RSSMRA85T10A562S"]);
    expect(rules("Here's my henkilötunnus 010594Y9032. Can you fill the Kela form?")).toHaveLength(1);
  });
});
