/**
 * Shapes shared by the seeded health grids (dev-91, dev-92): the health domains, a term in every language of a grid,
 * the person frames of a language and the holders they make. Each grid keeps its own languages, verbs, containers and
 * identifiers.
 */

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
