import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 43 review of session 42's readers (chat-relative-health.ts, spoken-numbers.ts, ocr-mrz.ts, the press-report
 * cues, the machine-mailbox rules, the faker names lexicon): each fixed finding with its look-alike negatives, and the
 * findings left open as named `it.fails` probes.
 */
const POSITIVES: Array<[string, string]> = [
  // A chat message naming the relative with an Irish or Italian surname was read as an unnamed relative's.
  ["[05/12/2026 20:20] Dana: my friend O'Brien has HIV", "health:HIV"],
  ["[05/12/2026 20:20] Dana: my friend O\u2019Brien has HIV", "health:HIV"],
  ["[05/12/2026 20:20] Dana: my friend D'Angelo has HIV", "health:HIV"],
  // A press cue silenced a condition of the writer's neighbour or colleague.
  ["Anna Weber, my neighbour, has HIV, according to media reports.", "health:HIV"],
  ["According to the press, Tom Hill from our team has depression.", "health:depression"],
  // A list robot's suffix (-owner, -help, -join, -request) in a person's address after a personal cue or a name.
  ["my email: tom-owner@tomsbikes.co.uk", "email:tom-owner@tomsbikes.co.uk"],
  ["contact me: anna-help@weber-family.de", "email:anna-help@weber-family.de"],
  ["contact me at anna-join@weber-family.de", "email:anna-join@weber-family.de"],
  ["email Anna Weber at anna-request@weber-family.de", "email:anna-request@weber-family.de"],
  // A dictated number on the line after its label's colon.
  ["my phone number is:\nnine one seven four eight two six three oh one", "phone:nine one seven four eight two six three oh one"],
  ["my phone:\n\nnine one seven, four eight two, six three oh one", "phone:nine one seven, four eight two, six three oh one"],
  // An OCR'd passport line with spaces between its fields.
  [
    "Passport MRZ:\nP<GBRSMITH<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<<<<\n5334755143 GBR8812049M2509286<<<<<<<<<<<<<<04",
    "passport:5334755143 GBR8812049M2509286<<<<<<<<<<<<<<04",
  ],
  ["MRZ:\n5334755143 GBR 8812049M 2509286<<<<<<<<<<<<<<04", "passport:5334755143 GBR 8812049M 2509286<<<<<<<<<<<<<<04"],
  // Held before and after (personal addresses holding "list" or "info").
  ["my email is anna.list@weber-family.de", "email:anna.list@weber-family.de"],
  ["you can mail me at info.anna@annas-atelier.de", "email:info.anna@annas-atelier.de"],
  ["[05/12/2026 20:20] Mum: Anna has cancer", "health:cancer"],
];

const NEGATIVES = [
  // Unnamed relatives in a chat export, public figures in the press, list robots and bounces with no person.
  "[05/12/2026 20:20] Dana: my mum has cancer",
  "[05/12/2026 20:20] Dana: my friend's dog has diabetes",
  "According to press reports, King Charles has cancer.",
  "According to media reports, President Biden was diagnosed with prostate cancer.",
  "Press reports say Céline Dion has stiff person syndrome.",
  "Unsubscribe: pgsql-hackers-unsubscribe@lists.postgresql.org",
  "To leave the list, write to dev-leave@apache-mirror.org",
  "List admin: mailman-owner@python-mail.org",
  "Help: debian-user-request@debian-mail.org (subject: help)",
  "Reply to: reply+AABBCC112233@reply.github.com",
  "rua=mailto:dmarc-reports@example.org",
  // Numbers after a label's line that are no phone: counting, a room list, an order.
  "Here's my number:\none two three four five six seven eight nine",
  "Phone order:\nnine one seven four eight two six three oh one",
  "Phone rooms:\nroom one oh four, one oh five, one oh six, two oh one",
  // Upper-case lines of MRZ length with a few spaces, the ICAO specimen with spaces, a spaced line with a wrong check digit.
  "NOTICE TO ALL STAFF<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
  "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C3 6UTO7408122F 1204159ZE184226B<<<<<10",
  "MRZ:\n5334755143 GBR 8812048M 2509286<<<<<<<<<<<<<<04",
  "TABLE 12 ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABC",
];

describe("session 43 review of session 42's readers", () => {
  it.each(POSITIVES)("found: %s", (text, value) => {
    expect(found(text)).toContain(value);
  });
  it.each(NEGATIVES.map((text) => [text]))("no finding: %s", (text) => {
    expect(found(text)).toEqual([]);
  });

  // Open findings, kept as probes.
  it("a dictated number before its label is read (closed in session 44)", () => {
    expect(found("nine one seven four eight two six three oh one is my phone number")).toContain("phone:nine one seven four eight two six three oh one");
  });
  it("a zero-width space between dictated number words no longer ends the run (closed in session 45)", () => {
    expect(found("my phone number is nine\u200bone seven four eight two six three oh one")).not.toEqual([]);
    // Hard negatives: no phone cue, a count, and a word whose parts are too short to be two digit words.
    expect(found("the tally read nine\u200bone seven four eight two six three oh one")).toEqual([]);
    expect(found("number of parcels: nine\u200bone seven four eight two six three oh one")).toEqual([]);
    expect(found("my phone number is undue and I will not share it")).toEqual([]);
  });
  it("a lower-cased passport line is read (closed in session 45)", () => {
    expect(found("my passport line: 5334755143gbr8812049m2509286<<<<<<<<<<<<<<04")).not.toEqual([]);
    // Hard negatives: a check digit that fails, a line mixing cases, the ICAO specimen state, a word after the line.
    expect(found("my passport line: 5334755143gbr8812049m2509287<<<<<<<<<<<<<<04")).toEqual([]);
    expect(found("my passport line: 5334755143gBr8812049m2509286<<<<<<<<<<<<<<04")).toEqual([]);
    expect(found("my passport line: 5334755143uto8812049m2509286<<<<<<<<<<<<<<04")).toEqual([]);
    expect(found("my passport line: 5334755143gbr8812049m2509286<<<<<<<<<<<<<<04 thanks")).toEqual([]);
  });
  it("a relative named in lower case in a chat is read (closed in session 44)", () => {
    expect(found("[05/12/2026 20:20] Dana: my mum anna weber has cancer")).toContain("health:cancer");
  });
  it("a country that is a first name, with a condition in its sentence, is a person (fixed by s43-places)", () => {
    expect(found("Jordan treats thousands of refugees with cancer every year.")).toEqual([]);
  });
  it("a town before its state, with a condition's rate, is a person (fixed by s43-places)", () => {
    expect(found("Elizabeth, New Jersey, has asthma rates twice the state average.")).toEqual([]);
  });
  it("a town that is a first name before a clinic's name is a person's diagnosis (fixed by s43-places)", () => {
    expect(found("Charlotte has a new cancer center.")).toEqual([]);
  });
  it("a town's possessive before salary statistics is a person's money (fixed by s43-places)", () => {
    expect(found("Florence's salary data: average salary €28,000.")).toEqual([]);
  });
  it("a first name opening a sentence before a lower-case noun is a person (fixed by s43-places)", () => {
    expect(found("Grace periods for diabetes medication refills are 7 days.")).toEqual([]);
  });
  it("a project's bug-report address is reported (fixed by s43-places)", () => {
    expect(found("Please report bugs to bugs@python.org")).toEqual([]);
  });
  it("a mailing list's address on its own host is reported (fixed by s43-places)", () => {
    expect(found("Send patches to linux-kernel@vger.kernel.org")).toEqual([]);
  });
});
