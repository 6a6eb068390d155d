import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";
import { ORDINARY, SENSITIVE } from "./privacy-export-rules-review-texts.js";

// Session-49 review of the export rules (issue #15, branch s49-review-a): ordinary texts that today's health-export,
// address-tail, export-column, organisation-record and documentation-sample rules might misread, and sensitive variants
// they should catch. The texts were written without looking at any dev set; the counts below are the figures at the
// review's end (START: 14 false alarms, 7 bypasses). A lower count is progress: lower the bound with it.

describe("export rules, reviewed on ordinary and sensitive texts", () => {
  it("misreads at most 11 of the ordinary texts (older rules' shop addresses and placeholder names among them)", () => {
    const alarms = ORDINARY.filter((text) => found(text).length > 0);
    expect(alarms.length).toBeLessThanOrEqual(11);
  });

  it("misses at most 4 of the sensitive variants", () => {
    const missed = SENSITIVE.filter(([text, category]) => !found(text).some((value) => value.startsWith(`${category}:`)));
    expect(missed.length).toBeLessThanOrEqual(4);
  });

  it("reads a semicolon organisation row whose address cell holds a comma, and a service desk's vCard, as the organisation's", () => {
    expect(found("Empresa;Teléfono;Dirección\nFerretería López SL;+34 915 22 33 44;Calle Mayor 12, Madrid")).toEqual([]);
    expect(found("BEGIN:VCARD\nVERSION:3.0\nFN:Customer Service\nORG:Acme GmbH\nTEL;TYPE=WORK:+49 89 1234 5670\nEND:VCARD")).toEqual([]);
    expect(found("BEGIN:VCARD\nVERSION:3.0\nFN:Mihai Ionescu\nORG:Acme GmbH\nTEL;TYPE=CELL:+40 755 318 402\nEND:VCARD")).toEqual(["phone:+40 755 318 402"]);
  });

  it("reads an export's owner, holder and exporter labels, and keeps a documentation file's placeholder patient unreported", () => {
    expect(found("Exported by: p.nowak@gmail.com\nAHI 22.1")).toContain("health:AHI 22.1");
    expect(found("Titular: Ana Beatriz Souza\nData;Glicose (mg/dL)\n12/03;188")).toContain("health:Glicose (mg/dL)");
    expect(found("Die Beispieldatei der Dokumentation enthält: Patient: Max Mustermann, Blutzucker (mg/dl) 110")).toEqual([]);
  });

  it("ends an address's tail before an opening-hours range and a sentence's full stop", () => {
    expect(found("Lieferung an Jana Vogel: Friedrichstraße 68, 10117 Berlin, Mo–Fr ab 18 Uhr")).toContain("street_address:Friedrichstraße 68, 10117 Berlin");
  });

  // Known gaps (probes: each assertion fails today).
  // Closed in session 52 (health-export-records.ts headerPersonColumns: a header's person column over a name cell).
  it.each(["Holder;Blood glucose (mg/dL)\nOlusegun Adeyemi;245", "Owner\tGlucose (mmol/L)\nChiamaka Obi\t11.2", "Titular,Glucosa (mg/dL)\nXiomara Quispe,210"])(
    "a CSV whose person column is named Holder, Owner or Titular over a name, and a glucose column: %s",
    (text) => {
      expect(found(text).some((value) => value.startsWith("health:"))).toBe(true);
    },
  );
  it.each(["Holder;Blood glucose (mg/dL)\nTest Device;245", "Holder;Blood glucose (mg/dL)\nPump 2;245", "Product name;Sugar (g)\nCoca Cola;35"])(
    "no person in a device's, a test's or a product's row under the same header: %s",
    (text) => {
      expect(found(text).filter((value) => value.startsWith("health:"))).toEqual([]);
    },
  );

  // Closed in session 51 (regional-addresses.ts: a street without đường or phố, closed by its district, after a cue).
  it("a Vietnamese delivery address that starts with its room (Phòng 1203, 25 Lê Lợi, Quận 1)", () => {
    expect(found("Giao hàng cho anh Trần Văn Nam: Phòng 1203, 25 Lê Lợi, Quận 1, TP.HCM").some((value) => value.startsWith("street_address:"))).toBe(true);
  });

  // Closed in session 51: a nutrient's content on the line makes the doses a drinks list (health-export-records.ts).
  it("a drinks list's brand read as a person makes its neighbour's dose health (Red Bull 80 mg, Coca-Cola 34 mg)", () => {
    expect(found("Caffeine content: espresso 63 mg, Red Bull 80 mg, Coca-Cola 34 mg.")).toEqual([]);
  });
});
