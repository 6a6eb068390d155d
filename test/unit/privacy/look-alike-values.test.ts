import { describe, expect, it } from "vitest";
import { flagged } from "./helpers.js";

const has = (text: string, category: string) => flagged(text).some((value) => value.startsWith(`${category}:`));

describe("look-alike values that identify nobody (session 35, look-alike-values.ts)", () => {
  it("reads another field's date in a record with a birth-date column as that field's", () => {
    const record = "Staff card: Name: Oliver Hensley / Date of birth: 02/03/1979 / Hire date: 14/06/2021 / Grade: B";
    expect(flagged(record)).toContain("date_of_birth:02/03/1979");
    expect(flagged(record)).not.toContain("date_of_birth:14/06/2021");
    expect(flagged('<input name="dob" min="1920-01-01" max="2007-06-30">')).toEqual([]);
  });

  it("drops an example phone number in talk about phone formats, not one in a parse call", () => {
    expect(has("A regex that accepts numbers like (312) 847-2290 and rejects anything shorter", "phone")).toBe(false);
    expect(has("phonenumbers.parse('3128472290', 'US') raises an error", "phone")).toBe(true);
  });

  it("drops a value shown with mask characters after it", () => {
    expect(has("Шаблон выписки: Номер счёта: 40817 810 X XXXX XXXX XXXX", "bank_account")).toBe(false);
    expect(has("Номер счёта: 40817 810 5 0021 7733 4410", "bank_account")).toBe(true);
  });

  it("treats addresses in geocoding code, reviews and inserts into place tables as places'", () => {
    expect(has('geocoder.geocode({ address: "88 Colin P Kelly Jr Street, San Francisco, CA 94107" })', "street_address")).toBe(false);
    expect(has("Write a 4-star review for Pasta Nostra, 15 Harbour Street, Whitstable: great clams, slow bill.", "street_address")).toBe(false);
    expect(has("INSERT INTO branches (name, street) VALUES ('Eastside', '42 Kings Road');", "street_address")).toBe(false);
    expect(has("INSERT INTO customers (name, street) VALUES ('Ellen Marsh', '42 Kings Road');", "street_address")).toBe(true);
    expect(has("Geocode my home address 17 Larch Grove, Hitchin SG4 9DN please", "street_address")).toBe(true);
  });
});

describe("session-35 additions to the public-context cues (public-context.ts)", () => {
  it("reads a warehouse and a Chinese bureau (局) as places", () => {
    expect(has("Las devoluciones van a nuestro almacén en Calle del Trabajo 12, 50014 Zaragoza.", "street_address")).toBe(false);
    expect(has("上海市税务局在浦东新区世纪大道88号吗?", "street_address")).toBe(false);
  });

  it("reads booking and enquiry words before a number as a business line", () => {
    expect(has("The Old Mill tearoom — reservations: 01962 884 307, closed Mondays.", "phone")).toBe(false);
    expect(has("Call Dana Whitfield on 01962 884 307 tonight.", "phone")).toBe(true);
  });

  it("reads a debut next to a birth date as a public career", () => {
    expect(has("三笘薫は1997年5月20日生まれ。プロデビューは何歳でしたか?", "date_of_birth")).toBe(false);
  });

  it("does not read 帮我 (help me) as the writer's own value", () => {
    expect(has("帮我写个简介:阿香米线,订餐请联系座机0871-6533 2190,每天营业到晚上九点。", "phone")).toBe(false);
    expect(has("我的座机是0871-6533 2190,营业时间打不通", "phone")).toBe(true);
  });
});

describe("hashes after a password word of another script (script-passwords.ts)", () => {
  it("reads a hex digest as a hash, whole, not as a password", () => {
    expect(has("Пароль хранится как sha1 хеш 7c4a8d09ca3762af61e59520943dc26494f8941b, это безопасно?", "password")).toBe(false);
    expect(has("пароль от почты Lena_1990kzn", "password")).toBe(true);
  });
});

describe("Chinese phone words before an unformatted landline (phone-regions.ts, untested since session 34)", () => {
  it.each(["联系", "聯絡", "座机", "固话"])("reports the number after %s, not without it", (word) => {
    expect(has(`王建国 ${word} 02885413376`, "phone")).toBe(true);
    expect(has("王建国 02885413376", "phone")).toBe(false);
  });
});

describe("what the look-alike judgements leave reported", () => {
  it.each([
    "Can you review this letter to Anna Fielding, 12 Oak Street, Leeds LS6 2AB before I post it?",
    "Geocode the address of Martin Kowalski, 17 Larch Grove, Hitchin SG4 9DN for the delivery map",
    "Voici les coordonnées de Julien Ferrand : 23 rue des Lilas, 44000 Nantes",
  ])("keeps the address: %s", (text) => expect(has(text, "street_address")).toBe(true));

  it("keeps a relative's birth date under a dates-of-birth heading", () => {
    expect(flagged("Dates of birth (DOB)\nMother: 02/03/1955\nFather: 09/07/1953")).toContain("date_of_birth:02/03/1955");
  });
});
