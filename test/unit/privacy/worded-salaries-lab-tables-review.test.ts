import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

// Session 39 review of the dev-36 rules (issue #15): false positives they added, written before each narrowing.
describe("session 39 review of the dev-36 rules", () => {
  it("a worded count of things near a named person is no salary", () => {
    expect(has("Our client Tom Baker needs one thousand units per month delivered.", "financial")).toBe(false);
    expect(has("Ask Peter Brown: the server handles two thousand requests per hour.", "financial")).toBe(false);
    expect(has("Tell Sarah Connor we need five thousand litres a year.", "financial")).toBe(false);
    expect(found("Mi hermano Diego Ruiz gana treinta mil al año.")).toContain("financial:treinta mil");
    expect(found("My friend Callum Reid is on seventy thousand a year.")).toContain("financial:seventy thousand");
  });

  it("a date after a band, a company, a landmark or an event is no birth date", () => {
    expect(has("Morgan Stanley, 1935-09-16, founded in New York.", "date_of_birth")).toBe(false);
    expect(has("Berlin Wall - 09.11.1989 - fell.", "date_of_birth")).toBe(false);
    expect(has("Mount Everest (1953-05-29) first ascent by Hillary and Tenzing.", "date_of_birth")).toBe(false);
    expect(has("Rolling Stones, 12.07.1962, first gig at the Marquee.", "date_of_birth")).toBe(false);
    expect(has("Invoice from Harper Collins, 1998-04-02; paid.", "date_of_birth")).toBe(false);
    expect(found("Guests: Amelia Hart, 1991-02-03; Oliver Brandt, 1988-05-21.")).toContain("date_of_birth:1991-02-03");
  });

  it("a bare Arabic heading that is no name opens no lab table", () => {
    expect(has("مثال تعليمي\nسكر صائم 180\nكوليسترول 240", "health")).toBe(false);
    expect(has("الحد الأقصى\nسكر صائم 126\nكوليسترول 200", "health")).toBe(false);
    expect(has("حالة دراسية\nسكر صائم 190\nكوليسترول 250", "health")).toBe(false);
  });

  it("a bibliography's '(n.' after an initial is a public author's record", () => {
    expect(has("Bibliografía: Borges, J. L. (n. 24/08/1899). Ficciones.", "date_of_birth")).toBe(false);
    expect(has("Pérez, J. (n. 12/03/1985). Tesis doctoral.", "date_of_birth")).toBe(false);
    expect(found("Mi amiga Lucía (n. 3 de mayo de 1990) vive en Sevilla.")).toContain("date_of_birth:3 de mayo de 1990");
  });

  it("HTA, KHK and IHD as the head of a compound or before a noun name no condition", () => {
    expect(has("Sarah Jones has an HTA submission due Friday.", "health")).toBe(false);
    expect(has("Anna Weber hat die KHK-Sitzung geleitet.", "health")).toBe(false);
    expect(has("Peter Brown has IHD exposure limits to review.", "health")).toBe(false);
    expect(found("Meine Kollegin Petra Lang hat KHK.")).toContain("health:KHK");
    expect(found("Ma voisine Claire Morel a une HTA sévère.")).toContain("health:HTA");
  });
});

// Bypasses of the dev-36 rules a user would hit: small variations of what they caught.
describe("session 39 review: variations the dev-36 rules missed", () => {
  it("reads the variations", () => {
    expect(found("My friend Oliver Reid is on 70 thousand a year.")).toContain("financial:70 thousand");
    expect(found("Meine Schwester Jana Berger bekommt zweitausendfünfhundert € netto im Monat.")).toContain("financial:zweitausendfünfhundert €");
    expect(found("Oliver Reid, s/p MI 2019")).toContain("health:s/p MI");
    expect(has("What does s/p MI mean in Oliver Reid's textbook?", "health")).toBe(false);
    expect(found("Oliver Reid; 03.02.1991; Leeds")).toContain("date_of_birth:03.02.1991");
    expect(found("Oliver Reid | 1991/02/03 | Leeds")).toContain("date_of_birth:1991/02/03");
    expect(found("أحمد الخطيب\nسكر الصائم 182\nالكوليسترول الكلي 245")).toContain("health:سكر الصائم 182");
    expect(found("أحمد الخطيب\n- سكر صائم 182\n- HbA1c = 8.4%")).toContain("health:سكر صائم 182");
    expect(found("WiFi password [guest]: sonne123")).toContain("password:sonne123");
  });

  it("leaves code and reference forms of the variations alone", () => {
    expect(has("passwords [i]: list", "password")).toBe(false);
    expect(has("Revenue grew to 70 thousand units a year.", "financial")).toBe(false);
    expect(has("Release notes | 2001/05/03 | fixed", "date_of_birth")).toBe(false);
    for (const value of ["%s", "${patient.name}", "XXX", "N/A"]) expect(has(`Patient: ${value}, diagnosed with HIV.`, "health")).toBe(false);
    expect(found("Patient: Maria Lang, diagnosed with HIV.")).toContain("health:HIV");
  });
});
