import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";
import { growth, repeatTo } from "../../helpers/linear-growth.js";

const of = (prefix: string, text: string) => found(text).filter((value) => value.startsWith(prefix));

// Session 49 probes (issue #15): false alarms of older rules seen in the session 48 review, each with a near twin.
describe("session 49 probes: older rules' false alarms", () => {
  it("reads no National Insurance number in a product code after SKU, and still one after its label", () => {
    expect(of("national_id:", "Order SKU AB123456C — blue mug, 12 pack")).toEqual([]);
    expect(of("national_id:", "Part no. AB123456C is out of stock until May")).toEqual([]);
    expect(of("national_id:", "Order AB123456C for me, my NI number is AB123456C")).toContain("national_id:AB123456C");
    expect(of("national_id:", "My NI number is AB123456C, is that the right format?")).toEqual(["national_id:AB123456C"]);
  });

  it("reads no person in a brand named with a title (Uncle Ben's rice), and still the uncle called Ben", () => {
    expect(of("health:", "Uncle Ben's rice with metformin — is it OK to eat together?")).toEqual([]);
    expect(of("health:", "My uncle Ben takes metformin twice a day.")).toContain("health:metformin");
    expect(of("health:", "Uncle Ben's metformin ran out, can he skip a day?")).toContain("health:metformin");
  });

  it("reads the person after a title when no goods word follows the name (twin of Mr. Clean brand wipes)", () => {
    expect(of("health:", "Catheter care: Mr. Patel's catheter was changed today.")).toContain("health:catheter");
    expect(of("health:", "Mr. Clean needs his catheter changed today.")).toContain("health:catheter");
  });

  it("reads a Russian company's ten-digit INN beside its KPP written in Latin letters as the company's", () => {
    expect(of("national_id:", "Russian supplier details: INN 7707083893, KPP 123456789, please add them to the invoice")).toEqual([]);
    expect(of("national_id:", "Vektor LLC — INN 7707083893 / KPP 773601001")).toEqual([]);
    expect(of("national_id:", "My INN is 7707083893, can you check it?")).toEqual(["national_id:7707083893"]);
  });
});

// Near twins of the probes closed in session 49: the fix reads the probe and leaves its twin as it was.
describe("session 49 probes: near twins of the closed identity-number probes", () => {
  it("reads a dotted t.i.n. label only, not the metal", () => {
    expect(of("national_id:", "client: m. oduya, t.i.n. 912-83-4710")).toEqual(["national_id:912-83-4710"]);
    expect(of("national_id:", "a tin of 9 1 2 - 8 3 - 4 7 1 0 beads")).toEqual([]);
  });

  it("reads no counting run or short run typed one character at a time after ppt", () => {
    expect(of("passport:", "see ppt p 1 2 3 4 5 6 for the chart")).toEqual([]);
    expect(of("passport:", "ppt n 5 2 1 — PRT")).toEqual([]);
  });

  it("reads a grouped lower-case codice fiscale only with its check letter and one grouping", () => {
    expect(of("national_id:", "Correggi: c.f. glls fn71 d12d 612a ma non so se è giusto")).toEqual([]);
    expect(of("national_id:", "Correggi: c.f. glls fn71d12d 612z ma non so se è giusto")).toEqual([]);
  });

  it("keeps the pronoun I before a specimen a personal cue", () => {
    expect(of("national_id:", "I typed numer ABA300000 ze wzoru dowodu osobistego")).toEqual(["national_id:ABA300000"]);
  });

  it("reads C.I., ppt and EPIC no. in their document sense", () => {
    expect(of("national_id:", "Ecco la C.I. AB1234567 per il contratto")).toEqual(["national_id:AB1234567"]);
    expect(of("passport:", "Order ppt #A1234567 for the flight to Lisbon, please")).toEqual(["passport:A1234567"]);
    expect(of("national_id:", "my EPIC no. is ABC1234567")).toEqual(["national_id:ABC1234567"]);
    expect(of("national_id:", "name,EPIC no\nRavi,NBQ3918204")).toEqual(["national_id:NBQ3918204"]);
  });

  it("reads a CSV after its label only under a header that names a kind", () => {
    expect(of("passport:", "CSV: product,sku\nMug,AB1234567")).toEqual([]);
    expect(found("Excel: name,passport\nAnna Lind,AB1234567")).toEqual([]);
  });
});

describe("session 49 probes: near twins of the template-literal token", () => {
  it("reads no harmless template literal of literal pieces, nor one with a variable", () => {
    expect(found("const url = `https://${'api.example.com'}/v1/${'users'}`;")).toEqual([]);
    expect(found("const hex = `${'de'}${'ad'}${'be'}${'ef'}${'ca'}${'fe'}`;")).toEqual([]);
    expect(found("const greeting = `Hello ${name}, your code is ${'A1B2C3D4'}`;")).toEqual([]);
  });
});

describe("session 49 probes: near twins of the Hinglish 'me' before a firm's account", () => {
  it("keeps 'mere' and the English 'me' personal cues", () => {
    expect(found("mere account me daal do, Sharma Traders current a/c 001234567890")).toEqual(["bank_account:001234567890"]);
    expect(found('send me "Sharma Traders, current a/c 001234567890"')).toEqual(["bank_account:001234567890"]);
  });
});

describe("session 49 probes: near twins of the bare 'lic.'", () => {
  it("reads no software licence after a bare lic.", () => {
    expect(of("driver_license:", "please update my lic. D5530172 for the Adobe seat")).toEqual([]);
    expect(of("driver_license:", "car fleet software: lic. no. 44821936 of the seat")).toEqual([]);
  });
});

describe("session 49 probes: near twin of Zuzia Mazur (2a)", () => {
  it("reads no person in a capitalised word and a surname before a year in parentheses", () => {
    expect(of("health:", "Notatka pielęgniarki szkolnej: Klinika Mazur (2019) – padaczka, ulotka dla rodziców.")).toEqual([]);
  });
});

describe("session 49 probes: near twins of the health idioms", () => {
  it("reads a fever of a temperature, a time or a length, and a case of a health word", () => {
    expect(of("health:", "Paulo está com febre de 39 graus desde ontem.")).toEqual(["health:febre"]);
    expect(of("health:", "Ania ma gorączkę ostatniej nocy.")).toEqual(["health:gorączkę"]);
    expect(of("health:", "Rohit ko bukhar hai teen din ka.")).toEqual(["health:bukhar"]);
    expect(of("health:", "Noah was diagnosed with a bad case of shingles.").join()).toContain("shingles");
    expect(of("health:", "Jack has a migraine since Monday.")).toEqual(["health:migraine"]);
  });
});

describe("session 49 probes: near twins of the reversed password", () => {
  it("reads a reversed literal only as a credential where its name says so", () => {
    expect(found('String greeting = new StringBuilder("dlrow olleh").reverse().toString();')).toEqual([]);
    expect(found('title = "9102-nommoC-elppA"[::-1]')).toEqual([]);
    expect(found('password = "9102-nommoC-elppA"[::-1]')).toHaveLength(1);
  });
});

describe("session 49 probes: near twins of the Chinese debt to the writer", () => {
  it("reads no debt of an unnamed person or of a word that is no name", () => {
    expect(found("他欠了我3万5千元，怎么写借条？")).toEqual([]);
    expect(found("所以欠了我3万5千元的人是谁？")).toEqual([]);
  });
});

describe("session 49 probes: near twins of the birth date told in pieces", () => {
  it("reads no date when the day and year words tell no numbers, nor the writer's own", () => {
    expect(of("date_of_birth:", "Sophie Chen was born in April. The day was sunny, the year was hard.")).toEqual([]);
    expect(of("date_of_birth:", "I was born in April. The day was the 3rd, the year 1991.")).toEqual([]);
  });
});

// Two checks only (CI time): the other new pieces are measured in the session 49 write-up.
describe("session 49 probes: the whole scan stays linear on the new rules' pieces repeated", () => {
  it("is linear on brands, spaced passports and C.I. repeated", () => {
    expect(growth(found, repeatTo("Uncle Ben's rice Mr. Clean brand ppt n 5 2 1 9 0 3 C.I. AB1234567 runner "), 16_384)).toBeLessThan(8);
  });
  it("is linear on template and reversed literals repeated", () => {
    expect(growth(found, repeatTo("`xoxb-${'12345678'}-'abcdefgh'[::-1] new StringBuilder(\"abcdefgh\").reverse() "), 16_384)).toBeLessThan(8);
  });
});
