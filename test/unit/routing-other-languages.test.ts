import { describe, expect, it } from "vitest";
import { builtinCrossLingualLexicon } from "../../src/embeddings/cross-lingual-lexicon.js";
import { compoundWords } from "../../src/policies/cross-lingual-lexicon.js";
import { withoutElision } from "../../src/policies/other-languages.js";
import { routeWords } from "../../src/policies/route-terms.js";

describe("other-language normalisation (session 37)", () => {
  const lexicon = builtinCrossLingualLexicon();

  it("reads French and Italian elisions apart from their word, and leaves English contractions", () => {
    expect(["d'un", "l’heure", "qu'il", "dell'anno", "c'était"].map(withoutElision)).toEqual(["un", "heure", "il", "anno", "était"]);
    expect(["it's", "don't", "what's", "i'm", "l'"].map(withoutElision)).toEqual(["it's", "don't", "what's", "i'm", "l'"]);
    expect(routeWords("génère une image d'un chat", lexicon).keptWords.has("d'un")).toBe(false);
    expect(routeWords("merci beaucoup, c'était très utile", lexicon).language).toBe("fra");
  });

  it("reads a German or Dutch compound the lexicon lacks by its head, with its modifier when known", () => {
    const table: Record<string, string[]> = { suppe: ["soup"], kartoffel: ["potato"], werkstatt: ["workshop"], arbeit: ["work"] };
    const translate = (form: string) => table[form];
    expect(compoundWords("kartoffelsuppe", translate)).toEqual(["potato", "soup"]);
    expect(compoundWords("fahrradwerkstatt", translate)).toEqual(["workshop"]);
    expect(compoundWords("arbeitsuppe", translate)).toEqual(["work", "soup"]);
    expect(compoundWords("katze", translate)).toBeUndefined();
  });
});
