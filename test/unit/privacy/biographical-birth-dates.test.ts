import { describe, expect, it } from "vitest";
import { flagged } from "./helpers.js";

const dates = (text: string) => flagged(text).filter((value) => value.startsWith("date_of_birth:"));

describe("biographical register versus a private date of birth, dev-31 (issue #15)", () => {
  it.each([
    "Write a short biography of Novak Djokovic's coach Marián Vajda, born 24 March 1965, for a tennis blog.",
    "Quiz round: Which drummer was born on 20 May 1944 in Sheffield? Add three more questions.",
    "Steckbrief für das Referat:\nName: Jan Ullrich\nGeburtsdatum: 2. Dezember 1973\nGeburtsort: Rostock",
    "{{Infobox person | name = Ada Example | birth_date = 1962-04-11 }} — why does the infobox not render?",
    "Wikidata lists 1971-06-28 as the birth date of Elon Musk; which property is that?",
    "Nachruf für die Schülerzeitung: Udo Jürgens, geboren am 30. September 1934 in Klagenfurt.",
    "Wisława Szymborska (ur. 2 lipca 1923 w Prowencie) — streść jej życie.",
    "周星驰1962年6月22日出生。帮我写一段简短的介绍。",
  ])("is not reported: %s", (text) => expect(dates(text)).toEqual([]));

  it.each([
    ["3 May 1961", "Write a biography of my neighbour Jan Kowalski, born 3 May 1961, for his party booklet."],
    ["3 maja 1961", "Napisz biografię mojego sąsiada Jana Kowalskiego, urodzonego 3 maja 1961."],
    ["12 June 1983", 'Write a Wikipedia-style article about me: "Tom Ferris (born 12 June 1983) is a baker from Leeds".'],
    ["1955-02-14", "Quiz for my colleague's farewell: Olga Berg, born 1955-02-14 — true or false?"],
    ["7 marzo 1935", "È mancata Giuseppina Rota, nata il 7 marzo 1935. Ne danno il triste annuncio i figli. Correggi il necrologio."],
    ["1958年3月12日", "我爸爸王建国1958年3月12日出生在河北，帮我给他写一篇小传。"],
  ])("reports %s: %s", (date, text) => expect(dates(text)).toContain(`date_of_birth:${date}`));

  it("keeps a child's fact card reported: a birth within the last 18 years is never a public figure's", () => {
    expect(dates("Steckbrief für die Klassenwand: Lena Vogt, geboren am 14. Mai 2016, liebt Pferde.")).toContain("date_of_birth:14. Mai 2016");
  });
});
