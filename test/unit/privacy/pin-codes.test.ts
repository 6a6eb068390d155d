import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("PINs and keypad codes after their label (labelled-identifiers.ts)", () => {
  it("reaches a PIN a few words after its label, spaced or with keypad marks", () => {
    expect(found("Die PIN von der Giro-Karte meines Vaters ist 5827, bitte merken")).toContain("password:5827");
    expect(found("de pincode van zijn creditcard is 7306")).toContain("password:7306");
    expect(found("[Mum]: alarm code is now 6 2 0 8 from today")).toContain("password:6 2 0 8");
    expect(found("Lockbox by the gate, code 4719. Alarm code 83#51 if it beeps")).toContain("password:83#51");
    expect(found("Lockbox by the gate, code 4719. Alarm code 83#51 if it beeps")).toContain("password:4719");
    expect(found("Geheimzahl: 9026")).toContain("password:9026");
  });

  it("leaves counting runs, years and quantities alone", () => {
    expect(has("Never use a PIN like 1234 or 4321.", "password")).toBe(false);
    expect(has("The PIN rules changed in 2024 for all customers.", "password")).toBe(false);
    expect(has("alarm code setup takes 2500 ms on this panel", "password")).toBe(false);
  });

  it("reads Google-style backup codes split by a space", () => {
    expect(found("your backup codes:\n7302 9914\n5518 2067")).toEqual(expect.arrayContaining(["password:7302 9914", "password:5518 2067"]));
    expect(has("backup codes are shown once, store them safely", "password")).toBe(false);
  });
});
