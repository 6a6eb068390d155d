import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

// Session 47 review (issue #15): ordinary texts beside the evasion rules merged today (digits between separators,
// defanged IPs, reverse cues, "social" as an SSN cue, DOB columns) and sensitive variants written to slip past them.
// Values and sentences of my own; every card passes Luhn, every SSN is in the issued ranges.
describe("evasions that slipped past today's rules are found", () => {
  it.each([
    [
      "one digit per backslash",
      "charge my card 4\\5\\5\\6\\7\\3\\0\\1\\8\\8\\2\\9\\4\\4\\1\\9 please",
      "payment_card:4\\5\\5\\6\\7\\3\\0\\1\\8\\8\\2\\9\\4\\4\\1\\9",
    ],
    ["'social =' before digits between pipes", "Kevin's social = 2|8|7|6|1|4|4|0|3", "us_ssn:2|8|7|6|1|4|4|0|3"],
    ["a partly defanged IP", "home IP 73[.]241[.]18.206 — whitelist it", "ip_address:73[.]241[.]18.206"],
    ["a regex-escaped IP", "deny ^73\\.241\\.18\\.206$ in the proxy", "ip_address:73\\.241\\.18\\.206"],
    ["'flip the digits' as a reverse cue", "Flip the digits: card number 1527713309841225 (Mia Lopez)", "payment_card:1527713309841225"],
    ["a reversed card on the line after the cue", "read it backwards — my card is\n1527713309841225", "payment_card:1527713309841225"],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toEqual([expected]);
  });
});

describe("ordinary texts near today's rules stay unflagged", () => {
  it.each([
    ["a dictated version number after 'upgrade to'", "Upgrade to 2 dot 14 dot 3 dot 1 before Friday"],
    ["a chapter number with dot words", "Chapter 3 dot 1 dot 4 dot 2 covers defanging"],
    ["a defanged version in release notes", "Release notes 3(.)2(.)1(.)0 fixed crashes"],
    ["a section number, partly defanged", "Section 2[.]4[.]1[.]3 of the RFC"],
    ["a regex-escaped private IP", "escaped regex 192\\.168\\.1\\.1 in nginx"],
    ["a setting named social", "social = true\nmax_users = 287614403"],
    ["a historical DOB column", "| name | DOB | city |\n|---|---|---|\n| Ada Lovelace | 1815-12-10 | London |"],
    ["a genealogy DOB label", "Family tree: John Smith, DOB 1842-05-03, died 1901"],
    ["a LaTeX matrix between backslashes", "the matrix 1\\0\\0\\1\\0\\1\\0\\0\\1 is a LaTeX hack"],
    ["a reverse-string exercise with a test card on the next line", "Reverse this:\n4111111111111111"],
  ])("%s", (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it("still reads a living person's DOB and a plain version-free IP", () => {
    expect(found("Kevin Alvarez, DOB 1987-03-02")).toEqual(["date_of_birth:1987-03-02"]);
    expect(found("Upgrade the firewall rule for 73.241.18.206")).toEqual(["ip_address:73.241.18.206"]);
  });
});

// Gaps of session 47's review, closed in session 48 (letter-spacing.ts, group-separators.ts, leet-words.ts).
describe("evasions closed in session 48", () => {
  it.each([
    ["digits between spaced pipes", "card 4 | 5 | 5 | 6 | 7 | 3 | 0 | 1 | 8 | 8 | 2 | 9 | 4 | 4 | 1 | 9 for Mia", "payment_card"],
    [
      "one digit per Windows line",
      "card for Mia:\r\n4\r\n5\r\n5\r\n6\r\n7\r\n3\r\n0\r\n1\r\n8\r\n8\r\n2\r\n9\r\n4\r\n4\r\n1\r\n9\r\nexp 11/27",
      "payment_card",
    ],
    ["an SSN one digit per comma", "my social: 2,8,7,6,1,4,4,0,3 thanks", "us_ssn"],
    ["a leetspeak condition with ! and @", "My colleague Priya Shah has d!abetes and d1@betes", "health"],
    ["a letter-spaced e-mail with 'at'", "His mail is r o b e r t . f a l k at p r o t o n . m e, add him", "email"],
    ["a hyphen-spaced e-mail", "His mail is r-o-b-e-r-t-.-f-a-l-k-@-p-r-o-t-o-n-.-m-e, add him", "email"],
  ])("%s", (_name, text, category) => {
    expect(found(text).some((value) => value.startsWith(`${category}:`))).toBe(true);
  });

  // Hard negatives, one for each form: the same marks around values that are no one's.
  it.each([
    ["a card-shaped number between spaced pipes that fails Luhn", "card 4 | 5 | 5 | 6 | 7 | 3 | 0 | 1 | 8 | 8 | 2 | 9 | 4 | 4 | 1 | 8 for Mia"],
    ["a bit grid between spaced pipes", "the grid 1 | 0 | 0 | 1 | 0 | 1 | 1 | 0 | 1 | 0 | 0 | 1 done"],
    ["survey answers one digit per Windows line", "survey answers:\r\n3\r\n4\r\n5\r\n2\r\n1\r\n4\r\n3\r\n5\r\n2\r\n4\r\nthanks"],
    ["scores one digit per comma, no social word", "my scores this week: 2,8,7,6,1,4,4,0,3 points"],
    ["a bit array one digit per comma", "mask = [0,1,0,1,1,0,1,0,1,1,0,1] for the filter"],
    ["a CSV row of single digits", "2,8,7,6,1,4,4,0,3\n1,2,3,4,5,6,7,8,9"],
    ["an exclamation after a condition word", "Diabetes! That is the topic of today's lecture."],
    ["letter-spaced words with 'at' and no e-mail", "l o o k i n g at t h e s t a r s tonight"],
    ["a hyphenated spelling of a word", "spell it out: r-e-c-e-i-v-e-d, then a-c-c-o-m-m-o-d-a-t-e"],
  ])("%s", (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  it("ends a letter-spaced phone before a spelt 'at' with no e-mail after it", () => {
    expect(found("call 0 7 9 1 1 4 8 2 3 0 5 at 6 p m")).toEqual(["phone:0 7 9 1 1 4 8 2 3 0 5"]);
  });

  it("keeps an e-mail whose name starts with a condition word an e-mail (the '@' after the stem is no letter)", () => {
    expect(found("write to sugar@candy-shop.com or diabetes@clinic.org")).toEqual(["email:sugar@candy-shop.com", "email:diabetes@clinic.org"]);
  });
});
