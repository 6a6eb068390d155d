import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/** Session 42 (dev-48 half A, second pass): each rule with its twin hard negative. */
describe("translation requests, second pass (session 42, dev-48)", () => {
  it("an Italian passport number after 'passaporto n.' is reported; a page count or a word is not", () => {
    expect(found("sono Marco Bellini, passaporto n. YA4827193, nato a Bari")).toContain("passport:YA4827193");
    expect(found("Il passaporto n. scaduto va rinnovato; modulo del passaporto n. 3 di 5")).toEqual([]);
  });
  it("a French address after 'demeurant' and after the first name Camille is reported; a museum's is not", () => {
    expect(found("Je soussignée Camille Roux, demeurant 14 rue des Lilas, 69003 Lyon")).toContain("street_address:14 rue des Lilas, 69003 Lyon");
    expect(found("Musée Camille Claudel, 14 rue des Lilas, 69003 Lyon")).toEqual([]);
    expect(found("Süleymaniye Camii, 14 rue des Lilas, 69003 Lyon")).toEqual([]);
  });
  it("a Russian or Ukrainian address in Latin letters with a person or address cue is reported; without one it is not", () => {
    expect(found("Menya zovut Olga Petrova, ya zhivu po adresu ul. Lenina, d. 45, kv. 17, Ekaterinburg")).toContain(
      "street_address:ul. Lenina, d. 45, kv. 17, Ekaterinburg",
    );
    expect(found("адреса латиницею: Kovalenko Iryna, vul. Shevchenka 23, kv. 8, Lviv 79005")).toContain("street_address:vul. Shevchenka 23, kv. 8, Lviv 79005");
    expect(found("The Lenin museum is on ul. Lenina, d. 45 in Ekaterinburg.")).toEqual([]);
  });
  it("a Pinyin address with a district word and a living-at cue is reported; a road without them is not", () => {
    expect(found("wǒ zhù zài Běijīng shì Cháoyáng qū Jiànguó lù 88 hào 2 dòng 1501.")).toContain(
      "street_address:Běijīng shì Cháoyáng qū Jiànguó lù 88 hào 2 dòng 1501",
    );
    expect(found("Jiànguó lù 88 hào is a famous tower")).toEqual([]);
    expect(found("The guide says: Běijīng shì Cháoyáng qū Jiànguó lù 88 hào")).toEqual([]);
  });
  it("a BSN under its English label and a house number with a floor suffix are reported; a failing 11-test is not", () => {
    const text = "Extract: Sanne de Vries, citizen service number 274839167, Prinsengracht 412-II, 1016 JK Amsterdam";
    expect(found(text)).toEqual(["national_id:274839167", "street_address:Prinsengracht 412-II, 1016 JK Amsterdam"]);
    expect(found("citizen service number 274839168")).toEqual([]);
    expect(found("Anne Frank Huis (museum), Prinsengracht 263-267, 1016 GV Amsterdam")).toEqual([]);
  });
});
