import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("Wi-Fi keys said in prose (told-wifi-keys.ts, network-names.ts, session 43)", () => {
  it("reads the key after a Wi-Fi password frame in several languages", () => {
    expect(found("La chiave del wifi è lucertola_blu_mare, la rete è quella di sopra")).toContain("password:lucertola_blu_mare");
    expect(found("Senha do wifi da casa: ventania2019 (minúsculas)")).toContain("password:ventania2019");
    expect(found("Wi-Fi u babci: sieć Orange7731, klucz Jezioro_Zima_2015")).toContain("password:Jezioro_Zima_2015");
    expect(found("The Wi-Fi is Hub-3C and the key is on the box, but it's rT5vLq8WmZpa anyway")).toContain("password:rT5vLq8WmZpa");
  });

  it("does not take the network's name for its key", () => {
    expect(found("Wi-Fi u babci: sieć Orange7731, klucz Jezioro_Zima_2015")).not.toContain("password:Orange7731");
    expect(found("와이파이 비밀번호 seoul0423 이에요. 이름은 olleh7G.")).not.toContain("password:olleh7G");
    expect(has("The wifi network is Vodafone4471 and the password is on the fridge.", "password")).toBe(false);
  });

  it("leaves how-to questions, placeholders, standards and products alone", () => {
    expect(has("Comment changer la clé wifi de ma Livebox ? Je veux une clé plus simple.", "password")).toBe(false);
    expect(has("La clave del wifi es XXXXXXXX y la puerta ****.", "password")).toBe(false);
    expect(has("Which is better for the wifi key on this router: WPA3-Personal or WPA2-Personal?", "password")).toBe(false);
    expect(has("My Wi-Fi key stopped working after the update to firmware v2.4.1", "password")).toBe(false);
  });
});
