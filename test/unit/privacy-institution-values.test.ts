import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../src/privacy/index.js";
import { found } from "./privacy-helpers.js";

/**
 * Session 44 (s44-negatives, dev-57): a bank's own routing number or sort code, a sample cheque's or an organisation's
 * payment page's numbers, a legislature's published office mailbox and a password the text shows "as an example" are
 * nobody's; the same values claimed by a person stay reported.
 */
const of = (category: string, text: string) => found(text).filter((finding) => finding.startsWith(`${category}:`));

describe("values that are an institution's or an example", () => {
  it.each([
    ["bank_account", "Wells Fargo's routing number for California is 121042882, right?"],
    ["bank_account", "The specimen cheque in the leaflet shows routing 026009593 and account 4417829013 — which is which?"],
    ["bank_account", "The council's payment page lists sort code 30-96-26 and account 48201937 for parking fines."],
    ["email", "The Bundestag site lists anna.beispielfrau@bundestag.de as her office address; write to her about rail."],
    ["password", "The poster shows 'Winter2023!' as an example of a password attackers guess first."],
  ])("%s: %s", (category, text) => {
    expect(of(category, text)).toEqual([]);
  });
});

describe("the same shapes claimed by a person stay reported", () => {
  it.each([
    ["bank_account", "My routing number is 121042882 and my account is 3318402957.", "3318402957"],
    ["bank_account", "Tom's sort code is 20-45-77 and account 55810342, pay him back.", "55810342"],
    ["bank_account", "my sort code is 40-12-76, is that a Lloyds branch?", "40-12-76"],
    ["email", "My cousin's private mail is lena.kowalski@proton.me, and her office one is on parliament.uk", "lena.kowalski@proton.me"],
    ["password", "I use 'Winter2023!' as my Dropbox password, is it strong?", "Winter2023"],
  ])("%s: %s", (category, text, value) => {
    expect(of(category, text).some((finding) => finding.includes(value))).toBe(true);
  });
});

describe("gaps left by session 44, closed in session 46", () => {
  it("a provider's documented Sandbox bank numbers are nobody's (Plaid's test accounts; the routing goes with them)", () => {
    expect(of("bank_account", "Plaid's docs use routing number 011401533 and account 1111222233330000 for sandbox testing.")).toEqual([]);
    expect(of("bank_account", "account: 1111222233331111 routing: 011401533")).toEqual([]);
    // Hard negatives: the same routing number with a real account, and the test account under testValues: sensitive.
    expect(of("bank_account", "My routing number is 011401533 and my account is 3318402957.")).toEqual(["bank_account:011401533", "bank_account:3318402957"]);
    expect(of("bank_account", "Plaid sandbox account 1111222233330000, but my routing number is 121042882")).toEqual(["bank_account:121042882"]);
    const strict = createPrivacyScanner({ testValues: "sensitive" });
    const text = "Plaid's docs use routing number 011401533 and account 1111222233330000 for sandbox testing.";
    expect(strict.scan(text).map((finding) => text.slice(finding.start, finding.end))).toEqual(["011401533", "1111222233330000"]);
  });
  it("an organisation's 'our' before its documents is no claim on an example password", () => {
    expect(of("password", "Our docs say: never use a password like 'letmein123' anywhere.")).toEqual([]);
    expect(of("password", "Our security policy says: a password like 'Summer2024!' is too weak.")).toEqual([]);
    // Hard negatives: "our" before the password itself, or "my" elsewhere, still claims it.
    expect(of("password", "Our wifi password is like 'letmein123', easy to remember.")).toContain("password:letmein123");
    expect(of("password", "Our docs mention passwords; my password is 'Harbour!2291'.")).toContain("password:Harbour!2291");
  });
});
