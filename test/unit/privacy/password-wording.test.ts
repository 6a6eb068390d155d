import { describe, expect, it } from "vitest";
import { flagged } from "./helpers.js";

const passwords = (text: string) => flagged(text).filter((value) => value.startsWith("password:"));

describe("password findings that are wording, names, markup or examples (issue #15)", () => {
  it.each([
    "the LUKS password to have full access to the drive",
    "Scrivi una policy aziendale sulle password: lunghezza minima 12, niente post-it",
    "self.password = new_password",
    'const char* mqtt_password = "mqtt_pass";',
    "Choose a LUKS password, as it will be required to access the partition. 3. **Opening the LUKS container**: After creating it, 6. **Setting permissions**: done",
    "Replace the MQTT password. 4. **Configure the MQTT Server:** - Replace `yourMQTTserver` with the address",
    'password backup: timestamp=$(date +"%Y-%m-%d_%H-%M-%S")',
    "db password 'x' MyEcsTaskRole: Type: 'AWS::IAM::Role'",
    "Un mot de passe comme « Azerty123! » est-il vraiment faible ?",
    'Uma senha tipo "Brasil@2026" é fraca?',
  ])("is not reported: %s", (text) => expect(passwords(text)).toEqual([]));

  it.each([
    ["my password is sunflower1962!", "password:sunflower1962!"],
    ["mqtt_password = 'Gr33nBanana!47';", "password:Gr33nBanana!47"],
    ["Is Bl4ck!Cat2019 a strong enough password?", "password:Bl4ck!Cat2019"],
  ])("stays reported: %s", (text, expected) => expect(passwords(text)).toContain(expected));
});

describe("a validation message after `password:` (issue #15)", () => {
  it("is not a password value", () => {
    expect(passwords('What does "password: must be at least 8 characters" mean in this error message?')).toEqual([]);
  });
  it("a word that starts like one still is", () => {
    expect(passwords("password: mustang1962")).toContain("password:mustang1962");
  });
});
