import { describe, expect, it } from "vitest";
import { flagged } from "./helpers.js";

const of = (category: string, text: string) => flagged(text).filter((value) => value.startsWith(`${category}:`));
const reports = (category: string, text: string) => expect(of(category, text)).not.toEqual([]);

describe("session 37 review: the story cue reads stories, not other senses of its words (public-context.ts)", () => {
  it.each([
    ["street_address", "Fix the character encoding in this line: Müller, Anna, geb. 12.03.1985, Hauptstraße 5, 10115 Berlin"],
    ["date_of_birth", "Anna Weber, DOB 12/03/1985, tested positive for the novel coronavirus yesterday."],
    ["date_of_birth", "Ayşe Yılmaz, doğum tarihi 12.03.1985, Atatürk Caddesi No: 12, Onikişubat, Kahramanmaraş"],
    ["date_of_birth", "البيانات الشخصية: الاسم أحمد علي، تاريخ الميلاد 12/03/1985"],
    ["date_of_birth", "姓名：王伟，角色：管理员，出生日期：1985年3月12日"],
    ["date_of_birth", "राम शर्मा, जन्म तिथि 12/03/1985, इस योजना के लिए पात्र हैं।"],
    ["date_of_birth", "가상의 계좌 발급: 김민수, 생년월일 1985년 3월 12일"],
  ])("reports %s in: %s", reports);
});
