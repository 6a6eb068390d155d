import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../src/privacy/index.js";

const scanner = createPrivacyScanner();

/** The values found in `text`, as `category:value`. */
function found(text: string): string[] {
  return scanner.scan(text).map((finding) => `${finding.category}:${text.slice(finding.start, finding.end)}`);
}

const positives: Array<[string, string, string]> = [
  ["email", "write to jane.doe@gmail.com today", "jane.doe@gmail.com"],
  ["email", "Mail an jürgen.müller@web.de schicken", "jürgen.müller@web.de"],
  ["email", "GET /contacts?email=ravi9@clinique-saint-luc.fr&tab=1", "ravi9@clinique-saint-luc.fr"],
  ["email", "write to jane.doe [at] gmail [dot] com", "jane.doe [at] gmail [dot] com"],
  ["email", "reach me at jsmith at outlook dot com", "jsmith at outlook dot com"],
  ["phone", "call me on +49 30 901820 00 tomorrow", "+49 30 901820 00"],
  ["phone", "Mon numéro de téléphone est le 06 12 34 56 78.", "06 12 34 56 78"],
  ["phone", "Phone: (415) 555-2671", "(415) 555-2671"],
  ["phone", "Ruf mich unter 0171 2345678 an", "0171 2345678"],
  ["phone", "call me at +1 212 736 0147 tonight", "+1 212 736 0147"],
  ["payment_card", "card 4172 9960 8905 6538 exp 09/27", "4172 9960 8905 6538"],
  ["payment_card", "amex 3762-492596-06639", "3762-492596-06639"],
  ["payment_card", "cc=5598448113359473", "5598448113359473"],
  ["iban", "IBAN DE98 6537 3907 3606 3221 72 bitte", "DE98 6537 3907 3606 3221 72"],
  ["iban", "iban: GB15NWBK66389987754546", "GB15NWBK66389987754546"],
  ["iban", "RIB FR65 0166 8708 9477 9612 2841 964", "FR65 0166 8708 9477 9612 2841 964"],
  ["us_ssn", "My SSN is 536-22-1234.", "536-22-1234"],
  ["national_id", "NI number QQ is invalid but AB 12 34 56 C is fine", "AB 12 34 56 C"],
  ["national_id", "Steuer-ID: 86095742719", "86095742719"],
  ["national_id", "Aadhaar 4991 1866 5246", "4991 1866 5246"],
  ["national_id", "mi DNI es 48392016Q", "48392016Q"],
  ["passport", "passport number: 533284917", "533284917"],
  ["passport", "Mi número de pasaporte es PAA123456", "PAA123456"],
  ["ip_address", "the gateway at 81.169.145.92 drops packets", "81.169.145.92"],
  ["ip_address", "DB on 52.14.4.23:5432", "52.14.4.23"],
  ["ip_address", "ban 2a02:8070:a188:1e00::5 now", "2a02:8070:a188:1e00::5"],
  ["street_address", "ship to 1234 Maple Avenue, Springfield, IL 62704.", "1234 Maple Avenue, Springfield, IL 62704"],
  ["street_address", "Anschrift: Lindenstraße 12, 10115 Berlin", "Lindenstraße 12, 10115 Berlin"],
  ["street_address", "J'habite au 12 rue de la Paix, 75002 Paris.", "12 rue de la Paix, 75002 Paris"],
  ["health", "My colleague Maria Schmidt was diagnosed with breast cancer.", "breast cancer"],
  ["health", "Mein Nachbar Karl Huber leidet an Parkinson.", "Parkinson"],
  ["medical_record", "Patient John Roe, MRN: 00123456, discharge today", "00123456"],
  ["date_of_birth", "Name: Ana Ruiz\nDOB: 03/14/1985", "03/14/1985"],
  ["date_of_birth", "Erika Muster, geboren am 12. März 1990, beantragt", "12. März 1990"],
  ["bank_account", "routing number 021000021 and account number 4820019345", "021000021"],
  ["api_key", "key sk-proj-Ab3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5 broke", "sk-proj-Ab3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5"],
  ["api_key", "aws_access_key_id = AKIAZ7Q3JX4W2LMNB5TR", "AKIAZ7Q3JX4W2LMNB5TR"],
  ["api_key", "token ghp_R8x2Kq9LmN4pZ7vT1wY3bC6dF0gH5jS2aE8u", "ghp_R8x2Kq9LmN4pZ7vT1wY3bC6dF0gH5jS2aE8u"],
  ["api_key", "SLACK_BOT_TOKEN=xoxb-20471839562-5032817463928-Kd8sPq2LmX7vN4rT9wB1cZ6y", "xoxb-20471839562-5032817463928-Kd8sPq2LmX7vN4rT9wB1cZ6y"],
  ["api_key", "stripe sk_live_51HqLm2eZvKYlo2C8x9Qw3RtY", "sk_live_51HqLm2eZvKYlo2C8x9Qw3RtY"],
  ["api_key", "maps key AIzaSyD3f8Kq9LmN4pZ7vT1wY3bC6dF0gH5jS2a", "AIzaSyD3f8Kq9LmN4pZ7vT1wY3bC6dF0gH5jS2a"],
  ["api_key", '{"client_secret": "q8Zr2Lm9Xv4Tn7Wb1Kc6Yd3Hf0Js5Pg"}', "q8Zr2Lm9Xv4Tn7Wb1Kc6Yd3Hf0Js5Pg"],
  [
    "jwt",
    "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI5ODc2NTQzMjEwIiwibmFtZSI6IkFubmEifQ.abcDEF123ghiJKL456mnoPQR",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI5ODc2NTQzMjEwIiwibmFtZSI6IkFubmEifQ.abcDEF123ghiJKL456mnoPQR",
  ],
  ["password", "DB_PASSWORD=Tr0ub4dor&3x", "Tr0ub4dor&3x"],
  ["password", "Mein Passwort ist Sommer2024!", "Sommer2024!"],
  ["password", "mi contraseña es Gato_1234", "Gato_1234"],
  ["password", 'password: "hunter42x"', "hunter42x"],
  ["connection_string", "use postgres://admin:S3cr3t!x@db.internal:5432/app please", "postgres://admin:S3cr3t!x@db.internal:5432/app"],
  ["connection_string", "Server=sql01;Database=Sales;User Id=sa;Password=Pa55w0rd!;", "Server=sql01;Database=Sales;User Id=sa;Password=Pa55w0rd!"],
];

const negatives: Array<[string, string]> = [
  ["placeholder key", "export OPENAI_API_KEY=YOUR_API_KEY"],
  ["x-ed key", "client = OpenAI(api_key='sk-xxxxxxxxxxxxxxxxxxxxxxxx')"],
  ["angle-bracket token", "curl -H 'Authorization: Bearer <token>' https://api.example.com"],
  ["template password", "password: ${DB_PASSWORD}"],
  ["env password", "const password = process.env.DB_PASSWORD;"],
  ["masked password", 'token: "********"'],
  ["password prose", "The login says the password is incorrect."],
  ["documentation email", "send it to alice@example.com or bob@test"],
  ["documentation ips", "allow 192.0.2.10, 198.51.100.7, 203.0.113.9 and 127.0.0.1 and ::1 and 2001:db8::1"],
  ["public resolvers", "use 8.8.8.8 and 1.1.1.1"],
  ["luhn failure", "card 4111 1111 1111 1112"],
  ["iban failure", "IBAN DE89 3704 0044 0532 0130 01"],
  ["invalid ssn", "SSN 000-12-3456 or 666-12-3456 or 912-34-5678"],
  ["uuid", "request 550e8400-e29b-41d4-a716-446655440000 failed"],
  ["git sha", "git revert 3f9c2a7d1e8b4c6f0a2d5e7b9c1f3a5d7e9b2c4f"],
  ["version", "upgrade from v1.2.3 to 10.0.19041.1"],
  ["aws example", "AKIAIOSFODNN7EXAMPLE is the sample key"],
  [
    "jwt.io example",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
  ],
  ["key placeholder", "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"],
  ["general medical", "What are the early symptoms of type 2 diabetes?"],
  ["general medical de", "Welche Nebenwirkungen hat Metformin?"],
  ["public figure", "Stephen Hawking lived for decades with ALS and had motor neurone disease."],
  ["public figure dob", "Einstein was born on 14 March 1879 in Ulm."],
  ["public address", "The White House is at 1600 Pennsylvania Avenue NW."],
  ["fictional phone", "The film script uses 555-0123 and +1 212 555 0199 as fake numbers."],
  ["dates and numbers", "Meeting on 2025-03-14 at 10:30, order #483920, ISBN 978-3-16-148410-0, 1,234,567 users"],
  ["ordinary", "Explain the difference between a process and a thread."],
  ["at and dot in prose", "Look at google.com and meet at noon."],
  ["case study without a name", "In the textbook case study, how is schizophrenia usually diagnosed?"],
];

describe("privacy detectors: positives", () => {
  it.each(positives)("%s in %j", (category, text, value) => {
    expect(found(text)).toContain(`${category}:${value}`);
  });
});

describe("privacy detectors: hard negatives", () => {
  it.each(negatives)("%s", (_name, text) => {
    expect(found(text)).toEqual([]);
  });
});

describe("privacy scanner output", () => {
  it("returns non-overlapping findings sorted by start, with a rule name and no value", () => {
    const text = "Mail jane.doe@gmail.com, card 4172 9960 8905 6538, key sk-proj-Ab3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5";
    const findings = scanner.scan(text);
    expect(findings.map((finding) => finding.category)).toEqual(["email", "payment_card", "api_key"]);
    for (let index = 1; index < findings.length; index++) expect(findings[index]!.start).toBeGreaterThanOrEqual(findings[index - 1]!.end);
    for (const finding of findings) expect(Object.keys(finding).sort()).toEqual(["category", "end", "rule", "start"]);
  });

  it("reports a connection string once, not its password separately", () => {
    const text = "DATABASE_URL=mysql://svc:Xq9#mL2vR7@db.internal:3306/shop";
    expect(scanner.scan(text).map((finding) => finding.category)).toEqual(["connection_string"]);
  });

  it("finds values split by spaces or dashes", () => {
    expect(found("card: 4172-9960-8905-6538")).toContain("payment_card:4172-9960-8905-6538");
    expect(found("IBAN: NL25-ABNA-7729-5293-06")).toContain("iban:NL25-ABNA-7729-5293-06");
  });

  it("returns nothing for empty input", () => {
    expect(scanner.scan("")).toEqual([]);
  });
});
