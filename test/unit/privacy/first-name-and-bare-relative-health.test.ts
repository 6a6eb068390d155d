import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../../src/privacy/index.js";

/**
 * Session 45 (s45-health, dev-61): health told in ordinary words (health-vocabulary.ts PLAIN_HEALTH_WORDS) of a lone
 * first name as the subject (first-name-health.ts), and a relation word with no possessive as the subject
 * (unnamed-relative-condition.ts, only under `privacy.unnamedRelatives: sensitive`). Invented sentences.
 */
const byDefault = createPrivacyScanner();
const sensitive = createPrivacyScanner({ unnamedRelatives: "sensitive" });
const healthSpans = (scan: typeof byDefault, text: string) =>
  scan
    .scan(text)
    .filter((finding) => finding.category === "health")
    .map((finding) => text.slice(finding.start, finding.end));

describe("a lone first name as the subject of plain health words", () => {
  it.each([
    ["Tyler got sectioned last night, can I visit him?", "sectioned"],
    ["Noah had his gallbladder removed on Tuesday", "gallbladder removed"],
    ["Can you move Ellie's colonoscopy to next week?", "colonoscopy"],
    ["Rohit ko teen din se tez bukhar hai", "tez bukhar"],
    ["O Rafael pegou atestado de 15 dias por crise de ansiedade", "crise de ansiedade"],
    ["Diego tiene ataques de pánico desde el accidente", "ataques de pánico"],
    ["Camille a des vertiges depuis trois jours", "vertiges"],
    ["Elif'in üç gündür yüksek ateşi var", "yüksek ateşi"],
    ["Rina dirawat di rumah sakit karena demam berdarah", "demam berdarah"],
    ["Aunt Maureen has been referred to oncology after her mammogram", "referred to oncology"],
  ])("%s", (text, value) => {
    expect(healthSpans(byDefault, text)).toContain(value);
  });

  it.each([
    "Write a short story where Chris, a lighthouse keeper, has panic attacks during storms",
    "Max has been throwing up since he ate the sock, our dog is 3",
    "Caso clínico: mujer de 70 años con mareos y vómitos. ¿Diagnóstico diferencial?",
    "How common is a miscarriage in the first 12 weeks of pregnancy?",
    "Draft our company's sick leave policy: staff need a fit note after 7 days.",
    "Chris is sick of his job and wants to quit",
    "Steve was admitted to the bar in Friday's ceremony",
    "Emma's pregnant pause before answering made everyone laugh",
    "Hamare kutte Bruno ko teen din se ulti ho rahi hai",
  ])("not: %s", (text) => {
    expect(healthSpans(byDefault, text)).toEqual([]);
    expect(healthSpans(sensitive, text)).toEqual([]);
  });
});

describe("a relation word with no possessive as the subject (unnamedRelatives)", () => {
  it.each([
    ["Papa ki sugar 300 aa rahi hai, insulin badhana padega kya?", "insulin"],
    ["Mama hat Brustkrebs, die Biopsie war eindeutig", "Brustkrebs"],
    ["Tata ma raka prostaty i czeka na operację", "raka prostaty"],
    ["Maman a Alzheimer et ne nous reconnaît plus", "Alzheimer"],
    ["Dad has been referred to a cardiologist after his ECG", "referred to a cardiologist"],
  ])("%s", (text, value) => {
    expect(healthSpans(sensitive, text)).toContain(value);
    expect(healthSpans(byDefault, text)).toEqual([]);
  });

  it.each([
    "mere papa ki gaadi ki service kab karwani chahiye",
    "Mum has been asking for a new phone, which one is easy to use?",
    "That electricity bill gave Dad a heart attack, it's doubled since last year",
    "abuela tiene una receta de tortilla buenísima",
    "Mama hat Geburtstag, welche Blumen passen im Herbst?",
    "Ibu hamil sebaiknya menghindari makanan apa saja?",
  ])("not: %s", (text) => {
    expect(healthSpans(sensitive, text)).toEqual([]);
  });
});
