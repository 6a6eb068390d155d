import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";
import { growth, repeatTo } from "../helpers/linear-growth.js";

/**
 * Session 51 (issue #15, dev-89): cue words the rules did not know — misspelt password words, key emoji, birth-date
 * shorthand and the cake emoji, Spanish phone shorthand, slang and misspelt address labels, a personal note after a
 * number, a business's own café or bakery and a museum before its number or street, a Rails symbol list. Texts written
 * for this file (not copied from the set). Known gaps are `it.fails` probes.
 */
const of = (category: string, text: string) => found(text).filter((value) => value.startsWith(`${category}:`));

describe("cue words: passwords", () => {
  it("reads misspelt password words", () => {
    expect(of("password", "my cousin's pasword for the router is Heron-Gate-5521, is that ok?")).toEqual(["password:Heron-Gate-5521"]);
    expect(of("password", "passwrod: Quill7#Harbour (Dana's laptop)")).toEqual(["password:Quill7#Harbour"]);
    expect(of("password", "Mein Onkel schrieb: Paswort ist Lindwurm#2210")).toEqual(["password:Lindwurm#2210"]);
    expect(of("password", "mot de pass du compte de Luc : Falaise_88!")).toEqual(["password:Falaise_88!"]);
  });
  it("reads a key or padlock emoji as a password label when the value has a digit", () => {
    expect(of("password", "shared note from Ines: 🔑 Marigold$Fox31 for the alarm app")).toEqual(["password:Marigold$Fox31"]);
    expect(of("password", "🔐 Otter_Lantern_904")).toEqual(["password:Otter_Lantern_904"]);
  });
  it("reads Spanish chat's 'la contra de …' and the unaccented 'contrasena'", () => {
    expect(of("password", "la contra del wifi de mi tía es Cactus_4471, no la cambies")).toEqual(["password:Cactus_4471"]);
    expect(of("password", "la contrasena de la cuenta de Hugo es Naranja#908")).toEqual(["password:Naranja#908"]);
  });
  it("leaves emoji labels without a value, misspelt words in questions and 'contra' as a preposition alone", () => {
    expect(of("password", "🔑 Check-in: 15:00, 🔐 Netflix and 🔑 Self-check-in instructions below")).toEqual([]);
    expect(of("password", "🔑 Password: •••••••• — how do I add a show/hide toggle?")).toEqual([]);
    expect(of("password", "I forgot my pasword, how do I reset it on Outlook?")).toEqual([]);
    expect(of("password", "votaron en contra de la reforma 2024-B, es lo que dijo la prensa")).toEqual([]);
    expect(of("password", "el partido contra el Betis es a las 20:00")).toEqual([]);
  });
});

describe("cue words: dates of birth", () => {
  it("reads birth-date shorthand, misspellings and the cake emoji", () => {
    expect(of("date_of_birth", "new contact: Omar Said, b'day 3 July 1991, met at the climbing gym")).toEqual(["date_of_birth:3 July 1991"]);
    expect(of("date_of_birth", "Kid's form: Leo Brandt, birthdat 09/14/2013")).toEqual(["date_of_birth:09/14/2013"]);
    expect(of("date_of_birth", "Anmeldung für Paul Ziegler, Geb.-Dat. 17.02.2014")).toEqual(["date_of_birth:17.02.2014"]);
    expect(of("date_of_birth", "Fiche : Inès Carpentier, date de naiss. 02/05/1988")).toEqual(["date_of_birth:02/05/1988"]);
    expect(of("date_of_birth", "NOMBRE: LUIS PONCE, FECHA NAC.: 11/03/1979")).toEqual(["date_of_birth:11/03/1979"]);
    expect(of("date_of_birth", "Card for my neighbour Edna Frost 🎂 21.08.1944 💊 on blood thinners")).toEqual(["date_of_birth:21.08.1944"]);
    expect(of("date_of_birth", '<input name="name" value="Rhea Kapoor"><input autocomplete="bday" value="1996-01-30">')).toEqual(["date_of_birth:1996-01-30"]);
  });
  it("reads a date named a grandparent's birthday after it", () => {
    expect(of("date_of_birth", "02.10.1950 – das ist Opas Geburtstag, er wird 76")).toEqual(["date_of_birth:02.10.1950"]);
  });
  it("leaves public figures' dates, founding dates, anniversaries and form bounds", () => {
    expect(of("date_of_birth", "🎂 Beyoncé Knowles 🎂 September 4, 1981, born in Houston")).toEqual([]);
    expect(of("date_of_birth", "🎂 gegründet am 3. März 1991 · unsere Firma feiert")).toEqual([]);
    expect(of("date_of_birth", "12.06.2010 c'est mon anniversaire de mariage, Paul Girard")).toEqual([]);
    expect(of("date_of_birth", '<input type="date" autocomplete="bday" min="1900-01-01" max="2010-12-31">')).toEqual([]);
  });
});

describe("cue words: phones and addresses", () => {
  it("reads Spanish phone shorthand", () => {
    expect(of("phone", "Lista: Sra. Vidal tfno. 634 82 19 07")).toEqual(["phone:634 82 19 07"]);
    expect(of("phone", "Sr. Prieto móv. 677 310 948")).toEqual(["phone:677 310 948"]);
  });
  it("keeps a number noted as personal when a switchboard is named after it", () => {
    expect(of("phone", "Dis à Hélène de m'appeler au 06 81 27 44 93 (perso) plutôt qu'au standard.")).toEqual(["phone:06 81 27 44 93"]);
  });
  it("reads slang and misspelt address labels", () => {
    expect(of("street_address", "visiting Lukas next week, his addy is Kingsmead 14, 3012 Bern")).toEqual(["street_address:Kingsmead 14, 3012 Bern"]);
    expect(of("street_address", "Pour le colis de Marc : mon adrese c'est 14 rue des Tanneurs, 67000 Strasbourg")).toEqual([
      "street_address:14 rue des Tanneurs, 67000 Strasbourg",
    ]);
  });
  it("leaves a business's own café or bakery, a museum's sign and a Rails symbol list", () => {
    expect(found("Bio für unsere Konditorei: 🍰 Café Rosa · 📞 089 21019980 · 📍 Sendlinger Straße 12, 80331 München")).toEqual([]);
    expect(found("Our bakery's Facebook blurb: 🥐 Crumb & Co · 📞 (617) 354-2291 · 📍 88 Mass Ave, Cambridge")).toEqual([]);
    expect(
      found(
        "Translate the plaque: Museo Sorolla — Teléfono / Phone: +34 913 10 15 84 — Dirección / Address: Paseo del General Martínez Campos 37, 28010 Madrid.",
      ),
    ).toEqual([]);
    expect(found("params.require(:order).permit(shipping: [:line1, :line2, :postcode]) returns unpermitted")).toEqual([]);
  });
  // Closed in session 52 (public-context.ts BUSINESS_NAME_HEAD: a shop's name head is no given name).
  it("a business whose name reads like a person's (Maison Kayser, Casa Lucio, Chez Martin) is still the business's", () => {
    expect(found("Bio de notre boulangerie : 🥖 Maison Kayser · ☎️ 01 44 07 01 42 · 📍 place du Marché")).toEqual([]);
    expect(found("Für unser Café: Casa Lucio · Tel. 030 4492 1187 · Kreuzberg")).toEqual([]);
    expect(found("Texte pour notre restaurant : Chez Martin · ☎️ 04 78 42 11 90 · ouvert du mardi au samedi")).toEqual([]);
  });
  it("keeps a person named after the business's cue", () => {
    expect(of("phone", "Pour notre boulangerie, appelez Marie Dubois au 06 12 34 56 78")).toEqual(["phone:06 12 34 56 78"]);
    expect(of("phone", "Bio de notre boulangerie : Maison Kayser — gérante Claire Martin, portable 06 81 27 44 93")).toEqual(["phone:06 81 27 44 93"]);
  });
  // Closed in session 52 (public-context.ts SERVICE_CUE: a store's, shop's or branch's phone label).
  it("an all-capitals store notice (STORE TEL NO, CUSTOMER SERVICE ADDR) and other store lines are the store's", () => {
    expect(found("MAKE THIS FRIENDLIER: STORE TEL NO: (718) 622-4100, CUSTOMER SERVICE ADDR: 200 EASTERN PKWY, BROOKLYN NY 11238.")).toEqual([]);
    expect(found("Store phone: (718) 622-4100")).toEqual([]);
    expect(found("Filiale / Branch line: 030 4492 1187")).toEqual([]);
  });
  it("keeps a person's number after a store's word", () => {
    expect(of("phone", "the store number is 4471 and my phone is (718) 622-4100")).toEqual(["phone:(718) 622-4100"]);
    expect(of("phone", "Store tel no: ask Dave Miller, his cell (718) 622-4100")).toEqual(["phone:(718) 622-4100"]);
  });
  // Closed in session 52 (care-person.ts: capitalised shorthand in a run after a history marker).
  it("clinical abbreviations after a named patient (French IRC, Spanish IC) are health", () => {
    expect(of("health", "Transmissions : M. Gérard Blin, ATCD IRC stade 3")).toEqual(["health:IRC"]);
    expect(of("health", "Paciente: Sr. Julián Ortega, antecedentes de IC y HTA")).toEqual(["health:IC", "health:HTA"]);
    expect(of("health", "Mme Lucie Perrin, 82 ans, ATCD : BPCO, FA sous anticoagulants")).toContain("health:FA");
  });
  it("no condition in the same abbreviations as a chat, a chip or a job, or without a person", () => {
    expect(of("health", "Que veut dire ATCD IRC dans un compte rendu ?")).toEqual([]);
    expect(of("health", "L'équipe de Gérard Blin a des antécédents sur IRC et Slack.")).toEqual([]);
    expect(of("health", "Juan Pérez: antecedentes de IC 555 en el circuito")).toEqual([]);
  });
});

describe("cue words: machine keys", () => {
  it("reads a birth-date key with 'date' after it and an owner prefix before a field name", () => {
    expect(of("date_of_birth", '{"patientName":"Ruth Ames","dobDate":"1968-04-23","ward":"B2"}')).toEqual(["date_of_birth:1968-04-23"]);
    expect(of("date_of_birth", '{"cust_name":"Ian Fox","cust_birthdate":"1990-10-02"}')).toEqual(["date_of_birth:1990-10-02"]);
  });
  it("leaves keys without values, other dates and a person column", () => {
    expect(found("interface Patient { dobDate: Date; pt_dx?: string } // which fields need encryption?")).toEqual([]);
    expect(found('{"passport_date":"2021-06-30","expiryDate":"2031-06-29","ptName":"Kim"}')).toEqual([]);
  });
});

describe("cue words: linear time", () => {
  it("stays linear on dense input for the widened cues", () => {
    expect(growth(found, repeatTo("24.11.1956 – das ist Omas "), 32_768)).toBeLessThan(8);
    expect(growth(found, repeatTo("🔑 Ab1-x la contra de la casa de mi Geb.-Dat. b'day pasword "), 32_768)).toBeLessThan(8);
  }, 120_000);
});
