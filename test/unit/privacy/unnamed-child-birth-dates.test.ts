import { describe, expect, it } from "vitest";
import { flagged } from "./helpers.js";

describe("an unnamed child's or the writer's birth date (issue #15)", () => {
  it.each([
    "Ma fille est née le 2 janvier 2025 ; à partir de quel âge peut-elle aller à l'école maternelle ?",
    "My daughter was born on 3 May 2019. Which vaccines are due now?",
    "Unser Sohn ist am 12.08.2023 geboren. Ab wann hat er Anspruch auf einen Kita-Platz?",
    "息子は2024年4月10日生まれです。保育園の何歳児クラスですか？",
    "我是1995年7月23日出生的，请问我是什么星座？",
  ])("is not reported: %s", (text) => expect(flagged(text).filter((value) => value.startsWith("date_of_birth"))).toEqual([]));

  it("stays reported with a name", () => {
    expect(flagged("Ma fille Léa Fontaine est née le 2 janvier 2025, inscription à la crèche.")).toContain("date_of_birth:2 janvier 2025");
    expect(flagged("请把新员工李娜的出生日期1995年7月23日录入人事系统。")).toContain("date_of_birth:1995年7月23日");
  });
});
