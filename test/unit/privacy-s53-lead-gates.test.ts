import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

// Session 53 lead (issue #15): two of the session's new detectors found their cue words more cheaply, same findings —
// the bare key/secret/token names without a look-behind at every position, the archivers' names only at a word start.

describe("bare key names and archivers' names, found cheaply", () => {
  it.each([
    ["密钥：Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5", "api_key:Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5"],
    ["Ключ от стенда: Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5", "api_key:Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5"],
    ["KeyError above; the key is Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5", "api_key:Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5"],
    ["unrar x -pTq9wLm2Zr8Kx backup.rar", "password:Tq9wLm2Zr8Kx"],
    ["the library's build: 7za a -pTq9wLm2Zr8Kx out.7z src/", "password:Tq9wLm2Zr8Kx"],
  ])("%s", (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it.each(["KeyError: 'Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5'", "monkey: Hx8Jq2Lm9Nz4Pw7Rk3Vb6Jc1TyQw3Er5", "the library -pTq9wLm2Zr8Kx flag is documented"])(
    "not a secret: %s",
    (text) => {
      expect(found(text)).toEqual([]);
    },
  );
});
