import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../../src/privacy/index.js";
import { historicLifeSpan, namesPublicPersonInScripts } from "../../../src/privacy/judgement/script-public-people.js";
import { isFillerNumber } from "../../../src/privacy/judgement/placeholder-values.js";
import { growth, repeatTo } from "../../helpers/linear-growth.js";

const byDefault = createPrivacyScanner();
const reportingTestValues = createPrivacyScanner({ testValues: "sensitive" });
const categories = (text: string, scanner = byDefault) => scanner.scan(text).map((finding) => finding.category);

/** Issue #15, dev-69: text that looks personal and is not; each case was reported before the rule beside it. */
describe("look-alike documents and public people", () => {
  it.each([
    // a well-known person named in Han, Kana or Hangul, beside a birth date or a condition
    ["ja lede", "大谷翔平（1994年7月5日生まれ）は2018年に右肘の靭帯損傷でトミー・ジョン手術を受けた。"],
    ["ko lede", "손흥민(1992년 7월 8일생)은 토트넘 소속으로 2021-22 시즌 23골을 넣어 득점왕에 올랐다."],
    ["zh life span", "鲁迅（1881年9月25日－1936年10月19日）晚年患有严重的肺结核。"],
    // a vendor's documented key in an assignment or a Bearer header
    ["Stripe docs key", "To test webhooks locally, export STRIPE_SECRET_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc as shown in the Stripe docs."],
    ["Stripe bearer", 'curl -H "Authorization: Bearer sk_test_4eC39HqLyjWDarjtT1zdp7dc" https://api.stripe.com/v1/charges'],
    // a placeholder person after a word naming the document, and a line labelled as an example
    ["form placeholder", "Exemple de formulaire : Nom : Jean Dupont, né le 01/01/1980, N° de sécurité sociale : 1 80 01 75 XXX XXX XX"],
    ["example line", "Exemple : Marie Martin, née le 12/05/1985, 12 rue de la Paix, 75002 Paris."],
    // German heads of government and Latin-script names of the list
    ["Bundeskanzler", "Gerhard Schröder, geboren am 7. April 1944, war von 1998 bis 2005 Bundeskanzler."],
    ["Beckenbauer", "Franz Beckenbauer (geboren 11. September 1945) litt in seinen letzten Jahren an Parkinson."],
    ["Kim Jong-un", "Kim Jong-un was born on 8 January 1984; reports say he suffers from gout and obesity."],
    // a drug leaflet's "patients with bleeding" is no named patient, and exchange 010 is no exchange
    ["ko leaflet", "[복약 안내] 아스피린정 100mg: 1일 1회 1정 복용. 위장 출혈 환자는 복용 금지."],
    ["NANP 555", "Contact the maintainer at maintainer@example.com or call +1 (555) 010-0123 during business hours."],
    // a date a query compares with, an example word in the line's heading, a sports award beside a birth date
    ["SQL threshold", "mysql> SELECT name, dob FROM users WHERE dob < '2000-01-01' LIMIT 10;"],
    ["example heading", "Google's libphonenumber example numbers: US +1 201-555-0123, GB +44 7400 123456, DE +49 1512 3456789."],
    ["Beispiel heading", "Beispiel einer Telefonnummer im internationalen Format: +49 30 901820"],
    ["MVP", "Super Bowl LVIII: Chiefs 25, 49ers 22 (OT). Patrick Mahomes (born September 17, 1995) named MVP."],
  ])("%s: not sensitive", (_name, text) => {
    expect(categories(text)).toEqual([]);
  });

  it.each([
    ["ko private lede", "우리 회사 직원 김민준(1989년 4월 12일생)은 지난주 입사했다.", "date_of_birth"],
    ["zh private relative", "我爸爸王建国得了肝癌，晚期了，还能做手术吗？", "health"],
    ["ko named patient", "김민수 환자는 당뇨로 인슐린을 맞고 있습니다.", "health"],
    ["live Stripe key", "export STRIPE_SECRET_KEY=sk_live_51NzQk2LbV8xYw3RtPq9mJcD7hF4sA6gT — why are charges failing?", "api_key"],
    ["a key like AWS's example", "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ9kLmP3vRt8Ws", "api_key"],
    ["example line with my", "Example: my address is 2217 W Cortland St, Chicago, IL 60647", "street_address"],
    ["form with a real name", "Formulaire : Nom : Claire Roussel, née le 14/03/1985, 12 rue des Lilas, 69003 Lyon", "date_of_birth"],
    ["a real NANP number", "Call my brother at +1 (312) 694-0157 tonight.", "phone"],
    ["a query for one person's date", "UPDATE users SET dob = '1985-03-12' WHERE name = 'Anna Weber'", "date_of_birth"],
    ["an example heading over a real record", "Example of a real record: Anna Weber, DOB 12/03/1985, 14 Elm Street, Bristol BS1 4DJ", "date_of_birth"],
    ["an example heading before my number", "Beispiel: meine Nummer ist 0171 4839215", "phone"],
    ["data laid out like an example", "Nach dem Beispiel formatieren: Anna Weber, Telefon 0171 4839215", "phone"],
    ["a request to follow the example", "Format this like the example: Anna Weber, 0171 4839215", "phone"],
  ])("%s: still found", (_name, text, category) => {
    expect(categories(text)).toContain(category);
  });

  it("reports documented keys and example lines with privacy.testValues: sensitive", () => {
    expect(categories("export STRIPE_SECRET_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc", reportingTestValues)).toContain("api_key");
    expect(categories("Exemple : Marie Martin, née le 12/05/1985, 12 rue de la Paix, 75002 Paris.", reportingTestValues)).toContain("street_address");
    expect(categories("Beispiel einer Telefonnummer im internationalen Format: +49 30 901820", reportingTestValues)).toContain("phone");
  });

  it("reads life spans and names in scripts without case", () => {
    expect(historicLifeSpan("鲁迅（1881年9月25日－1936年10月19日）")).toBe(true);
    expect(historicLifeSpan("Goethe (1749–1832)")).toBe(true);
    expect(historicLifeSpan("할머니 (1930–2020)")).toBe(false);
    expect(namesPublicPersonInScripts("大谷翔平は")).toBe(true);
    expect(namesPublicPersonInScripts("김손흥민")).toBe(false);
    expect(namesPublicPersonInScripts("동생 김연아가 허리 디스크래요")).toBe(false);
    expect(namesPublicPersonInScripts("我的朋友姚明住院了")).toBe(false);
    expect(namesPublicPersonInScripts("Anna Schmidt")).toBe(false);
  });

  it("takes a NANP number with no exchange (0 or 1 first) for a filler, written as a NANP number only", () => {
    expect(isFillerNumber("phone", "+1 (555) 010-0123")).toBe(true);
    expect(isFillerNumber("phone", "(212) 123-4567")).toBe(true);
    expect(isFillerNumber("phone", "(555) 555-2004")).toBe(false);
    expect(isFillerNumber("phone", "555 123 4567")).toBe(false);
    expect(isFillerNumber("phone", "+90 555 123 45 67")).toBe(false);
  });

  it("stays linear on near-matches (CPU-time growth for 4x the text, not a wall-clock limit)", () => {
    const units = ["(1881年9月25日－", "대통령 ", "+1 (555) "];
    const inputs = (size: number) => [...units.map((unit) => repeatTo(unit)(size)), "Exemple : " + "a".repeat(size)];
    const judge = (texts: string[]) =>
      texts.forEach((text) => {
        historicLifeSpan(text);
        namesPublicPersonInScripts(text);
        byDefault.scan(text);
      });
    expect(growth(judge, inputs, 32_768)).toBeLessThan(8);
  });
});
