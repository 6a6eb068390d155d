import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";
import { currencyMarks } from "../../src/privacy/detectors/care-person.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("money facts and money records of a named person (care-person.ts, session 31)", () => {
  it("reports arrears, debts and pay of a named person with the local words and currencies", () => {
    expect(found("Hi Kylie Marsden, rent's now 3 weeks behind, $1,950 outstanding.")).toContain("financial:$1,950");
    expect(has('Gør rykkeren pænere: "Kære Lars Mikkelsen, du skylder 4.350 kr. i husleje."', "financial")).toBe(true);
    expect(has('Fes-ho més amable: "Jordi Vidal, ens deus 1.280 € de quotes del gimnàs."', "financial")).toBe(true);
  });

  it("reports the money columns of a table with a person column, and the money labels of a person's record", () => {
    const csv = "Sortiere:\nMieter;Wohnung;Rückstand\nPetra Schulze;EG links;1.380,00\nAli Demir;1. OG rechts;460,00";
    expect(found(csv)).toEqual(expect.arrayContaining(["financial:1.380,00", "financial:460,00"]));
    const payslip = "Klopt dit?\nWerknemer: Fatima El Amrani\nBruto: € 3.420,00 | Netto: € 2.236,14";
    expect(found(payslip)).toEqual(expect.arrayContaining(["financial:€ 3.420,00", "financial:€ 2.236,14"]));
    const statement = "Catégorise :\nTitulaire : Sandrine Carpentier\n14/11 AGIOS DECOUVERT -23,41";
    expect(found(statement)).toContain("financial:-23,41");
  });

  it("says nothing for anonymous figures, templates, company results or placeholder tables", () => {
    expect(found("I owe $18k on my cards and I'm 3 months behind on rent. Avalanche or snowball?")).toEqual([]);
    expect(found("Dear {{customer_name}}, your balance of {{amount}} is overdue.")).toEqual([]);
    expect(found("| fund | balance | owed |\n|---|---|---|\n| Growth Fund | £30,000 | £1,200 |")).toEqual([]);
    expect(found("Summarise: Tesco reported profit before tax of £2.29bn, up on the debt-reduced year.")).toEqual([]);
  });

  it("finds currency marks at the offsets of the earlier regex (session 31 speed work)", () => {
    const earlier = /[$£€₹₺₽]|\b(?:eur|euros?|kr|sek|nok|dkk|zł|zl|pln|tl|lira|chf|lakh|lac|crore|mxn|usd|gbp|dollars?|pounds?|reais)\b|руб|рубл/gu;
    for (const text of [
      "he owes $1,950 and €2.310 — 4.350 kr. or 890 reais",
      "europe euros euro eur5 _eur eur_ 5eur aeur",
      "zł zł5 złoty 120 zł, 3zł pln tl title tl. lira lakhs lakh",
      "2 000 руб. 300 рублей, ₹2 lakh, ₺900, ₽ 10, £58k, r$ 890,00, us$5",
      "dollar dollars dollarsx pounds pound poundsterling usd/gbp chf-mxn",
      "",
    ])
      expect(currencyMarks(text), text).toEqual([...text.matchAll(earlier)].map((match) => match.index));
  });

  it("reads each mark's start back from the walks' ends on random texts (session 42, allocation)", () => {
    const earlier = /[$£€₹₺₽]|\b(?:eur|euros?|kr|sek|nok|dkk|zł|zl|pln|tl|lira|chf|lakh|lac|crore|mxn|usd|gbp|dollars?|pounds?|reais)\b|руб|рубл/gu;
    const pieces = ["eur", "euros", "zł", "zl", "kr", "руб", "рубл", "б", "ł", "$", "€", "₽", "dollars", "lakh", "x", "_", "5", " ", ".", "é", "ру"];
    let seed = 42;
    const next = (limit: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), (seed >>> 16) % limit);
    for (let round = 0; round < 3000; round++) {
      let text = "";
      for (let count = next(12); count > 0; count--) text += pieces[next(pieces.length)];
      expect(currencyMarks(text), text).toEqual([...text.matchAll(earlier)].map((match) => match.index));
    }
  });
});
