import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 41 review (issue #15) of the last three privacy merges: unpadded base64 without an encoding word, the three
 * scoped suppressions (test word, bare Impressum, service cue) and the format seams (declared separators). Bypasses an
 * attacker would try next and false alarms. `it.fails` marks a gap found by this review and left open (docs/privacy.md,
 * "review of the last three merges"): it starts failing, and must be turned into `it`, when the gap is closed. Invented values.
 */
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64").replace(/=+$/, "");
const categories = (text: string) => found(text).map((value) => value.slice(0, value.indexOf(":")));

describe("encoded bypasses", () => {
  it.each([
    ["all-lower-case text", b64("jane doe, jane.doe@gmail.com"), "email"],
    ["base64url of lower-case text", Buffer.from("jane.doe@gmail.com, jane doe").toString("base64url"), "email"],
    ["an SSN sentence", b64("ssn 412-67-3391 for john"), "us_ssn"],
    ["a phone sentence", b64("call me on +44 7911 123456 tomorrow"), "phone"],
  ])("unpadded base64 of %s is decoded", (_name, token, category) => {
    expect(found(`what is ${token} please`)).toEqual([`${category}:${token}`]);
  });

  // Closed (s41-hexmail): a digit-free run opens the gate when its bytes are text with an `@` or a space.
  it("digit-free unpadded base64 of an e-mail", () => {
    const token = b64("janevance@gmail.com");
    expect(token).toMatch(/^[A-Za-z]+$/);
    expect(found(`what is ${token} please`)).toEqual([`email:${token}`]);
  });

  // Closed (s41-hexmail): a hex run decoding to text is read. Closed (s42-gaps): base32 of text is read too.
  it("hex of an e-mail", () => {
    expect(categories(`decode: ${Buffer.from("jane.doe@gmail.com").toString("hex")}`)).toEqual(["email"]);
  });
  it("base32 of an e-mail, and its twin: a demo TOTP secret and an upper-case constant", () => {
    expect(categories("base32: NJQW4ZJOMRXWKQDHNVQWS3BOMNXW2")).toEqual(["email"]);
    expect(found("RFC 6238 test secret GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ and MAXIMUMRETRYCOUNTEXCEEDED")).toEqual([]);
  });
});

describe("declared separators and test words", () => {
  it("a PID under separators MSH declares, and a pipe PID without MSH, are read", () => {
    expect(categories("MSH#^~\\&#LAB#HOSP\nPID#1##00448127^^^LAB^MR##ABERNATHY^TOBIAS##19890722#M")).toEqual(["medical_record", "date_of_birth"]);
    expect(categories("PID|1||00448127^^^LAB^MR||ABERNATHY^TOBIAS||19890722|M")).toEqual(["medical_record", "date_of_birth"]);
  });

  // Closed (s42-gaps): a PID line under another separator is read without its MSH line; a log's `PID#4471` is no record.
  it("a '#'-separated PID without its MSH line, and its twin: a process-id log line", () => {
    expect(categories("PID#1##00448127^^^LAB^MR##ABERNATHY^TOBIAS##19890722#M")).toContain("date_of_birth");
    expect(found("PID#4471 exited with status 1 at 19890722\nPID#4472 started")).toEqual([]);
  });

  it("a 'Test' column header over real values keeps them", () => {
    expect(categories("| Test | Patient | DOB |\n|---|---|---|\n| HbA1c | Sarah Collins | 14/03/1987 |")).toContain("date_of_birth");
    expect(categories("| Test | Patient | Email |\n|---|---|---|\n| HbA1c | Sarah Collins | sarah.collins@gmail.com |")).toContain("email");
  });

  it("a value the test word labels is a test value", () => {
    expect(found("Test: 07831 456789")).toEqual([]);
  });

  it("a medical test is no test value: its results name a person (MEDICAL_TEST)", () => {
    expect(categories("Test results for sarah.collins@gmail.com: HbA1c 9.1%")).toContain("email");
    expect(categories("Blood test for Sarah Collins, sarah.collins@gmail.com, DOB 14/03/1987")).toEqual(expect.arrayContaining(["email", "date_of_birth"]));
    expect(found("Test account for the form: qa.team@gmail.com")).toEqual([]);
  });

  // Closed (s41-testhead): a bare 'Test' word labels values on its own line; a declared test record keeps the lines below.
  it("a 'Test:' heading above a labelled record is no test record", () => {
    expect(categories("Test:\nName: Sarah Collins\nDOB: 14/03/1987\nPhone: 07831 456789")).toEqual(["date_of_birth", "phone"]);
    expect(categories("Test:\nDOB: 14/03/1987")).toEqual(["date_of_birth"]);
  });
  it.each(["Test data:", "Testdaten:", "Test record:", "Test values -"])("%s over a record declares its birth date a test value", (heading) => {
    expect(categories(`${heading}\nDOB: 14/03/1987`)).toEqual([]);
  });

  it("an e-mail hyphenated across a line break is one address", () => {
    expect(found("mail jane-\ndoe@gmail.com")).toEqual(["email:jane-\ndoe@gmail.com"]);
  });
});

describe("false alarms", () => {
  it.each([
    ["a long camelCase identifier with digits", "export const useGetOrganisationMembersQuery2V3Handler = () => {}"],
    ["Kubernetes resource names", "pod/payments-api-7d9f8b6c4d-x2k9p Running 0 3d\nkubectl logs deploy/checkoutService-v2 -c istioProxy2Sidecar"],
    ["a ULID request id and a trace id", "INFO request_id=01HZX3K9Q7M5V8N2B4C6D8F0GJ trace=4bf92f3577b34da6a3ce929d0e0e4736"],
    ["random API ids in a log", "charge ch_3OqKZx2eZvKYlo2C1a9b8c7d ok; event 2Nf3lQbZkC0yR8wV5tX7uM1pH4sJ; doc users/Xk2mP9qLr8TnV4bW7cYz1aHd3"],
    ["a package-lock integrity hash", '"integrity": "sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg"'],
    [
      "the HL7 spec's sample under declared separators",
      "MSH#^~\\&#ADT1#GOOD HEALTH HOSPITAL#GHH LAB#ELAB-3#198808181126#SECURITY#ADT^A01#MSG00001#P#2.8\nPID#1##PATID1234^^^GOOD HEALTH HOSPITAL^MR##EVERYMAN^ADAM^A^III##19610615#M",
    ],
  ])("%s reports nothing", (_name, text) => {
    expect(found(text)).toEqual([]);
  });

  // Closed (s41-testhead): the spec's ADT^A01 sample patient (EVERYMAN^ADAM) is a test record, its (555) numbers too.
  it("the HL7 spec's ADT^A01 sample with its phones reports nothing", () => {
    const pid =
      "PID|1||PATID1234^^^GOOD HEALTH HOSPITAL^MR||EVERYMAN^ADAM^A^III||19610615|M||C|2222 HOME STREET^^GREENSBORO^NC^27401-1020|GL|(555) 555-2004|(555)555-2004||S||PATID12345001^2^M10^ADT1^AN^A|444333333|987654^NC|";
    expect(
      found(`MSH|^~\\&|ADT1|GOOD HEALTH HOSPITAL|GHH LAB, INC.|GOOD HEALTH HOSPITAL|198808181126|SECURITY|ADT^A01^ADT_A01|MSG00001|P|2.8||\n${pid}`),
    ).toEqual([]);
  });
  it("a real patient's PID line, and a 555 number off the sample's line, are kept", () => {
    const real = "PID|1||00448127^^^LAB^MR||ABERNATHY^TOBIAS||19890722|M||C|12 ELM ST^^BRISTOL|GL|(555) 555-2004|";
    expect(categories(real)).toContain("phone");
    expect(categories("PID|1||PATID1234^^^GHH^MR||EVERYMAN^ADAM||19610615|M\nCall Tobias Abernathy on (555) 555-2004")).toEqual(["phone"]);
  });
});
