import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 43 (s43-probes, dev-53): a credential given by reference to a shell, Windows or template variable is not a
 * secret; a literal beside the same command is. `sshpass -p VALUE` reads the separate argument.
 */
const passwords = (text: string) => found(text).filter((finding) => finding.startsWith("password:"));

describe("a variable reference is not a password", () => {
  it.each([
    "the password is masked: curl -u ops:$OPS_PASSWORD https://ci.example.net/api",
    "the password comes from mysql -u app -p$APP_DB_PASSWORD -h db shop",
    "password? curl -u ${CI_USER}:${CI_DEPLOY_PASSWORD} https://nexus.example.org",
    "password from the vault: net use Z: \\\\fs\\share %SVC_BACKUP_PASSWORD%",
    "password: ${ADMIN_PASSWORD:?password required}",
    'sshpass -p "$SSH_PASSWORD" ssh pi@raspberrypi, is the password safe?',
  ])("%s", (text) => {
    expect(passwords(text)).toEqual([]);
  });
});

describe("look-alikes that stay passwords", () => {
  it.each([
    ["a literal after the user", "why 401? curl -u deploy:Quarz-Elk!4471 https://ci.example-tools.se", "Quarz-Elk!4471"],
    ["a password that starts with a dollar sign", "my password is $Summer2024! is it strong enough?", "$Summer2024!"],
    ["a lower-case dollar word with digits", "password for the NAS: admin:$tr0ngHold#9", "$tr0ngHold#9"],
    ["sshpass with a separate literal", "sshpass -p Kiesel-Fuchs!27 ssh pi@192.168.1.40 hangs", "Kiesel-Fuchs!27"],
  ])("%s", (_name, text, value) => {
    expect(passwords(text).some((finding) => finding.includes(value))).toBe(true);
  });
  it("sshpass -p with a variable name is not read", () => {
    expect(passwords("sshpass -p SSH_PASSWORD ssh pi@host")).toEqual([]);
  });
});
