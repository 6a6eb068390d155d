import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

describe("Hindi relation words before a named person (script-health.ts)", () => {
  it("reads a friend or in-law named after मेरी/मेरा", () => {
    expect(found("मेरी सहेली अनीता राव को मधुमेह है, क्या खाना चाहिए?")).toContain("health:मधुमेह");
    expect(found("मेरे जीजा सुरेश को दमा है")).toContain("health:दमा");
  });
});
