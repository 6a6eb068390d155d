import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../src/privacy/index.js";
import { growth, repeatTo } from "../helpers/linear-growth.js";

// Everyday Japanese, Chinese and Korean messages (issue #15, dev-70): requests to lay a list out like an example, a
// Korean resident registration number beside a name, a relative's birth date with 생, a person's 住所 before a dashed
// Japanese address, and the hard negatives beside them.
const scanner = createPrivacyScanner();
const found = (text: string) => scanner.scan(text).map((finding) => `${finding.category}:${text.slice(finding.start, finding.end)}`);

describe("everyday CJK messages", () => {
  it("keeps the values of a follow-the-example request", () => {
    expect(found("按照示例格式整理：王芳，手机号码 13816274509，身份证号 110105198803152438")).toEqual(
      expect.arrayContaining(["phone:13816274509", "national_id:110105198803152438"]),
    );
    expect(found("예시처럼 정리해 줘:\n김민수, 휴대폰 010-4821-3365")).toContain("phone:010-4821-3365");
    expect(found("請照範例整理：陳怡君，手機 0912-345-678")).toContain("phone:0912-345-678");
  });

  it("reads an example row as covering its own line only", () => {
    expect(found("예시처럼 정리해 줘\n예) 홍길동 / 010-0000-0000\n구본철 / 010-5543-2219")).toEqual(["phone:010-5543-2219"]);
    expect(found("이름: 홍길동\n연락처: 010-5543-2219")).toEqual([]);
    expect(found("示例：张三，手机 13816274509")).toEqual([]);
    expect(found("護照範例：陳怡君，手機 0912-345-678")).toEqual([]);
  });

  it("reads a Korean resident registration number beside a name, with its check digit", () => {
    expect(found("표로 정리해 줘: 박서준 850315-1234566 / 최유나 920702-2345671")).toEqual(["national_id:850315-1234566", "national_id:920702-2345671"]);
    expect(found("박서준 850315-1234567")).toEqual([]);
    expect(found("법인 110111-1234566")).toEqual([]);
  });

  it("reads a relative's birth date written with 생", () => {
    expect(found("동생 윤서가 2014년 3월 5일생인데 초등학교 몇 학년이야?")).toEqual(["date_of_birth:2014년 3월 5일"]);
    expect(found("저는 1993년 5월 3일생인데")).toEqual([]);
  });

  it("reads a person's 住所 before a dashed Japanese address, not a company's or a format question", () => {
    expect(found("現住所は福岡県福岡市中央区大名1-9-33です")).toEqual(["street_address:福岡県福岡市中央区大名1-9-33"]);
    expect(found("本社住所 東京都渋谷区神宮前3-12-8")).toEqual([]);
    expect(found("日本の住所を英語で書くとき、「〒530-0001 大阪府大阪市北区梅田3-1-1」はどの順番に並べ替えればいいですか？")).toEqual([]);
  });

  it("reads 我先生 and 表弟 as relations before a name, and a head office's phone as the company's", () => {
    expect(found("我先生吳建宏年薪110萬，這樣可以申請多少房貸？")).toEqual(["financial:110萬"]);
    expect(found("台積電總部：新竹科學園區力行六路8號，電話 03-563-6688")).toEqual([]);
  });

  it("stays linear on long repeated CJK inputs", () => {
    const unit = "예) 홍길동 / 010-0000-0000 박서준 850315-1234566 동생 윤서가 2014년 3월 5일 現住所は";
    expect(growth((text) => scanner.scan(text), repeatTo(unit), 32_768)).toBeLessThan(8);
  });
});
