import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

const healthFound = (text: string) => found(text).some((value) => value.startsWith("health:"));

describe("conditions and people in more languages (lexicon.ts, personal.ts, script-health.ts)", () => {
  it("knows more conditions per language", () => {
    for (const text of [
      "Il mio collega Marco Bianchi ha il morbo di Crohn.",
      "Minha colega Ana Souza foi diagnosticada com síndrome do pânico.",
      "Mevrouw Jansen is opgenomen met een hartinfarct.",
      "Min kollega Erik Johansson har fått diagnosen prostatacancer.",
      "Моему коллеге Андрею Петрову поставили диагноз рак желудка.",
      "동료 김민수 씨가 공황장애 진단을 받았어요.",
      "والدتي فاطمة الزهراني تم تشخيصها بسرطان الثدي",
      "เพื่อนร่วมงานของฉัน คุณสมชาย ใจดี ป่วยเป็นโรคมะเร็งตับ",
      "Rahul Gupta ko dengue ho gaya hai.",
      "Help me reply to Jonas: his wife Birgit was hospitalised for a psychotic episode.",
      "Kannst du eine Mail an Herrn Vogt schreiben? Seine Chemotherapie beginnt am Montag.",
      "[Slack] Sanjay Iyer will be out until March — knee replacement surgery.",
      "Mme Sophie Caron sera absente pour un burn-out jusqu'à fin juin.",
      "Mi suegro, Ramón Castillo, tiene EPOC.",
      "제 동생 이수진은 갑상선암 수술을 받았어요.",
      "Pt: Nwosu, Chidi. Hx sickle cell disease, presented with vaso-occlusive crisis.",
    ])
      expect(healthFound(text), text).toBe(true);
  });

  it("does not take a place or an exam option for a person", () => {
    for (const text of [
      "New York State has a criminal statute making it illegal to interfere with the operation of government.",
      "Which is true about an intention tremor?\nOptions:\nA. It is a symptom of Alzheimer's Disease\nG. It is caused by Parkinson's Disease\nH. It is worse at rest",
      "In episode 3 the doctor tells Anna Berg she has cancer.",
      "Juan García presentó su investigación sobre el cáncer en la conferencia.",
      "Anna Schmidt schreibt ihre Doktorarbeit über Diabetes.",
      "Tom Baker will be out until Monday for a conference on diabetes research.",
      "Apa gejala kanker usus besar?",
      "อาการของโรคมะเร็งตับมีอะไรบ้าง",
      "공황장애의 증상은 무엇인가요?",
    ])
      expect(healthFound(text), text).toBe(false);
  });
});
