import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/** Session 42 (dev-46 half A): developer and IT artefacts as committed or pasted; each rule with its personal twin. */
describe("developer and IT artefacts", () => {
  it("mailing-list hosts and robots, bounce, reply and DMARC addresses, forge noreply addresses are nobody's", () => {
    const headers = "List-Post: <mailto:pgsql-hackers@lists.postgresql.org>\nList-Unsubscribe: <mailto:pgsql-hackers-unsubscribe@lists.postgresql.org>";
    expect(found(headers)).toEqual([]);
    expect(found("Return-Path: <bounce-mc.us5_1234567.8901234-ref@mail.mcsv.net>, Reply-To: <reply+ABCDEF123456@reply.github.com>")).toEqual([]);
    expect(found("git config user.email prints 12345678+octocat@users.noreply.github.com")).toEqual([]);
    // A VERP bounce carries the recipient's address; list.ru and a free-mail reply+ tag are people's.
    expect(found("Return-Path: <bounce-1234-anna.k=gmx.de@mail.mcsv.net>").map((value) => value.split(":")[0])).toEqual(["email"]);
    expect(found("From: Ivan <ivan.petrov@list.ru>")).toEqual(["email:ivan.petrov@list.ru"]);
    expect(found("From: Benedikt Aigner <bene.aigner@aon.at>\nList-Id: <infra.lists.ourcorp.at>")).toEqual(["email:bene.aigner@aon.at"]);
  });
  it("a role mailbox reads a personal cue on its own line only, and 'our' is none; a named person's address stays", () => {
    expect(found("Our security.txt:\nContact: mailto:security@ourapp.io")).toEqual([]);
    expect(found("Our DMARC record: v=DMARC1; rua=mailto:dmarc-reports@ourapp.io")).toEqual([]);
    expect(found("why did this land in my spam?\nFrom: Notion <team@mail.notion.so>")).toEqual([]);
    expect(found("CODEOWNERS: docs/* docs@ourorg.dev, automation from jira@ourorg.atlassian.net")).toEqual([]);
    expect(found("my e-mail is info@annas-atelier.de")).toEqual(["email:info@annas-atelier.de"]);
    expect(found("Our on-call is Hannah: hannah.oyelaran@brightwell-bank.co.uk")).toEqual(["email:hannah.oyelaran@brightwell-bank.co.uk"]);
  });
  it("prose after a password word is no value: an empty KEY=, a question word, a possessive, 'password to <verb>'", () => {
    expect(found("DB_PASSWORD=vB7#qLx29!mTe\nSMTP_PASSWORD=\n\nWhy does it fail?")).toEqual(["password:vB7#qLx29!mTe"]);
    // The word is dropped; the real value after it is still found by its own rule.
    expect(found("can you tell me if my bank password is good? Velvet-Harbour!1987")).toEqual(["password:Velvet-Harbour!1987"]);
    expect(found("the plain password is Dominika's: Wawel#Dragon-62")).toEqual(["password:Wawel#Dragon-62"]);
    expect(found("is the password right? I think so")).toEqual([]);
    expect(found("Please use the following password to proceed to installation: found at /var/x")).toEqual([]);
    // Twins: a value on the same line, a word with digits, Polish "to" as the copula.
    expect(found("SMTP_PASSWORD= Melange!Donau-2024")).toEqual(["password:Melange!Donau-2024"]);
    expect(found("the password is sunny2024? not sure")).toEqual(["password:sunny2024?"]);
    expect(found("hasło to kotek123")).toEqual(["password:kotek123"]);
  });
  it("a policy's rejected examples, MinIO's default, Django hashes and placeholder names are no passwords", () => {
    expect(found("Draft of our password policy: examples of rejected passwords: `Password1!`, `Summer2025`.")).toEqual([]);
    expect(found("MINIO_ROOT_USER: minioadmin\nMINIO_ROOT_PASSWORD: minioadmin")).toEqual([]);
    expect(found('{"username": "admin", "password": "pbkdf2_sha256$600000$abcdefghijklmnop$Zq3Xs1G6m8Tq0Vw2Yb4Nc6Dh8Fj0Lk2Pm4Rs6Uv8Wy="}')).toEqual([]);
    expect(found("curl -u 'you@yourcompany.com:API_TOKEN' https://api.ourapp.io/v1/me")).toEqual([]);
    expect(found("MINIO_ROOT_PASSWORD: Zw8p!kR3uYv6Qd")).toEqual(["password:Zw8p!kR3uYv6Qd"]);
    expect(found("curl -u 'deploy:Nx5$hTq8wLe2' https://nexus.corp.no/")).toEqual(["password:Nx5$hTq8wLe2"]);
  });
  it("a request to swap a value for a placeholder denies the cue; a placeholder label keeps it", () => {
    const request = "our API docs accidentally used the CEO's address, please swap it for a placeholder: g.whitcombe@harrow-analytics.com";
    expect(found(request)).toEqual(["email:g.whitcombe@harrow-analytics.com"]);
    expect(found("placeholder: g.whitcombe@harrow-analytics.com")).toEqual([]);
  });
  it("a URI on a reserved documentation host is a sample; htpasswd's batch mode takes the password last", () => {
    expect(found("mongodb://myDatabaseUser:D1fficultP%40ssw0rd@mongodb0.example.com:27017/?authSource=admin")).toEqual([]);
    const real = "postgresql://billing:Rq4vN8xkT2pw@db.internal.fenwick-pay.com:5432/billing?user=a@example.com";
    expect(found(real)).toEqual([`connection_string:${real}`]);
    expect(found("htpasswd -b -c .htpasswd hendrik Groningen!Bike44")).toEqual(["password:Groningen!Bike44"]);
    expect(found('htpasswd -nb admin "Xq7!pass99" > auth')).toEqual(["password:Xq7!pass99"]);
    expect(found("htpasswd -c .htpasswd hendrik; htpasswd -bc f u $PASS")).toEqual([]);
  });
});
