import { describe, expect, it } from "vitest";
import { CJK_DIGIT_PAIRS, CJK_RUN, nextCjkRun } from "../../../src/privacy/detectors/spoken-digits.js";
import { containsAny, forgetKeywordPresence } from "../../../src/privacy/detector.js";
import { createPrivacyScanner } from "../../../src/privacy/index.js";

describe("nextCjkRun (session 42, allocation)", () => {
  it("finds CJK_RUN's matches from any lastIndex, on random texts", () => {
    const pieces = ["一", "二三", "零〇", "四五六七", "八九一二三四五六七八", "年", "x", " ", "十"];
    let state = 17;
    const next = (limit: number) => ((state = (state * 1103515245 + 12345) % 2147483648), (state >>> 16) % limit);
    for (let round = 0; round < 4000; round++) {
      let text = "";
      for (let count = 1 + next(10); count > 0; count--) text += pieces[next(pieces.length)];
      const from = next(text.length + 1);
      CJK_RUN.lastIndex = from;
      const match = CJK_RUN.exec(text);
      CJK_RUN.lastIndex = from;
      const start = nextCjkRun(text);
      expect(start < 0 ? [start] : [start, CJK_RUN.lastIndex], `${text} from ${from}`).toEqual(match ? [match.index, match.index + match[0].length] : [-1]);
    }
  });
});

describe("the Chinese numeral runs' gate from the keyword pass (session 46)", () => {
  it("passes every text CJK_RUN matches in, on random texts", () => {
    const pieces = ["一", "二", "零", "〇", "五", "九", "年", "周", "x", "X", " ", "İ", "十", "\n"];
    let state = 46;
    const next = (limit: number) => ((state = (state * 1103515245 + 12345) % 2147483648), (state >>> 16) % limit);
    let matched = 0;
    for (let round = 0; round < 6000; round++) {
      let text = "";
      for (let count = 1 + next(12); count > 0; count--) text += pieces[next(pieces.length)];
      CJK_RUN.lastIndex = 0;
      const runs = CJK_RUN.test(text);
      forgetKeywordPresence();
      const gate = containsAny(text.toLowerCase(), CJK_DIGIT_PAIRS);
      forgetKeywordPresence();
      if (runs) {
        matched++;
        expect(gate, text).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(300);
  });

  it("still finds a PIN dictated in numerals, 〇 included", () => {
    const scanner = createPrivacyScanner();
    const found = (text: string) => scanner.scan(text).map((finding) => text.slice(finding.start, finding.end));
    expect(found("我的银行卡密码是〇三九一二八，别告诉别人")).toContain("〇三九一二八");
    expect(found("周五提醒：我的密码是五三九一二八")).toContain("五三九一二八");
  });
});
