/**
 * Synonym groups of common assistant requests for the semantic routes' built-in encoder
 * (English): each word or phrase of a group is read as the group's first word ("recap", "sum up",
 * "key points" -> "summarize"; "sign in" -> "login"; "odds" -> "probability"), on utterances and
 * prompts alike, so a paraphrase in other words shares its route's word. Matched by Snowball stem
 * (inflections included). Hand-written for the everyday intents an LLM router sees (greetings,
 * code, maths, translation, summaries, creative writing, encyclopedic questions, account support);
 * words with several everyday senses ("plan", "membership", "brief", "change") are left out, so a
 * near-miss sharing a topic word is not pulled into a route; nor are topic nouns a near-miss asks
 * about ("poetry": where to publish it). Pure and deterministic.
 */
export const REQUEST_SYNONYMS: ReadonlyArray<readonly string[]> = [
  // smalltalk
  ["hello", "hi", "hey", "howdy", "greetings", "hiya"],
  ["how are you", "how is it going", "how's it going", "how are things", "how have you been", "how are you doing", "how you doing"],
  ["thanks", "appreciate", "grateful", "cheers", "thank"],
  ["goodbye", "farewell", "see you", "see you later", "talk later", "take care"],
  ["helpful", "useful"],
  // code
  ["fix", "repair", "debug", "troubleshoot"],
  ["bug", "glitch", "exception"],
  ["code", "script", "snippet", "codebase"],
  ["function", "method"],
  // maths
  ["calculate", "compute", "work out", "figure out"],
  ["derivative", "differentiate", "differentiation"],
  ["integrate", "integral", "integration", "antiderivative"],
  ["probability", "chance", "chances", "odds", "likelihood"],
  // summaries
  [
    "summarize",
    "summary",
    "recap",
    "condense",
    "sum up",
    "boil down",
    "shorten",
    "abridge",
    "synopsis",
    "gist",
    "key points",
    "main points",
    "key takeaways",
    "main ideas",
  ],
  // creative writing
  ["write", "compose", "pen", "draft"],
  ["poem", "verse", "sonnet", "ode", "rhyme"],
  ["story", "tale", "fable", "fairytale", "fairy tale", "narrative"],
  // encyclopedic questions
  ["wrote", "author", "authored", "written by"],
  ["invent", "inventor", "invention"],
  ["largest", "biggest"],
  ["tall", "height", "elevation"],
  ["capital", "capital city"],
  // account support
  ["login", "log in", "log into", "sign in", "sign into", "signin", "log on", "logon"],
  ["password", "passcode", "passphrase"],
  ["refund", "money back", "reimbursement", "reimburse", "chargeback"],
  ["twice", "two times"],
  ["cancel", "unsubscribe", "terminate"],
  ["locked", "locked out", "suspended", "deactivated"],
];

/**
 * Words that share a Snowball stem with a group's word but not its meaning, left as written:
 * "computer" stems to "comput", as "compute" does, so without this "my computer won't turn on" would
 * read as "my calculate won't turn on" and match the maths route.
 */
export const STEM_COLLISIONS: ReadonlySet<string> = new Set(["computer", "computers"]);

interface Entry {
  stems: string[];
  canonical: string[];
}

/** Replaces the words and phrases of the groups in English tokens by their group's first entry (the longest phrase first). */
export function createRequestSynonyms(stem: (word: string) => string, groups: ReadonlyArray<readonly string[]> = REQUEST_SYNONYMS) {
  const byFirstStem = new Map<string, Entry[]>();
  for (const group of groups) {
    const canonical = group[0]!.split(" ");
    for (const phrase of group) {
      const stems = phrase.split(" ").map(stem);
      const list = byFirstStem.get(stems[0]!) ?? [];
      list.push({ stems, canonical });
      byFirstStem.set(stems[0]!, list);
    }
  }
  for (const list of byFirstStem.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  return (tokens: readonly string[]): string[] => {
    const stems = tokens.map(stem);
    const out: string[] = [];
    for (let index = 0; index < tokens.length; index++) {
      const entry = STEM_COLLISIONS.has(tokens[index]!.toLowerCase())
        ? undefined
        : byFirstStem.get(stems[index]!)?.find((candidate) => candidate.stems.every((part, offset) => stems[index + offset] === part));
      if (!entry) {
        out.push(tokens[index]!);
        continue;
      }
      out.push(...entry.canonical);
      index += entry.stems.length - 1;
    }
    return out;
  };
}
