import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../src/privacy/index.js";
import { growth } from "../helpers/linear-growth.js";
import { found } from "./privacy-helpers.js";

/** Session 51 (dev-87 half A): phone numbers as the world writes them, and businesses' numbers in the same shapes. */
describe("phone numbers in links, Portuguese call verbs and service clauses (session 51)", () => {
  it("a WhatsApp click-to-chat link holds a whole international number without +", () => {
    expect(found("Mariana mandou o link dela: https://wa.me/351912345678 — fala com ela hoje")).toEqual(["phone:351912345678"]);
    expect(found("chat with Ben: api.whatsapp.com/send?phone=447911123456&text=hi")).toEqual(["phone:447911123456"]);
    // Not a valid number, and a drama number: nothing.
    expect(found("https://wa.me/12345678")).toEqual([]);
    expect(found("demo link https://wa.me/12025550143")).toEqual([]);
  });
  it("a Portuguese call verb before a bare national number", () => {
    expect(found("O Rui ligou: liga-lhe para o 912-345-678 amanhã.")).toEqual(["phone:912-345-678"]);
  });
  it("someone's own number named right before it, with no phone word", () => {
    expect(found("my new number is 620 508 253, save it")).toEqual(["phone:620 508 253"]);
    expect(found("Das ist meine neue Nummer: 0176 4695 0809")).toEqual(["phone:0176 4695 0809"]);
    expect(found("voici mon nouveau numéro 06-67-37-94-68")).toEqual(["phone:06-67-37-94-68"]);
    // An account or order number puts its word between the owner and "number": no phone.
    expect(found("my account number is 620 508 253")).toEqual(["bank_account:620 508 253"]);
    expect(found("my order number 4021 8837 5519 never arrived")).toEqual([]);
  });
  it("a service or embassy word earlier in the number's sentence", () => {
    expect(found("Le service client de notre fournisseur d'énergie répond au 04 72 10 30 30 en semaine.")).toEqual([]);
    expect(found("Die Botschaft in Rom, Konsularabteilung, erreicht man unter +39 06 4921 31.")).toEqual([]);
    expect(found("Kaupungin neuvonta: +358 9 310 11111.")).toEqual([]);
    expect(found("For a blocked card call the bank's line on 0161 496 7000 any time.")).toEqual([]);
    // A person in the clause keeps the number theirs.
    expect(found("The hotline was useless, so I texted Tom on 07911 123456 instead.")).toEqual(["phone:07911 123456"]);
    expect(found("Le service client m'a donné le portable de Claire Martin : 06 12 34 56 78.")).toEqual(["phone:06 12 34 56 78"]);
    expect(found("Embassy staff said to reach my sister on +44 7911 123456.")).toEqual(["phone:+44 7911 123456"]);
  });
  it("a desk named in brackets right after the number; a signature's customer services line", () => {
    expect(found("From: +442038687000 (Acme Support)")).toEqual([]);
    expect(found("Inbound from +447911123456 (Northgate customer service) at 09:14")).toEqual([]);
    expect(found("Northgate Bank plc · Customer Services\nT: 020 3868 7000 | lines open 8am–8pm")).toEqual([]);
    expect(found("Call Priya on +44 7911 123456 (my support worker)")).toEqual(["phone:+44 7911 123456"]);
  });
  it("digits said in words, then the rest of the number written as digits", () => {
    expect(found("my number is oh seven eight three six, 589862 thanks")).toEqual(["phone:oh seven eight three six, 589862"]);
    expect(found("Mein Handy: null eins sieben sechs, 46950809")).toEqual(["phone:null eins sieben sechs, 46950809"]);
    expect(found("Order number: four five six, 12345678")).toEqual([]);
  });
  // Closed in session 52: a call, ring or text verb with a person is a cue of the spoken reader (spoken-numbers.ts).
  it("the same after a call verb with a person", () => {
    expect(found("please call her back on oh seven nine one one, 123 456 before 6")).toEqual(["phone:oh seven nine one one, 123 456"]);
    expect(found("ring him on oh two oh, seven nine four six, one two three four tonight")).toEqual([
      "phone:oh two oh, seven nine four six, one two three four",
    ]);
    expect(found("text me on oh seven seven double oh nine eight seven six five four")).toEqual([
      "phone:oh seven seven double oh nine eight seven six five four",
    ]);
  });
  it("no number after a call verb with counts, times and other words", () => {
    expect(found("call here for two or three minutes and then hang up")).toEqual([]);
    expect(found("call them in one by one, three four five at a time")).toEqual([]);
    expect(found("text her five six seven eight nine times a day, she never answers")).toEqual([]);
  });
  // Closed in session 52 (public-context.ts: a service-named constant; "our" before a service word is the business's).
  it("a company's support line as a code constant under a comment in the company's voice", () => {
    expect(found('# our own call centre\nSUPPORT_LINE = "(312) 429-0295"  # Acme Corp')).toEqual([]);
    expect(found('# our customer service desk\nHELPDESK_TEL = "+44 20 3868 7001"')).toEqual([]);
    expect(found('customer_service_tel: "(312) 429-0295"')).toEqual([]);
  });
  it("keeps a person's number in a constant or after the business's 'our'", () => {
    expect(found('# my own line\nSUPPORT_LINE = "(312) 429-0295"')).toEqual(["phone:(312) 429-0295"]);
    expect(found('OWNER_PHONE = "(312) 429-0295"  # Dana Whitfield, personal')).toEqual(["phone:(312) 429-0295"]);
    expect(found("our call centre manager is Dana, her mobile (312) 429-0295")).toEqual(["phone:(312) 429-0295"]);
  });
  it("stays linear on repeated service clauses and links", () => {
    const scanner = createPrivacyScanner();
    const unit = "service client de la banque (Acme Support) https://wa.me/4915123456789 liga-lhe my new number is 912 ";
    expect(
      growth(
        (text) => scanner.scan(text),
        (size) => unit.repeat(Math.ceil(size / unit.length)),
        32_768,
      ),
    ).toBeLessThan(8);
  });
});
