import { describe, expect, it } from "vitest";
import { flagged } from "./helpers.js";

const has = (text: string, category: string) => flagged(text).some((value) => value.startsWith(`${category}:`));

describe("session 36: kin birth records and birth-date cues (personal.ts, unattributed-birth-dates.ts)", () => {
  it("lets the writer's relative before the date outweigh a debut (policy a)", () => {
    expect(flagged("Our son Lukas was born on 2 June 2014 and makes his debut with the youth choir on Sunday.")).toContain("date_of_birth:2 June 2014");
    expect(has("The striker made his debut at 17; he was born on 11 May 1994 in Lyon.", "date_of_birth")).toBe(false);
  });

  it("does not read Portuguese 'nasci' inside Italian 'Data di nascita'", () => {
    expect(flagged("Modulo | Nome: Chiara | Data di nascita: 03/04/1988 | Data di assunzione: 01/09/2023")).toContain("date_of_birth:03/04/1988");
    expect(has("Eu nasci em 12/05/1990, quantos anos tenho?", "date_of_birth")).toBe(false);
  });
});

describe("session 36: phone-format examples (look-alike-values.ts, policy b)", () => {
  it("drops numbers in a question about how numbers are written, and the rest of an example list", () => {
    expect(has("Should Spanish mobiles be written 612 34 56 78 or +34 612 34 56 78 in a style guide?", "phone")).toBe(false);
    expect(has("A regex that accepts Dutch mobiles written like 0612345678, 06-12345678 or +31612345678 but no landlines.", "phone")).toBe(false);
    expect(has("Hoe schrijf je een mobiel nummer, bijvoorbeeld 06 41234567 of 06-41234567?", "phone")).toBe(false);
  });

  it("keeps a number with a possession cue or a full name in the same kind of question", () => {
    expect(flagged("Please format my brother's mobile 06 41234567 the way it should be written, +31 6 41234567?")).toContain("phone:06 41234567");
    expect(flagged("How should Julia Weber's number 0151 23456789 be written in E.164?")).toContain("phone:0151 23456789");
  });

  it("keeps a number when the question is how to write something else (review)", () => {
    expect(flagged("How do I write a polite text to 0612345678 asking for my refund?")).toContain("phone:0612345678");
    expect(flagged("Call 06 41234567 tomorrow; how should I write the apology?")).toContain("phone:06 41234567");
  });
});

describe("session 36: property listings (look-alike-values.ts)", () => {
  it("reads the address of a listing as the property's, not a person's", () => {
    expect(has("For sale: 3-bed semi at 12 Orchard Way, Didcot OX11 7LP, offers over £300,000.", "street_address")).toBe(false);
    expect(has("Affittasi bilocale in Via Roma 18, 20121 Milano, 950 € al mese.", "street_address")).toBe(false);
    expect(has("To let: 12 Orchard Way, Didcot OX11 7LP, £1,250 pcm.", "street_address")).toBe(false);
  });

  it("does not read the verb 'to let' as a listing (review)", () => {
    const party = "Remember to let Sarah know the party is at 12 Orchard Way, Didcot OX11 7LP.";
    expect(flagged(party)).toContain("street_address:12 Orchard Way, Didcot OX11 7LP");
  });

  it("keeps it after a personal cue or a person's name", () => {
    const lease = "Please send the signed lease to our tenant at 12 Orchard Way, Didcot OX11 7LP — 3-bed semi, rent £1,250.";
    expect(flagged(lease)).toContain("street_address:12 Orchard Way, Didcot OX11 7LP");
    expect(flagged("Scrivi al signor Marco Galli, Via Roma 18, 20121 Milano: il bilocale in affitto è libero.")).toContain(
      "street_address:Via Roma 18, 20121 Milano",
    );
  });
});

describe("session 36 review fixes (look-alike-values.ts, personal.ts)", () => {
  it("keeps a number that is said to be stored, not asked how to store", () => {
    expect(flagged("The number 06 41234567 is stored twice in the CRM.")).toContain("phone:06 41234567");
    expect(has("Should phone numbers be stored as +31 6 41234567 or 06 41234567?", "phone")).toBe(false);
  });

  it("keeps a listing-looking address next to a lone given name", () => {
    expect(flagged("Send the invoice for the 2-bed flat repairs to Sarah at 12 Orchard Way, Didcot OX11 7LP.")).toContain(
      "street_address:12 Orchard Way, Didcot OX11 7LP",
    );
    expect(flagged("Open house is at 12 Orchard Way, Didcot OX11 7LP, where Sarah lives.")).toContain("street_address:12 Orchard Way, Didcot OX11 7LP");
  });

  it("applies the kin birth override only when the relative is the one born", () => {
    expect(has("My daughter wrote a biography: the author was born on 3 May 1950 in Leeds.", "date_of_birth")).toBe(false);
    expect(flagged("Our son Lukas was born on 2 June 2014 and makes his debut with the youth choir on Sunday.")).toContain("date_of_birth:2 June 2014");
  });
});

describe("session 36 review fixes (payment-receipts.ts)", () => {
  it("does not read a celebrity ad or a salutation as a receipt's counterparty", () => {
    expect(has("Write a Venmo ad where Taylor Swift sent $10 to Travis Kelce.", "financial")).toBe(false);
    expect(has("To Whom It May Concern, PayPal charged me $40 twice for one order.", "financial")).toBe(false);
    expect(has("You paid Jordan Pike $1,240.00 on Venmo for the Taylor Swift tickets.", "financial")).toBe(true);
  });
});
