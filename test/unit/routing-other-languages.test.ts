import { describe, expect, it } from "vitest";
import { builtinCrossLingualLexicon } from "../../src/embeddings/cross-lingual-lexicon.js";
import { withoutElision } from "../../src/policies/other-languages.js";
import { routeWords } from "../../src/policies/route-terms.js";

describe("other-language normalisation (sessions 37–38)", () => {
  const lexicon = builtinCrossLingualLexicon();

  it("reads French and Italian elisions apart from their word, and leaves English contractions", () => {
    expect(["d'un", "l’heure", "qu'il", "dell'anno", "c'était"].map(withoutElision)).toEqual(["un", "heure", "il", "anno", "était"]);
    expect(["it's", "don't", "what's", "i'm", "l'"].map(withoutElision)).toEqual(["it's", "don't", "what's", "i'm", "l'"]);
    expect(routeWords("génère une image d'un chat", lexicon).keptWords.has("d'un")).toBe(false);
    expect(routeWords("merci beaucoup, c'était très utile", lexicon).language).toBe("fra");
  });

  it("leaves English words with an apostrophe as the English normalisation expects them", () => {
    expect(routeWords("what's the weather like today?", lexicon).language).toBe("eng");
    expect(routeWords("I can't log in to my account", lexicon).tokens).toContain("can't");
  });
});
