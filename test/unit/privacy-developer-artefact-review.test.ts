import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/** Each probe holds one real person's value: the finding must name it (a part of it for a value cut at an apostrophe). */
function expectFound(probes: readonly (readonly [string, string])[]): void {
  for (const [text, value] of probes)
    expect(
      found(text).some((finding) => finding.includes(value)),
      text,
    ).toBe(true);
}

function expectSilent(texts: readonly string[]): void {
  for (const text of texts) expect(found(text), text).toEqual([]);
}

/** Session 42 review of s42-precision's suppressions: probes written as a user or attacker would, and hard negatives. */
describe("review of session 42's developer-artefact suppressions", () => {
  it("a personal address shaped like a list, bounce, reply or DMARC address, or at a list host, stays a person's", () => {
    expectFound([
      ["My address is anna.kowalski@lists.kowalski-family.pl, write me there", "anna.kowalski@lists.kowalski-family.pl"],
      ["write to me at reply.anna@schmidt-familie.de", "reply.anna@schmidt-familie.de"],
      ["my email is dmarc.lee@lee-family.net", "dmarc.lee@lee-family.net"],
      ["reply to me: reply-anna.k@gmx-like-domain.de", "reply-anna.k@gmx-like-domain.de"],
      ["my e-mail is john.smith+news@gmail.com", "john.smith+news@gmail.com"],
    ]);
  });
  it("a session-42 role word that is a surname or on free mail, or a role mailbox under a personal label line, is a person's", () => {
    expectFound([
      ["Contact Mark Jenkins at jenkins@jenkins-plumbing.co.uk", "jenkins@jenkins-plumbing.co.uk"],
      ["From: Sarah Jenkins <jenkins@hartley-law.co.uk>", "jenkins@hartley-law.co.uk"],
      ["Mark's private e-mail is jenkins@sky.com", "jenkins@sky.com"],
      ["I'm Jane Okafor, a one-person bookkeeping business. My e-mail:\nreports@okafor-books.co.uk", "reports@okafor-books.co.uk"],
      ["Hi, this is my personal address:\ninfo@annas-atelier.de", "info@annas-atelier.de"],
      ["mon adresse perso :\nnews@chez-marie-dupont.fr", "news@chez-marie-dupont.fr"],
      ["Meine private Mail:\nnews@mueller-haus.de", "news@mueller-haus.de"],
      ["mi correo es docs@lopez-familia.es", "docs@lopez-familia.es"],
      ["email my brother at docs@dr-akin.com", "docs@dr-akin.com"],
      ["I'm a sole trader, write to me at reports@okafor-books.co.uk", "reports@okafor-books.co.uk"],
    ]);
  });
  it("a real password next to the prose shapes: a value on the next line, a setting verb, a word inside a value", () => {
    expectFound([
      ["SMTP_PASSWORD=\nVelvetharbour", "Velvetharbour"],
      ["DB_PASS=\n  kotek123\n", "kotek123"],
      ["password =\nhunter-kiwi", "hunter-kiwi"],
      ["we changed the wifi password for the guests to marmalade", "marmalade"],
      ["please set the password of the NAS to pumpernickel", "pumpernickel"],
      ["the password for the shed lock got changed to bluebell", "bluebell"],
      ["the password is tulips?", "tulips?"],
      ["the wifi password is Tom's-Garage-77", "Garage-77"],
      ["mysql -u root -pKLONDIKE prod", "KLONDIKE"],
    ]);
  });
  it("a person's rejected login attempts, a one-label host, a value that merely starts like a hash are still values", () => {
    expectFound([
      ["Keycloak rejected password Kx9!mPz2Wq for user anna.b this morning", "Kx9!mPz2Wq"],
      ["The login log shows two rejected passwords: Bergen#Fjord-1987 and Bergen#Fjord-1986, which is my real one?", "Bergen#Fjord-1987"],
      ["Our policy's rejected passwords: Password1! - accepted for anna.b: Vk8#pLm2-Qz", "Vk8#pLm2-Qz"],
      ["postgres://app:Rq4vN8xkT2pw@test:5432/app", "Rq4vN8xkT2pw"],
      ["mysql://root:Zt8!kW2pq@invalid:3306/db", "Zt8!kW2pq"],
      ["redis://:Kp9!wQ2xLm7@example:6379", "Kp9!wQ2xLm7"],
      ["postgres://svc:Lm4!qR8tZx2@db.example.com.fenwick.io/app", "Lm4!qR8tZx2"],
      ["mongodb+srv://ops:Hq7xLp2!vN9@cluster0.exampleco.mongodb.net/prod", "Hq7xLp2!vN9"],
      ['{"user": "anna", "password": "pbkdf2rocks!2024"}', "pbkdf2rocks!2024"],
      ['{"user": "anna", "password": "$6$ummer2024!x"}', "$6$ummer2024!x"],
    ]);
  });
  it("a user / strong password after an administrator cue (dev-46 A's miss), in three languages and over a line break", () => {
    expectFound([
      ["Jenkins admin is stefan.k / Harz-Pine!7720", "Harz-Pine!7720"],
      ["GitLab admin: m.oduya / Quill#Barge-5519", "Quill#Barge-5519"],
      ["Unser Jenkins-Admin ist stefan.k / Harz-Pine!7720", "Harz-Pine!7720"],
      ["Jenkins admin:\nstefan.k / Harz-Pine!7720", "Harz-Pine!7720"],
      ["Sonarqube administrator is p.novak / Vltava!Bridge-88", "Vltava!Bridge-88"],
    ]);
    expectSilent(["the default Jenkins admin is admin / admin", "the default admin is admin / Passw0rd!", "admin: root / ${ROOT_PASSWORD}"]);
  });
  it("a request to replace a phone number, a birth date or an address with a dummy denies the test cue", () => {
    expectFound([
      ["please replace the number with a dummy: 0151 23456789", "0151 23456789"],
      ["swap the address for a placeholder: Lindenstraße 14, 10115 Berlin", "Lindenstraße 14"],
    ]);
  });
  it("hard negatives: the artefacts the rules were written for stay silent", () => {
    expectSilent([
      "List-Id: <dev.lists.apache.org>\nList-Help: <mailto:dev-help@lists.apache.org>",
      "Header aus der Debian-Liste:\nList-Post: <mailto:debian-user-german@lists.debian.org>",
      "Reply-To: reply+AAB7XQ2ZC4KT@reply.github.com",
      "Return-Path: <bounces+1234567-abcd@em123.sendgrid.net>",
      "Authentication-Results: mx.google.com; dkim=pass header.i=@em.ourapp.io; spf=pass smtp.mailfrom=bounces@em.ourapp.io",
      "rua=mailto:dmarc-reports@ourapp.io; ruf=mailto:dmarc-forensic@ourapp.io",
      "Co-authored-by: octocat <583231+octocat@users.noreply.github.com>",
      "Our Jenkins sends mail from jenkins@ci.ourcorp.dev",
      "Configure Jenkins to send from jenkins@ci.ourcorp.dev",
      "Please file bugs with reports@ourapp.io",
      "subscribe via users-subscribe@lists.fedoraproject.org",
      "SMTP_USER=\nSMTP_PASSWORD=\n\nWhat should these be?",
      "SMTP_PASSWORD=\nWhy does it fail?",
      "DB_PASSWORD=\nDB_PORT=5432",
      "Is a 12-character password strong? or is it weak?",
      "Use this password to unlock the archive: it's in the vault",
      "Examples of forbidden passwords such as `Qwerty123!` are listed in the policy.",
      "mongodb://admin:S3cretPass@db.example.com:27017/app",
      "postgres://u:Lm4qR8tZx2@db.staging.test/app",
      "MINIO_ROOT_PASSWORD=minioadmin",
      '{"username": "x", "password": "$6$rounds=5000$saltsalt$abcdefghijklmnopqrstuv"}',
      "mysql -u root -pDB_PASSWORD app",
    ]);
  });
  it("the value after the answer to a judging question: 'mein Passwort ist gut? Nein: Isar-Brücke!2019' (closed in session 47)", () => {
    expectFound([["Bitte lösch das: mein Passwort ist gut? Nein: Isar-Brücke!2019", "Isar-Brücke!2019"]]);
  });
  it("a shell variable after curl -u user: is not a password (closed by s43-probes)", () => {
    expectSilent(["curl -u admin:$ADMIN_PASSWORD https://x.io"]);
  });
});
