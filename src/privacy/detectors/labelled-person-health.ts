/**
 * A condition of the Latin- and Cyrillic-script lexicon (lexicon.ts) next to a person that a cue names:
 * a record's name label ("Patiënt: mevr. J. de Vries … Diagnose: borstkanker"), a name column of a table
 * ("Imię i nazwisko | Choroba"), or an honorific or relation word before a name ("Sra. Souza, 80a,
 * insuficiência renal crônica"). The sentence-level rule of personal.ts judges free text; this second
 * judgement reads the clinical-note and record forms, where the name and the condition sit in different
 * fields. The person comes from person-near.ts and must be named by a cue (`byCue`), not a bare name; a
 * public-figure, fiction or exam-vignette cue means no person. Runs only when a label or honorific
 * literal is in the text. The span is the condition.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { HEALTH_TERMS } from "./lexicon.js";
import { personNear, type PersonNearCache } from "./person-near.js";

const CONDITION = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...HEALTH_TERMS].reverse().join("|")})(?![\\p{L}\\p{N}])`, "giu");

/** Lower-cased literals of the cues person-near.ts reads as a label, a name column or an honorific. */
const CUE_STEMS = (
  "patient|patiënt|paciente|pacjent|paziente|pasien|pt:|name|naam|nome|nombre|nom :|nom:|imię|nazwisko|nama|titular|" +
  "sr.|sra.|srta.|mr.|mrs.|ms.|mevr|dhr.|herr |frau |mme|pani |pan |dona |doña |sig.|signora"
).split("|");

function runLabelledPersonHealth(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, CUE_STEMS)) return;
  const cache: PersonNearCache = { verdicts: new Map() };
  CONDITION.lastIndex = 0;
  for (let match = CONDITION.exec(text); match !== null; match = CONDITION.exec(text)) {
    if (personNear(text, match.index, cache).byCue === true)
      emit("health", match.index, match.index + match[0].length, "labelled-person-condition", PRIORITY.contextual - 2);
  }
}

export const labelledPersonHealthDetectors: Detector[] = [{ name: "labelled-person-health", run: runLabelledPersonHealth }];
