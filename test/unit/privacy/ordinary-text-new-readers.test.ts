import { describe, expect, it } from "vitest";
import { foldQuotedReplies } from "../../../src/privacy/quoted-replies.js";
import { found } from "../privacy-helpers.js";

/**
 * Session 44 review of session 44's readers (ocr-digits.ts, quoted-replies.ts, spoken TFN/SIN/Aadhaar, lower-case
 * relatives, values before labels, PINs after a line break, manifest rows, passport objects, institutions' bank
 * numbers): false alarms on ordinary text first, then bypasses. Fixed findings are plain tests; gaps left open are
 * `it.fails` probes named by what is missing.
 */
const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("session 44 review: ordinary text the new readers leave alone", () => {
  it("reads no OCR digit in product codes, formulas, versions, colours or technical prose as personal data", () => {
    for (const text of [
      "Our SKU list: AB-1O23, PX-I0, model TX-2l00, serial SN 4O5l-229I-88O2",
      "Set the background to #1O2O3O and the border to #FF00I1 in the theme.",
      "The reaction consumes O2 and releases CO2; H2O is the product, and I2 is iodine.",
      "lOl that was funny, the I0 bus was late again",
      "Part numbers: 10O-4412, 1OO-4413, 2I0-5561 are out of stock.",
      "Firmware build 2O2I.O4.I5 fixed the bootloader.",
      "The chip is an STM32F1O3 and the regulator is an LM1l17.",
      "Error code 0x8OO7OOO5 when installing",
    ])
      expect(found(text), text).toEqual([]);
  });

  it("leaves quoted code discussions, lower-case nouns after kinship words and numbers before other labels alone", () => {
    for (const text of [
      "> On Tue, Bob wrote:\n> the function returns 0 when the list is empty\n> and I think we should call it with 1 instead",
      "> the diabetes\n> module in our codebase needs refactoring",
      "my sis grace period ends on Friday, the library extended it",
      "my dad bill payment portal keeps timing out",
      "my mum hope is that I pass the exam, she worries about my depression",
      "room 4821 PIN pad is broken, call maintenance",
      "4412 is the room number, PIN not required",
      "0000 is the default PIN on most bluetooth speakers",
      "id,name,P,score\n1,alpha,882341,0.5\n2,beta,119023,0.7",
      "Flight manifest (sample from the airline's API docs):\nPAX|DOE|JOHN|M|19800101|USA|P|123456789|20300101",
    ])
      expect(found(text), text).toEqual([]);
  });

  it("judges a company's bank details nobody's, unless a bank, a person or a personal cue holds them", () => {
    expect(has("Acme Corp statement: account 12345678, sort code 20-00-00, balance £12,400", "bank_account")).toBe(false);
    expect(has("Company bank details for invoices: Globex Ltd, BSB 062-000, account 1234 5678", "bank_account")).toBe(false);
    expect(found("Globex Ltd pays my salary into account 41829370, sort code 20-45-77")).toContain("bank_account:41829370");
    expect(found("Payroll from Acme Inc: employee Jane Doe, account 41829370, routing 021000021")).toContain("bank_account:41829370");
    expect(found("Barclays Bank PLC, sort code 20-00-00, account 12345678 in the name of Mr J. Smith")).toContain("bank_account:12345678");
  });

  it("does not read a part number under a PIN heading of a pinout as a PIN (closed in session 46)", () => {
    expect(has("Pinout of the ESP32 header:\nPIN\n2241\nis the part number of the connector", "password")).toBe(false);
  });

  it("does not read a DOB column's date as a birth date when the row's name is a product (closed in session 46)", () => {
    expect(has("NAME,DOB,NAT,DOC\nWidget,2020-01-01,GBR,P", "date_of_birth")).toBe(false);
  });
});

describe("session 44 review: small variations of the new readers", () => {
  it("reads a PIN or phone number before its label after an arrow or in brackets", () => {
    expect(found("5093 <- my pin")).toContain("password:5093");
    expect(found("5093 (my PIN)")).toContain("password:5093");
    expect(found("07923 514 882 <- my number")).toContain("phone:07923 514 882");
    expect(has("1234 (default pin)", "password")).toBe(false);
  });

  it("reads auntie and aunty as relation words before a lower-case name", () => {
    expect(found("my auntie anna has diabetes")).toContain("health:diabetes");
    expect(found("my aunty anna has diabetes")).toContain("health:diabetes");
  });

  it("reads past a two-letter or bracketed issuing state between the passport label and its number", () => {
    expect(found("Doc: passport (GBR) 548217390")).toContain("passport:548217390");
    expect(found("Doc: passport GB 548217390")).toContain("passport:548217390");
    expect(has("Het specimen-paspoort toont nummer SPECI2014.", "passport")).toBe(false);
  });

  it("reads a passport object written in YAML, and not a phone object's number after it", () => {
    expect(has('name: Erik Halvorsen\npassport:\n  number: "32891746"\n  country: NOR', "passport")).toBe(true);
    expect(found("name: Erik Halvorsen\npassport:\n  country: NOR\n  number: 32891746\n")).toContain("passport:32891746");
    expect(has('passport:\n  country: NOR\nphone:\n  number: "32891746"', "passport")).toBe(false);
  });

  it("reads a face template id (a UUID's first groups) of a named person, and not in an API reference", () => {
    expect(found("customer: Montserrat Puig, face template id: 7c3b2d4f-1e9a-8e21")).toContain("biometric:7c3b2d4f-1e9a-8e21");
    expect(has("face template id: 7c3b2d4f-1e9a-8e21 in the API docs", "biometric")).toBe(false);
  });

  it("reads OCR's pipe and lower-case o as the digits 1 and 0 inside a number (closed in session 48)", () => {
    expect(found("DELIVER TO: Aisha Bello\nTel 07923 5|4 882")).toContain("phone:07923 5|4 882");
    expect(found("DELIVER TO: Aisha Bello\nTel o7923 5l4 882")).toContain("phone:o7923 5l4 882");
    // Hard negatives: a pipe or an o beside digits outside a grouped number of nine characters or more.
    expect(found("Tel 07923 5|4")).toEqual([]);
    expect(found("Score: S3 5|4 then 2o2")).toEqual([]);
    expect(found("The ratio 5|4 held in batch 07923 and in 882 more.")).toEqual([]);
  });

  it("reads OCR's S as 5 inside a labelled tax file number (closed in session 48)", () => {
    expect(has("Payee: Lachlan Byrne\nTFN 2I7 S37 O9S\nGross payments", "national_id")).toBe(true);
    // Hard negative: an S beside digits in words ("S3 bucket"), not in a run of number groups.
    expect(has("Payee: Lachlan Byrne\nRef S3 bucket 2024 O9S\nGross payments", "national_id")).toBe(false);
    // An IBAN's letter S beside a code group stays a letter: the IBAN is read as written.
    expect(found("în contul RO15 BTRL 0130 1202 S183 42XX.")).toEqual(["iban:RO15 BTRL 0130 1202 S183 42XX"]);
  });

  it("reads a spoken TFN or SIN whose label is spelled out in letters or dots (closed in session 45)", () => {
    expect(has("ok so your T F N is three one oh nine one six nine six oh right", "national_id")).toBe(true);
    expect(has("my S.I.N. is two nine four eight nine eight eight one two", "national_id")).toBe(true);
    // Hard negatives: the checksum fails, and the letters glued into another word.
    expect(has("my s i n is two nine four eight nine eight eight one three", "national_id")).toBe(false);
    expect(has("the cost.f.n is three one oh nine one six nine six oh", "national_id")).toBe(false);
  });

  it("reads 'double' in a spoken Aadhaar number (closed in session 45)", () => {
    expect(has("my aadhaar is two double three four five six seven eight nine zero one five", "national_id")).toBe(true);
    expect(found("my pin is four double seven two one")).toContain("password:four double seven two one");
    // Hard negatives: the digits with "double" fail the checksum, no cue, and "double" not before a digit word.
    expect(has("my aadhaar is two double four four five six seven eight nine zero one five", "national_id")).toBe(false);
    expect(found("we said two double three four five six seven eight nine zero one five in the drill")).toEqual([]);
    expect(found("my pin is four double check it")).toEqual([]);
  });

  it("reads a relative's name in brackets or after 'ma'", () => {
    expect(has("my mum (anna) has diabetes", "health")).toBe(true);
    expect(has("my mum (Anna) has diabetes", "health")).toBe(true);
    expect(has("my ma anna has diabetes", "health")).toBe(true);
    expect(has("my mum (still) has diabetes", "health")).toBe(false);
  });

  it("reads a quoted reply whose quote mark is a pipe, and leaves a table's rows as they are", () => {
    expect(has("On Tue, Hannah wrote:\n| Hi Sam, I'll be off for two weeks, I've had a\n| miscarriage and my GP signed me off.", "health")).toBe(true);
    expect(foldQuotedReplies("| I've had a\n| miscarriage")).toBe("  I've had a   miscarriage");
    expect(foldQuotedReplies("| name | diagnosis |\n| anna | flu |")).toBe("| name | diagnosis |\n| anna | flu |");
  });
});
