/**
 * dev-92 frames: the shape every language's frames take (frames-asia.ts, frames-other.ts). Per language: the verb
 * frames that join a holder to a term, the holders (a named private person, a named relative, a colleague by name, a
 * patient by national ID or by hospital case number), the containers people paste health text in (family chat, a
 * WeChat / KakaoTalk / LINE / WhatsApp message, an e-mail to HR or a school, a sick note, a discharge summary, a
 * pharmacy form, a care handover, a table row, JSON with keys in the language, CSV) and hard negatives that use the
 * same terms with no identifiable private person. Every person is invented, the public figures too.
 */
import type { PersonFrames } from "../health-grid.js";
import type { Lang, Verb } from "./vocabulary.js";

export interface Filled {
  /** The term's clause with this subject. */
  readonly say: (subject: string) => string;
  /** The same clause in the first person (never asked of a term that replaces its verb). */
  readonly own: () => string;
  /** The bare term. */
  readonly B: string;
  readonly verb: Verb;
}

/** `say`'s `T` may start with `~` (the predicate replaces the verb). */
export interface LanguageFrames extends PersonFrames<Verb> {
  /** The national identifier's label ("身份证号") and the generator key (ids.ts), the case number's label and length. */
  readonly idLabel: string;
  readonly caseLabel: string;
  readonly caseLength: number;
  /** Form field names by verb. */
  readonly field: Readonly<Record<Verb, string>>;
  /** Containers that take a clause (starting with the holder). */
  readonly sentence: Readonly<Record<string, (clause: string) => string>>;
  /** Containers that take the holder's label and the bare term under a field name. */
  readonly labelled: Readonly<Record<string, (label: string, field: string, B: string) => string>>;
  /** Hard negatives (seven per language). */
  readonly negatives: Readonly<Record<string, (f: Filled) => string>>;
}

export type FrameTable = Partial<Record<Lang, LanguageFrames>>;

/** The predicate of `T` under `verbs[verb]`: `T` itself when it replaces the verb (`~…`), else `verbs[verb](T)`. */
export const predicate = (verbs: Readonly<Record<Verb, (T: string) => string>>, verb: Verb, T: string) => (T.startsWith("~") ? T.slice(1) : verbs[verb](T));

export const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Picks the question of a verb (a lab question for lab terms). */
export const byVerb = (f: Filled, q: Readonly<Record<Verb, string>>) => q[f.verb];
