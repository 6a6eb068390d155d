import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("licence keys, door codes, local dates, phones and addresses (session 32, dev-17 half A)", () => {
  it("reports licence numbers under driver-specific keys and after a state's DL", () => {
    expect(found('{"name":"Ana Ruiz","dl_number":"58 203 771","state":"PA"}')).toContain("driver_license:58 203 771");
    expect(found('{"permis":"730518204466","pays":"FR"}')).toContain("driver_license:730518204466");
    expect(found("she showed her Ohio DL, number RT 482 917, at the desk")).toContain("driver_license:RT 482 917");
    expect(has("WASHINGTON DRIVER LICENSE\n3 DOB 02/14/1988", "driver_license")).toBe(false);
    expect(has('{"fuehrerschein":"XXXXXXXXXXX"}', "driver_license")).toBe(false);
  });

  it("reports door codes with letters, bancomat and şifre PINs, and 비번 passwords", () => {
    expect(found("pour la baby-sitter : code de la porte A8193, merci")).toContain("password:A8193");
    expect(found("kod do domofonu 24K7710, nie zapomnij")).toContain("password:24K7710");
    expect(found("il pin bancomat è 70431")).toContain("password:70431");
    expect(found("kart şifresi 5813, kimseye söyleme")).toContain("password:5813");
    expect(has("와이파이 비번은 haneul0921이야", "password")).toBe(true);
    expect(has("code de la porte: voir le gardien", "password")).toBe(false);
    expect(found("his hotmail pass is maple7Leaf!x, change it")).toContain("password:maple7Leaf!x");
    expect(has("my ski pass is SKI2026-44 for the season", "password")).toBe(false);
  });

  it("reads Japanese era and Roman-numeral birth dates, and skips births before 1900 in tables", () => {
    expect(found("生年月日 昭和58年2月7日 の会員")).toContain("date_of_birth:昭和58年2月7日");
    expect(found("Paciente: Íñigo Arregi | F. nac.: 4-XI-1969")).toContain("date_of_birth:4-XI-1969");
    expect(has("poet,born\nKeats,31/10/1795\nShelley,04/08/1792", "date_of_birth")).toBe(false);
    // Session 34 (issue #15): an unnamed child's birth date is not reported (dev-22); a named one still is.
    expect(found("ma fille Chloé est née le 14 mars 2017, quelle classe ?")).toContain("date_of_birth:14 mars 2017");
    expect(has("ma fille est née le 14 mars 2017, quelle classe ?", "date_of_birth")).toBe(false);
    expect(has("I was born on 12 March 1990, how old am I?", "date_of_birth")).toBe(false);
  });

  it("finds 丁目 addresses, Turkish D: flats, Colombian plates and Dutch phones after bel", () => {
    expect(has("住所は大阪府大阪市北区天神橋5丁目8-14です", "street_address")).toBe(true);
    expect(has("adres: Bahçe Mah. Lale Sok. No: 7 D: 3, 06680 Çankaya/Ankara", "street_address")).toBe(true);
    expect(has("mi casa: Carrera 7 #71-21, Apto 304, Bogotá", "street_address")).toBe(true);
    expect(has('las direcciones tipo "Carrera 7 # 71-21" se leen así', "street_address")).toBe(false);
    expect(has("bel mijn oom even, 06-28 14 93 70", "phone")).toBe(true);
  });

  it("treats a placeholder password word in any language as no credential", () => {
    expect(has("DATABASE_URL=postgres://usuario:contraseña@localhost:5432/app", "connection_string")).toBe(false);
    expect(has("DATABASE_URL=postgres://app:Rk7$vQ2m@10.0.0.4:5432/app", "connection_string")).toBe(true);
  });
});
