import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../src/privacy/index.js";
import { decodeEscapes } from "../../src/privacy/escapes.js";

// Session 52 (issue #15, dev-90): personal data as agent traffic carries it — tool-call arguments as a JSON string
// inside JSON, message arrays pasted with their escapes, hand-offs, and places' listings in tool results. Invented people.
const scanner = createPrivacyScanner();
const found = (text: string) => scanner.scan(text).map((finding) => [finding.category, text.slice(finding.start, finding.end)]);

const SENSITIVE: Array<[text: string, category: string, value: string]> = [
  [String.raw`{"name":"book_hotel","arguments":"{\"guest\":\"Pieter Smit\",\"passport_no\":\"NW7K3LP41\"}"}`, "passport", "NW7K3LP41"],
  [String.raw`tool_calls[0].function.arguments = "{\"reisepass\": \"C4H7KL29R\", \"name\": \"Greta Haas\"}"`, "passport", "C4H7KL29R"],
  [String.raw`{"name":"verify","arguments":"{\"user\":\"dlinde\",\"otp\":\"584216\"}"}`, "password", "584216"],
  [`[mistral]\ncle_api = "Rq8Zt3LmW7vK2xNc9Pb4Hs1Jd6Yf0Ga5"`, "api_key", "Rq8Zt3LmW7vK2xNc9Pb4Hs1Jd6Yf0Ga5"],
  [String.raw`{"role":"tool","content":"Name: Karl Brandt\nDOB: 03/04/1961\nward 4"}`, "date_of_birth", "03/04/1961"],
  ["Thought: the parcel should go to Mr. Oduya's home at 48 Fenwick Road, Leeds LS6 2QT, not the office.", "street_address", "48 Fenwick Road, Leeds LS6 2QT"],
  ["社内連絡網：営業部 小島 里奈　携帯 090-2281-4467", "phone", "090-2281-4467"],
  ['ride.status → {"driver": "Tomas Hale", "rating": 4.9, "phone": "(503) 291-7736", "car": "Prius"}', "phone", "(503) 291-7736"],
  [
    '{"host_name": "Marisol Vega", "rating": 4.8, "address": "2218 Fulton St, Apt 4, San Francisco, CA 94117"}',
    "street_address",
    "2218 Fulton St, Apt 4, San Francisco, CA 94117",
  ],
];

const NOT_SENSITIVE = [
  '{"name": "Corner Bakery", "formatted_address": "410 Hayes St, San Francisco, CA 94102", "formatted_phone_number": "(415) 864-2098", "rating": 4.4}',
  '{"hotel": "Grand Hotel Central", "address": "Via Roma 12, 20121 Milano", "front_desk": "+39 02 8901 2345", "nights": 2}',
  '{"bank": "First Harbor Bank", "branch": "Downtown", "routing_number": "021000021", "swift": "FHBKUS33"}',
  "type Customer { id: ID! homeAddress: Address dateOfBirth: Date cardLast4: String }",
  "Investor relations: investor@contoso.com",
  String.raw`C:\Users\nora\notes.txt and C:\temp\tests`,
];

describe("agent traffic (session 52, dev-90)", () => {
  it.each(SENSITIVE)("finds the value in %s", (text, category, value) => {
    expect(found(text)).toContainEqual([category, value]);
  });

  it.each(NOT_SENSITIVE)("reports nothing in %s", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("decodes a JSON string's escapes, and maps spans back to the escaped text", () => {
    const text = String.raw`"{\"a\":\"b\\c\/d\nE\"}"`;
    const decoded = decodeEscapes(text);
    expect(decoded.text).toBe('"{"a":"b\\c/d\nE"}"');
    const at = decoded.text.indexOf("E");
    expect(text.slice(decoded.start(at), decoded.end(at))).toBe("E");
    expect(decodeEscapes(String.raw`C:\Users\nora`).text).toBe(String.raw`C:\Users\nora`);
  });

  // Closed in session 53 (calendar-titles.ts: a given name, a dash and a treatment in a calendar event's title).
  it("a named child's treatment in a calendar event title", () => {
    expect(found('calendar.get_events returned:\n- 09:30 "Lena – chemo cycle 2, Oncology day unit"').map(([category]) => category)).toContain("health");
  });
});
