import { describe, expect, it } from "vitest";
import { builtinCrossLingualLexicon } from "../../src/embeddings/cross-lingual-lexicon.js";
import { parseConfig } from "../../src/index.js";
import { buildRouteIndex } from "../../src/nodes/route-index.js";
import { routeTerms, routeWords, unspacedRuns } from "../../src/policies/route-terms.js";

describe("Japanese and Korean in the built-in route encoder", () => {
  it("splits Latin words and numbers from Japanese or Chinese text and keeps ー inside katakana words", () => {
    expect(routeWords("このPythonの関数").tokens).toEqual(["この", "python", "の関数"]);
    expect(routeWords("240の15%を計算して").tokens).toEqual(["240", "の", "15", "を計算して"]);
    expect(routeWords("用Python写函数").tokens).toEqual(["用", "python", "写函数"]);
    expect(routeWords("ﾊﾟｽﾜｰﾄﾞを忘れた").tokens).toEqual(["パスワードを忘れた"]); // NFKC: half-width katakana
    expect(routeWords("ﾊﾟｽﾜｰﾄﾞを忘れた", builtinCrossLingualLexicon()).translations).toContain("password");
  });

  it("reads a mixed-script Japanese word by its kanji and katakana runs, leaving particles and endings out", () => {
    expect(unspacedRuns("メールを翻訳してください")).toEqual(["メール", "翻訳"]);
    expect(unspacedRuns("ありがとう")).toEqual(["ありがとう"]); // one script: read whole
    expect(unspacedRuns("帮我翻译这句话")).toEqual(["帮我翻译这句话"]); // Chinese unchanged
    const terms = routeTerms("翻訳してください").map(({ term }) => term);
    expect(terms).toContain("ub:翻訳");
    expect(terms.some((term) => term.includes("く") || term === "ub:訳し")).toBe(false);
  });

  it("matches Japanese and Korean requests with English utterances", async () => {
    const routes = [
      { name: "summarization", utterances: ["summarize this article", "what are the key points of this report?"] },
      { name: "account", utterances: ["I can't log into my account", "how do I reset my password?"] },
    ];
    const local = { id: "local", provider: "ollama", model: "llama3.1:8b", tier: "local" } as const;
    const config = parseConfig({ models: [local], classifier: { routes } });
    const index = await buildRouteIndex(config.classifier);
    const best = (text: string) => index.score(text, undefined).find((route) => route.matched)?.name;
    expect(best("このレポートの要点は何ですか？")).toBe("summarization");
    expect(best("이 보고서의 요점이 뭐예요?")).toBe("summarization");
    expect(best("ﾊﾟｽﾜｰﾄﾞを忘れてログイン出来ない")).toBe("account");
    expect(best("今日の天気はどう？")).toBeUndefined();
  });
});
