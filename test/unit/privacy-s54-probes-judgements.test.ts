import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 54 (issue #15): siblings of the judgement probes closed this session — an institution's phone on a sign line
 * or in a job advert, an embassy's address line in Cyrillic, a medicine a named expert explains, "throw up" with a
 * thrown object — each with another wording or language and the hard negatives a careless fix would flag.
 */
const of = (category: string, text: string) => found(text).filter((value) => value.startsWith(`${category}:`));

describe("a clinic's reception or consulting hours beside its phone (public-context.ts OPENING_CUE)", () => {
  it("a dental clinic's sign line with its consulting hours", () => {
    expect(found("さくら歯科医院 電話 06-6123-4567 診療時間 10:00-19:00")).toEqual([]);
  });

  it.each(["受付の田中さんの携帯 090-1234-5678", "私の電話 03-3412-5678、受付 9:00-18:00 のクリニックに行く"])("still a person's phone: %s", (text) => {
    expect(of("phone", text)).not.toEqual([]);
  });
});

describe("a personnel department in brackets after a landline (public-context.ts DEPARTMENT_NOTE_AFTER)", () => {
  it("a German job advert's HR line", () => {
    expect(found("Wir suchen eine Pflegekraft. Bewerbungen telefonisch unter 030 1234567 (Personalabteilung)")).toEqual([]);
  });

  it.each(["王丽 138 1234 5678（人事部）", "田中 090-1234-5678（人事部）"])("a colleague's mobile with their department stays: %s", (text) => {
    expect(of("phone", text)).not.toEqual([]);
  });
});

describe("Cyrillic address abbreviations end no embassy sentence (public-context.ts ABBREVIATION_DOT)", () => {
  it("an embassy's line with ул., д. and тел.", () => {
    expect(found("Посольство Германии в Москве: ул. Мосфильмовская, д. 56, тел. +7 495 937-95-00")).toEqual([]);
  });

  it("a personal word after the embassy keeps the phone", () => {
    expect(of("phone", "Посольство Франции в Москве, мой тел. +7 916 123-45-67")).not.toEqual([]);
  });
});

describe("a medicine a named expert explains (topic-before.ts EXPERT_EXPLAINS_TOPIC)", () => {
  it.each([
    "Dr. Ana Ruiz explains why warfarin needs regular INR checks.",
    "Boletín: la farmacéutica Marta Gil explica cómo la warfarina interactúa con la vitamina K.",
  ])("%s", (text) => {
    expect(of("health", text)).toEqual([]);
  });

  it.each(["Pharmacist Tom Becker explains how his lithium dose was raised last week.", "Tom Becker explains how lithium keeps him stable."])(
    "still the named person's medicine: %s",
    (text) => {
      expect(of("health", text)).not.toEqual([]);
    },
  );
});

describe("'throw up' with a thrown or raised object (figurative-health.ts figurativeThrowUp)", () => {
  it.each(["Noah threw up his hands and left the meeting.", "Liam threw up a quick landing page for the launch."])("%s", (text) => {
    expect(of("health", text)).toEqual([]);
  });

  it.each([
    "Emma keeps throwing up her breakfast, what should we do?",
    "Liam has been throwing up blood, should we go to A&E?",
    "Liam threw up on the walls of the bus.",
  ])("still vomiting: %s", (text) => {
    expect(of("health", text)).not.toEqual([]);
  });
});

describe("a known given name before a possessive surname the lexicon lacks (personal.ts knownGivenNameBefore)", () => {
  it.each(["Please tell Jayden Cole's mum that his sertraline is in the office.", "Ask Jayden Cole's coach whether his Ritalin dose changed."])(
    "%s",
    (text) => {
      expect(of("health", text)).not.toEqual([]);
    },
  );

  it.each([
    "Georgia Tech's study on metformin is out.",
    "Florence Hospital's insulin stock ran low over the holidays.",
    "Chester Zoo's vets treated an elephant calf for a herpes virus infection.",
    "Jayden Cole's sertraline study is out.",
  ])("no person: %s", (text) => {
    expect(of("health", text)).toEqual([]);
  });
});
