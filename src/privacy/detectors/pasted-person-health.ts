/**
 * Health information about a person whom pasted material names in ways the sentence rules do not read (session 56,
 * issue #15, dev-101): the forms of sick notes, HR e-mails, claims, care notes and pharmacy labels.
 * - A colleague by name and team ("Ebba på ekonomi har …", "Annelies van finance …", "Loredana dell'amministrazione
 *   ha …", "a Joana do financeiro está com …", "Sarah from accounts is off with …"): a capitalised name, a
 *   preposition, a department word of 10 languages.
 * - A claim's or care record's person label before a capitalised full name ("assuré Yannick Pelletier, code G35, …",
 *   "asegurado …", "verzekerde …", "Member …", "Klient …").
 * - A full name in apposition at a record's start, the condition the next item ("note de suivi : Mehdi Pelletier,
 *   insuffisance rénale terminale, sous …").
 * - A pharmacy label: a line holding only a full name, the next line a medicine with its dose.
 * In the person's sentence the conditions and medicines of person-condition.ts's sources are reported
 * (`emitMentions`, with its public-figure, group and workplace checks), and a medicine with its dose and an ICD-10 code
 * after a code label. Linear: each cue is one bounded regex pass; each sentence is read once.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { THIRD_PERSON, conditionMentions, emitMentions } from "./person-condition.js";
import { sentenceAround } from "./person-reference.js";
import { personNear, type PersonNearCache } from "./person-near.js";

/** Departments and teams, lower-case, matched as whole words after the preposition. */
const DEPARTMENTS = new Set(
  (
    "accounts|accounting|finance|payroll|human resources|sales|marketing|legal|procurement|purchasing|logistics|reception|admin|administration|customer service|operations|engineering|compliance|warehouse|front desk|" +
    "buchhaltung|personalabteilung|vertrieb|einkauf|verwaltung|lager|empfang|controlling|finanzabteilung|" +
    "compta|comptabilité|ressources humaines|informatique|juridique|achats|accueil|paie|" +
    "administración|contabilidad|recursos humanos|ventas|sistemas|informática|compras|recepción|finanzas|" +
    "amministrazione|contabilità|risorse umane|acquisti|magazzino|" +
    "financeiro|comercial|jurídico|contabilidade|recepção|logística|administrativo|" +
    "boekhouding|administratie|inkoop|receptie|financiën|personeelszaken|verkoop|magazijn|" +
    "ekonomi|ekonomiavdelningen|personalavdelningen|lagret|receptionen|kundtjänst|" +
    "księgowości|kadr|marketingu|sprzedaży|recepcji|administracji|magazynu|logistyki"
  ).split("|"),
);
/** Team acronyms, upper-case only ("Tom from IT"; "in it" is no team). */
const TEAM_ACRONYMS = new Set(["IT", "HR", "RH", "TI", "RRHH", "ICT"]);
/** Literals one of which every department cue holds (the scan's keyword pass answers them); the acronyms by their own test. */
const TEAM_STEMS = [...DEPARTMENTS];
const TEAM_ACRONYM = /(?<![\p{L}])(?:IT|HR|RH|TI|RRHH|ICT)(?![\p{L}])/u;

/** A preposition (with an article) that may join a name to a team ("from", "aus der", "dell'", "på", "van"). */
const TEAM_PREPOSITION =
  /(?<![\p{L}])(?:from|in|of|at|aus der|aus dem|vom|von der|du service|du|de la|de l['’]|des|de|dell['’]|della|del|do|da|dos|van de|van het|van|på|ze|z|w)(?:(?<=['’])|[ \t]+)(?:the[ \t]+)?/gu;
/** The capitalised name (and a surname) right before the preposition, read in a 40-character slice (group 1). */
const NAME_BEFORE_PREPOSITION = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+)?)[ \t]$/u;
/** One or two words after the preposition, read in a 40-character slice: the team candidate. */
const WORDS_AFTER = /^(\p{L}+)(?:[ \t](\p{L}+))?/u;
/** Capitalised words that are no person's name before a team ("Greetings from HR", "Head of Finance", "Someone in IT"). */
const NOT_NAMES = new Set(
  "greetings hello hi hey thanks regards team someone somebody anyone anybody everyone everybody nobody people staff colleagues head director manager vp chief lead update news report data invoice request message email mail call meeting note welcome message department office feedback approval budget figures numbers question questions info information sign memo letter notice reminder policy training support head deputy grüße gruß hallo kollegen leiter leiterin chef chefin abteilung bonjour salut merci équipe responsable directeur directrice hola gracias equipo jefe jefa ciao grazie responsabile direttore olá obrigado equipe diretor hoi groeten hej tack chefen cześć dzień kierownik dyrektor".split(
    " ",
  ),
);

/** A claim's, policy's or care record's person label (first letter either case) before a capitalised full name (group 1). */
const PERSON_LABEL =
  /(?<![\p{L}])(?:[Aa]ssurée?|[Aa]segurad[oa]|[Aa]ssicurat[oa]|[Vv]erzekerde|[Uu]bezpieczon[ya]|[Ss]igortalı|[Vv]ersicherte[rn]?|[Mm]ember|[Ii]nsured|[Pp]olicyholder|[Cc]laimant|[Bb]eneficiári[oa]|[Bb]eneficiari[oa]|[Bb]énéficiaire|[Bb]eneficiary|[Kk]lient(?:in)?|[Cc]liënt|[Cc]lient|[Cc]liente|[Rr]esident|[Bb]ewoner|[Rr]ésident(?:e)?)(?:[ \t]*[:：][ \t]*|[ \t]+)(\p{Lu}\p{Ll}+(?:[ \t]+(?:(?:van der|van den|van|de|da|dos|di|del|von)[ \t]+)?\p{Lu}[\p{Ll}'’-]+){1,2})(?![\p{L}])/gu;
const PERSON_LABEL_STEMS =
  "assur|asegurad|assicurat|verzekerde|ubezpieczon|sigortalı|versicherte|member|insured|policyholder|claimant|benefici|bénéficiaire|klient|cliënt|client|resident|bewoner|résident".split(
    "|",
  );

/** A full name at a record's start (after a line break or a colon), then a comma: the apposition (group 1 the name). */
const NAME_APPOSITION = /(?:^|\n|[:：])[ \t]*((?:\p{Lu}\p{Ll}+)(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){1,2}),[ \t]+/gu;

/**
 * A word after a condition that makes it an organisation's, a job's or a ward's name ("Diabetes UK", "cancer researcher",
 * "Krebshilfe" is one word and never a condition term): the item names no one's condition.
 */
const NAMES_A_BODY =
  /^[ \t]+(?:uk|research|society|foundation|association|trust|institute|researcher|researchers|specialist|nurse|doctor|consultant|charity|awareness|campaign|clinic|unit|ward|centre|center|team|department|forschung|stiftung|gesellschaft|verband|fondation|fundación|asociación|fondazione|associazione|stichting|vereniging|fundacja|stowarzyszenie)(?![\p{L}])/iu;

/** A line holding only a full name (two or three capitalised words, a title allowed). */
const NAME_LINE = /^[ \t]*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){1,2}[ \t]*$/u;

/** A dose: "500 mg", "50/200/25 mg", "20 IU", "100 µg". */
const DOSE = /(?<![\p{L}\p{N}.,/])\d{1,5}(?:[.,]\d{1,3})?(?:\/\d{1,5}(?:[.,]\d{1,3})?){0,3}[ \t]?(?:mg|mcg|µg|μg|ml|mL|IU|IE|units?|mmol)(?![\p{L}\p{N}])/gu;
/** The medicine word (and a second word) right before a dose, read in a 50-character slice (group 1). */
const MEDICINE_BEFORE_DOSE = /(?:^|[^\p{L}\p{N}-])(\p{L}[\p{L}-]{3,}(?:[ \t]\p{Ll}[\p{L}-]{3,})?)[ \t]?$/u;

/**
 * Each medicine with its dose in `segment` ("levetiracetam 500 mg", "Biktarvy 50/200/25 mg", "insulin glargine 20 IU"),
 * as [start, end) offsets of the segment: the dose is found first, the word before it read in a bounded slice.
 */
function dosedMedicines(segment: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  DOSE.lastIndex = 0;
  for (let dose = DOSE.exec(segment); dose !== null; dose = DOSE.exec(segment)) {
    const from = Math.max(0, dose.index - 50);
    const before = MEDICINE_BEFORE_DOSE.exec(segment.slice(from, dose.index));
    if (before === null) continue;
    let start = from + before.index + before[0].indexOf(before[1]!);
    const words = before[1]!.split(/[ \t]/u);
    // "sous azathioprine 100 mg", "takes sertraline 50 mg": a function word before the medicine is no part of it.
    if (words.length === 2 && NOT_MEDICINE_WORDS.has(words[0]!.toLowerCase())) start += words[0]!.length + 1;
    else if (words.length === 1 && NOT_MEDICINE_WORDS.has(words[0]!.toLowerCase())) continue;
    found.push([start, dose.index + dose[0].length]);
  }
  return found;
}

/** Words before a dose that are no medicine's name: verbs of taking, prepositions, dosing words of the set's languages. */
const NOT_MEDICINE_WORDS = new Set(
  "take takes taking took give given every each with daily dose doses about around maximum only than over under total from plus also then sous avec prend prendre dose dosis unter nimmt nehmen bekommt mit toma tomar bajo prende prendere sotto neemt slikt onder bierze brać przyjmuje tomando tomar toma tar äter alıyor".split(
    " ",
  ),
);

/** An ICD-10 code after a code or diagnosis label ("code G35", "código N18.5", "dx F10.2", "diagnosecode G40.9"). */
const LABELLED_ICD =
  /(?<![\p{L}])(?:code|código|codice|kod|kode|dx|icd(?:-10)?|cid(?:-10)?|diagnosecode|diagnosis code|tanı kodu|diagnose|diagnosis|diagnóstico|diagnosi|diagnostic|rozpoznanie|diagnos)[ \t]*(?:[:：][ \t]*)?([A-TV-Z]\d{2}(?:\.\d{1,2}[A-Z]?)?)(?![\p{L}\p{N}])/giu;

function emitDosedMedicines(text: string, emit: Emit, from: number, to: number, cache: PersonNearCache, rule: string): void {
  const sentence = text.slice(from, to);
  for (const [start, end] of dosedMedicines(sentence)) {
    if (personNear(text, from + start, cache).publicContext) continue;
    emit("health", from + start, from + end, rule, PRIORITY.contextual - 1);
  }
  LABELLED_ICD.lastIndex = 0;
  for (let match = LABELLED_ICD.exec(sentence); match !== null; match = LABELLED_ICD.exec(sentence)) {
    const start = match.index + match[0].length - match[1]!.length;
    emit("health", from + start, from + match.index + match[0].length, rule, PRIORITY.contextual - 1);
  }
}

/** Everything health-like in the sentence around `position` (read once per sentence: `done`). */
function emitSentence(text: string, lower: string, emit: Emit, position: number, cache: PersonNearCache, done: Set<number>, rule: string): void {
  const [from, to] = sentenceAround(text, position);
  if (done.has(from)) return;
  done.add(from);
  emitMentions(text, lower, emit, from, to, cache, false);
  emitDosedMedicines(text, emit, from, to, cache, rule);
  // The next sentence of the same paragraph may go on about the person ("… har alkoholberoende? Hon tar Naltrexon
  // 50 mg nu."): read with a third-person pronoun only, as person-condition.ts reads its following sentences.
  let next = to;
  while (next < text.length && (text[next] === " " || text[next] === "\t" || text[next] === "'" || text[next] === '"')) next++;
  if (next >= text.length || text[next] === "\n" || next - to > 3) return;
  const [nextFrom, nextTo] = sentenceAround(text, next);
  if (nextTo <= to || done.has(nextFrom)) return;
  done.add(nextFrom);
  emitMentions(text, lower, emit, nextFrom, nextTo, cache, true);
  if (THIRD_PERSON.test(text.slice(nextFrom, nextTo))) emitDosedMedicines(text, emit, nextFrom, nextTo, cache, rule);
}

function teamCues(text: string, lower: string, emit: Emit, cache: PersonNearCache, done: Set<number>): void {
  if (!containsAny(lower, TEAM_STEMS) && !TEAM_ACRONYM.test(text)) return;
  TEAM_PREPOSITION.lastIndex = 0;
  for (let match = TEAM_PREPOSITION.exec(text); match !== null; match = TEAM_PREPOSITION.exec(text)) {
    const after = WORDS_AFTER.exec(text.slice(match.index + match[0].length, match.index + match[0].length + 40));
    if (after === null) continue;
    const two = after[2] === undefined ? undefined : `${after[1]} ${after[2]}`;
    const team = [two, after[1]].find((words) => words !== undefined && (DEPARTMENTS.has(words.toLowerCase()) || TEAM_ACRONYMS.has(words)));
    if (team === undefined) continue;
    const name = NAME_BEFORE_PREPOSITION.exec(text.slice(Math.max(0, match.index - 40), match.index))?.[1];
    if (name === undefined || NOT_NAMES.has(name.split(/[ \t]/u)[0]!.toLowerCase())) continue;
    emitSentence(text, lower, emit, match.index, cache, done, "team-person-health");
  }
}

/** Capitalised words after a person label that make it a service's or a document's name ("Member Services", "Client Portal"). */
const NOT_NAME_WORDS = new Set(
  (
    "services service department portal support relations name number id account area login benefits handbook guide card plan care centre center team evil advocate advisor hub " +
    "pharmacy pharmacies chemist chemists apotheke pharmacie farmacia farmácia apotheek apotek apteka eczane clinic klinik clinique clínica clinica kliniek hospital krankenhaus hôpital ospedale ziekenhuis sjukhus szpital hastane surgery practice praxis health medical healthcare ltd limited inc gmbh group trust nhs store shop online direct"
  ).split(" "),
);

function labelCues(text: string, lower: string, emit: Emit, cache: PersonNearCache, done: Set<number>): void {
  if (!containsAny(lower, PERSON_LABEL_STEMS)) return;
  PERSON_LABEL.lastIndex = 0;
  for (let match = PERSON_LABEL.exec(text); match !== null; match = PERSON_LABEL.exec(text)) {
    const words = match[1]!.split(/[ \t]+/u).map((word) => word.toLowerCase());
    if (NOT_NAMES.has(words[0]!) || words.some((word) => NOT_NAME_WORDS.has(word))) continue;
    emitSentence(text, lower, emit, match.index + match[0].length - 1, cache, done, "labelled-claim-health");
  }
}

function appositions(text: string, lower: string, emit: Emit, cache: PersonNearCache, done: Set<number>): void {
  NAME_APPOSITION.lastIndex = 0;
  for (let match = NAME_APPOSITION.exec(text); match !== null; match = NAME_APPOSITION.exec(text)) {
    const name = match[1]!.toLowerCase().split(/[ \t]+/u);
    if (NOT_NAMES.has(name[0]!) || name.some((word) => NOT_NAME_WORDS.has(word))) continue;
    const itemStart = match.index + match[0].length;
    // The item after the comma, up to the next comma, semicolon or line end, must open with a condition or a medicine.
    let itemEnd = itemStart;
    while (itemEnd < text.length && itemEnd - itemStart < 80 && !",;\n".includes(text[itemEnd]!)) itemEnd++;
    const item = text.slice(itemStart, itemEnd);
    const opens = conditionMentions(item, item.toLowerCase()).some(([start, end]) => start === 0 && !NAMES_A_BODY.test(item.slice(end, end + 24)));
    const dosed = dosedMedicines(item).some(([start]) => start === 0);
    if (!opens && !dosed) continue;
    emitSentence(text, lower, emit, itemStart, cache, done, "apposition-person-health");
  }
}

function pharmacyLabels(text: string, emit: Emit, cache: PersonNearCache): void {
  if (!/\d[ \t]?(?:mg|mcg|µg|μg|ml|mL|IU|IE|units?)(?![\p{L}])/u.test(text)) return;
  let lineStart = 0;
  let previousWasName = false;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (previousWasName) {
      const dosed = dosedMedicines(line)[0];
      if (dosed !== undefined && line.slice(0, dosed[0]).trim() === "" && !personNear(text, lineStart, cache).publicContext)
        emit("health", lineStart + dosed[0], lineStart + dosed[1], "label-person-medicine", PRIORITY.contextual - 1);
    }
    const lineWords = line
      .trim()
      .toLowerCase()
      .split(/[ \t]+/u);
    previousWasName = NAME_LINE.test(line) && !NOT_NAMES.has(lineWords[0]!.replace(/\.$/u, "")) && !lineWords.some((word) => NOT_NAME_WORDS.has(word));
    // Progress: the next line starts after this line's break (or past the text's end).
    lineStart = lineEnd + 1;
  }
}

function runPastedPersonHealth(text: string, emit: Emit, lower: string): void {
  const cache: PersonNearCache = { verdicts: new Map() };
  const done = new Set<number>();
  teamCues(text, lower, emit, cache, done);
  labelCues(text, lower, emit, cache, done);
  appositions(text, lower, emit, cache, done);
  pharmacyLabels(text, emit, cache);
}

export const pastedPersonHealthDetectors: Detector[] = [{ name: "pasted-person-health", run: runPastedPersonHealth }];
