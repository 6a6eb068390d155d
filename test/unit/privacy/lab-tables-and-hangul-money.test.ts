import { describe, expect, it } from "vitest";
import { flagged } from "./helpers.js";

const has = (text: string, category: string) => flagged(text).some((value) => value.startsWith(`${category}:`));

describe("lab tables with aligned columns (clinical.ts), statements dated 03 Nov, Korean amounts in 억/만 (money-near-person.ts)", () => {
  it("reads a lab value separated from its analyte by a table's column spaces", () => {
    const table = "Lab results — Santiago Ferreira\nTest          Result   Ref\nHbA1c         8.9 %    4.0–5.6";
    expect(flagged(table).some((value) => value.startsWith("health:HbA1c") && value.endsWith("8.9 %"))).toBe(true);
    expect(has("Reference ranges\nTest          Result   Ref\nHbA1c         5.4 %    4.0–5.6", "health")).toBe(false);
  });

  it("reads statement lines dated with a month abbreviation (statement-lines.ts)", () => {
    const statement = "Account holder: Mr James O'Connell\n03 Nov  NETFLIX.COM        -15.99\n04 Nov  TFL TRAVEL CH       -8.40";
    expect(flagged(statement)).toEqual(expect.arrayContaining(["financial:-15.99", "financial:-8.40"]));
    expect(has("Sample statement for a budgeting class\n03 Nov  NETFLIX.COM        -15.99\n04 Nov  TFL TRAVEL CH       -8.40", "financial")).toBe(false);
  });

  it("reads a named person's deposit written in 억 and 천만 원, not a city average", () => {
    const text = "집주인 박서연 씨한테 보낼 문자 써줘: 전세보증금 2억 3천만 원 중 잔금 5천만 원 보낸다고.";
    expect(flagged(text)).toEqual(expect.arrayContaining(["financial:2억 3천만 원", "financial:5천만 원"]));
    expect(has("서울 평균 전세보증금은 3억 원 정도야", "financial")).toBe(false);
  });
});
