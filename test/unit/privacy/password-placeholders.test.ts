import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";
import { growth, repeatTo } from "../../helpers/linear-growth.js";
import { isPlaceholderValue, isTypeAnnotation } from "../../../src/privacy/context.js";

// Session 38 (issue #15, dev-35 half A): passwords that are nobody's secret.
describe("session 38: password placeholders, type annotations and quoted curl credentials", () => {
  it("reads 'change me' and 'your … here' in other languages as placeholders", () => {
    expect(found("DB_UTENTE=admin\nDB_PASSWORD=cambiami")).toEqual([]);
    expect(found("DB_PASSWORD=a_changer\nSMTP_PASSWORD=aendern")).toEqual([]);
    expect(found("POSTGRES_PASSWORD=twoje_haslo_tutaj")).toEqual([]);
    expect(found("DB_PASSWORD=apna_password_yahan_daalo")).toEqual([]);
    for (const value of ["cambiami", "à-changer", "zmien_to", "wijzig_mij", "dein_passwort", "password_here"]) expect(isPlaceholderValue(value)).toBe(true);
  });

  it("keeps real passwords beside the same keys", () => {
    expect(found("DB_UTENTE=gestionale\nDB_PASSWORD=Vq8!nPz3Lr6x")).toContain("password:Vq8!nPz3Lr6x");
    expect(found("POSTGRES_PASSWORD=Jq4#tXm9Wp2z")).toContain("password:Jq4#tXm9Wp2z");
    for (const value of ["Cambridge!2026", "Herewego77!", "Tutajest#9", "Daalo_99x"]) expect(isPlaceholderValue(value)).toBe(false);
  });

  it("reads a type in a signature as a type, not a password", () => {
    expect(found("def hash_password(password: str) -> bytes:\n    return bcrypt.hashpw(password.encode(), bcrypt.gensalt())")).toEqual([]);
    expect(found("fn login(password: &str) -> bool")).toEqual([]);
    expect(found("function check(password: string, hash: string): boolean")).toEqual([]);
    expect(isTypeAnnotation("str)")).toBe(true);
    expect(isTypeAnnotation("Strawberry7!")).toBe(false);
    expect(found("password: Str0ng!Pass99")).toContain("password:Str0ng!Pass99");
  });

  it("finds a password in a quoted curl -u pair and leaves environment references alone", () => {
    expect(found('curl -u "svc_reports:Qm3!vT8zWp4L" https://api.acme-internal.com/v1/reports')).toContain("password:Qm3!vT8zWp4L");
    expect(found('curl -u "$API_USER:$API_PASSWORD" https://api.example.com/v1/reports')).toEqual([]);
  });

  it("stays linear on long inputs for the new patterns", () => {
    expect(
      growth(
        (text) => isPlaceholderValue(text),
        (size) => "a_".repeat(size / 2) + "x",
        131_072,
      ),
    ).toBeLessThan(8);
    expect(
      growth(
        (text) => isTypeAnnotation(text),
        (size) => "str" + " ".repeat(size) + "x",
        131_072,
      ),
    ).toBeLessThan(8);
    expect(growth(found, (size) => 'curl -u "' + "u".repeat(size / 2) + "\n" + repeatTo("curl -u '")(size / 2), 32_768)).toBeLessThan(8);
  });
});

describe("session 38: Wi-Fi network names beside a password", () => {
  it("reads a band or guest suffix as a network name, and keeps the passphrase and a cued value", () => {
    expect(found('Our home Wi-Fi is "Kowalski_5G" and the password is mapleSyrup!8841. Write a note.')).toEqual(["password:mapleSyrup!8841"]);
    expect(found("My password is Zx9!kLmQ_5G")).toEqual(["password:Zx9!kLmQ_5G"]);
  });
});
