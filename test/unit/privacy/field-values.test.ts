import { describe, expect, it } from "vitest";
import { flagged } from "./helpers.js";

const has = (text: string, category: string) => flagged(text).some((value) => value.startsWith(`${category}:`));

describe("values in record fields and right after secret words (field-values.ts)", () => {
  it("reads pay and income field amounts of a record that names its person", () => {
    expect(flagged("Payslip\nEmployee: Giulia Romano\nNet pay: $1,744.20")).toContain("financial:$1,744.20");
    expect(flagged("給与明細\n氏名 佐藤 健一\n総支給額 412,000円")).toContain("financial:412,000円");
    expect(flagged("कर्मचारी: सुनीता यादव\nकुल वेतन ₹58,400")).toContain("financial:₹58,400");
    expect(flagged("report:\n  employee: Grace Whitfield\n  total_reimbursable: 2317.45")).toContain("financial:2317.45");
  });

  it("leaves blank forms, averages and word problems alone", () => {
    expect(has("Employee: ________\nNet pay: $______", "financial")).toBe(false);
    expect(has("dept,headcount,avg_gross\nOps,42,6100\nNet pay averages 4,480.00 across the company", "financial")).toBe(false);
  });

  it("reads a secret right after a password or entry word without a copula", () => {
    expect(flagged("회사 와이파이 비번 hanriver!2024 로 바꿨다고 공지문 써줘")).toContain("password:hanriver!2024");
    expect(flagged("захожу как ivanova_t и ввожу Solnce2020! — ошибка")).toContain("password:Solnce2020!");
    expect(has("пароль должен быть длиннее восьми символов", "password")).toBe(false);
  });

  it("reads a PIN or secret after a Latin password word and the words naming what it opens", () => {
    expect(flagged("minha mãe anotou a senha do cartão no papel: 7314. Como ensino ela?")).toContain("password:7314");
    expect(flagged("das Passwort für das Tablet ist Hund2019!")).toContain("password:Hund2019!");
    expect(has("a senha do banco é fraca", "password")).toBe(false);
  });

  it("reads a condition in a record whose name label is client, student or ФИО", () => {
    expect(flagged("Session 7 — client: Jordan Pike\nPresenting: panic attacks 3x/week.")).toContain("health:panic attacks");
    expect(flagged("Анкета\nФИО: Павлова Анна Сергеевна\nХронические заболевания: бронхиальная астма")).toContain("health:бронхиальная астма");
  });

  it("reads a Wi-Fi key written as network / key, after 'wifi key' or Hinglish 'wifi ka'", () => {
    expect(flagged("guest wifi is OFFICE-GUEST / tealkettle48, the alarm")).toContain("password:tealkettle48");
    expect(flagged("Papa ko message likho: wifi ka sharmaji_ghar5G")).toContain("password:sharmaji_ghar5G");
    expect(has("our wifi is slow / flaky today", "password")).toBe(false);
    expect(has("the office wifi is 802.11ac / 802.11ax dual band", "password")).toBe(false);
  });

  it("reads digits after a bare code word but not postal or region codes", () => {
    expect(flagged("Сбербанк онлайн: код 28461")).toContain("password:28461");
    expect(flagged("Papa ko message likho: gate ka naya code 5819 hai")).toContain("password:5819");
    expect(has("почтовый код 123456", "password")).toBe(false);
  });

  it("reads a licence number after DL or a bare licence word when the sentence is about driving", () => {
    expect(flagged("other driver Paul Haverty, DL S4471928 (NJ plate)")).toContain("driver_license:S4471928");
    expect(flagged("rider Samuel Osei can't verify; licence uploaded reads B8830157")).toContain("driver_license:B8830157");
    expect(flagged("شركة التأمين تطلب رقم رخصة أخي ماجد: 1093847261")).toContain("driver_license:1093847261");
    expect(has("my software license is 12345678 for the car app", "driver_license")).toBe(false);
    expect(has("the license number is 48213907 for this seat of the IDE", "driver_license")).toBe(false);
  });

  it("reads DL as a field label, lic. no. and 면허번호 in driving context, but not a date after DL", () => {
    expect(flagged("DL: 412883907")).toContain("driver_license:412883907");
    expect(flagged("मेरा DL नंबर UP32 20150012874 है")).toContain("driver_license:UP32 20150012874");
    expect(flagged("lic no. W312774590 for the van hire")).toContain("driver_license:W312774590");
    expect(flagged("렌터카 예약: 면허번호 11-19-482913-52")).toContain("driver_license:11-19-482913-52");
    expect(has("DL: 2024-01-05", "driver_license")).toBe(false);
    expect(has("hire date 2025, lic. no. 44821936 of the software seat", "driver_license")).toBe(false);
  });

  it("reads the password column of a delimited export, not its header or placeholders", () => {
    const csv = "name,url,username,password\nChase,https://chase.com,mwalsh84,Tr0ut!Lake2019\nMail,https://m.io,m.w,<password>";
    expect(flagged(csv)).toContain("password:Tr0ut!Lake2019");
    expect(flagged(csv)).not.toContain("password:<password>");
    expect(flagged("网站,账号,密码\n支付宝,lin_xiaoyu,Xy@198806")).toContain("password:Xy@198806");
    expect(has("name,url,username,password,notes\nwhat order does Bitwarden want?", "password")).toBe(false);
    expect(has("password\nhunter2abc\nfoo1bar", "password")).toBe(false);
  });
});
