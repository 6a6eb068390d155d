import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("credentials, phones and licences in developer and ops text (session 33, dev-19 half A)", () => {
  it("reports a Go MySQL DSN with a password, not one with a placeholder", () => {
    expect(found('dsn := "app:Fj9!kQ2z@tcp(10.0.0.7:3306)/shop?parseTime=true"')).toContain(
      "connection_string:app:Fj9!kQ2z@tcp(10.0.0.7:3306)/shop?parseTime=true",
    );
    expect(has('dsn := "user:password@tcp(localhost:3306)/db"', "connection_string")).toBe(false);
  });

  it("reports the positional password of database clients and .login(), not variables or defaults", () => {
    expect(found('$db = new mysqli("localhost", "shop", "Kiwi-Lemon-42", "shop");')).toContain("password:Kiwi-Lemon-42");
    expect(found('DriverManager.getConnection(url, "app", "S3cret!Pw")')).toContain("password:S3cret!Pw");
    expect(found('smtp.login("alerts", "Fj3!kq9Lm")')).toContain("password:Fj3!kq9Lm");
    expect(has("$pdo = new PDO($dsn, $user, $pass);", "password")).toBe(false);
    expect(has('new mysqli("localhost", "root", "password", "db")', "password")).toBe(false);
  });

  it("reads 'login: user / password' in chat and sign-in codes", () => {
    expect(found("the staging admin login so you can repro: admin / Kx4#mPz8Qv")).toContain("password:Kx4#mPz8Qv");
    expect(has("login page / Dashboard is broken again", "password")).toBe(false);
    expect(found('"Your Acme sign-in code is 482913. Don\'t share it."')).toContain("password:482913");
    expect(has("otp_sent user_id=55102 channel=sms", "password")).toBe(false);
  });

  it("reads an E.164 number after key= and a Korean recipient key in a log line", () => {
    expect(found("sms.send dest=+33 6 12 48 90 37 ttl=300")).toContain("phone:+33 6 12 48 90 37");
    expect(found("발송 실패 수신번호=010-4829-1736 오류코드=3018")).toContain("phone:010-4829-1736");
    expect(has("tz=+0100 offset=+3600000", "phone")).toBe(false);
  });

  it("reads state-code and 'my licence no' labels and licence columns", () => {
    expect(found("re-run the check, NY license 731 562 048, it timed out")).toContain("driver_license:731 562 048");
    expect(found("the form won't take my licence no 048 213 776 (VIC)")).toContain("driver_license:048 213 776");
    expect(found("driver,state,license,expiry\nDale Pruitt,TX,40719358,2027-01-30")).toContain("driver_license:40719358");
    expect(found("INSERT INTO conducteurs (nom, num_permis) VALUES ('Hélène Marchal', '13AB04729');")).toContain("driver_license:13AB04729");
    expect(has("package,version,license\nleft-pad,1.3.0,MIT", "driver_license")).toBe(false);
    expect(has("in license 4471 of the contract", "driver_license")).toBe(false);
  });

  it("drops 'not-a-real' fixture passwords and a value presented as the example", () => {
    expect(has("export const alice = { password: 'not-a-real-password' };", "password")).toBe(false);
    expect(has("gov.uk shows MORGA753116SM9IJ as the example DVLA licence number", "driver_license")).toBe(false);
    expect(has("licence MORGA753116SM9IJ on the form", "driver_license")).toBe(true);
  });
});
