import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 54 review (issue #15): the false-alarm classes found by dev-99 (everyday prompts that resemble personal data)
 * and by the A halves' negatives, written again in other wordings and languages than the sets'. Every person and number
 * is invented; the places and firms are made up or public.
 */

const HARD_NEGATIVES = [
  // a health question in Chinese whose 如何 / 任何 / 为何 is no surname 何 and a name
  "麻疹是如何传播的？潜伏期多长？",
  "请问糖尿病是如何诊断的？需要做哪些检查？",
  "为何高血压患者要少吃盐？",
  // a shop's, pharmacy's or practice's one-line sign or footer, perhaps after the writer's request and a colon
  "Traduis en anglais : Pharmacie de la Gare, 12 avenue Foch, 69006 Lyon, tél. 04 78 52 11 90",
  "Apotheke am Rathaus, Marktstraße 4, 72070 Tübingen, Tel. 07071 55 12 30",
  "Popraw tekst: Sklep Zielony Koszyk, ul. Polna 3, 60-535 Poznań, tel. 61 847 20 11, sklep@zielonykoszyk.pl",
  "Hotel Seeblick, Uferweg 8, 82467 Garmisch-Partenkirchen, Tel. 08821 73 40 0, info@seeblick-gap.de",
  // an imprint or footer under the writer's request line
  "Kürze unser Impressum:\nSchreinerei Holzmann GmbH, Werkstraße 9, 88212 Ravensburg\nTel. 0751 3617 20, kontakt@holzmann-schreinerei.de",
  // a pet's health
  "Our cat Milo had his dental surgery yesterday, can he eat dry food yet?",
  "Unser Hund Bruno hat Arthrose in der Hüfte, welches Futter hilft?",
  "My dog Charlie was diagnosed with epilepsy, is phenobarbital safe long term?",
  // a public figure's birth date in an explainer or a rise-to-the-top summary
  "For our explainer video: Katalin Karikó, born 17 January 1955, pioneered mRNA research.",
  "Naomi Osaka, born 16 October 1997 — summarise her rise to the top of tennis in three bullet points.",
  // the writer's own birth date with a trailing birth verb
  "Ich bin am 14.02.1988 geboren, wie viele Tage bis zur Rente mit 67?",
  "Jag är född 1992-06-30, hur gammal är jag om tio år?",
  // a historical person's birth verb after the date; the writer's unnamed child's
  "Albrecht Dürer wurde am 21.05.1471 in Nürnberg geboren.",
  "Mein Sohn ist am 12.05.2016 geboren, wann muss er in die Schule?",
  "Onze dochter is op 03-09-2019 geboren; vanaf welke datum mag ze naar groep 1?",
  // a text that says its data are fictitious, in Dutch, German and English
  "Oefencasus (fictieve gegevens): Klant: Pieter Bos, BSN 123456782, telefoon 06-12345678.",
  "Schulungsbeispiel, keine echten Daten: Kundin Eva Roth, IBAN DE44 5001 0517 5407 3249 31.",
  "Training deck with fictitious data: employee Kim Lee, SSN 219-09-9999.",
];

describe("session 54 review — false alarms fixed", () => {
  it.each(HARD_NEGATIVES)("%s", (text) => {
    expect(found(text)).toEqual([]);
  });
});

/**
 * Left by the review (the anonymised "Der Patient," case it also left was closed at the merge): a practice or shop
 * named after a person kept that person's number ("Praxis Dr. …": the title named a person); an e-mail address in a
 * code assertion (CRUXEval's `f('minimc@minimc.io')`) was an address. Both closed in session 55
 * (test/unit/privacy-s55-probes.test.ts: place-sign-lines.ts' titled place name, code-assertions.ts).
 */
describe("session 54 review — probes closed in session 55", () => {
  it("a practice named after its doctor, with its own phone, is a place's sign", () => {
    expect(found("Zahnarztpraxis Dr. Lang, Marktplatz 2, 79098 Freiburg, Tel. 0761 2345 60")).toEqual([]);
  });

  // Closed at the merge by the session-54 clinical rules (a "Patient," that opens speech is not a name label).
  it("an anonymised case (the patient, sex, age) names no one", () => {
    expect(found("Der Patient, männlich, 61 Jahre alt, wurde mit Vorhofflimmern diagnostiziert.")).toEqual([]);
  });

  it("an address in a code assertion is a fixture's", () => {
    expect(found("assert normalise('qwerty@qwerty.dev') == 'qwerty@qwerty.dev'")).toEqual([]);
  });
});
