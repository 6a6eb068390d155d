import { describe, expect, it } from "vitest";
import { isRoleMailbox, isRoleWord, localParts } from "../../../src/privacy/judgement/placeholder-values.js";

const PIECES = [".", "_", "-", "a", "info", "team", "Ann", "x"];
const long = (part: string) => part.length >= 3;

describe("localParts", () => {
  it("answers as split(/[._-]/) with some and every, empty parts included", () => {
    let state = 7;
    for (let round = 0; round < 3000; round++) {
      let local = "";
      for (let index = round % 9; index > 0; index--) {
        state = (state * 1103515245 + 12345) % 2147483648;
        local += PIECES[state % PIECES.length];
      }
      const parts = local.split(/[._-]/);
      expect(localParts(local, false, long), local).toBe(parts.some(long));
      expect(localParts(local, true, long), local).toBe(parts.every(long));
    }
  });

  it("isRoleWord is isRoleMailbox of the part and an @", () => {
    for (const part of ["", "info", "INFO", "Olá", "jane", "payments", "büro"]) expect(isRoleWord(part), part).toBe(isRoleMailbox(`${part}@`));
  });
});
