import { describe, expect, it } from "vitest";
import { CUE, CUE_GROUPS, PASSWORD_CUE, cueCategory, namedCategory } from "../../../src/privacy/detectors/spoken-digits.js";

/** cueCategory as it was before session 43: a tuple per run, the cue's group found through an array of its groups. */
function cueCategoryTuple(text: string, start: number): [string | undefined, boolean] {
  let from = start;
  while (from > 0 && start - from < 64 && text[from - 1] !== "\n") from--;
  const window = text.slice(from, start);
  let strong: string | undefined;
  let password = false;
  CUE.lastIndex = 0;
  for (let cue = CUE.exec(window); cue !== null; cue = CUE.exec(window)) {
    const named = CUE_GROUPS[cue.slice(1).findIndex((part) => part !== undefined)]![0];
    if (named !== "number") strong = named === "phone" ? undefined : named;
    password = named === "phone" ? false : password || named === "password";
  }
  return [strong, password];
}

describe("cueCategory as bits (session 43, allocation)", () => {
  it("answers what the tuple did, for random lines of cue words", () => {
    const pieces = [
      "pin ",
      "card ",
      "phone ",
      "number ",
      "ssn ",
      "konto ",
      "senha do cartão ",
      "licence ",
      "密码",
      "卡号",
      "x ",
      "\n",
      "call ",
      "is ",
      "Passwort ",
      "PIN",
    ];
    let state = 43;
    const next = (limit: number) => ((state = (state * 1103515245 + 12345) % 2147483648), (state >>> 16) % limit);
    for (let round = 0; round < 4000; round++) {
      let text = "";
      for (let count = next(14); count > 0; count--) text += pieces[next(pieces.length)];
      const start = next(text.length + 1);
      const cues = cueCategory(text, start);
      expect([namedCategory(cues), (cues & PASSWORD_CUE) !== 0], `${JSON.stringify(text)} ${start}`).toEqual(cueCategoryTuple(text, start));
    }
  });

  it("names the last category, a phone word resetting it, and remembers a PIN word", () => {
    const at = (text: string) => cueCategory(text, text.length);
    expect(namedCategory(at("a senha do cartão é "))).toBe("payment_card");
    expect(at("a senha do cartão é ") & PASSWORD_CUE).toBe(PASSWORD_CUE);
    expect(namedCategory(at("my card, or call me on "))).toBeUndefined();
    expect(at("PIN then phone ") & PASSWORD_CUE).toBe(0);
    expect(namedCategory(at("account number "))).toBe("bank_account");
    expect(at("nothing here ")).toBe(0);
  });
});
