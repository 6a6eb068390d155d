/**
 * dev-96 entries: each ACI-BENCH excerpt (`excerpts.ts`) pasted into an LLM prompt eight ways with a named private
 * patient (positives) and seven ways without one (hard negatives), all from one `createSeededRandom(962026)` stream.
 * `kind` is `<holder>:<topic>:<container>` or `neg-<what>:<topic>:<container>` (holder first, so that the halves
 * alternate within each holder × container class).
 *
 * Positives — the patient is named or identified: by the doctor addressing them in the transcript ("hi , sophia ." /
 * "Mrs. Chen"), by the writer's instruction ("for my patient …"), by an EHR header (name, DOB, MRN), as a neighbour or
 * relative, in an e-mail subject, in a translation request, in abbreviated bullet notes with a name line, or in a
 * dictation that opens with name and date of birth. Negatives — the same excerpt unnamed, the writer's own visit
 * (first person, no name), de-identified placeholders ([PATIENT NAME], Mr. X, John Doe as a template), a clinician or
 * clinic named but no patient, a public figure's publicly known condition, and a medical-education paraphrase.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { createSeededRandom } from "../../../src/policies/clock.js";
import { EXCERPTS, type Excerpt } from "./excerpts.js";

export const random = createSeededRandom(962026);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const FIRST = {
  m: ["Tomasz", "Chidi", "Rafael", "Wei", "Karim", "Anders", "Julien", "Hiroshi", "Dmitri", "Emeka", "Liam", "Mateo", "Arjun", "Declan"],
  f: ["Maria", "Sophia", "Ngozi", "Mei", "Leila", "Ingrid", "Camille", "Yuki", "Olena", "Amara", "Siobhan", "Lucía", "Priya", "Hannah"],
};
const LAST = [
  "Kowalczyk",
  "Okafor",
  "Reyes",
  "Chen",
  "Haddad",
  "Lindqvist",
  "Moreau",
  "Nakamura",
  "Petrenko",
  "Adeyemi",
  "Figueroa",
  "O'Donnell",
  "Varga",
  "Brennan",
  "Castellano",
  "Iyer",
  "Sandoval",
  "Whitfield",
];
const DOCTORS = ["Moore", "Abernathy", "Singh", "Flores", "Kuznetsova", "Osei", "Lindgren", "Tanaka"];
const CLINICS = ["Riverside Family Practice", "Northgate Internal Medicine", "Lakeview Orthopaedics", "St. Anne's Neurology Clinic"];

interface Patient {
  first: string;
  last: string;
  title: string;
  dob: string;
  mrn: string;
}

const pad = (value: number) => String(value).padStart(2, "0");
function patientFor(excerpt: Excerpt): Patient {
  const year = 2026 - excerpt.age - (random() < 0.5 ? 1 : 0);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const mrn = String(Math.floor(random() * 9_000_000) + 1_000_000) + (random() < 0.5 ? String(Math.floor(random() * 10)) : "");
  return {
    first: pick(FIRST[excerpt.gender]),
    last: pick(LAST),
    title: excerpt.gender === "m" ? "Mr." : pick(["Ms.", "Mrs."]),
    dob: `${pad(month)}/${pad(day)}/${year}`,
    mrn,
  };
}

const MARK = /⟦[a-z_]+\|([^⟧]*)⟧/g;
const unmark = (text: string) => text.replace(MARK, "$1");
const S = (category: string, value: string) => `⟦${category}|${value}⟧`;

type Speakers = "brackets" | "letters" | "words";
/** The transcript with the doctor's address, the patient reference and the doctor's name filled in. */
function dialogue(excerpt: Excerpt, address: string, subject: string, doctor: string, speakers: Speakers): string {
  let text = excerpt.dialogue
    .replaceAll("{A}", address === "" ? "" : ` , ${address}`)
    .replaceAll("{P}", subject)
    .replaceAll("{D}", doctor.toLowerCase());
  if (speakers === "letters") text = text.replaceAll("[doctor] ", "D: ").replaceAll("[patient] ", "P: ");
  if (speakers === "words") text = text.replaceAll("[doctor] ", "Doctor: ").replaceAll("[patient] ", "Patient: ");
  return text;
}

/** The note with `{N}` filled in; an unnamed "The patient" is lowercased inside a sentence. */
const note = (excerpt: Excerpt, subject: string) => excerpt.note.replaceAll("{N}", subject).replace(/([a-z,] )The patient/g, "$1the patient");

const speakersOf = (): Speakers => pick(["brackets", "letters", "words"] as const);
const pronoun = (excerpt: Excerpt) => (excerpt.gender === "m" ? "he" : "she");

function positives(excerpt: Excerpt): MarkedEntry[] {
  const t = excerpt.topic;
  const out: MarkedEntry[] = [];
  const doctor = pick(DOCTORS);
  // 1. the doctor addresses the patient in the transcript (first name, or title and surname)
  {
    const p = patientFor(excerpt);
    const formal = random() < 0.5;
    const speakers = speakersOf();
    const address = formal ? `${p.title} ${p.last}` : p.first;
    const shown = speakers === "brackets" ? address.toLowerCase() : address;
    const ask = pick([
      "Write the SOAP note from this transcript.",
      "Can you turn this ambient recording into a clinic note?",
      "Summarise this visit in 5 bullet points for the chart.",
    ]);
    out.push([
      "en",
      `address:${t}:transcript`,
      `${ask}\n\n${dialogue(excerpt, shown, speakers === "brackets" ? p.first.toLowerCase() : p.first, doctor, speakers)}`,
    ]);
  }
  // 2. the writer names the patient in the instruction; the transcript itself is unnamed
  {
    const p = patientFor(excerpt);
    const ask = pick([
      `Summarise this visit for my patient ${p.first} ${p.last}, I need it for the handover:`,
      `Here's the transcript from ${p.first} ${p.last}'s appointment this morning — draft the HPI please.`,
      `${p.title} ${p.last} was in today. Please write up the assessment from this:`,
    ]);
    out.push(["en", `instruction:${t}:chat`, `${ask}\n\n${dialogue(excerpt, "", "the patient", doctor, speakersOf())}`]);
  }
  // 3. EHR export header with name, DOB and MRN above the note
  {
    const p = patientFor(excerpt);
    const header = pick([
      `Patient: ${p.last}, ${p.first}    DOB: ${S("date_of_birth", p.dob)}    MRN: ${S("medical_record", p.mrn)}`,
      `PATIENT NAME: ${p.first.toUpperCase()} ${p.last.toUpperCase()} | DOB ${S("date_of_birth", p.dob)} | MRN ${S("medical_record", p.mrn)}`,
      `Name: ${p.first} ${p.last}\nDate of birth: ${S("date_of_birth", p.dob)}\nMRN: ${S("medical_record", p.mrn)}`,
    ]);
    const ask = pick([
      "Draft a referral letter to cardiology based on this note.",
      "Rewrite this note in plain language.",
      "Check this note for missing sections.",
    ]);
    out.push(["en", `ehr-header:${t}:ehr`, `${ask}\n\n--- EHR export ---\n${header}\n\n${note(excerpt, "The patient")}`]);
  }
  // 4. a neighbour or relative, named
  {
    const p = patientFor(excerpt);
    const who = pick(["my neighbour", "my father-in-law", "my friend", "my aunt's partner", "our tenant"]);
    const ask = `This is for ${who} ${p.first} ${p.last} — ${pronoun(excerpt)} showed me the visit notes and doesn't understand them. Can you explain them in simple words?`;
    out.push(["en", `relative:${t}:chat`, `${ask}\n\n${note(excerpt, `${p.title} ${p.last}`)}`]);
  }
  // 5. e-mail between colleagues with the patient in the subject line and the note
  {
    const p = patientFor(excerpt);
    const body = `Subject: ${p.title} ${p.last} – visit summary for review\n\nHi Dr. ${pick(DOCTORS)},\n\nCould you look over the note below before I sign it?\n\n${note(excerpt, `${p.title} ${p.first} ${p.last}`)}\n\nThanks,\nDr. ${doctor}`;
    out.push(["en", `email:${t}:email`, `Tighten up the wording of this e-mail:\n\n${body}`]);
  }
  // 6. translation for the patient, named in the note
  {
    const p = patientFor(excerpt);
    const language = pick(["Spanish", "Polish", "Portuguese", "Vietnamese", "Arabic"]);
    out.push([
      "en",
      `translate:${t}:note`,
      `Translate this for the patient into ${language}, keep it simple:\n\n${note(excerpt, `${p.title} ${p.first} ${p.last}`)}`,
    ]);
  }
  // 7. abbreviated bullet notes with a name line
  {
    const p = patientFor(excerpt);
    const nameLine = pick([`Pt: ${p.first} ${p.last}`, `${p.last}, ${p.first[0]}.`, `re ${p.title} ${p.last} (bed 4)`]);
    const ask = pick(["Turn these bullet notes into a letter to the GP:", "Expand my shorthand into a proper progress note:", "write this up as an HPI"]);
    out.push(["en", `bullets:${t}:bullets`, `${ask}\n\n${nameLine}\n${excerpt.bullets}`]);
  }
  // 8. dictation that opens with the patient's name and date of birth
  {
    const p = patientFor(excerpt);
    const opening = `[doctor] patient , ${p.first.toLowerCase()} ${p.last.toLowerCase()} . date of birth ${S("date_of_birth", p.dob)} . please use my consult template .`;
    out.push([
      "en",
      `dictation:${t}:transcript`,
      `Clean up this dictation and format it as a consult note:\n\n${opening}\n${dialogue(excerpt, "", "the patient", doctor, "brackets")}`,
    ]);
  }
  return out;
}

function negatives(excerpt: Excerpt): MarkedEntry[] {
  const t = excerpt.topic;
  const out: MarkedEntry[] = [];
  const doctor = pick(DOCTORS);
  const plainNote = unmark(note(excerpt, "The patient"));
  // 1. the same transcript, unnamed
  {
    const ask = pick([
      "Write the SOAP note from this transcript.",
      "Summarise this visit in 5 bullet points.",
      "What are the key findings in this consultation?",
    ]);
    out.push(["en", `neg-unnamed:${t}:transcript`, `${ask}\n\n${unmark(dialogue(excerpt, "", "the patient", doctor, speakersOf()))}`]);
  }
  // 2. the writer's own visit, first person, no name
  {
    const ask = pick([
      "This is the transcript of my own appointment yesterday (the clinic sends them through the portal). Can you explain what the doctor meant?",
      "I recorded my visit with my doctor so I wouldn't forget. Summarise what I'm supposed to do next:",
      "Here is my visit note from the patient portal. What questions should I ask at my follow-up?",
    ]);
    const body = random() < 0.5 ? unmark(dialogue(excerpt, "", "the patient", doctor, speakersOf())) : plainNote;
    out.push(["en", `neg-own:${t}:chat`, `${ask}\n\n${body}`]);
  }
  // 3. de-identified placeholders
  {
    const holder = pick(["[PATIENT NAME]", excerpt.gender === "m" ? "Mr. X" : "Ms. X", excerpt.gender === "m" ? "John Doe" : "Jane Doe", "<patient>"]);
    const header = pick([
      "Patient: [PATIENT NAME]    DOB: [DOB]    MRN: [MRN]",
      `Name: ${excerpt.gender === "m" ? "John" : "Jane"} Doe (placeholder)    DOB: XX/XX/XXXX    MRN: 0000000`,
      "PATIENT: <redacted>  DOB: <redacted>  MRN: <redacted>",
    ]);
    out.push([
      "en",
      `neg-placeholder:${t}:ehr`,
      `Use this de-identified example as a template for our note-writing training:\n\n${header}\n\n${unmark(note(excerpt, holder === "<patient>" ? "The patient" : holder))}`,
    ]);
  }
  // 4. a clinician or clinic named, no patient
  {
    const clinic = pick(CLINICS);
    const ask = pick([
      `Dr. ${doctor} at ${clinic} wants our scribes to follow this sample note. Make a checklist from it:`,
      `From ${clinic}'s documentation guide (example written by Dr. ${doctor}) — what makes this a good assessment section?`,
    ]);
    out.push(["en", `neg-clinician:${t}:note`, `${ask}\n\n${plainNote}`]);
  }
  // 5. a public figure's publicly known condition, or an anonymised teaching case
  if (excerpt.publicFigure) {
    out.push([
      "en",
      `neg-public:${t}:chat`,
      `Write a short patient-education paragraph on the condition in this note; you can mention ${excerpt.publicFigure}.\n\n${plainNote}`,
    ]);
  } else {
    out.push([
      "en",
      `neg-case:${t}:note`,
      `Turn this anonymised case from a published note-generation benchmark into a multiple-choice question for residents:\n\n${plainNote}`,
    ]);
  }
  // 6. a medical-education paraphrase
  {
    const ask = pick(["Explain this to a first-year nursing student:", "Is this textbook summary accurate?", "Make flashcards from this:"]);
    out.push(["en", `neg-textbook:${t}:text`, `${ask}\n\n${excerpt.textbook}`]);
  }
  // 7. abbreviated bullet notes without a name
  {
    const ask = pick(["Turn these bullet notes into a letter to the GP:", "Expand my shorthand into a proper progress note:", "write this up as an HPI"]);
    out.push(["en", `neg-unnamed:${t}:bullets`, `${ask}\n\n${unmark(excerpt.bullets)}`]);
  }
  return out;
}

export const SENSITIVE: MarkedEntry[] = [];
export const NEGATIVES: MarkedEntry[] = [];
for (const excerpt of EXCERPTS) {
  SENSITIVE.push(...positives(excerpt));
  NEGATIVES.push(...negatives(excerpt));
}
