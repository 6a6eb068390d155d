import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

/**
 * Review of session 45's plain health words (health-vocabulary.ts PLAIN_HEALTH_WORDS), a lone first name as the subject
 * (first-name-health.ts) and bare relation words: idioms, news, law texts, fiction and public people stay quiet;
 * a private person's condition told plainly, in other languages, is found.
 */
const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("plain health words: ordinary texts", () => {
  it("leaves idioms, sports reports, news and law texts in nine languages alone", () => {
    for (const text of [
      "The striker was sick all week but still scored twice; the coach said the team was throwing up chances in the first half.",
      "I'm sick of this build failing, the CI keeps throwing up the same error.",
      "That new album is sick, the drummer is insane.",
      "Ronaldo missed training with a fever, the club confirmed on Friday.",
      "The president has been diagnosed with a cold and cancelled his trip, the White House said.",
      "Ich habe die Nase voll von diesem Bug, das Deployment ist krank langsam.",
      "§ 15 SGB XI regelt, wie der Pflegegrad ermittelt wird; Pflegegrad 2 setzt eine erhebliche Beeinträchtigung voraus.",
      "Die Zahl der Pflegebedürftigen mit Pflegegrad 3 ist laut Statistischem Bundesamt gestiegen.",
      "Le projet est malade depuis la réunion de lundi, personne ne veut le reprendre.",
      "La selección tiene fiebre de mundial, todos están enfermos de fútbol.",
      "Estou doente de saudade dessa banda, o show foi incrível.",
      "Ta ustawa opisuje, kiedy pracownik dostaje zwolnienie lekarskie i kto płaci chorobowe.",
      "このバグのせいで頭が痛い。明日のリリースに間に合うかな。",
      "मुझे इस ट्रैफिक से सिरदर्द हो गया, ऑफिस देर से पहुँचा।",
      "Bugün maç çok kötüydü, takım hasta gibi oynadı.",
      "Mijn laptop is ziek, hij start niet meer op na de update.",
      "El ministro de Salud anunció que la gripe afecta a 2 millones de personas este invierno.",
      "W Polsce na cukrzycę choruje ponad 3 miliony osób, podaje NFZ.",
      "厚生労働省によると、インフルエンザの患者数が増えている。",
      "भारत में मधुमेह के मरीजों की संख्या बढ़ रही है, स्वास्थ्य मंत्रालय ने कहा।",
      "Het RIVM meldt dat griep dit jaar vroeg is begonnen.",
      "lol my cat threw up on the keyboard again, anyway the PR is ready",
      "def is_sick(temp):\n    return temp > 38.0  # fever threshold",
    ])
      expect(found(text), text).toEqual([]);
  });

  it("leaves fictional and public people, slang after a first name and a term that starts a compound alone", () => {
    for (const text of [
      "Harry had a fever the night before the Triwizard task, and Hermione brought him a potion.",
      "Sherlock was depressed whenever he had no case, Watson writes.",
      "In chapter 3, Anna is diagnosed with tuberculosis and moves to the sanatorium.",
      "Serena withdrew from the tournament with a hamstring injury.",
      "Mother Teresa cared for the sick in Kolkata.",
      "Max is sick of waiting for the build to finish.",
      "Grace has a sick beat on her new track, listen to it.",
      "Tom is feeling under the weather so the standup is moved to 11.",
      "O João está com dor de cabeça com esse sistema novo, kkk",
      "Anna hat heute 40 Pflegegrad-Anträge bearbeitet, sagt die Sachbearbeiterin.",
    ])
      expect(has(text, "health"), text).toBe(false);
  });

  // Closed in session 49 (figurative-health.ts) for the fevers; "throwing up" with an object in session 54 for objects no
  // body brings up (shots, hands, tents, pages); "blood", "his pills", "breakfast" stay the body's.
  it("reads no condition in an idiom after a first name ('febre de compras', 'gorączka sobotniej nocy')", () => {
    expect(has("Paulo está com febre de compras na Black Friday kkk", "health")).toBe(false);
    expect(has("Ania ma gorączkę sobotniej nocy, tańczy do rana.", "health")).toBe(false);
    expect(has("Rohit ko bukhar hai cricket ka, har match dekhta hai.", "health")).toBe(false);
  });

  // Closed in session 54 (figurative-health.ts figurativeThrowUp: a shot, hands, a tent or a page thrown up).
  it("reads no condition in an idiom after a first name ('throwing up three-pointers')", () => {
    expect(has("Emma keeps throwing up three-pointers in the fourth quarter.", "health")).toBe(false);
  });

  it("reads no condition in an idiom after a name (named-person-* rules; closed in session 49)", () => {
    expect(has("Noah was diagnosed with a bad case of Mondays.", "health")).toBe(false);
    expect(has("Jack has a migraine of a merge conflict to solve.", "health")).toBe(false);
  });

  it("reads no condition in a compound or a job's data set after a name (closed in session 48)", () => {
    expect(has("Sophie's depression-era recipes book is out next week.", "health")).toBe(false);
    expect(has("Hey Tom, the cancer registry export is ready for QA.", "health")).toBe(false);
    // Hard negatives: the same names with their own condition.
    expect(has("Sophie's depression is getting worse, she stopped eating.", "health")).toBe(true);
    expect(has("Hey Tom, your cancer came back, the oncologist called.", "health")).toBe(true);
  });
});

describe("plain health words: sensitive variants", () => {
  it("finds a lone first name's condition told plainly in several languages", () => {
    for (const text of [
      "Chris has been on Strattera since March and can't sleep",
      "Ania ma zwolnienie lekarskie do piątku, ma anginę",
      "O João está com dor no peito desde ontem",
      "Elif'in yüksek ateşi var, hastaneye gidelim mi",
      "Rohit ko tez bukhar hai since 2 days",
      "Lena hat Pflegegrad 3 bekommen, was steht ihr zu?",
    ])
      expect(has(text, "health"), text).toBe(true);
  });

  it("finds a first name's condition written in capitals (closed in session 48)", () => {
    expect(has("BETH KEEPS THROWING UP SINCE LAST NIGHT what do i do", "health")).toBe(true);
    // Hard negatives: a shouted sentence whose subject is no given name, and an animal's.
    expect(has("THE TEAM KEEPS THROWING UP SINCE LAST NIGHT what do i do", "health")).toBe(false);
    expect(has("MAX KEEPS THROWING UP SINCE HE ATE THE SOCK, OUR DOG IS 3", "health")).toBe(false);
    // A screenplay's character in capitals, the sentence in lower case: not shouted.
    expect(has("INT. COLONY MEDICAL BAY - DAY\n\nSOPHIE CHEN, late 30s, examines scan results with a frown.", "health")).toBe(false);
  });

  it("finds a first name's condition when a line break splits the sentence (closed in session 48)", () => {
    expect(has("Yuki has been\nthrowing up all morning", "health")).toBe(true);
    // Hard negatives: the line before is a finished sentence, or a heading with a colon.
    expect(has("Yuki has been promoted.\nthrowing up all morning is no fun", "health")).toBe(false);
    expect(has("Notes from Yuki:\nthrowing up all morning is a common side effect of this drug", "health")).toBe(false);
  });
});
