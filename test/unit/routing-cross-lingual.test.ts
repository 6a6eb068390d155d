import { describe, expect, it } from "vitest";
import { builtinCrossLingualLexicon } from "../../src/embeddings/cross-lingual-lexicon.js";
import { parseConfig } from "../../src/index.js";
import { buildRouteIndex } from "../../src/nodes/route-index.js";
import { parseCrossLingualLexicon } from "../../src/policies/cross-lingual-lexicon.js";
import { routeWords, stemmerFor } from "../../src/policies/route-terms.js";

const lexiconText = [
  "# en\tde\tfr\tes\tit\tpt\tnl\tzh\tja",
  "recipe\trezept\trecette\treceta\tricetta\treceita\trecept\t食谱\tレシピ",
  "book (reserve)\tbuchen\tréserver\treservar\tprenotare\treservar\tboeken\t预订|订\t予約",
  "password\tpasswort\tmot de passe\tcontraseña\tpassword\tsenha\twachtwoord\t密码\tパスワード",
].join("\n");

describe("cross-lingual lexicon", () => {
  const lexicon = parseCrossLingualLexicon(lexiconText, stemmerFor);

  it("gives the English word for a word and its inflections (Snowball stems), notes in parentheses dropped", () => {
    expect(lexicon.translateWord("rezepte", "deu")).toEqual(["recipe"]);
    expect(lexicon.translateWord("recettes", "fra")).toEqual(["recipe"]);
    expect(lexicon.translateWord("buche", "deu")).toEqual(["book"]);
    expect(lexicon.translateWord("passe", "fra")).toBeUndefined(); // alternatives of several words are not used
    expect(lexicon.translateWord("katze", "deu")).toBeUndefined();
  });

  it("finds words in Chinese and Japanese text, longest match first", () => {
    expect(lexicon.translateUnspaced("帮我预订酒店")).toEqual(["book"]);
    expect(lexicon.translateUnspaced("パスワードを忘れた")).toEqual(["password"]);
  });

  it("adds the English words of a non-English prompt to its words, and none to an English one", () => {
    expect(routeWords("ich brauche ein Rezept für Suppe", lexicon).translations).toEqual(["recipe"]);
    expect(routeWords("give me a recipe", lexicon).translations).toEqual([]);
  });

  it("matches German, French and Chinese prompts with English utterances using the shipped lexicon", async () => {
    expect(builtinCrossLingualLexicon().translateWord("wetter", "deu")).toContain("weather");
    const config = parseConfig({
      models: [{ id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" }],
      classifier: {
        routes: [
          { name: "weather", utterances: ["what's the weather like today?", "will it rain tomorrow?", "what is the forecast for next week?"] },
          { name: "cooking", utterances: ["give me a recipe for banana bread", "how long should I boil an egg?", "what can I cook with rice?"] },
        ],
      },
    });
    const index = await buildRouteIndex(config.classifier);
    expect(index.score("wie wird das Wetter morgen?", undefined)[0]).toMatchObject({ name: "weather", matched: true });
    expect(index.score("une recette avec du riz", undefined)[0]).toMatchObject({ name: "cooking", matched: true });
    expect(index.score("明天会下雨吗？", undefined)[0]).toMatchObject({ name: "weather", matched: true });
    expect(index.score("wie repariere ich mein Fahrrad?", undefined)[0]!.matched).toBe(false);
  });
});
