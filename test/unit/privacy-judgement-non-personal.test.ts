import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

describe("non-personal values (session 32)", () => {
  it("secret references are not passwords, real values are", () => {
    expect(found("secrets:\n  db_password:\n    file: ./secrets/db_password.txt")).toEqual([]);
    expect(found("MARIADB_PASSWORD: ${MARIADB_PASSWORD:?bitte in .env setzen}")).toEqual([]);
    expect(found("UPDATE users SET password_reset_required = true;")).toEqual([]);
    expect(found(`db_password: "{{ lookup('hashi_vault', 'secret=secret/data/prod/db:password') }}"`)).toEqual([]);
    expect(found("POSTGRES_PASSWORD: h4ppyHippo!Sept")).toEqual(["password:h4ppyHippo!Sept"]);
  });
  it("example passwords in talk about passwords are nobody's; a claimed one is reported", () => {
    expect(found(`"India@123" type passwords itne common kyu hai?`)).toEqual([]);
    expect(found("I've used Marmalade!Kite1987 for my bank for years, is that password strong?")).toEqual(["password:Marmalade!Kite1987"]);
    // Only a word-then-digits shape is an example: a random-looking string asked about is most likely someone's.
    expect(found("why is P@ssw0rd123 a terrible password")).toEqual([]);
    expect(found("Is dR4m!3?hcnwOzd0fa5 a weak password?")).toEqual(["password:dR4m!3?hcnwOzd0fa5"]);
  });
  it("an own birth date without a name, and a bound, are not dates of birth", () => {
    expect(found("my date of birth is 14 March 1990, how old will I be in 2031?")).toEqual([]);
    expect(found(`A customer can't enter a birth date before 1 January 1900 in the signup form.`)).toEqual([]);
    expect(found("Gillian Ashworth, date of birth 9 November 1958, turns 68.")).toEqual(["date_of_birth:9 November 1958"]);
  });
});

describe("non-personal values: references, famous examples and role mailboxes", () => {
  it("resolved references and famous examples are not passwords", () => {
    expect(found("password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256")).toEqual([]);
    expect(found("PGPASSWORD=$(cat /run/secrets/pg) psql -h db")).toEqual([]);
    expect(found("Password must contain 1 uppercase and 1 digit. Example: Tr0ub4dor&3")).toEqual([]);
    expect(found("the password field value is hunter2 in the famous bash.org joke")).toEqual([]);
    expect(found("spring.datasource.password=ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)")).toEqual([]);
    expect(found("Use a passphrase like 'purple-monkey-dishwasher'. Bad: password1. Good: T!mber-Wolf-42")).toEqual([]);
  });
  it("role mailboxes of several words are an organisation's, a person's is not", () => {
    expect(found("Contact security@github.com or payments-team@acme.example")).toEqual([]);
    expect(found("Write to jane.whitcombe@gmail.com")).toEqual(["email:jane.whitcombe@gmail.com"]);
  });
  it("a named person beside an own-looking birth date keeps it", () => {
    expect(found("Hi Dana, my birthday is 3 June 1988.")).toEqual(["date_of_birth:3 June 1988"]);
    expect(found("My birthday is 3 June 1988. Which star sign is that?")).toEqual([]);
    expect(found("MEIN GEBURTSDATUM IST DER 12.04.1978, NAME SABINE KRÜGER")).toEqual(["date_of_birth:12.04.1978"]);
  });
});
