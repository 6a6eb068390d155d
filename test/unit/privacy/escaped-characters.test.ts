import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";
import { decodeEscapes } from "../../../src/privacy/escapes.js";
import { foldLookAlikes } from "../../../src/privacy/look-alikes.js";

// Session 39 evasion review (issue #15): a value written in a form the value patterns did not read. Sentences of my own.
const CARD = "4172996089056538";
const grouped = (digits: string, separator: string) => digits.replace(/(\d{4})(?=\d)/g, `$1${separator}`);
/** One test per [label, text, expected finding]. */
const itFinds = (cases: Array<[string, string, string]>) =>
  it.each(cases)("%s", (_label, text, expected) => {
    expect(found(text)).toContain(expected);
  });
/** Hard negatives: no finding in any of the texts. */
const expectClean = (...texts: string[]) => expect(texts.filter((text) => found(text).length > 0)).toEqual([]);

describe("escaped characters are decoded before detection (escapes.ts); the whole escaped value is the finding", () => {
  itFinds([
    ["a URL-encoded @", "GET /api/users?email=jane.roe%40acme-mail.de&page=2", "email:jane.roe%40acme-mail.de"],
    ["a decimal HTML reference", "Reply to jane.roe&#64;acme-mail.de about the invoice.", "email:jane.roe&#64;acme-mail.de"],
    ["a hexadecimal HTML reference", "Reply to jane.roe&#x40;acme-mail.de today.", "email:jane.roe&#x40;acme-mail.de"],
    ["a named HTML reference", "Reply to jane.roe&commat;acme-mail.de today.", "email:jane.roe&commat;acme-mail.de"],
    ["a JSON \\u escape", '{"to": "jane.roe\\u0040acme-mail.de", "subject": "invoice"}', "email:jane.roe\\u0040acme-mail.de"],
    ["&nbsp; between card groups", `Is my card ${grouped(CARD, "&nbsp;")} still valid?`, `payment_card:${grouped(CARD, "&nbsp;")}`],
    ["%20 between card groups", `Is my card ${grouped(CARD, "%20")} still valid?`, `payment_card:${grouped(CARD, "%20")}`],
    [
      "JSON escapes for every digit",
      `{"card": "${[...CARD].map((digit) => `\\u003${digit}`).join("")}"}`,
      `payment_card:${[...CARD].map((d) => `\\u003${d}`).join("")}`,
    ],
    ["&#45; in a social security number", "My SSN is 536&#45;22&#45;1947, fill in the form.", "us_ssn:536&#45;22&#45;1947"],
  ]);

  it("a percent sign before two hex digits inside a password is no escape of a letter or digit", () => {
    expect(found("My e-Devlet password is Gunes.Kapi%77, keep it safe.")).toContain("password:Gunes.Kapi%77");
    expect(decodeEscapes("Kapi%77 100%42 a%2Db").changed).toBe(false);
  });

  it("maps decoded characters back to their escapes", () => {
    const decoded = decodeEscapes("a&#64;b%40c\\u0040d&amp;");
    expect(decoded.text).toBe("a@b@c@d&");
    expect([decoded.start(1), decoded.end(1)]).toEqual([1, 6]);
    expect([decoded.start(3), decoded.end(3)]).toEqual([7, 10]);
    expect([decoded.start(5), decoded.end(5)]).toEqual([11, 17]);
    expect([decoded.start(7), decoded.end(7), decoded.start(8)]).toEqual([18, 23, 23]);
    // 40 escapes: the offset records grow from none (made at the first escape, session 42) past 64 numbers.
    const many = decodeEscapes("x%40".repeat(40));
    expect([many.text, many.start(79), many.end(79), many.start(80)]).toEqual(["x@".repeat(40), 157, 160, 160]);
  });

  it("hard negatives: escaped text without a value stays clean", () => {
    expectClean(
      "Search https://example.com/find?q=r%C3%A9sum%C3%A9%20tips&page=2 for me",
      "AT&amp;T and H&amp;M both opened stores on 5th&nbsp;Avenue.",
      'In JSON write \\u00e9 for é and "\\u0026" for an ampersand.',
      "Growth was 20%, then 15%2C the report says; &#169; 2024 Acme Corp.",
      "Use %40 to encode @ and %2F for / in a URL path.",
    );
  });
});

describe("typographic dashes inside numbers (look-alikes.ts)", () => {
  it.each([
    ["an en dash", "\u2013"],
    ["a hyphen U+2010", "\u2010"],
    ["a non-breaking hyphen", "\u2011"],
    ["a minus sign", "\u2212"],
    ["an em dash", "\u2014"],
  ])("a social security number and a card number grouped with %s", (_label, dash) => {
    expect(found(`My SSN is 536${dash}22${dash}1947, fill in the form.`)).toContain(`us_ssn:536${dash}22${dash}1947`);
    expect(found(`Is my card ${grouped(CARD, dash)} still valid?`)).toContain(`payment_card:${grouped(CARD, dash)}`);
  });

  it("a phone number ending in a non-breaking hyphen is found whole", () => {
    expect(found("Call me on +49 (151) 2345\u20116789 tonight.")).toContain("phone:+49 (151) 2345\u20116789");
  });

  it("hard negatives: ranges, dates, versions and product codes", () => {
    expectClean(
      "Read pages 10\u201320 and chapters 3\u20135 before 2024\u201312\u201306.",
      "Upgrade from v4.1\u20132 to v4.2; part no. 4172\u20139960\u2013XL fits the 1990\u20132020 models.",
      "Paris\u2013London trains run daily \u2014 see the timetable.",
    );
    expect(foldLookAlikes("Paris\u2013London, 10 \u2013 20, a\u2014b")).toBe("Paris\u2013London, 10 \u2013 20, a\u2014b");
  });
});

describe("homoglyph letters in a word of two scripts (look-alikes.ts)", () => {
  itFinds([
    ["a Cyrillic а in 'password'", "My p\u0430ssword for the bank is hummingbird77!", "password:hummingbird77!"],
    ["Cyrillic а and о in 'Password'", "P\u0430ssw\u043erd: hummingbird77!", "password:hummingbird77!"],
    ["a Greek omicron in 'password'", "My passw\u03bfrd is hummingbird77!", "password:hummingbird77!"],
    ["a Cyrillic р in 'pin'", "my \u0440in is 4829", "password:4829"],
    ["a Latin o in the Russian 'пароль'", "Мой пар\u006fль: hummingbird77!", "password:hummingbird77!"],
  ]);

  it("words of one script are never changed; a word of two scripts goes to the script its letters allow", () => {
    const russian = "Москва — столица России, а Сочи — курорт. Ελλάδα και Κύπρος.";
    expect(foldLookAlikes(russian)).toBe(russian);
    expect(foldLookAlikes("p\u0430ssword")).toBe("password");
    expect(foldLookAlikes("пар\u006fль")).toBe("пароль");
    // "ж" has no Latin look-alike and "w" no Cyrillic one: left as it is.
    expect(foldLookAlikes("жw")).toBe("жw");
  });

  it("hard negatives: Russian and Greek prose with Latin brand names stays clean", () => {
    expectClean("Купил iPhone 15 и MacBook Air, пароль от Wi-Fi спрошу у администратора.", "Το νέο Windows 11 έχει καλύτερη ασφάλεια κωδικών.");
  });
});

describe("letter-spaced values grouped with hyphens (letter-spacing.ts)", () => {
  const spaced = (value: string) => value.replace(/(?<=[^-])(?=[^-])/g, " ").replace(/ -|- /g, "-");
  it("a card number and a social security number written '4 1 7 2-9 9 6 0-…'", () => {
    const card = spaced(grouped(CARD, "-"));
    expect(card).toBe("4 1 7 2-9 9 6 0-8 9 0 5-6 5 3 8");
    expect(found(`Is my card ${card} still valid?`)).toContain(`payment_card:${card}`);
    expect(found("My SSN is 5 3 6-2 2-1 9 4 7, fill in the form.")).toContain("us_ssn:5 3 6-2 2-1 9 4 7");
  });

  it("hard negatives: spaced initials, scores and dates with hyphens", () => {
    expectClean("The score was 3 1-0 2 in sets 6-4 6-3 and 7-5.", "J. R. R. Tolkien, A-Z of 1 2 3-4 5", "Dates 1-2 3-4 5-6 7-8 were free.");
  });
});

describe("a social security number dictated in words (spoken-digits.ts)", () => {
  itFinds([
    ["after 'SSN', with hyphens", "My SSN is five three six - two two - one nine four seven.", "us_ssn:five three six - two two - one nine four seven"],
    [
      "after 'social security number'",
      "my social security number is five three six two two one nine four seven",
      "us_ssn:five three six two two one nine four seven",
    ],
  ]);

  it("hard negatives: four digits of it, a counting run, a number outside the issued ranges", () => {
    expectClean(
      "my ssn ends in one nine four seven",
      "The SSN has nine digits: one two three four five six seven eight nine",
      "An SSN never starts with nine: nine one two three four five six seven eight is invalid.",
    );
  });
});

describe("an e-mail address with its dots and @ written as words (contact.ts)", () => {
  itFinds([
    ["' dot ' in the local part", "Draft a reply to jane dot roe at acme-mail dot de about the invoice.", "email:jane dot roe at acme-mail dot de"],
    ["'[dot]' in the local part", "write to jane [dot] roe [at] acme-mail [dot] de", "email:jane [dot] roe [at] acme-mail [dot] de"],
    ["two dots and an initial", "mail john dot q dot public at gmail dot com now", "email:john dot q dot public at gmail dot com"],
  ]);

  it("hard negatives: a dot word with no address after it", () => {
    expectClean("The cat sat dot at home.", "We met at the station dot com bar, then walked home.");
  });
});
