import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

describe("public versus personal: people, places, infrastructure", () => {
  it("fictional, landmark and business addresses identify nobody; a home does", () => {
    expect(found("Homer Simpson lives at 742 Evergreen Terrace, Springfield.")).toEqual([]);
    expect(found("The Guggenheim is at 1071 Fifth Avenue; Abbey Road Studios, 3 Abbey Road, London.")).toEqual([]);
    expect(found("Book a table at Luigi's Trattoria, 18 Dean Street, London W1D 3RT.")).toEqual([]);
    expect(found("Our nanny, Rita Gomes, lives at 14 Maple Avenue, Springfield, IL 62704.")).toEqual(["street_address:14 Maple Avenue, Springfield, IL 62704"]);
  });
  it("biography ledes, example dates and placeholder dates are not dates of birth", () => {
    expect(found("Greta Thunberg (born 3 January 2003) is a Swedish climate activist.")).toEqual([]);
    expect(found("Date of birth field: please enter DD/MM/YYYY, e.g. 01/01/2000.")).toEqual([]);
    expect(found("sample record: name=Test User, dob=1900-01-01")).toEqual([]);
    expect(found("Register my daughter Mila Novak, born 5 March 2019, for the course.")).toEqual(["date_of_birth:5 March 2019"]);
  });
  it("named people with health data in notes, records and chat", () => {
    expect(found("Pt: Mrs. Ingrid Solberg\nS: breathless\nO: crackles\nA: decompensated heart failure")).toEqual(["health:decompensated heart failure"]);
    expect(found("Paciente: Carmen Ortiz\nDiagnóstico: neumonía bilateral")).toEqual(["health:neumonía bilateral"]);
    expect(found('{"resourceType":"Condition","subject":{"display":"Maria Gonzalez"},"code":{"text":"Major depressive disorder"}}')).toEqual([
      "health:Major depressive disorder",
    ]);
    expect(found("Jamal's therapist says his PTSD is improving.")).toEqual(["health:PTSD"]);
    expect(found("My grandfather had Parkinson's disease; is it hereditary?")).toEqual([]);
  });
  it("passwords in use, E.164 numbers, cloud accounts and documented defaults", () => {
    expect(found("I use Tr0ub4dor&3x for my email, is that strong enough?")).toEqual(["password:Tr0ub4dor&3x"]);
    expect(found("We use Node.js-18 and GPT-4o-mini for builds")).toEqual([]);
    expect(found("WARN OTP resend to +4915112345678 after 3 failures")).toEqual(["phone:+4915112345678"]);
    expect(found('{"aws": {"account": "493817265012", "region": "eu-west-1"}}')).toEqual([]);
    expect(found("docker run -e POSTGRES_PASSWORD=postgres postgres:16")).toEqual([]);
  });
});
