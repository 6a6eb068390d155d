import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

// Development examples written from the description of missed structured records.
describe("structure-aware detection: field names, column headers and record types", () => {
  it("JSON fields, including a document number whose type says passport", () => {
    expect(found('{"name": "Lena Vogt", "passport_no": "C01X00T47"}')).toContain("passport:C01X00T47");
    expect(found('{"doc_type": "P", "doc_number": "X4821934"}')).toContain("passport:X4821934");
  });
  it("a SQL LIKE or like between a field and its value, after prose that says 'like' (separators found by hand)", () => {
    expect(found("I'd like to see why this is slow: SELECT * FROM travellers WHERE passport_no LIKE 'C01X00T47'")).toContain("passport:C01X00T47");
    expect(found("we unlike the rest filter where passport_no like 'C01X00T47'")).toContain("passport:C01X00T47");
  });
  it("CSV with a header: the column names the value", () => {
    expect(found("mrn,visit_date,bp\n4471902,2024-03-02,120/80")).toEqual(["medical_record:4471902"]);
    expect(found("employee,routing,account,amount\nJ. Okafor,021000021,4820019345,1200.00")).toEqual(["bank_account:021000021", "bank_account:4820019345"]);
  });
  it("markdown table: a named person's diagnosis", () => {
    expect(found("| name | diagnosis |\n|---|---|\n| Rui Costa | asthma |")).toEqual(["health:asthma"]);
  });
  it("HL7 v2 PID and DG1 segments", () => {
    const message = "PID|1||839201^^^HOSP^MR||Whitfield^Jonas||19521123|F\nDG1|1||E11.9^Type 2 diabetes^I10";
    expect(found(message)).toEqual(["medical_record:839201", "date_of_birth:19521123", "health:E11.9^Type 2 diabetes^I10"]);
  });
  it("FHIR identifier typed MRN and birthDate", () => {
    const resource = '{"resourceType": "Patient", "identifier": [{"type": {"coding": [{"code": "MR"}]}, "value": "7730021"}], "birthDate": "1961-07-04"}';
    expect(found(resource)).toEqual(["medical_record:7730021", "date_of_birth:1961-07-04"]);
  });
  it("vCard properties", () => {
    expect(found("BEGIN:VCARD\nFN:Priya Raman\nTEL;TYPE=CELL:+91 98450 12345\nBDAY:1990-04-12\nEND:VCARD")).toEqual([
      "phone:+91 98450 12345",
      "date_of_birth:1990-04-12",
    ]);
  });
  it("SQL literals: WHERE comparisons and INSERT columns", () => {
    expect(found("SELECT * FROM visits WHERE mrn = '5512093';")).toEqual(["medical_record:5512093"]);
    expect(found("INSERT INTO patients (full_name, dob, diagnosis) VALUES ('Tomas Rey', '1977-02-14', 'HIV');")).toEqual([
      "date_of_birth:1977-02-14",
      "health:HIV",
    ]);
  });
  it("key=value logs and code: E.164 numbers", () => {
    expect(found("sms-gateway INFO sent to=+14155552671 status=delivered")).toEqual(["phone:+14155552671"]);
    expect(found("number = phonenumbers.parse('9196500435', None)")).toEqual(["phone:9196500435"]);
  });
  it("stays quiet on ordinary configuration and logs", () => {
    expect(found("user_id=42 latency_ms=12 status=200 path=/v1/items")).toEqual([]);
    expect(found("services:\n  db:\n    image: postgres:16\n    ports:\n      - 5432:5432")).toEqual([]);
    expect(found('{"phone": null, "dob": "N/A", "password": "${DB_PASSWORD}"}')).toEqual([]);
  });
});
