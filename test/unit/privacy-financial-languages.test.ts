import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

const only = (category: string, text: string) => found(text).filter((value) => value.startsWith(`${category}:`));

describe("a named person's finances in more languages and currencies (financial.ts, field-names.ts)", () => {
  it("reads local currencies and money words", () => {
    expect(only("financial", "Min svåger Johan Lund har en lön på 38 000 kr i månaden.")).toContain("financial:38 000 kr");
    expect(only("financial", "Kardeşim Burak Çelik'in maaşı 45.000 TL.")).toContain("financial:45.000 TL");
    expect(only("financial", "Мой сосед Игорь Белов задолжал банку 800 000 рублей.")).toContain("financial:800 000 рублей");
    expect(only("financial", "Моя колега Наталія Мельник отримує зарплату 32 000 гривень.").length).toBe(1);
    expect(only("financial", "Chị Lê Thị Mai có lương 25 triệu đồng một tháng.").length).toBe(1);
    expect(only("financial", "Gaji teman saya, Andi Pratama, Rp 12.000.000 per bulan.")).toContain("financial:Rp 12.000.000");
    expect(only("financial", "Neha Kapoor ki salary 12 lakh per annum hai.")).toContain("financial:12 lakh");
    expect(only("financial", "同事王芳的工资是每月1万2，她还欠了5万网贷。")).toEqual(["financial:1万2", "financial:5万"]);
    expect(only("financial", "Draft a landlord letter: tenant Simon Hale is £2,150 behind on rent.")).toContain("financial:£2,150");
  });

  it("reads salary columns named in German, Chinese and other languages", () => {
    expect(only("financial", "姓名,工资,贷款\n刘洋,18000,600000")).toEqual(["financial:18000", "financial:600000"]);
    expect(found("地区,收入\n华东,18000")).toEqual([]);
    expect(only("financial", "Mitarbeiter;Bruttogehalt;Steuerklasse\nJulia Hartmann;4.850,00;1")).toContain("financial:4.850,00");
  });

  it("reads account numbers after Vietnamese, Japanese, Thai and Chinese account words", () => {
    expect(only("bank_account", "Chuyển khoản vào số tài khoản 0071000123456 Vietcombank.")).toContain("bank_account:0071000123456");
    expect(only("bank_account", "振込先：みずほ銀行 新宿支店 普通 1234567 名義 ヤマダ タロウ")).toContain("bank_account:1234567");
    expect(only("bank_account", "โอนเงินเข้าบัญชี 123-4-56789-0 ธนาคารกสิกรไทย")).toContain("bank_account:123-4-56789-0");
    expect(found("请把货款打到我的银行卡6011 1770 1113 7668").length).toBeGreaterThan(0);
  });

  it("leaves aggregates, public figures and everyday numbers alone", () => {
    for (const text of [
      "Asgari ücret 2025'te net 22.104 TL oldu.",
      "Lương tối thiểu vùng I năm 2024 là 4,96 triệu đồng.",
      "Средняя зарплата в Москве — около 130 000 рублей.",
      "Bagaimana cara menghitung cicilan KPR Rp 500 juta selama 15 tahun?",
      "普通の人は 1234567 回も数えません。",
      "John Smith's company has $2,000 outstanding invoices from Acme.",
      "Send 5万 to the vendor, says Wang.",
      "home loan ka EMI kaise calculate karte hain? 30 lakh, 8.5% for 20 years",
    ])
      expect(found(text), text).toEqual([]);
  });
});
