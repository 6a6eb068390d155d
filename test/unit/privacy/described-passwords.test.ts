import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("passwords described by their owner, and other told values (session 43)", () => {
  it("reads a name-and-number password after its description or right after its word", () => {
    expect(found("Das Passwort für Opas PC ist der Name seines Hundes mit Baujahr, also Hasso1958.")).toContain("password:Hasso1958");
    expect(found("Heslo k tabletu je jméno chaty a rok: Vrchlabi1999.")).toContain("password:Vrchlabi1999");
    expect(found("タブレットのパスワードは猫の名前と誕生日だよ、mikan0704。")).toContain("password:mikan0704");
    expect(found("Zugang: k.wolf@gmx.de, Kennwort Lotte2009!")).toContain("password:Lotte2009!");
  });

  it("leaves examples, rules and years alone", () => {
    expect(has("Is a password like Bruno1987, a name and a year, a bad idea?", "password")).toBe(false);
    expect(has("The password policy changed in 2024: at least 12 characters.", "password")).toBe(false);
    expect(has("Passwort-Beispiel, z. B. Sommer2024, bitte nicht verwenden.", "password")).toBe(false);
    expect(has("Ein Passwort wie Sommer2024 ist schwach.", "password")).toBe(false);
  });

  it("reads a code glued to a Chinese copula and a login's mobile number as a phone", () => {
    expect(found("刚收到的验证码是583912，帮我填一下")).toContain("password:583912");
    const login = found("视频会员账号：13912345678，周末可以用。");
    expect(login).toContain("phone:13912345678");
    expect(login).not.toContain("bank_account:13912345678");
    expect(found("工商银行账号：6222020200112233445")).toContain("bank_account:6222020200112233445");
    expect(has("短信模板：您的验证码是482913，5分钟内有效。", "password")).toBe(false);
  });

  it("reads a password someone else uses, and drops a fiction character's password", () => {
    expect(found("Coach Dave's login is his email, and he uses Falcons9ever! for everything.")).toContain("password:Falcons9ever");
    expect(has("En la novela, el detective descubre que la contraseña de la víctima era «Nevermore».", "password")).toBe(false);
    expect(has("In the film the hero finds that the villain's password is Swordfish1.", "password")).toBe(false);
  });
});
