import { describe, expect, it } from "vitest";
import { createPrivacyScanner } from "../../src/privacy/index.js";
import { found } from "./privacy-helpers.js";

describe("public versus personal", () => {
  it("private and reserved IP ranges are infrastructure", () => {
    expect(found("Docker: 172.17.0.1, router 192.168.1.1, health check 10.0.4.12 ok, CGNAT 100.64.3.2")).toEqual([]);
    expect(found("the gateway at 81.169.145.92 drops packets")).toEqual(["ip_address:81.169.145.92"]);
  });
  it("drama and documentation phone ranges", () => {
    expect(found("Call 07700 900123 or 020 7946 0018, or +1 212 555 0199")).toEqual([]);
    expect(found("call me at +44 7700 123456")).toEqual(["phone:+44 7700 123456"]);
  });
  it("documented test values are not sensitive by default, and configurable", () => {
    const text = "Test card 4242 4242 4242 4242, IBAN GB82 WEST 1234 5698 7654 32, SSN 123-45-6789";
    expect(found(text)).toEqual([]);
    const strict = createPrivacyScanner({ testValues: "sensitive" });
    expect(strict.scan(text).map((finding) => finding.category)).toEqual(["payment_card", "iban", "us_ssn"]);
  });
  it("fictional characters, public figures, landmarks and an unnamed own birth date", () => {
    expect(found("Harry Potter was born on 31 July 1980.")).toEqual([]);
    expect(found("Walter White was diagnosed with lung cancer in Breaking Bad.")).toEqual([]);
    expect(found("Visit the Eiffel Tower at Champ de Mars, 5 Avenue Anatole France, 75007 Paris.")).toEqual([]);
    expect(found("I was born on 12 March 1990, how old am I?")).toEqual([]);
  });
  it("a named private person with health or identity data is sensitive", () => {
    expect(found("Solveig Abernathy, né le 11 décembre 1984, demande une attestation.")).toEqual(["date_of_birth:11 décembre 1984"]);
    expect(found("My colleague Maria Schmidt was diagnosed with breast cancer.")).toEqual(["health:breast cancer"]);
  });
});
