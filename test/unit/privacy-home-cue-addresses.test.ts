import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

const addresses = (text: string) => found(text).filter((value) => value.startsWith("street_address:"));

describe("a home after a cue that says whose it is (home-cue-addresses.ts, session 50)", () => {
  it("reads homes the street rules do not order: no street word, lower case, a PO box, CJK and Vietnamese", () => {
    expect(addresses("Teď bydlím na adrese Milady Horákové 1021/44, 170 00 Praha 7, poradíš mi s nájemní smlouvou?")).toEqual([
      "street_address:Milady Horákové 1021/44, 170 00 Praha 7",
    ]);
    expect(addresses("Η αδερφή μου μένει Καλλιδρομίου 58, Αθήνα, πόσο απέχει από το μετρό;")).toEqual(["street_address:Καλλιδρομίου 58, Αθήνα"]);
    expect(addresses("we live at 27 kookaburra court mudgeeraba qld 4213 but the rates notice went elsewhere")).toEqual([
      "street_address:27 kookaburra court mudgeeraba qld 4213",
    ]);
    expect(addresses("I get my mail at PO Box 3318, Bethel, AK 99559 because nothing is delivered to the house.")).toEqual([
      "street_address:PO Box 3318, Bethel, AK 99559",
    ]);
    expect(addresses("住所は〒060-0807 北海道札幌市北区北7条西5丁目6-12です。").join()).toContain("北海道札幌市北区北7条西5丁目6-12");
    expect(addresses("Địa chỉ nhà tôi là 212/9 Nguyễn Thiện Thuật, Quận 3, TP. Hồ Chí Minh, nhờ bạn viết tin nhắn.")).toEqual([
      "street_address:212/9 Nguyễn Thiện Thuật, Quận 3, TP. Hồ Chí Minh",
    ]);
  });

  it("ends the home at the clause: a request after a comma, a conjunction, a dash", () => {
    expect(addresses("My grandparents live at 9 Heron Way, Lymington SO41 3QX, could you write them a card?")).toEqual([
      "street_address:9 Heron Way, Lymington SO41 3QX",
    ]);
    expect(addresses("mijn adres is tolstraat 61 3572 hb utrecht maar de bezorger vindt het niet")).toEqual(["street_address:tolstraat 61 3572 hb utrecht"]);
  });

  it("says nothing for a quantity, a home without a number, a business or fiction", () => {
    expect(addresses("I live at 5 minutes from the station, is that close enough for a commute?")).toEqual([]);
    expect(addresses("My new address is on the form I sent you yesterday.")).toEqual([]);
    expect(addresses("In the novel, the detective lives at 14 Gull Lane, Whitby, by the harbour.")).toEqual([]);
    expect(addresses("Our office moved to 40 Quay Street, Galway H91 Y2KP, update the website footer.")).toEqual([]);
  });

  // Closed in session 53: a landmark word opening three or more comma-separated parts with a street word (LANDMARK_HOME).
  it("reads a home described by landmarks only", () => {
    expect(addresses("Home address for my passport form: Opposite Mobil filling station, Off Ogunlana Drive, Surulere, Lagos")).toHaveLength(1);
  });
});

describe("address tails and address fields (address-tails.ts, key-values.ts, session 50)", () => {
  it("reads units after the street: capitalised, French floors and doors, a ground floor, spaced postcodes, a postcode line", () => {
    expect(addresses("Ship to Rua das Flores 88, r/c, 4050-262 Porto, obrigado")).toEqual(["street_address:Rua das Flores 88, r/c, 4050-262 Porto"]);
    expect(addresses("Colis pour 7 rue de Brest, Esc. B, 2e étage, porte gauche, 35000 Rennes.")).toEqual([
      "street_address:7 rue de Brest, Esc. B, 2e étage, porte gauche, 35000 Rennes",
    ]);
    expect(addresses("Stuur het naar Vismarkt 14 hs, 9712 CB Groningen, dank je")).toEqual(["street_address:Vismarkt 14 hs, 9712 CB Groningen"]);
    expect(addresses("Kuvert:\nOlof Berg\nHornsgatan 102 2 tr\n118 21 Stockholm")).toEqual(["street_address:Hornsgatan 102 2 tr\n118 21 Stockholm"]);
  });

  it("ends an address field at a clause, not at an abbreviation's dot", () => {
    expect(addresses("Dirección: Av. Libertador 5120, Depto. 4, CABA – ¿está bien?")).toEqual(["street_address:Av. Libertador 5120, Depto. 4, CABA"]);
    expect(addresses("Neue Adresse: Bergstraße 9, 69120 Heidelberg – schreib bitte eine Karte.")).toEqual(["street_address:Bergstraße 9, 69120 Heidelberg"]);
  });
});
