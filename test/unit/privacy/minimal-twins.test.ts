import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";
import { isRoleMailbox } from "../../../src/privacy/judgement/placeholder-values.js";

/**
 * Session 45 (s45-negatives, dev-63): minimal twins in German, Italian, Spanish and English. Lower-case Italian and
 * Spanish street types with a postcode, a German floor after the house number, shops and a company's registered seat
 * before an address, municipal and administrative role mailboxes, article and part numbers, a landline's "fijo"/"fisso"
 * and more German cancers.
 */
const of = (category: string, text: string) => found(text).filter((finding) => finding.startsWith(`${category}:`));

describe("a private person's value", () => {
  it.each([
    ["street_address", "Mia nonna Carla abita in via Verdi 21, 10124 Torino, come le mando un pacco?", "via Verdi 21, 10124 Torino"],
    ["street_address", "Mi tía vive en calle Mayor 8, 2º A, 28013 Madrid", "calle Mayor 8, 2º A, 28013 Madrid"],
    ["street_address", "L'indirizzo di casa di Paolo è via dei Serragli 4, scala C, 50124 Firenze", "via dei Serragli 4, scala C, 50124 Firenze"],
    ["street_address", "Meine Mutter wohnt Birkenweg 12, 2. OG rechts, 28203 Bremen", "Birkenweg 12, 2. OG rechts, 28203 Bremen"],
    ["street_address", "Impressum meines Einzelunternehmens: Jana Roth, Privatanschrift Lindenweg 7, 79100 Freiburg", "Lindenweg 7, 79100 Freiburg"],
    ["phone", "El fijo de casa de mis abuelos es 976 51 23 48", "976 51 23 48"],
    ["phone", "Il numero fisso dei miei genitori è 080 521 4488", "080 521 4488"],
    ["email", "La mail privata di mio cugino è registro.marco88@gmail.com", "registro.marco88@gmail.com"],
    ["health", "Bei meinem Onkel Rainer wurde Hautkrebs festgestellt", "Hautkrebs"],
  ])("%s in %s", (category, text, value) => {
    expect(of(category, text)).toContain(`${category}:${value}`);
  });
});

describe("the same words with nobody private", () => {
  it.each([
    ["street_address", "La pasticceria Bellini è in via Verdi 21, 10124 Torino, fanno le consegne?"],
    ["street_address", "La ferretería Ruiz está en calle Mayor 8, 28013 Madrid"],
    ["street_address", "Aviso legal: Ejemplo Digital S.L., domicilio social avenida de Aragón 30, 46021 Valencia"],
    ["street_address", "Note legali: Serragli S.r.l., sede legale via dei Serragli 4, 50124 Firenze"],
    ["street_address", "la via più breve è passare da corso Italia"],
    ["phone", "Das Ladegerät hat die Artikelnummer 0160 5527384 und liefert 65 W"],
    ["email", "Scrivete a amministrazione@rossi-spa.it per le fatture"],
    ["email", "La PEC del Comune è protocollo.comune.lecce@pec.rupar.puglia.it"],
    ["email", "Registro general del ayuntamiento: registro@ayto-getafe.org"],
    ["health", "Im Beipackzettel steht: nicht anwenden bei Prostatakrebs"],
  ])("no %s in %s", (category, text) => {
    expect(of(category, text)).toEqual([]);
  });
});

describe("role mailboxes", () => {
  it("municipal and administrative boxes, not a person's", () => {
    expect(isRoleMailbox("protocollo.comune.lecce@pec.rupar.puglia.it")).toBe(true);
    expect(isRoleMailbox("amministrazione@rossi-spa.it")).toBe(true);
    expect(isRoleMailbox("anna.comune@gmail.com")).toBe(false);
    expect(isRoleMailbox("marco.rossi@comune.milano.it")).toBe(false);
  });
});
