import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/** Session 44 (dev-55 half A): passports and biometrics as airline, border, hotel, HR and security systems emit them. */
describe("travel and biometric records (session 44)", () => {
  it("PNRGOV's SSR+DOCS segment; a DOCA to the line's end; not IATA's YY example", () => {
    const pnrgov = "TIF+DIALLO:FATOUMATA'\nSSR+DOCS:HK:1:AF:::::/P/SEN/A02917735/SEN/05MAR90/F/14JUN30/DIALLO/FATOUMATA'";
    expect(found(pnrgov)).toEqual(["passport:A02917735", "date_of_birth:05MAR90"]);
    expect(found("SSR DOCA AZ HK1 R/ITA/VIA DEI MILLE 27/TORINO/10123")).toEqual(["street_address:VIA DEI MILLE 27/TORINO/10123"]);
    expect(found("The IATA example is SSR DOCA YY HK1 D/USA/123 MAIN STREET/ANYTOWN/NY/10001")).toEqual([]);
  });
  it("a manifest row's document-type cell before the number, and the birth date before it; not a header", () => {
    expect(found("CREW|CPT|HALVORSEN|ERIK|M|19790430|NOR|P|32891746|20300215|OSL")).toEqual(["date_of_birth:19790430", "passport:32891746"]);
    expect(found("16|12/12/2026|01|MELNYK|OKSANA|2|22/07/1990|100000100|UCRAINA|PASSAPORTO|FE482917|KYIV")).toEqual([
      "date_of_birth:22/07/1990",
      "passport:FE482917",
    ]);
    expect(found("NAZWISKO;IMIE;DATA_UR;OBYW;DOK;NR_DOK")).toEqual([]);
    expect(found("XXX;XXX;XXX;P;XXXXXXXXX;XXX")).toEqual([]);
  });
  it("a passport object's number in JSON; a passport after its issuing state; not a specimen number", () => {
    expect(found('{"travel_document":{"type":"P","number":"HK482917","expiry":"2031-07-30"}}')).toContain("passport:HK482917");
    expect(found('{"reisepass":{"nummer":"U28473916","staat":"TUR"}}')).toContain("passport:U28473916");
    expect(found('{"type":"P","number":"HK482917"}')).toEqual([]);
    expect(found("Doc.: pasaporte GBR 548217390")).toEqual(["passport:548217390"]);
    expect(found("Het specimen-paspoort toont nummer SPECI2014.")).toEqual([]);
  });
  it("a template's record id under a biometric column or key; not a badge number", () => {
    const clock = "emp_no,name,finger_template_id,punch_in\n4471,Darren Pickett,FPT-00A4-7C19-E3B2,07:58";
    expect(found(clock)).toContain("biometric:FPT-00A4-7C19-E3B2");
    expect(found("cliente=Montserrat Puig huella_vocal=hv_7c3b2d4f1e9a8e21 estado=ALTA")).toContain("biometric:hv_7c3b2d4f1e9a8e21");
    expect(found("emp_no,name,badge_id,in\n4471,Darren Pickett,BADGE-1188,07:58")).not.toContain("biometric:BADGE-1188");
  });
  it("an iris code with its side, a face vector, a named person's face id, a paternity STR table; not a sample face id", () => {
    expect(found("iris_code_right=9f3c07e4b2d58866f0c1d9b74e2a3f5c08d1e7b69a4f20a3 mask_ok=true")).toEqual([
      "biometric:9f3c07e4b2d58866f0c1d9b74e2a3f5c08d1e7b69a4f20a3",
    ]);
    const named = '{"ExternalImageId":"Lorena_Vidal_Ortega","FaceId":"3e7a19c2-44b0-4d8e-9f21-7c6b5a4d3e2f","Similarity":61.4}';
    expect(found(named)).toEqual(["biometric:3e7a19c2-44b0-4d8e-9f21-7c6b5a4d3e2f"]);
    expect(found('The API reference example: {"faceId":"c5c24a82-6845-4031-9d5d-978df9175426","faceRectangle":{"width":78}}')).toEqual([]);
    expect(found("alleged father: Wayne Critchley, paternity case\nD8S1179 12,14; D21S11 28,30; D7S820 10,11")).toEqual([
      "biometric:D8S1179 12,14; D21S11 28,30; D7S820 10,11",
    ]);
  });
  it("a guest form's arrival date under its birth-date line is no birth date", () => {
    expect(found("Geburtsdatum: 03.05.1989\nAnreise: 12.12.2026")).toEqual(["date_of_birth:03.05.1989"]);
  });
});
