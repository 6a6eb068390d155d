import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("security-question answers (security-answers.ts, session 43)", () => {
  it("reads the answer after an account's security-question frame", () => {
    expect(found("The bank asked for your mother's maiden name, and the answer you set up is Wiśniewska.")).toContain("password:Wiśniewska");
    expect(found("For phone banking the memorable word is pumpernickel, don't tell anyone.")).toContain("password:pumpernickel");
    expect(found("Pour la question secrète de son compte, il a mis Quimper comme réponse.")).toContain("password:Quimper");
    expect(found("Кодовое слово в банке у мамы — Мурзик, скажи если спросят.")).toContain("password:Мурзик");
    expect(found("Güvenlik sorusu için cevap olarak Ayşe Teyze yazdım.")).toContain("password:Ayşe Teyze");
    expect(found("秘密の質問の答えはぽんたにしてある。")).toContain("password:ぽんた");
  });

  it("leaves quizzes, advice and a public figure's maiden name alone", () => {
    expect(has("What is the capital of Brittany? The answer is Rennes.", "password")).toBe(false);
    expect(has("Which security question is safer: first pet or mother's maiden name? The answer is neither.", "password")).toBe(false);
    expect(has("Trivia: the queen mother's maiden name was Bowes-Lyon, the answer is Bowes-Lyon.", "password")).toBe(false);
    expect(has("Quelles questions secrètes proposer ? La réponse doit être facile à retenir.", "password")).toBe(false);
  });
});
