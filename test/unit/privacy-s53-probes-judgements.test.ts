import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 53 (issue #15): the known-gap probes closed by general judgements and phrasings, with cases of their kinds in
 * other wordings and languages, and hard negatives (records and credentials: privacy-s53-probes.test.ts). Every person,
 * number and home is invented; the places named are public.
 */
const of = (category: string, text: string) => found(text).filter((value) => value.startsWith(`${category}:`));

describe("a medicine as a talk's or a text's topic (topic-before.ts)", () => {
  it.each([
    "Prof. Jane Hill gave a lecture on warfarin dosing at the conference.",
    "Dr. Amir Khan wrote an article about metformin for the journal.",
    "Prof. Anna Berg hielt einen Vortrag über Metformin beim Kongress.",
    "La Dra. Lucía Ortega dio una charla sobre la warfarina en el congreso.",
  ])("%s", (text) => {
    expect(of("health", text)).toEqual([]);
  });

  it.each([
    ["Jane Hill, who spoke on warfarin dosing, takes warfarin herself.", "health:warfarin"],
    ["Mrs Jane Hill asked about warfarin because she takes it.", "health:warfarin"],
  ])("still the person's: %s", (text, finding) => {
    expect(found(text)).toContain(finding);
  });
});

describe("a medicine after a taking verb of the Romance and Germanic languages (personal.ts)", () => {
  it.each([
    ["A Rita Sampaio toma varfarina desde o verão.", "health:varfarina"],
    ["Rita Sampaio toma varfarina.", "health:varfarina"],
    ["Carla Reis tomava varfarina antes da cirurgia.", "health:varfarina"],
  ])("%s", (text, finding) => {
    expect(found(text)).toContain(finding);
  });

  it.each(["Rita Sampaio toma o autocarro para o hospital.", "Lucía Ortega toma café con leche.", "Paul Martin prend le train pour Lyon."])(
    "no medicine: %s",
    (text) => {
      expect(of("health", text)).toEqual([]);
    },
  );
});

describe("a Gujarati name after 'my' and a kinship or friend word (script-health.ts)", () => {
  it.each([
    ["મારી બહેનપણી કિરણ સોલંકીને ડાયાબિટીસ છે, શું ખાવું?", "health:ડાયાબિટીસ"],
    ["મારા મિત્ર રાજેશ પટેલને કેન્સર છે.", "health:કેન્સર"],
    ["મારા પાડોશી હિતેશ શાહને ટીબી થયો છે.", "health:ટીબી"],
  ])("%s", (text, finding) => {
    expect(found(text)).toContain(finding);
  });

  it.each(["મારી બહેનને ડાયાબિટીસ છે, શું ખાવું?", "મારા પપ્પા દવા લે છે, ડાયાબિટીસ છે.", "મારી મમ્મી હમણાં બીમાર છે, ડાયાબિટીસ છે."])("an unnamed relative: %s", (text) => {
    expect(of("health", text)).toEqual([]);
  });
});

describe("a calendar title with a given name and a treatment (calendar-titles.ts)", () => {
  it.each([
    ['calendar.get_events returned:\n- 09:30 "Lena – chemo cycle 2, Oncology day unit"', "health:chemo cycle"],
    ["BEGIN:VEVENT\nSUMMARY:Noah – physiotherapy for his knee\nEND:VEVENT", "health:physiotherapy"],
    ['Termine im Kalender: 10:15 "Mia – Insulinpumpe Kontrolle", 14:00 "Ben – Fußballtraining"', "health:Insulinpumpe"],
  ])("%s", (text, finding) => {
    expect(found(text)).toContain(finding);
  });

  it.each([
    'calendar: 09:00 "Team – diabetes awareness talk"',
    'Agenda 11:00 "Marketing – cancer charity campaign"',
    'Calendar: 16:00 "Oscar – radio interview"',
    'calendar.get_events: 09:30 "Lena – piano lesson"',
  ])("no treatment of a person: %s", (text) => {
    expect(of("health", text)).toEqual([]);
  });
});

describe("a home given by landmarks after a home cue (home-cue-addresses.ts)", () => {
  it.each([
    "Home address for my passport form: Opposite Mobil filling station, Off Ogunlana Drive, Surulere, Lagos",
    "My address is Near Hanuman Mandir, Behind SBI Bank, MG Road, Vijay Nagar, Indore",
  ])("%s", (text) => {
    expect(of("street_address", text)).toHaveLength(1);
  });

  it.each(["Our office is opposite Mobil filling station, Off Ogunlana Drive, Surulere, Lagos", "My mum lives behind the market, near the church, in Ibadan"])(
    "no home address: %s",
    (text) => {
      expect(of("street_address", text)).toEqual([]);
    },
  );
});

describe("an institution's or a venue's published number (institution-questions.ts, venue-numbers.ts)", () => {
  it.each([
    "Q: What number do I call for the embassy's passport office?\nA: +44 20 7008 5000",
    "Client : Quel est le numéro de la mairie de Lyon ?\nAgent : +33 4 72 10 30 30",
    "Kunde: Welche Nummer hat die Apotheke am Markt?\nBot: +49 30 2345 6789",
    "Casa Rossi on Via Roma 14 serves the best carbonara in town, book on 06 1234 5678.",
    "Dinner at Chez Panisse was lovely; their number is (510) 548-5525.",
    "Trattoria Da Enzo in Trastevere is always full — reservations: +39 06 581 2260.",
    "Lunch at Gasthaus Krone was great, Tisch reservieren unter 07071 23456.",
  ])("%s", (text) => {
    expect(of("phone", text)).toEqual([]);
  });

  it.each([
    "Agent: What's the best number to reach you on?\nCustomer: +44 7911 123456",
    "Q: What's her mobile, the one from the embassy office?\nA: +44 7911 123456",
    "Dinner at Chez Panisse was lovely; the owner's mobile is (510) 548-5525.",
    "Casa Rossi is my aunt's place; book on her mobile 06 1234 5678.",
    "Dinner at Anna's; their number is 06 1234 5678.",
  ])("a person's number: %s", (text) => {
    expect(of("phone", text).length).toBeGreaterThan(0);
  });
});

describe("a story's identifier (public-context.ts)", () => {
  it("a sailor's SSN-shaped number from a novel", () => {
    expect(of("us_ssn", "Narrator: The captain asked for the ship's passport number.\nSailor: 734-19-2288, sir, from the old novel.")).toEqual([]);
  });
  it.each(["My SSN is 734-19-2288, unlike the fake one in the novel.", "In the film, Agent Cole reads his SSN aloud: 734-19-2288."])(
    "a person's own still reported: %s",
    (text) => {
      expect(of("us_ssn", text).length).toBeGreaterThan(0);
    },
  );
});

describe("security questions: a product's list and a public person's declared-public answer (security-answers.ts)", () => {
  it.each([
    "Security questions are weak. Marie Curie's city of birth: Warsaw is public.",
    "Security questions are weak: Ada Lovelace's mother's maiden name: Milbanke is on Wikipedia.",
    "Security question ideas for our app: favourite book: Dune, favourite film: Alien.",
    "Examples of security questions for the signup form: first pet: Rex, favourite teacher: Smith",
  ])("%s", (text) => {
    expect(found(text)).toEqual([]);
  });

  it.each([
    ["Security question for my bank: first pet: Tundra", "password:Tundra"],
    ["Security question reset for Jane Doe: Jane Doe's mother's maiden name: Lindqvist", "password:Lindqvist"],
    ["Security questions: Tom Hale's city of birth: Leeds is what he set.", "password:Leeds"],
  ])("an account's answer: %s", (text, finding) => {
    expect(found(text)).toContain(finding);
  });
});
