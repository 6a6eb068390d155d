import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";
import { dialogueAnswerDetectors } from "../../src/privacy/detectors/dialogue-answers.js";
import { growth } from "../helpers/linear-growth.js";

/** The dialogue rule's own findings (category:value), without the other detectors. */
function answers(text: string): string[] {
  const out: string[] = [];
  dialogueAnswerDetectors[0]!.run(text, (category, start, end) => out.push(`${category}:${text.slice(start, end)}`), text.toLowerCase());
  return out;
}

describe("values given across a dialogue's turns (dialogue-answers.ts, session 50)", () => {
  it("reads the asking turn as the label of the next turn's value, in several languages", () => {
    expect(answers("[08:02] Nadia Brook: Omar, send me your passport number for the visa form\n[08:05] Omar Haddad: 731840256")).toEqual([
      "passport:731840256",
    ]);
    expect(answers("Agent : Votre numéro de permis de conduire ?\nClient : euh, 081172400318\nAgent : Merci.")).toEqual(["driver_license:081172400318"]);
    expect(answers("Bot: A che numero possiamo ricontattarti?\nTu: 348 916 2207")).toEqual(["phone:348 916 2207"]);
    expect(answers("受付: 運転免許証番号を教えてください。\n田村: 451203879914です。")).toEqual(["driver_license:451203879914"]);
  });

  it("joins a value split over the answerer's two turns when its check digit passes", () => {
    // A card in two messages (Luhn), an IBAN in two (mod 97), a codice fiscale after the listener's "sì".
    expect(found("Me: what's the card for the booking?\nPaula: 4539 5780\nPaula: 1325 8212")).toEqual(["payment_card:4539 5780", "payment_card:1325 8212"]);
    expect(answers("Medewerker: Uw IBAN?\nKlant: NL02 ABNA\nKlant: 0123 4567 89")).toEqual(["iban:NL02 ABNA", "iban:0123 4567 89"]);
    expect(answers("D: Il codice fiscale, per favore?\nR: RSSMRA85\nD: sì\nR: T10A562S")).toEqual(["national_id:RSSMRA85", "national_id:T10A562S"]);
  });

  it("says nothing for a form, another kind of number, a refusal or a business line", () => {
    expect(answers("Assuré : Jean Petit\nN° SS : 1 68 04 13 055 214 93\nDu 02/12/2026 au 23/12/2026")).toEqual([]);
    expect(answers("Agent: Can I have your order number, please?\nCustomer: 302-5518-2274")).toEqual([]);
    expect(answers("Agent: Your passport number, please?\nCustomer: I'd rather not give it over chat.")).toEqual([]);
    expect(answers("Customer: what number should I call?\nAgent: 0800 028 4417, it's free.")).toEqual([]);
    expect(answers("Passport: 731840256\nDriving licence: 081172400318")).toEqual([]);
  });

  it("keeps a business's own shop number and a public office's number public", () => {
    expect(found("Agent: Notre magasin de la rue de Rivoli est joignable au 01 53 45 17 00.")).toEqual([]);
    expect(found("Medewerker: Onze winkel in de Kalverstraat, 020 624 7710, is tot 18 uur open.")).toEqual([]);
    expect(found("Bot: La mairie du 11e arrondissement, 12 place Léon-Blum, tél. 01 53 27 11 11.")).toEqual([]);
    // A person named after the shop word keeps the number theirs.
    expect(found("Our store manager Anna Schmidt, 020 7734 8190.")).toEqual(["phone:020 7734 8190"]);
  });

  it("stays linear on a long dialogue of short question and answer turns", () => {
    const build = (size: number) => "Agent: Your passport number, please?\nCustomer: 731840256\n".repeat(Math.ceil(size / 58));
    expect(growth((text: string) => answers(text), build, 65_536)).toBeLessThan(8);
  });
});
