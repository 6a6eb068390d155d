import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("passwords without the word password (secrets.ts, passwords-in-use.ts)", () => {
  it("reads a user / password pair after a login word of several languages, with a plainer value", () => {
    expect(found("e-devlet girişi 51207 / Lale.1987 annem unutuyor")).toContain("password:Lale.1987");
    expect(found("mi acceso al banco: mlopez / gatito2019 no funciona")).toContain("password:gatito2019");
  });

  it("reads a strong password after an account word of another language (LOGIN_PAIR_OTHER_LANGUAGES)", () => {
    expect(found("mi cuenta del banco: mlopez / Gat!to#2019x no funciona")).toContain("password:Gat!to#2019x");
    expect(found("hesabım: ayse.k / Kedi!2024#x unuttum")).toContain("password:Kedi!2024#x");
  });

  it("keeps a plain value unreported without the pair", () => {
    expect(has("the account migration ran as job42 / batch2026 yesterday", "password")).toBe(false);
  });

  it("reaches the password after a longer 'of …' phrase", () => {
    expect(found("la clave del wifi de la casa de mis padres es Limonero_4418")).toContain("password:Limonero_4418");
  });
});
