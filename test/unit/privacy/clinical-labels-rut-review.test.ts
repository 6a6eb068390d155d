import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

// Session 37 review of the dev-29 rules: the bounded look-backs and look-aheads find what the unbounded ones found.
describe("session 37 review: dev-29 rules", () => {
  it("reads a qualified clinical label after a long line of colons, its line's start within reach", () => {
    const colons = "ab:".repeat(2000);
    expect(found(`${colons}\nPatient: Mr Owen Rees\nMedication on admission ward: bisoprolol 5 mg`)).toContain("health:bisoprolol 5 mg");
    expect(found(`${colons} Wir entlassen Frau Ida Brandt. Diagnose bei Aufnahme: Pneumonie`)).toContain("health:Pneumonie");
  });

  it("reads a Chilean RUT after many digit runs, its dash within reach of the run's start", () => {
    const runs = "1 ".repeat(3000);
    expect(found(`${runs}RUT 12.345.678-5`)).toContain("national_id:12.345.678-5");
    expect(found(`${runs}el RUN es 9276418-4`)).toContain("national_id:9276418-4");
  });

  it("takes no ICD label out of 'acid ', and reads the bare CID label", () => {
    expect(found("Anna Schmidt's homework on acid rain: exercises B12 and C14.")).toEqual([]);
    expect(found("Paciente: Joana Ribeiro\nCID: J18.9")).toContain("health:J18.9");
  });

  it("reads the short document codes after a document key only, not after 'type' (an ID column, a paragraph node)", () => {
    expect(found('{"type": "id", "number": "12345678", "label": "Order ID"}')).toEqual([]);
    expect(found("kyc doc_type=ID number=84412093 status=ok")).toContain("national_id:84412093");
  });

  it("reads no licence in a Spanish patent", () => {
    expect(found("La patente de invención n° 2345678 de Laboratorios Roche vence en 2030.")).toEqual([]);
  });

  it("reads no national ID in a company's RUT (from 50.000.000 on)", () => {
    expect(found("Factura de Codelco, RUT 61.704.000-K, por 3 toneladas de cobre.")).toEqual([]);
  });

  it("reads no topic heading after a byline as a qualified clinical label", () => {
    expect(found("Blog post by Maria Garcia. Diagnosis criteria overview: fever, cough and fatigue for two weeks.")).toEqual([]);
    expect(found("Vortrag von Prof. Hans Müller. Diagnose und Therapie: Grundlagen der Kardiologie")).toEqual([]);
    expect(found("Presenter: Dr. Raj Patel\nMedication adherence strategies: reminders, pill boxes and apps.")).toEqual([]);
  });

  it("reads no policy threshold, hotel terms, placeholder transfer, translation fee, Polish phrase or legal cap as someone's money", () => {
    expect(found("Maria Lopez approves refunds above $50.")).toEqual([]);
    const hotel = "Dear guest,\nA deposit of $200 is charged at check-in and refunded at check-out.\n\nKind regards,\nJohn Carter, Front Desk Manager";
    expect(found(hotel)).toEqual([]);
    expect(found("Max Mustermann überweist 50 € an Erika Mustermann.")).toEqual([]);
    expect(found("Антон Чехов получил 500 рублей за перевод.")).toEqual([]);
    expect(found("Anna Nowak zapłaciła 80 zł za kurs; zwrot grzecznościowy „Szanowna Pani” był na pierwszej lekcji.")).toEqual([]);
    expect(found("Maître Dupont, avocat : le dépôt de garantie est plafonné à 1 200 € pour un logement vide.")).toEqual([]);
  });

  it("still reads a named person's debt, transfer and refund beside those words", () => {
    expect(found("my sister Maria owes me $50")).toContain("financial:$50");
    expect(found("Jan Nowak przelał mi 500 zł zwrotu")).toContain("financial:500 zł");
    expect(found("Tom Baker owes over £14,300 on his credit cards")).toContain("financial:£14,300");
    expect(found("Иван Петров сделал перевод 5 000 рублей моей маме")).toContain("financial:5 000 рублей");
    expect(found("My brother Tom Baker got a refund of over $5,000 from his landlord.")).toContain("financial:$5,000");
  });
});
