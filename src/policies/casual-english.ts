/**
 * Casual-register and spelling normalisation for the semantic routes' built-in encoder (English):
 * chat short forms written out ("thx" -> "thanks", "pls" -> "please", "u" -> "you", "tl;dr" ->
 * "summarize") and British spellings mapped to American ones ("summarise" -> "summarize",
 * "colour" -> "color", "centre" -> "center"), on utterances and prompts alike, so that both forms
 * share their stem. Pure and deterministic.
 *
 * The table lists common, unambiguous chat and programming short forms only; a short form with
 * several everyday meanings ("sub", "prob", "y") is left as written.
 */
export const CASUAL_FORMS: Readonly<Record<string, string>> = {
  // thanks, greetings, farewells
  thx: "thanks",
  thnx: "thanks",
  thanx: "thanks",
  tx: "thanks",
  ty: "thank you",
  tysm: "thank you so much",
  tyvm: "thank you very much",
  hiya: "hi",
  heya: "hey",
  heyy: "hey",
  heyyy: "hey",
  hii: "hi",
  hiii: "hi",
  helo: "hello",
  yo: "hey",
  sup: "what's up",
  wassup: "what's up",
  whatsup: "what's up",
  hru: "how are you",
  gm: "good morning",
  gn: "good night",
  cya: "see you later",
  cu: "see you",
  bye: "goodbye",
  byee: "goodbye",
  // function words
  u: "you",
  ur: "your",
  r: "are",
  pls: "please",
  plz: "please",
  pleez: "please",
  wat: "what",
  wut: "what",
  wats: "what's",
  whats: "what's",
  hows: "how's",
  im: "i'm",
  ive: "i've",
  dont: "don't",
  doesnt: "doesn't",
  cant: "can't",
  wont: "won't",
  isnt: "isn't",
  didnt: "didn't",
  wanna: "want to",
  gonna: "going to",
  gotta: "got to",
  gimme: "give me",
  lemme: "let me",
  abt: "about",
  bc: "because",
  cuz: "because",
  idk: "i don't know",
  tmrw: "tomorrow",
  tmr: "tomorrow",
  rn: "right now",
  lol: "",
  lmao: "",
  haha: "",
  // nouns and verbs
  acct: "account",
  pwd: "password",
  msg: "message",
  pic: "picture",
  info: "information",
  calc: "calculate",
  eqn: "equation",
  convo: "conversation",
  tldr: "summarize",
  // programming
  js: "javascript",
  ts: "typescript",
  py: "python",
  func: "function",
  fn: "function",
  db: "database",
};

/** Two-token short forms (the tokeniser splits "tl;dr" and "tl dr" alike). */
const CASUAL_PAIRS: Readonly<Record<string, string>> = { "tl dr": "summarize" };

/** British -ise/-our/-tre spellings whose American form differs (the rest of the word unchanged). */
const ISE = /^(.{3,}[^aeiouw])is(e|ed|es|ing|ation|ations|er|ers)$/u;
const YSE = /^(.{2,})ys(e|ed|es|ing)$/u;
const OUR = /^(colo|favo|behavio|humo|neighbo|flavo|labo|hono|rumo|harbo|savo|vigo|endeavo|odo|armo)ur(s|ed|ing|ite|ites|ful|able)?$/u;
const TRE = /^(cen|me|li|thea|spec|lus)tre(s|d)?$/u;
/** -ise words that are not -ize words in American English. */
const KEEP_ISE = new Set([
  "advis",
  "compris",
  "compromis",
  "devis",
  "disguis",
  "enterpris",
  "exercis",
  "expertis",
  "franchis",
  "improvis",
  "merchandis",
  "premis",
  "promis",
  "revis",
  "supervis",
  "surpris",
  "televis",
  "otherwis",
  "likewis",
  "rais",
  "prais",
  "cruis",
  "bruis",
  "despis",
  "demis",
  "excis",
  "incis",
  "precis",
  "concis",
  "paradis",
  "treatis",
]);

/** The American spelling of a British-spelt English word, else the word. */
export function americanSpelling(word: string): string {
  const ise = ISE.exec(word);
  if (ise && !KEEP_ISE.has(`${ise[1]}is`)) return `${ise[1]}iz${ise[2]}`;
  const yse = YSE.exec(word);
  if (yse && /(?:anal|paral|catal|dial)$/u.test(yse[1]!)) return `${yse[1]}yz${yse[2]}`;
  const our = OUR.exec(word);
  if (our) return `${our[1]}r${our[2] ?? ""}`;
  const tre = TRE.exec(word);
  if (tre) return `${tre[1]}ter${tre[2] === "d" ? "ed" : (tre[2] ?? "")}`;
  return word;
}

/** English tokens with chat short forms written out (possibly as several words, or none) and British spellings made American. */
export function normaliseCasualEnglish(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const pair = index + 1 < tokens.length ? CASUAL_PAIRS[`${token} ${tokens[index + 1]}`] : undefined;
    if (pair !== undefined) {
      out.push(...pair.split(" "));
      index++;
      continue;
    }
    const expanded = Object.hasOwn(CASUAL_FORMS, token) ? CASUAL_FORMS[token]! : undefined;
    if (expanded !== undefined) {
      if (expanded !== "") out.push(...expanded.split(" "));
      continue;
    }
    out.push(americanSpelling(token));
  }
  return out;
}
