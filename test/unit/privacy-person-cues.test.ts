import { describe, expect, it } from "vitest";
import { pointsAtPerson } from "../../src/privacy/detectors/person-cues.js";

describe("person cues (person-cues.ts, session 31)", () => {
  it("reads clinical shorthand, beds and ward rooms, titles, greetings, names inside a sentence and Russian names", () => {
    for (const text of [
      "Expand: pt J. Whitaker 58M, PMHx T2DM",
      "Ward 7B bay 2 bed 12 — 84F admitted with urosepsis",
      "Habitación 312, cama B, Hospital Clínico — mujer de 79 años",
      "Madame Odile Favre a eu une pose de stent",
      "Hi Kylie Marsden, rent's now 3 weeks behind",
      "Chicas, a Maite Urrutia le han encontrado un bulto",
      "У Ольги Смирновой нашли опухоль",
    ])
      expect(pointsAtPerson(text), text).toBe(true);
  });

  it("does not read greetings to groups, rooms outside care, or capitalised places as people", () => {
    for (const text of [
      "Dear Hiring Manager, please find my CV attached",
      "Meeting moved to room 312 on Friday",
      "Write a caption about Market Street in the spring",
      "my mother has diabetes",
    ])
      expect(pointsAtPerson(text), text).toBe(false);
  });
});
