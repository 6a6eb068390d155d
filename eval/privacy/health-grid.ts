/**
 * Shapes shared by the seeded health grids (dev-91, dev-92): the health domains, a term in every language of a grid,
 * the person frames of a language and the holders they make. Each grid keeps its own languages, verbs, containers and
 * identifiers.
 */
import { printHalfTable } from "./check-split-set.js";
import type { EvalRecord } from "./generate.js";

export type Domain = "condition" | "mental" | "addiction" | "reproductive" | "medicine" | "procedure" | "lab" | "device" | "disability";
export const DOMAINS: readonly Domain[] = ["condition", "mental", "addiction", "reproductive", "medicine", "procedure", "lab", "device", "disability"];

export interface GridTerm<Lang extends string, Verb extends string> {
  readonly id: string;
  readonly domain: Domain;
  /** The ICD-10 chapter (Roman numeral) of a condition (dev-92: or of a reproductive term). */
  readonly chapter?: string;
  readonly verb: Verb;
  readonly text: Readonly<Record<Lang, string>>;
}

export interface Holder {
  /** The holder as the subject of a sentence ("my sister Megan"). */
  readonly subject: string;
  /** The holder as a form field's value (a name or an identifier with its label). */
  readonly label: string;
}

/** A language's frames for a named private person (each grid adds its containers, identifiers and negatives). */
export interface PersonFrames<Verb extends string> {
  /** The clause "<holder> <verb> <term>". */
  readonly say: (subject: string, verb: Verb, T: string) => string;
  readonly own: (verb: Verb, T: string) => string;
  /** [given name, family name] pairs. */
  readonly names: ReadonlyArray<readonly [string, string]>;
  readonly full: (given: string, family: string) => string;
  readonly relatives: ReadonlyArray<(given: string) => string>;
  readonly colleague: (full: string) => string;
}

export type NamedHolderKind = "named" | "relative" | "colleague";

/**
 * A named person, relative or colleague of the language. A person's names are drawn first whatever the kind (the
 * grids' seeded draws depend on it); `undefined` for any other kind, which the grid makes itself.
 */
export function namedHolder<Verb extends string>(frames: PersonFrames<Verb>, kind: string, pick: <T>(list: readonly T[]) => T): Holder | undefined {
  const [given, family] = pick(frames.names);
  const full = frames.full(given, family);
  switch (kind) {
    case "named":
      return { subject: full, label: full };
    case "relative":
      return { subject: pick(frames.relatives)(given), label: full };
    case "colleague":
      return { subject: frames.colleague(full), label: full };
    default:
      return undefined;
  }
}

/**
 * The grid checks both sets make, after `checkSplitSet`: the set's own coverage (`coverage`: its problems and its
 * summary's opening words), a positive in every ICD-10 chapter, a positive of each negative's term in its language,
 * at least 40 % negatives; prints the summary and the half table, and sets the exit code on a problem.
 */
export function reportHealthGrid(
  folder: string,
  records: readonly EvalRecord[],
  terms: ReadonlyArray<GridTerm<string, string>>,
  icdChapters: readonly string[],
  coverage: (positives: readonly EvalRecord[]) => { problems: string[]; summary: string },
): void {
  const termOf = (record: EvalRecord) => record.kind.split(":")[1]!;
  const positives = records.filter((record) => record.sensitive);
  const own = coverage(positives);
  const problems = [...own.problems];
  const positiveTerms = new Set(positives.map((record) => `${record.lang}|${termOf(record)}`));
  const chapters = new Set(positives.map((record) => terms.find((term) => term.id === termOf(record))?.chapter).filter(Boolean));
  for (const chapter of icdChapters) if (!chapters.has(chapter)) problems.push(`no positive for ICD-10 chapter ${chapter}`);
  for (const record of records.filter((line) => !line.sensitive))
    if (!positiveTerms.has(`${record.lang}|${termOf(record)}`))
      problems.push(`${record.id}: negative term ${termOf(record)} has no positive in ${record.lang}`);
  const negativeShare = records.filter((line) => !line.sensitive).length / records.length;
  if (negativeShare < 0.4) problems.push(`only ${(100 * negativeShare).toFixed(1)} % negatives`);
  process.stdout.write(
    `grid: ${own.summary}, ${chapters.size} ICD-10 chapters, ${(100 * negativeShare).toFixed(1)} % negatives\n` +
      (problems.length === 0 ? "grid ok\n" : `${problems.join("\n")}\n${problems.length} grid problems\n`),
  );
  if (problems.length > 0) process.exitCode = 1;
  printHalfTable(folder);
}
