import { describe, expect, it } from "vitest";
import { flagged } from "./helpers.js";

const has = (text: string, category: string) => flagged(text).some((value) => value.startsWith(`${category}:`));

describe("payment receipts (payment-receipts.ts)", () => {
  it("reads the amounts of a receipt that names its counterparty", () => {
    expect(flagged("Venmo\nYou paid Jordan Pike\n$1,240.00\nNote: rent")).toContain("financial:$1,240.00");
    expect(flagged("PayPal\nYou sent $780.00 USD to Marguerite Ashby\nTransaction ID 7KX2")).toContain("financial:$780.00");
    expect(flagged("Comprovante  Pix\nValor  R$ 2.750,00\nDe:  Ricardo  Alves  Pereira")).toContain("financial:R$ 2.750,00");
    expect(flagged("转账记录\n收款人：陈晓燕\n金额：¥5,200.00")).toContain("financial:¥5,200.00");
  });

  it("reads a UPI payment address with a bank's handle", () => {
    expect(flagged("Paid to RAKESH KUMAR YADAV\n₹18,500\nUPI\nTo: rakeshyadav88@okaxis")).toContain("bank_account:rakeshyadav88@okaxis");
  });

  it("leaves templates, placeholders and questions about the apps alone", () => {
    expect(has("A sample: 'XXXXXXXXXX Confirmed. Ksh0.00 sent to JOHN DOE 0700000000.' Write a regex", "financial")).toBe(false);
    expect(has("Modelo de comprovante Pix:\nValor: R$ 0,00\nDe: [nome do pagador]\nPara: [nome do recebedor]", "financial")).toBe(false);
    expect(has("How do I make my Venmo payments private if I pay someone $50 for tickets?", "financial")).toBe(false);
    expect(has("Venmo\nYou paid Venmo Balance\n$12.00", "financial")).toBe(false);
  });
});

describe("CJK secrets in katakana, kanji numerals and spaced digits (script-passwords.ts)", () => {
  it("reads a katakana and numeral password and a PIN in numerals or spaced digits", () => {
    expect(flagged("母のパスワードは「サクラ二〇一九」だそうです。")).toContain("password:サクラ二〇一九");
    expect(flagged("祖父の暗証番号は一九四七、よろしく")).toContain("password:一九四七");
    expect(flagged("父の暗証番号は4 7 1 9だと聞きました。")).toContain("password:4 7 1 9");
  });

  it("leaves rules, product names and example strings without a particle alone", () => {
    expect(has("パスワードは8文字以上で、英大文字を含めてください", "password")).toBe(false);
    expect(has("パスワードマネージャー2024年版のレビュー", "password")).toBe(false);
    expect(has("パスワードはランダムに作ってください", "password")).toBe(false);
  });
});

describe("a lone given name's money beside the writer (financial.ts)", () => {
  it("reads an acquaintance's amount, not a word problem's", () => {
    expect(flagged("lol Tyler just told me his bonus was $40k this year and he still hasn't paid me back")).toContain("financial:$40k");
    expect(has("Mark has $50 and gives me $10. How much does he have left?", "financial")).toBe(false);
    expect(has("Emma earns $3,000 a month and spends $2,100. What is her savings rate?", "financial")).toBe(false);
  });
});
