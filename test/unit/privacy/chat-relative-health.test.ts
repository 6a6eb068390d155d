import { describe, expect, it } from "vitest";
import { flagged } from "./helpers.js";

// Session 42 (dev-44): conversation media as exported.
describe("a chat-export sender's unnamed relative (judgement/chat-relative-health.ts)", () => {
  it("does not report the condition of the sender's unnamed relative", () => {
    expect(flagged("2026-12-01 08:10 — Bea Lind: my cousin got diagnosed with ADHD at 30, is that common?")).toEqual([]);
    expect(flagged("Оксана Мельник, [04.12.2026 18:25]\nу мого дідуся деменція, як з ним краще говорити?")).toEqual([]);
    expect(flagged("[05/12/2026 20:20] Trần Minh: Mẹ tôi bị tiểu đường, nên ăn gì?")).toEqual([]);
  });

  it("still reports a named person in the message, and the same words outside a chat export", () => {
    expect(flagged("2026-12-01 08:10 — Bea Lind: my cousin Jules Okoro got diagnosed with ADHD")).toContain("health:ADHD");
    expect(flagged("[12/03/2026, 21:14:07] Dana Whitcombe: Marek's mum has breast cancer, chemo starts Monday")).not.toEqual([]);
    expect(flagged("Bea Lind wrote that her cousin Jules Okoro got diagnosed with ADHD")).toContain("health:ADHD");
    // The sender's own condition: the export names the writer.
    expect(flagged("2026-12-01 08:10 — Bea Lind: my diabetes got worse, Dr Ahmed changed my insulin")).toContain("health:diabetes");
  });
});

describe("Arabic person cues (script-health.ts)", () => {
  it("reads a ward bed's name and a given name with an al- family name before عنده", () => {
    expect(flagged("سرير ٤: فاطمة حسن، ٧٠ سنة – فشل كلوي، غسيل كلى ثلاث مرات أسبوعياً")).toEqual(["health:فشل كلوي", "health:غسيل كلى"]);
    expect(flagged("خالد الشمري عنده سرطان القولون وبدأ العلاج الكيميائي")).toEqual(["health:سرطان القولون", "health:العلاج الكيميائي"]);
  });

  it("does not read a common noun before an al- word as a name", () => {
    expect(flagged("مريض السكري عنده ضعف في المناعة؟")).toEqual([]);
    expect(flagged("جدتي عندها ضغط، ما الأكل المناسب لها؟")).toEqual([]);
  });
});

describe("dev-44 half A: biometric ids and Ukrainian ulcers", () => {
  it("reads a lower-case hex template id after a vein or face template key, with a named person", () => {
    expect(flagged("木村真理子さんの静脈認証テンプレート\nvein_template=VT-52c9e1a07d3f4b88")).toEqual(["biometric:VT-52c9e1a07d3f4b88"]);
    expect(flagged('caller="Brendan Whitty" face_template=FT-9c2e41d07ab3f58e')).toEqual(["biometric:FT-9c2e41d07ab3f58e"]);
    expect(flagged("face_template=FT-9c2e41d07ab3f58e is the format of our ids")).toEqual([]);
  });

  it("reads an exacerbated ulcer of a named person in Ukrainian, not in a question", () => {
    expect(flagged("Тарас Коваль знову в лікарні, у нього загострення виразки")).toEqual(["health:загострення виразки"]);
    expect(flagged("виразка шлунка: які симптоми?")).toEqual([]);
  });
});
