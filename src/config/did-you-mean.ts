import type { z } from "zod";
import { retiredKeyHint } from "./retired-keys.js";

/** Edit distance (Levenshtein) between two short strings. */
export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(previous[j]! + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/**
 * The closest candidate to a mistyped name, when close enough to be a typo (edit distance at most a
 * third of its length, at least 2), or when one is the other with words in another order or
 * separator (`credit_card` / `card_credit`). Case and `-`/`_` differences count as typos.
 */
export function closestName(word: string, candidates: readonly string[]): string | undefined {
  const plain = (text: string) => text.toLowerCase().replace(/[-_\s]/g, "");
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(plain(word), plain(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** "did you mean" text for an unknown name, with the known names listed. */
export function unknownNameMessage(kind: string, name: string, known: readonly string[], hint?: string): string {
  const suggestion = hint ?? closestName(name, known);
  return `unknown ${kind} "${name}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}; known: ${known.join(", ")}`;
}

type AnySchema = z.ZodType & { def: Record<string, unknown> & { type: string } };

/** Unwraps defaults, optionals, pipes and the like to the schema underneath (public `def` only). */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let depth = 0; depth < 20; depth++) {
    const def = current.def;
    if (def.innerType) current = def.innerType as AnySchema;
    else if (def.type === "pipe" && def.in) current = def.in as AnySchema;
    else return current;
  }
  return current;
}

/** The keys an object schema accepts at `path` of the input (undefined when no object schema is there). */
export function knownKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  let current: AnySchema | undefined = unwrap(schema as AnySchema);
  for (const part of path) {
    if (!current) return undefined;
    const def: AnySchema["def"] = current.def;
    if (def.type === "object") current = (def.shape as Record<string, AnySchema>)[String(part)];
    else if (def.type === "array") current = def.element as AnySchema;
    else if (def.type === "record") current = def.valueType as AnySchema;
    else if (def.type === "union") {
      const options = (def.options as AnySchema[]).map(unwrap).filter((option) => option.def.type === "object");
      current = options.length > 0 ? (options[0]!.def.shape as Record<string, AnySchema>)[String(part)] : undefined;
    } else return undefined;
    if (current) current = unwrap(current);
  }
  return current?.def.type === "object" ? Object.keys(current.def.shape as Record<string, unknown>) : undefined;
}

/**
 * Rewrites zod's "Unrecognized key" issues with a suggestion from the keys the schema accepts there:
 * `server: unknown key "prot" (did you mean "port"?)`. Other issues are returned unchanged. Applied
 * to every section by `parseConfig`, so keys added to any section later get it too.
 */
export function withKeySuggestions(schema: z.ZodType, issues: readonly z.core.$ZodIssue[]): Array<{ path: PropertyKey[]; message: string }> {
  return issues.flatMap((issue): Array<{ path: PropertyKey[]; message: string }> => {
    if (issue.code !== "unrecognized_keys") return [{ path: issue.path, message: issue.message }];
    const known = knownKeysAt(schema, issue.path) ?? [];
    return issue.keys.map((key) => {
      const retired = retiredKeyHint([...issue.path, key]);
      return { path: [...issue.path, key], message: retired ? `key "${key}" ${retired}` : unknownNameMessage("key", key, known) };
    });
  });
}
