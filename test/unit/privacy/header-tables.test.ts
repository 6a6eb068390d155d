import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";
import { growth, repeatTo } from "../../helpers/linear-growth.js";

/**
 * Records whose labels stand away from their values (header-tables.ts, issue #15, dev-66 half A): JSON column lists,
 * HTML header rows, drawn tables, fixed-width columns and a label on the line before; office directories, animal and
 * product rows lend no personal label.
 */
const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("header tables: values read by their column or the line before", () => {
  it("reads a JSON table's columns list and a first row of names", () => {
    expect(found(`{"columns":["name","passport","nationality"],"rows":[["Oliver Grant","548102937","GBR"]]}`)).toContain("passport:548102937");
    expect(found(`[["Name","Geburtsdatum"],["Lea Brandt","1992-08-17"],["Jonas Wolf","1988-02-03"]]`)).toEqual([
      "date_of_birth:1992-08-17",
      "date_of_birth:1988-02-03",
    ]);
    expect(found(`{"kolumny":["nazwisko","nr_konta"],"wiersze":[["Piotr Mazur","PL88 1090 2590 0000 0001 4701 8269 31"]]}`)).toContain(
      "iban:PL88 1090 2590 0000 0001 4701 8269 31",
    );
  });

  it("reads an HTML table's header row, a drawn table and fixed-width columns", () => {
    expect(found("<table><tr><th>学生</th><th>出生日期</th><th>过敏</th></tr><tr><td>林小雨</td><td>2014-09-17</td><td>花生过敏</td></tr></table>")).toEqual([
      "date_of_birth:2014-09-17",
      "health:花生过敏",
    ]);
    expect(
      found(
        "┌─────────┬────────────────┐\n│ 氏名    │ マイナンバー   │\n├─────────┼────────────────┤\n│ 吉田 聡 │ 3669 9799 8019 │\n└─────────┴────────────────┘",
      ),
    ).toEqual(["national_id:3669 9799 8019"]);
    expect(
      found("Nome              Telefone           Cidade\nBeatriz Alves     (11) 97412-3388    São Paulo\nLucas Teixeira    (21) 98831-2045    Niterói"),
    ).toEqual(["phone:(11) 97412-3388", "phone:(21) 98831-2045"]);
  });

  it("reads fixed-width columns after indented code and under an indented header (the inner-gap gate)", () => {
    const code = "def retry(fn):\n    for attempt in range(3):\n        return fn()\n";
    expect(found(`${code}  Name              Passport\n  Beatriz Alves     548102937`)).toEqual(["passport:548102937"]);
    expect(found(`${code}Name  Passport\nBeatriz Alves  548102937`)).toEqual(["passport:548102937"]);
    expect(found(`${code}Beatriz Alves  548102937`)).toEqual([]);
  });

  it("gives the value on the next line its label's kind", () => {
    expect(found("カルテ番号\n00482917\n患者氏名\n小林 正")).toContain("medical_record:00482917");
    expect(found("病历号\n0048213\n姓名\n吴海")).toContain("medical_record:0048213");
    expect(found("Dziecko: Zuzanna Kamińska\nPESEL\n11260957089")).toContain("national_id:11260957089");
  });
});

describe("header tables: rows and tables that name nobody", () => {
  it("leaves public offices' directories, animals' birth dates and label help alone", () => {
    for (const text of [
      "Service | Adresse | Téléphone\nMairie du 5e | 21 place du Panthéon, 75005 Paris | 01 56 81 75 05",
      "Urząd | Adres | Telefon\nZUS Kraków | ul. Pędzichów 27, 31-080 Kraków | 22 560 16 00",
      "窓口 | 所在地 | 電話\n新宿税務署 | 東京都新宿区北新宿1-19-3 | 03-6757-7771",
      "IMIĘ,DATA_UR,RASA,BOKS\nBurek,2020-08-01,mieszaniec,12",
      "名前,生年月日,品種,個体識別番号\nはなこ,2021-04-18,黒毛和種,1234567894",
      "Form field help text:\nDate of birth\nEnter as MM/DD/YYYY.",
      `{"columns":["part","pin_count","mfg_date"],"rows":[["Header 2x20","40","2024-05-02"]]}`,
    ])
      expect(found(text), text).toEqual([]);
  });

  it("keeps a person's row in a table that also lists an office", () => {
    expect(has("Name | Telefon\nUrsula Hahn | 0171 4829310", "phone")).toBe(true);
    expect(has("NAME,DOB\nSarah Klein,1990-04-02", "date_of_birth")).toBe(true);
  });

  it("reads table-like text in linear time (CPU-time growth for 4x the text, not a wall-clock limit)", () => {
    const units = [`["a","b"]`, "<th>x</th>", "│ a ", "Name   Phone   ", "DOB\n"];
    const tables = (size: number) => units.map((unit) => repeatTo(unit)(size));
    expect(growth((texts: string[]) => texts.forEach((text) => found(text)), tables, 65_536)).toBeLessThan(8);
  });
});
