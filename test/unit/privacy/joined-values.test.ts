import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";
import { findJoinedValues } from "../../../src/privacy/joined-values.js";

// Session 41 (issue #15): values cut by a line break, a soft break or a JSON \n escape. Invented values, valid checksums.
const expectClean = (...texts: string[]) => expect(texts.filter((text) => found(text).length > 0)).toEqual([]);

describe("values joined across one break (joined-values.ts)", () => {
  it.each([
    [
      "an IBAN cut by an OCR line break",
      "OCR:\nEmpfänger: Jonas Albrecht\nIBAN: DE44 5001 0517\n5407 3249 31\nBetrag: 240 EUR",
      "iban:DE44 5001 0517\n5407 3249 31",
    ],
    ["a card cut inside a group", "Card number: 4539 1488 03\n43 6467\nExp 09/28", "payment_card:4539 1488 03\n43 6467"],
    ["a phone number in a JSON string", '{"ocr": "Patient: Rahul Menon\\nPhone: +91 98470\\n 21536\\nRef: 88"}', "phone:+91 98470\\n 21536"],
    ["an address cut by a soft break", "send the forms to hannah.weiss=\n@gmx.de before Friday", "email:hannah.weiss=\n@gmx.de"],
    ["an address cut by a line break", "her new address is fz.elidrissi@ho\ntmail.fr — my editor wrapped it", "email:fz.elidrissi@ho\ntmail.fr"],
  ])("%s", (_label, text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it("test cards, example IBANs, role addresses, tables and complete values on either side are not joined into a finding", () => {
    expectClean(
      "Stripe test card from the docs: 4242 4242 42\n42 4242, any CVC",
      "From the ECBS PDF, example: DE89 3704 0044\n 0532 0130 00",
      "Unsubscribe: support@exam=\nple.com",
      "Quarterly revenue (EUR thousands):\nQ1 2026 5512 8744\nQ2 2026 0912 8331",
    );
    expect(findJoinedValues("Population by district:\n| Nordstadt | 4539 1488 |\n| Südstadt | 0343 6467 |", 8)).toEqual([]);
    expect(findJoinedValues("Einwohner 2023: 3 878 100\n2024: 3 897 145", 8)).toEqual([]);
    expect(findJoinedValues("mail me at ailbhe@eircom.net\nThanks", 8)).toEqual([]);
    expect(findJoinedValues("write to\nailbhe@eircom.net", 8)).toEqual([]);
    // Decorators after a line of code or prose: no address (recorded public prompts had six such texts).
    expect(findJoinedValues("# Define a function to handle the HTTP request\n@app.route('/plot', methods=['POST'])", 8)).toEqual([]);
    expect(findJoinedValues("    return render(data)\n@app.get_home\ndef home():", 8)).toEqual([]);
  });

  it("is bounded: at most 256 breaks looked at, at most `limit` values", () => {
    const many = "IBAN DE44 5001 0517\n5407 3249 31\n".repeat(400);
    expect(findJoinedValues(many, 64)).toHaveLength(64);
    expect(findJoinedValues("1 2\n3 4\n".repeat(10_000) + "IBAN DE44 5001 0517\n5407 3249 31", 64)).toEqual([]);
  });
});
