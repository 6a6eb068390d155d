import { describe, expect, it } from "vitest";
import { pointsAtPerson, strongCuePositions } from "../../src/privacy/detectors/person-cues.js";

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

  it("finds greetings at the same offsets as the earlier line-start walk (session 31 speed work)", () => {
    // The walk strongCuePositions used before: a sticky greeting at the end of each `(?:^|\n|["“«„])[ \t]*` match.
    const greeting =
      /(?:Hi|Hello|Hey|Dear|Hallo|Hej|Hei|Kære|Kjære|Liebe|Lieber|Cher|Chère|Bonjour|Querid[oa]|Estimad[oa]|Hola|Caro|Cara|Gentile|Ciao|Olá|Oi|Prezad[oa]|Beste|Geachte|Drog[ia]|Szanown[ya]|Sayın|Sevgili|Merhaba)\s+(\p{Lu}[\p{Ll}'’-]+)\s+(\p{Lu}[\p{Ll}'’-]+)/uy;
    const skip = new Set(["team", "hiring", "manager", "customer", "all"]);
    const earlier = (text: string) => {
      const positions: number[] = [];
      const starts = /(?:^|\n|["“«„])[ \t]*/gu;
      for (let start = starts.exec(text); start !== null; start = starts.exec(text)) {
        const at = start.index + start[0].length;
        if (start[0].length === 0) starts.lastIndex++;
        greeting.lastIndex = at;
        const match = greeting.exec(text);
        if (match && !skip.has(match[1]!.toLowerCase()) && !skip.has(match[2]!.toLowerCase())) positions.push(at);
      }
      return positions;
    };
    for (const text of [
      "Hi Kylie Marsden, rent's now 3 weeks behind",
      "  Hi Kylie Marsden",
      "\nHi Kylie Marsden", // the earlier walk stepped over a first line break
      '"Hi Kylie Marsden"',
      'x\n \t"Dear Anna Smith" and “Hola Maite Urrutia”',
      "Hi Dear\nHello Anna Smith",
      "Say Hi Kylie Marsden mid-line",
      "Dear Hiring Manager,\nDear Team Lead",
      "«Kære Lars Mikkelsen»\n„Liebe Anna Weber“",
      "note:\n\nHello Carla Mendes\nOi Ana Souza",
    ])
      expect(strongCuePositions(text), JSON.stringify(text)).toEqual(earlier(text));
  });
});
