import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("record semantics and local cues from development set 11 half A (session 30)", () => {
  it("reads an E.164 number under any key of a log, and skips Twilio's documented test numbers", () => {
    expect(found("2026-12-02 [sms-gw] gonder alici=+905012341242 durum=OK")).toEqual(["phone:+905012341242"]);
    expect(has('{"kontakt": "+4915123459431"}', "phone")).toBe(true);
    expect(found("to=+15005550006 status=sent")).toEqual([]);
    expect(found("version=+12.5 offset=+0100 id=+1234567890123")).toEqual([]);
  });

  it("reads a FHIR Observation's result when its subject is named, not a spec example's", () => {
    const observation = (subject: string) =>
      `{"resourceType":"Observation","code":{"text":"HbA1c"},"subject":${subject},"valueQuantity":{"value":9.2},"interpretation":[{"text":"poorly controlled diabetes"}]}`;
    expect(found(observation('{"reference":"Patient/88213","display":"Nadia Kowalczyk"}'))).toContain("health:poorly controlled diabetes");
    expect(found(observation('{"reference":"Patient/example"}'))).toEqual([]);
  });

  it("finds a named person's condition written in the local language, tied by a local verb or a diagnosis noun after it", () => {
    for (const text of [
      "Je te le dis parce que tu connais bien Hugo Lambert : il a fait une tentative de suicide samedi.",
      "A Beatriz Nunes pediu-me para não contar, mas ela está a fazer hemodiálise três vezes por semana.",
      "Ekibimizden Burak Aydın'ın durumu: geçen ay MS (multipl skleroz) tanısı kondu.",
    ])
      expect(has(text, "health"), text).toBe(true);
    expect(found("Wie häufig ist Bulimie bei Jugendlichen, und wann hilft eine Dialyse? Allgemeine Frage.")).toEqual([]);
  });

  it("reads money of a message's named addressee or of a writer who names themselves, not an anonymous one", () => {
    expect(has("Ryan, the calculation uses your £38,400 salary, so you owe £412 a month. — Kirsty", "financial")).toBe(true);
    expect(has('"Oye, soy Rubén. Debo 11.300 € de la tarjeta y no llego."', "financial")).toBe(true);
    expect(found("Hi Sam, your balance question: the average salary in the UK is £35,000.")).toEqual([]);
    expect(found("I owe £2,000 on my card, how do I pay it off faster?")).toEqual([]);
  });

  it("ties a condition in a fragment to the person the sentence before says is being treated", () => {
    const chat = "Anja: hab heute mit Steffi Bauer telefoniert\nAnja: seit Mai ist sie in Behandlung\nAnja: Bulimie, und jetzt stationär";
    expect(has(chat, "health")).toBe(true);
    expect(found("Anja: hab heute mit Steffi Bauer telefoniert\nAnja: die Doku über Bulimie war gut")).toEqual([]);
  });

  it("reads a password after a customer number and a password word later on the same line", () => {
    expect(found("Natwest. Customer no 0712198844. PIN 4 digits 8815. Pass Gizmo&Tilly1962")).toContain("password:Gizmo&Tilly1962");
    expect(found("customer no 123 asked why the password reset failed")).toEqual([]);
  });

  it("reads clinical short forms of a named relative's cancer, not a question about them", () => {
    expect(found("tía Pili (Pilar Montoya) ya tiene los resultados. es Ca de mama, HER2+.")).toEqual(["health:Ca de mama", "health:HER2+"]);
    expect(found("What does HER2+ mean on a breast cancer report?")).toEqual([]);
  });

  it("skips zero-filled placeholder numbers and organisation numbers in records", () => {
    expect(found('{"event":"sms.inbound","from":"+48000000000","to":"+48000000001"}')).toEqual([]);
    expect(found('{"namn":"Vårdcentralen","org_nr":"232100-0016"}')).toEqual([]);
    expect(found("to=+48512342062")).toEqual(["phone:+48512342062"]);
  });

  it("follows a relative named by a cue into the next sentences when a pronoun refers back", () => {
    const email = "My sister Laura Brennan starts her second round next week. The oncologist says the FOLFOX cycles will knock her out.";
    expect(found(email)).toContain("health:FOLFOX");
    expect(found("My sister Laura Brennan works at the Royal Marsden. The unit there mostly gives FOLFOX.")).toEqual([]);
  });
});
