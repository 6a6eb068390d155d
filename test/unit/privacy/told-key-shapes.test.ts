import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("key shapes gated by a credential word (told-secrets.ts, session 43)", () => {
  it("reads app-specific passwords of four letter groups after a password word", () => {
    expect(found("Das app-spezifische Kennwort für Mail: pxnt-gqwr-lbze-hvdk, bitte eintragen")).toContain("password:pxnt-gqwr-lbze-hvdk");
    expect(found("Outlook app password: bmfw qzrt kdxe hnlv")).toContain("password:bmfw qzrt kdxe hnlv");
  });

  it("reads 2FA seeds and recovery keys in groups after a secret word", () => {
    expect(found("the authenticator secret for the shared account: JX4P QM7R T2WZ K9LD")).toContain("password:JX4P QM7R T2WZ K9LD");
    expect(found("Recovery key for the Apple ID: 3HVD-KQ8T-ZP2M-W7RX-N4CB-F6JL")).toContain("password:3HVD-KQ8T-ZP2M-W7RX-N4CB-F6JL");
  });

  it("reads backup codes after a backup-code word, and eight-digit ones are not phones", () => {
    expect(found("Backup codes for my Microsoft account: K7PW3QZT9MXD and V2RN8HLC4YBF")).toEqual(
      expect.arrayContaining(["password:K7PW3QZT9MXD", "password:V2RN8HLC4YBF"]),
    );
    const codes = found("Mis códigos de respaldo de Google: 4417 9023, 6630 1258.");
    expect(codes).toEqual(expect.arrayContaining(["password:4417 9023", "password:6630 1258"]));
    expect(codes.some((value) => value.startsWith("phone:"))).toBe(false);
  });

  it("leaves look-alikes alone: no credential word, word-like groups, placeholders, an IBAN, a booking code", () => {
    expect(has("The four words were time-jump-kids-game, printed on the card.", "password")).toBe(false);
    expect(has("App password format: xxxx-xxxx-xxxx-xxxx (sixteen letters).", "password")).toBe(false);
    expect(has("Your password should not be like this-that-from-with.", "password")).toBe(false);
    expect(has("Password reset script: why does this step fail when I rerun it?", "password")).toBe(false);
    expect(has("Shipment reference ABCD 1234 EFGH 5678 for the courier.", "password")).toBe(false);
    expect(has("Booking reference K7PW3QZT9MXD, seat 14C.", "password")).toBe(false);
    expect(has("Call me on 4417 9023 tomorrow.", "password")).toBe(false);
    expect(has("RFC 6238 test secret for the authenticator: GEZD GNBV GY3T QOJQ", "password")).toBe(false);
  });
});
