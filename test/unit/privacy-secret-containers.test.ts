import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";
import { growth } from "../helpers/linear-growth.js";
import { createPrivacyScanner } from "../../src/privacy/index.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));
const any = (text: string) => found(text).length > 0;

describe("secrets in the containers they leak in (session 50, dev-85 half A)", () => {
  it("reads camelCase secret names, quoted-name calls and percent-encoded cookies", () => {
    expect(found('const cfg = { stripeWebhookSecret: "Qm7vT2kPz9XcWb4nLr8sYd3H" };')).toContain("api_key:Qm7vT2kPz9XcWb4nLr8sYd3H");
    expect(found("twilioAuthToken = '4f9c2b7e81d3a6f05e2c9b8d7a1f3e64'")).toContain("api_key:4f9c2b7e81d3a6f05e2c9b8d7a1f3e64");
    expect(found("define('PAYMENT_API_SECRET', 'Hc83kLq0Zx5PvN2mTb7Wy4Rj');")).toContain("api_key:Hc83kLq0Zx5PvN2mTb7Wy4Rj");
    expect(found('os.environ.setdefault("SLACK_SIGNING_SECRET", "c2d9e8f7a6b54c3d2e1f0a9b8c7d6e5f")')).toContain("api_key:c2d9e8f7a6b54c3d2e1f0a9b8c7d6e5f");
    expect(has("SESSION_COOKIE=s%3Ab81XqLmV0e7Rk2Tz9PwYc4Nd6Hj3Fa5G.Zu1oKq8Jm2Ls7Xv4Bn0Cp9Dr3Et6Fy5Gw1Hz8Ik2Jl", "api_key")).toBe(true);
  });

  it("leaves token counts, page cursors, labels and references under the same names alone", () => {
    expect(any('const req = { nextPageToken: "CiAKGjBpNDd2Nmp2Zml2cXRtcGIwZzBwZGFhcXNhZhIA" };')).toBe(false);
    expect(any('csrfToken: "k2Jd9Xq7LmV0e7Rk2Tz9PwYc4Nd6Hj3F"')).toBe(false);
    expect(any('maxTokens: "4096", apiVersion: "2024-06-01"')).toBe(false);
    expect(any('["a sample token",\n  "Zk29XqLmV0e7Rk2Tz9PwYc4N"]')).toBe(false);
    expect(any("define('PAYMENT_API_SECRET', getenv('PAYMENT_API_SECRET'));")).toBe(false);
    expect(any("$apiSecret = '<your-secret-here>';")).toBe(false);
  });

  it("reads keys told in prose after the names services give them, in any case", () => {
    expect(found("Willkommen! Dein AWS secret access key: Vb7+Qz3kLm9/Tx2Wp5Rn8Ys4Hd6Jf1Gc0Ne3Ua7K — bitte sicher aufbewahren.")).toContain(
      "api_key:Vb7+Qz3kLm9/Tx2Wp5Rn8Ys4Hd6Jf1Gc0Ne3Ua7K",
    );
    expect(found("the webhook secret is 9a8b7c6d5e4f30211f2e3d4c5b6a79880f1e2d3c4b5a69788796a5b4c3d2e1f0, rotate it monthly")).toContain(
      "api_key:9a8b7c6d5e4f30211f2e3d4c5b6a79880f1e2d3c4b5a69788796a5b4c3d2e1f0",
    );
    expect(found("voici la clé API : 3c9e0a7b5d1f42e8a6c4b2d0f8e6a4c2-7d5b3f1e-9c8a6e4d")).toContain(
      "api_key:3c9e0a7b5d1f42e8a6c4b2d0f8e6a4c2-7d5b3f1e-9c8a6e4d",
    );
    expect(found("Authy says the setup key is GR4TQNZV7WXKB2M5, can I type it into Aegis?")).toContain("api_key:GR4TQNZV7WXKB2M5");
  });

  it("leaves prose about keys without a key alone", () => {
    expect(any("the access key is rotated every 90 days by the platform team")).toBe(false);
    expect(any("The secret key is stored in Vault, never in the repository.")).toBe(false);
    expect(any("Your access token is YOUR_ACCESS_TOKEN_HERE until the admin approves the app.")).toBe(false);
    expect(any("the commit with the bot token fix is d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3")).toBe(false);
  });

  it("reads a security answer given after its question's label", () => {
    const notes = "Insurance security questions, keep them safe: mother's maiden name: Featherstone, first pet: Pickles";
    expect(found(notes)).toContain("password:Featherstone");
    expect(found(notes)).toContain("password:Pickles");
    expect(found("Sicherheitsfrage der Bank: Name des ersten Haustiers – Krümel")).toContain("password:Krümel");
    expect(any("Security question form fields: mother's maiden name: Required, first pet: Optional")).toBe(false);
    expect(any("Which security question is better, first pet or favourite teacher?")).toBe(false);
  });

  it("reads a Wi-Fi key of digits only, but not a short number", () => {
    expect(found("Gäste-WLAN: der Schlüssel ist 58210937461028375620")).toContain("password:58210937461028375620");
    expect(any("our wifi key has 20 digits and is printed on the router's bottom")).toBe(false);
  });

  it("reads every code of a backup-code list, a digit-less one among them", () => {
    const list = "Slack 2FA backup codes from the download:\nqh4m-2kdt\nwfzn-bvxr\n8cpj-7y3e\nt6ra-q9ws\nm2ek-5hvn";
    for (const code of ["qh4m-2kdt", "wfzn-bvxr", "8cpj-7y3e", "t6ra-q9ws", "m2ek-5hvn"]) expect(found(list)).toContain(`password:${code}`);
    expect(any("Recovery codes:\nxxxx-xxxx\nxxxx-xxxx\nxxxx-xxxx\nxxxx-xxxx")).toBe(false);
    expect(any("Backup codes explained:\napple-pear\ngrape-kiwi\nmelon-figs\nlemon-lime")).toBe(false);
  });

  // Known gap of dev-85 A, closed in session 51: the told-code label reads the inflected verbs ("disarmed with 4417").
  it("reads an alarm code after a disarming verb", () => {
    expect(has("when you come in, the alarm is disarmed with 4417 at the panel by the door", "password")).toBe(true);
  });

  it("reads a long backup-code list in linear time", () => {
    const scanner = createPrivacyScanner();
    const build = (size: number) => `recovery codes:\n${"ab12-cd34\n".repeat(Math.ceil(size / 20))}${"backup codes: x\n".repeat(Math.ceil(size / 32))}`;
    expect(growth((text: string) => scanner.scan(text), build, 65_536)).toBeLessThan(8);
  });
});
