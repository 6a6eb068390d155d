import { describe, expect, it } from "vitest";
import { flagged } from "./helpers.js";

describe("session 35 review fixes", () => {
  it("reads Spanish 'nació el' and Portuguese 'nasceu em' / 'nascido em' as birth cues for a named private person", () => {
    expect(flagged("Mi hermano Carlos nació el 14/03/1987.")).toContain("date_of_birth:14/03/1987");
    expect(flagged("Carlos García nació el 14 de marzo de 1987 en Sevilla.")).toContain("date_of_birth:14 de marzo de 1987");
    expect(flagged("Meu irmão Pedro nasceu em 02/05/1990.")).toContain("date_of_birth:02/05/1990");
    expect(flagged("Pedro Souza, nascido em 02/05/1990")).toContain("date_of_birth:02/05/1990");
    // Narrative: a public figure, a historic date or nobody named stay unreported.
    expect(flagged("Cervantes nació el 29/09/1547 en Alcalá de Henares.")).toEqual([]);
    expect(flagged("El futbolista Lionel Messi nació el 24/06/1987 en Rosario.")).toEqual([]);
    expect(flagged("Nació el 14/03/1987, ¿cuántos años tengo?")).toEqual([]);
  });

  it("reports a password with '::' whole, and reads a local password separator only as a word", () => {
    expect(flagged("the password to Kestrel::Moor92! is on the fridge")).toEqual(["password:Kestrel::Moor92!"]);
    expect(flagged("password for gmail: Hunter#2024x")).toEqual(["password:Hunter#2024x"]);
    expect(flagged("mot de passe c'est Soleil#2024")).toEqual(["password:Soleil#2024"]);
    // "es"/"est" inside a word is no copula: the value is the whole token, not its tail.
    expect(flagged("password for Bestway99!")).toEqual(["password:Bestway99"]);
    expect(flagged("contraseña del router Westfield99!")).toEqual(["password:Westfield99"]);
    expect(flagged("a senha do cartão é 4821")).toEqual(["password:4821"]);
  });

  it("keeps a named person's birth date under a DOB label whose own label only holds another field's letters", () => {
    const family = "Family record. Date of birth: Wendy: 03/04/2015, Hendrik: 05/06/2017, Signe: 12/01/1990";
    expect(flagged(family)).toEqual(["date_of_birth:03/04/2015", "date_of_birth:05/06/2017", "date_of_birth:12/01/1990"]);
    const form = "Insurance form. Date of birth: Dependent: 03/04/2015; Friend: 04/05/1990; Candidate: 05/06/1991; Dayana: 07/07/1992";
    expect(flagged(form)).toEqual(["date_of_birth:03/04/2015", "date_of_birth:04/05/1990", "date_of_birth:05/06/1991", "date_of_birth:07/07/1992"]);
    // Other dated fields, also as German compounds, stay dropped.
    expect(flagged("Date of birth: 02/03/1979, Issue date: 01/01/2020, Signed: 05/05/2024, Payday: 07/07/2024")).toEqual(["date_of_birth:02/03/1979"]);
    expect(flagged("Mitarbeiter: Geburtsdatum: 02.03.1979, Vertragsbeginn: 01.03.2025, Kaufdatum: 04.04.2024")).toEqual(["date_of_birth:02.03.1979"]);
  });

  it("keeps an example phone number written after a person's full name", () => {
    const text = "Validate the customer record of Maria Garcia, phone like (312) 847-2290, with a regex before saving.";
    expect(flagged(text)).toContain("phone:(312) 847-2290");
  });

  it("reads a debut in the next sentence as a public career and a booking line's number as the venue's (tests for two untested session-35 cues)", () => {
    expect(flagged("Mia Torvik was born on 10/07/1995. At what age did she make her debut for the national team?")).toEqual([]);
    expect(flagged("すし匠 銀座店 ご予約：03-3571-2345（火曜定休）")).toEqual([]);
    expect(flagged("강남 한우집 예약 02-545-1234")).toEqual([]);
  });
});
