import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("passwords without the word password (secrets.ts, passwords-in-use.ts)", () => {
  it("reads a user / password pair after a login word of several languages, with a plainer value", () => {
    expect(found("e-devlet girişi 51207 / Lale.1987 annem unutuyor")).toContain("password:Lale.1987");
    expect(found("mi acceso al banco: mlopez / gatito2019 no funciona")).toContain("password:gatito2019");
  });

  it("keeps a plain value unreported without the pair", () => {
    expect(has("the account migration ran as job42 / batch2026 yesterday", "password")).toBe(false);
  });

  it("reaches the password after a longer 'of …' phrase", () => {
    expect(found("la clave del wifi de la casa de mis padres es Limonero_4418")).toContain("password:Limonero_4418");
  });
});
