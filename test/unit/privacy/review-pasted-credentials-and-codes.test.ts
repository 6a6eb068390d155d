import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

/**
 * Review of session 45's pasted credentials (pasted-credentials.ts), labelled codes (labelled-identifiers.ts) and seed
 * phrases (seed-phrases.ts): product copy, format docs and word lists stay quiet; retyped and reordered secrets are found.
 */
const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("pasted credentials and codes: ordinary texts", () => {
  it("leaves gate, keypad and safe codes in product copy, manuals and fiction alone", () => {
    for (const text of [
      "Smart lock X200: set a keypad code for the gate, the garage and the front door from the app. Default code 1234 must be changed.",
      "Our gate opener supports up to 50 access codes. Example: code 0000 for the main gate, code 1111 for the side gate.",
      "Safe manual: the factory code is 159 — press # then enter a new code.",
      "Promo code GATE25 gives 25% off gate hardware this week.",
      "The gate code feature lets property managers rotate codes monthly.",
      "Keypad code for the gate? Ask the front desk, it changes weekly (product FAQ).",
      "Each unit ships with a safe code label inside the door; enter it, then set your own.",
      "Access codes for the gate and the garage can be shared with guests in the app.",
      "Door code: change the default 0000 after installation (manual p. 4).",
      "The vault in the game opens with code 4-8-15-16-23-42, a Lost reference.",
      "Keep your gate code private and change it every few months.",
      "The safe combination in the film was 7-3-1, a nod to the director's birthday.",
    ])
      expect(found(text), text).toEqual([]);
  });

  it("leaves Wi-Fi QR, Docker and .pgpass format docs, and list-word runs, alone", () => {
    for (const text of [
      "WIFI:S:MyNetwork;T:WPA;P:<password>;; is the QR format; replace <password> with yours.",
      "WIFI:S:CoffeeShopGuest;T:nopass;; is printed on every table.",
      'Docker config example: {"auths": {"registry.example.com": {"auth": "<base64>"}}}',
      '"auths": { "https://index.docker.io/v1/": {} }, "credsStore": "desktop"',
      "The .pgpass format is hostname:port:database:username:password, one per line.",
      "hostname:port:database:username:password",
      "localhost:5432:*:postgres:<your password here>",
      "Shopping list: apple banana bread butter cheese coffee milk orange pasta rice salt sugar",
      "abandon ability able about above absent absorb abstract absurd abuse access accident are the first twelve BIP-39 words.",
      "Spelling words this week: ocean river mountain valley forest desert island canyon meadow glacier volcano prairie",
      "Song: walk run jump fly sing dance cry laugh love live die try again",
      "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong",
      "legal winner thank year wave sausage worth useful legal winner thank yellow is a BIP-39 test vector.",
    ])
      expect(found(text), text).toEqual([]);
  });

  it("reads no password in a yes/no flag after a password key (MySQL's 'using password: YES')", () => {
    expect(found("ERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)")).toEqual([]);
    expect(found("ERROR 1045 (28000): Access denied for user 'app'@'10.0.0.5' (using password: NO)")).toEqual([]);
    expect(found("password: hunter2-Quill\nssh: true")).toContain("password:hunter2-Quill");
  });
});

describe("pasted credentials and codes: sensitive variants", () => {
  it("finds a Wi-Fi key with the fields reordered or retyped in lower case", () => {
    expect(found("WIFI:T:WPA;S:Calloway-Guest;P:ginger-Snap-4412;;")).toContain("password:ginger-Snap-4412");
    expect(found("wifi:s:HomeNet;t:wpa2;p:Kestrel-Bay-2291;h:false;;")).toContain("password:Kestrel-Bay-2291");
  });

  it("finds a .pgpass line, a Docker auth and labelled gate, keypad and safe codes in several languages", () => {
    expect(has("pgpass: db.internal:5432:payroll:alice:Plum#Orchard-55", "password")).toBe(true);
    expect(has('{"auths":{"ghcr.io":{"auth":"YWxpY2U6c3VwZXJzZWNyZXQxMjM="}}}', "password")).toBe(true);
    expect(has("the gate code is 4471#, the garage keypad is 9902", "password")).toBe(true);
    expect(has("Keypad for the side gate: 5 8 2 0, safe in the closet opens with 3391", "password")).toBe(true);
    expect(has("Torcode für das Hoftor: 7719, der Tresor 4402", "password")).toBe(true);
    expect(has("código do portão 8841 e do cofre 2207, não passa pra ninguém", "password")).toBe(true);
  });
});
