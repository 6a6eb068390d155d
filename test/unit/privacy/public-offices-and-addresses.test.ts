import { describe, expect, it } from "vitest";
import { flagged } from "./helpers.js";

describe("public offices, business numbers and address look-alikes (issue #15)", () => {
  it.each([
    "Auf der Website steht Bürgeramt Mitte, Karl-Marx-Allee 31, 10178 Berlin – brauche ich einen Termin?",
    'Escribe un anuncio: "Taller Mecánico Hermanos Ruiz, llámenos al 963 52 84 17, de lunes a viernes".',
    'backend_address = ["api-gateway-east-us-01.azurewebsites.net"]',
    "address = var.backend_1_ip_address",
    'address: {street: "123 Main St", city: "New York"}',
    "Vinton exchanged unimproved land for an apartment building. The land had a basis of $300000 and",
    "5.3 Telemedicine and Remote Monitoring 5.4 Ethical Considerations",
  ])("is not reported: %s", (text) => expect(flagged(text)).toEqual([]));

  it.each([
    ["Schick die Einladung an Anja Wendler, Lindenstraße 27, 04109 Leipzig.", "street_address:Lindenstraße 27, 04109 Leipzig"],
    ["Kaiserring 5, 68161 Mannheim, Familie Weber", "street_address:Kaiserring 5, 68161 Mannheim"],
    [
      "Flat 302, Sai Krupa Apartments, 14th Cross Road, Indiranagar, Bengaluru 560038",
      "street_address:Flat 302, Sai Krupa Apartments, 14th Cross Road, Indiranagar, Bengaluru 560038",
    ],
  ])("stays reported: %s", (text, expected) => expect(flagged(text)).toContain(expected));
});
